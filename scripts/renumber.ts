/**
 * `npm run renumber -- <partnership>/<document> <from> <to> --effective YYYY-MM-DD --authority "…" --minute "…" [--new-ids] [--dry-run]`:
 * gives a clause (named by its id, or by its number where only one clause
 * prints it) and everything under it new printed numbers, updates the
 * glossary's citations and, with --new-ids, the ids, file names, links and
 * addresses.yaml; then lists the references in clause text whose words now
 * name the wrong number (src/lib/renumber/). A renumbering changes the
 * published document, so it is recorded in amendments.yaml with each
 * clause's number before, and source.txt stays as first published.
 *
 *   npm run renumber -- west-sussex/constitution 6-7-2 6.8 --effective 2026-06-01 --authority "WSSCP Steering Group, 12 May 2026" --minute "Minute 6"
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runRenumber } from '../src/lib/renumber/run-renumber.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'new-ids': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    effective: { type: 'string' },
    authority: { type: 'string' },
    minute: { type: 'string' },
  },
});
const [document, from, to] = positionals;
const dryRun = values['dry-run'] ?? false;
const { effective, authority, minute } = values;
const decision = effective && authority && minute && !dryRun ? { effective, authority, minute } : undefined;
if (!document || !from || !to || (!decision && !dryRun)) {
  console.error(
    'usage: npm run renumber -- <partnership>/<document> <clause id or number> <new number> --effective YYYY-MM-DD --authority "<who decided, when>" --minute "<minute or paper>" [--new-ids] [--dry-run]\n' +
      'A renumbering changes the published document, so it is recorded as an amendment: --effective, --authority and --minute say when it takes effect and on whose decision.',
  );
  process.exit(2);
}
const root = process.cwd();
try {
  const { edits, report } = runRenumber({ root, document, from, to, newIds: values['new-ids'], decision });
  console.log(report);
  if (decision) {
    for (const edit of edits) {
      writeFileSync(join(root, edit.path), edit.after);
      if (edit.to) renameSync(join(root, edit.path), join(root, edit.to));
    }
    console.log('\nNow run npm run check.');
  }
} catch (error) {
  console.error(`renumber: ${(error as Error).message}`);
  process.exit(1);
}
