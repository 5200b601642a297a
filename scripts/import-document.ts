/**
 * Imports one extracted source document into clause MDX files.
 *
 *   npx node scripts/import-document.ts --source content/west-sussex/constitution/source.txt \
 *     --out content/west-sussex/constitution [--style constitution] [--force] [--dry-run]
 *
 * Without --style the importer finds the document's structure by itself
 * (src/lib/import/outline.ts); --style names one of the fixed numbering
 * styles instead. Writes <out>/clauses/<id>.mdx and prints a report of lines
 * it had to guess about; --dry-run prints the clause tree it would write and
 * writes nothing. Clause files are hand-reviewed after import, so it refuses to touch
 * an existing clauses/ folder unless --force (which replaces it).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { clauseFiles, formatReport, importDocument } from '../src/lib/import/import-document.ts';
import { profileFor, profileNames, type ImportProfile } from '../src/lib/import/profiles.ts';
import { formatTree } from '../src/lib/import/tree-view.ts';
import { findDuties } from '../src/lib/import/find-duties.ts';
import { mergeProposals, PROPOSALS_FILE, proposalsYaml, readProposals } from '../src/lib/import/proposals.ts';
import { clauseText } from '../src/lib/markdown/clause-text.ts';
import { formatContentError } from '../src/lib/errors/content-error.ts';

const usage = `usage: node scripts/import-document.ts --source <file> --out <document folder> [--style <${profileNames.join('|')}>] [--force] [--dry-run]`;

function main(): number {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      out: { type: 'string' },
      style: { type: 'string' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (!values.source || !values.out) {
    console.error(usage);
    return 2;
  }
  let profile: ImportProfile | undefined;
  try {
    profile = values.style === undefined ? undefined : profileFor(values.style);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const result = importDocument(readFileSync(values.source, 'utf8'), profile);
  console.log(`${values.source} (${values.style ?? 'structure found from the document'}):`);
  console.log(formatReport(result));
  const found = findDuties(result.clauses.map((c) => ({ id: c.id, heading: c.heading, text: clauseText(c.body) })));
  console.log(`Duties proposed from the text (${found.length})${found.length ? ':' : ''}`);
  for (const p of found) console.log(`  ${p.clause}: ${p.kind === 'none' ? 'no duty kind fits' : p.kind}, ${p.cadence}: "${p.words}"`);
  if (values['dry-run']) {
    console.log(`\nClause tree (nothing written):\n${formatTree(result)}`);
    return 0;
  }

  const dir = join(values.out, 'clauses');
  const existing = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.mdx')) : [];
  if (existing.length && !values.force) {
    console.error(
      `\n${dir} already has ${existing.length} clause files, which may have been reviewed by hand; nothing written. Pass --force to replace them.`,
    );
    return 1;
  }
  for (const name of existing) rmSync(join(dir, name));
  mkdirSync(dir, { recursive: true });
  const files = clauseFiles(result);
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  console.log(`\nwrote ${files.size} files to ${dir}`);
  // Decisions already taken (accepted, rejected) are kept; only new proposals are added.
  const before = readProposals('', values.out);
  if (before.errors.length) {
    console.error(`\n${before.errors.map(formatContentError).join('\n')}\n${PROPOSALS_FILE} left as it is: fix it, then import again.`);
    return 1;
  }
  const proposals = mergeProposals(before.proposals, found);
  writeFileSync(join(values.out, PROPOSALS_FILE), proposalsYaml(proposals));
  console.log(
    `wrote ${proposals.length - before.proposals.length} new proposals to ${join(values.out, PROPOSALS_FILE)}; decide them with npm run proposals`,
  );
  return 0;
}

process.exitCode = main();
