/**
 * MDX safety check on its own: is every `.mdx` file under content/ plain
 * Markdown plus the allowed elements (src/lib/mdx-safety)?
 *
 *   node scripts/check-mdx.ts [--format text|github] [--root DIR]
 *
 * Exit 0 when nothing is found, 1 on any finding (or MDX syntax error),
 * 2 for a bad command line. `npm run check` runs the same check; this script
 * is for a quick look and for CI steps that want only this.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatContentError, formatGithubAnnotation } from '../src/lib/errors/content-error.ts';
import { trySiteSettings } from '../src/lib/content/site-settings.ts';
import { checkMdxSafety, findMdxFiles } from '../src/lib/mdx-safety/check-mdx-safety.ts';

const USAGE = 'usage: node scripts/check-mdx.ts [--format text|github] [--root DIR]';

const OPTIONS = { format: { type: 'string', default: 'text' }, root: { type: 'string' }, help: { type: 'boolean' } } as const;

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
  if (values.format !== 'text' && values.format !== 'github') {
    console.error(`--format: expected one of text, github, found "${values.format}"\n${USAGE}`);
    return 2;
  }
  const root = resolve(values.root ?? process.cwd());
  const files = findMdxFiles(root);
  // Images may come from the hosts content/site.yaml lists; a broken site.yaml is a finding like any other.
  const { settings, errors } = trySiteSettings(root);
  const findings = [...errors, ...checkMdxSafety(root, { imageHosts: settings?.imageHosts })];
  const format = values.format === 'github' ? formatGithubAnnotation : formatContentError;
  if (findings.length) console.log(findings.map(format).join('\n'));
  const summary = findings.length
    ? `${findings.length} MDX problem${findings.length === 1 ? '' : 's'} in ${new Set(findings.map((f) => f.file)).size} of ${files.length} files; fix them before the site can be built.`
    : `Checked ${files.length} MDX file${files.length === 1 ? '' : 's'}: only Markdown and allowed elements.`;
  // In github format stdout carries only annotations; the summary goes to stderr so it still shows in the log.
  (values.format === 'github' ? console.error : console.log)(findings.length ? `\n${summary}` : summary);
  return findings.length ? 1 : 0;
}

process.exitCode = main();
