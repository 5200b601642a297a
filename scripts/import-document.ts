/**
 * Imports one source document into clause MDX files.
 *
 *   npm run import -- --source downloads/constitution.docx \
 *     --out content/west-sussex/constitution [--style constitution] [--force] [--dry-run]
 *
 * Reads .txt, .md, .html, .docx or .pdf (src/lib/import/formats/). Without
 * --style the importer finds the document's structure by itself
 * (src/lib/import/outline.ts); --style names one of the fixed numbering
 * styles instead. Writes the text it read as <out>/source.txt (what the
 * fidelity check compares the clauses with), <out>/clauses/<id>.mdx, every
 * clause's address in <out>/addresses.yaml (created, or the new ones added:
 * src/lib/addresses/keep-addresses.ts) and the duties found in the text as
 * <out>/proposed-duties.yaml, and prints a report
 * of what it dropped or had to guess; --dry-run prints the clause tree it
 * would write and writes nothing. Clause files are hand-reviewed after
 * import, so it refuses to touch an existing clauses/ folder unless --force
 * (which replaces it).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { keepAddressesFile } from '../src/lib/addresses/keep-addresses.ts';
import { ContentErrors, formatContentError } from '../src/lib/errors/content-error.ts';
import { readSource, sourceExtensions } from '../src/lib/import/formats/read-source.ts';
import { clauseFiles, formatReport, importDocument } from '../src/lib/import/import-document.ts';
import { findDuties } from '../src/lib/import/find-duties.ts';
import { profileFor, profileNames, type ImportProfile } from '../src/lib/import/profiles.ts';
import { mergeProposals, PROPOSALS_FILE, proposalsYaml, readProposals } from '../src/lib/import/proposals.ts';
import { formatTree } from '../src/lib/import/tree-view.ts';
import { clauseText } from '../src/lib/markdown/clause-text.ts';

const usage = `usage: npm run import -- --source <file> --out <document folder> [--style <style>] [--force] [--dry-run]

  --source   the document as published: ${sourceExtensions.join(', ')}
  --out      the document's folder, e.g. content/west-sussex/constitution;
             source.txt (the text read), clauses/ and addresses.yaml are written there
  --style    how the document numbers its clauses: ${profileNames.join(', ')};
             without it, the structure is found from the document itself
  --force    replace clause files already in <out>/clauses
  --dry-run  print the report and the clause tree; write nothing
  --help     print this`;

async function main(): Promise<number> {
  let values: ReturnType<typeof parseOptions>['values'];
  try {
    values = parseOptions().values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
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
  let source: Awaited<ReturnType<typeof readSource>>;
  try {
    source = await readSource(values.source);
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    console.error(error.problems.map((problem) => formatContentError(problem)).join('\n'));
    return 1;
  }
  const result = importDocument(source.text, profile);
  console.log(`${values.source} (${values.style ?? 'structure found from the document'}):`);
  console.log(formatReport(result));
  if (source.report.length) {
    console.log(`Read from the file with changes (${source.report.length}), by line of source.txt:`);
    for (const note of source.report) console.log(`  line ${note.line}: ${note.kind} ${note.message}`);
  }
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
  // Every address is kept from the first publication on, so npm run check passes straight after an import.
  const addresses = keepAddressesFile(
    process.cwd(),
    values.out,
    result.clauses.map((data) => ({ data })),
  );
  console.log(ADDRESSES_SAID[addresses](join(values.out, 'addresses.yaml')));
  writeSourceText(values.source, values.out, source.text);
  return writeProposals(values.out, found);
}

/** Decisions already taken (accepted, rejected) are kept; only new proposals are added. */
function writeProposals(out: string, found: ReturnType<typeof findDuties>): number {
  const before = readProposals('', out);
  if (before.errors.length) {
    console.error(
      `\n${before.errors.map((e) => formatContentError(e)).join('\n')}\n${PROPOSALS_FILE} left as it is: fix it, then import again.`,
    );
    return 1;
  }
  const proposals = mergeProposals(before.proposals, found);
  writeFileSync(join(out, PROPOSALS_FILE), proposalsYaml(proposals));
  console.log(
    `wrote ${proposals.length - before.proposals.length} new proposals to ${join(out, PROPOSALS_FILE)}; decide them with npm run proposals`,
  );
  return 0;
}

const ADDRESSES_SAID = {
  created: (file: string) => `wrote ${file}, listing every clause's address`,
  added: (file: string) => `added the new clauses' addresses to ${file}`,
  unchanged: (file: string) => `${file} already lists every clause`,
  unreadable: (file: string) => `${file} is not YAML the importer can read, so it is left as it is; fix it, then run npm run addresses`,
};

function parseOptions() {
  return parseArgs({
    options: {
      source: { type: 'string' },
      out: { type: 'string' },
      style: { type: 'string' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** source.txt beside the clauses is the text the fidelity check holds them to, so it is the text they came from. */
function writeSourceText(sourcePath: string, out: string, text: string) {
  const target = join(out, 'source.txt');
  if (resolve(sourcePath) !== resolve(target)) {
    writeFileSync(target, text);
    console.log(`wrote the text read from ${sourcePath} to ${target}`);
  }
  const yaml = join(out, 'document.yaml');
  if (!existsSync(yaml)) {
    console.log(
      `next: write ${yaml} (src/schemas/document.ts) with\n  source:\n    file: source.txt\n    original: ${basename(sourcePath)}`,
    );
    return;
  }
  // source.file defaults to source.txt (src/schemas/document.ts).
  const file = (parse(readFileSync(yaml, 'utf8')) as { source?: { file?: string } } | null)?.source?.file ?? 'source.txt';
  if (file !== 'source.txt') console.log(`note: ${yaml} has source.file: ${file}; set it to source.txt, the text these clauses came from`);
}

process.exitCode = await main();
