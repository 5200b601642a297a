/**
 * `npm run check`: are the partnerships' duties up to date?
 *
 *   node scripts/check.ts [--as-of YYYY-MM-DD] [--format text|json|github] [--root DIR]
 *
 * Exit 0 when nothing is overdue or without evidence, 1 otherwise (or when
 * the content itself has errors), 2 for a bad command line. The work is in
 * src/lib/check/run-check.ts; this file only reads flags and prints.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClockError } from '../src/lib/compliance/clock.ts';
import { runCheck, type ReportFormat } from '../src/lib/check/run-check.ts';

const FORMATS: ReportFormat[] = ['text', 'json', 'github'];
const USAGE = 'usage: node scripts/check.ts [--as-of YYYY-MM-DD] [--format text|json|github] [--root DIR]';

const OPTIONS = {
  'as-of': { type: 'string' },
  format: { type: 'string', default: 'text' },
  root: { type: 'string' },
  help: { type: 'boolean' },
} as const;

function main(): number {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  try {
    ({ values } = parseArgs({ options: OPTIONS }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format as ReportFormat;
  if (!FORMATS.includes(format)) {
    console.error(`--format: expected one of ${FORMATS.join(', ')}, found "${values.format}"\n${USAGE}`);
    return 2;
  }
  try {
    const run = runCheck({ root: resolve(values.root ?? process.cwd()), format, asOf: values['as-of'] });
    if (run.stderr) console.error(run.stderr);
    console.log(run.stdout);
    return run.exitCode;
  } catch (error) {
    if (!(error instanceof ClockError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
}

process.exitCode = main();
