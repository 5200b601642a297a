/**
 * `npm run import` with a published file: --help, the one-line errors an
 * editor sees for a file it cannot read (no stack trace, exit code 1), and
 * an import from .docx and .pdf writing source.txt beside the clauses.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { clauseFiles, importDocument } from '../../src/lib/import/import-document.ts';
import { profileFor } from '../../src/lib/import/profiles.ts';
import { scratchDir } from '../helpers/copy-fixture.ts';
import { makeDocx } from './formats-generators/make-docx.ts';
import { makePdf } from './formats-generators/make-pdf.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = readFileSync(new URL('./formats-fixtures/terms-of-reference.txt', import.meta.url), 'utf8');

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/import-document.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

/** A file in a scratch folder, named as the project root sees it, so messages are the same on every machine. */
function scratchFile(name: string, bytes: Uint8Array | string): string {
  const file = join(scratchDir('formats-cli'), name);
  writeFileSync(file, bytes);
  return relative(root, file);
}

const importing = (file: string) => cli('--source', file, '--out', scratchDir('formats-cli-out'), '--style', 'constitution');

describe('npm run import -- --help', () => {
  test('prints the usage, every format it reads and every style, and exits 0', () => {
    const run = cli('--help');
    expect(run).toEqual({
      status: 0,
      err: '',
      out: `usage: npm run import -- --source <file> --out <document folder> [--style <style>] [--force] [--dry-run]

  --source   the document as published: .txt, .md, .markdown, .html, .htm, .docx, .pdf
  --out      the document's folder, e.g. content/west-sussex/constitution;
             source.txt (the text read), clauses/ and addresses.yaml are written there
  --style    how the document numbers its clauses: numbered-dotted, numbered-headed, bullet-numbered, headed-sections, constitution, arrangements, protocol, headed;
             without it, the structure is found from the document itself
  --force    replace clause files already in <out>/clauses
  --dry-run  print the report and the clause tree; write nothing
  --help     print this
`,
    });
  });
});

describe('a file the importer cannot read', () => {
  test('with an extension it does not read is named, with the formats it does', () => {
    expect(importing('minutes.doc')).toEqual({
      status: 1,
      out: '',
      err: `minutes.doc  error  cannot import a ".doc" file: expected .txt, .md, .markdown, .html, .htm, .docx or .pdf  [import]
  hint: open it in Word and save it as "Word Document (.docx)"
`,
    });
  });

  test('that does not exist says so', () => {
    expect(importing('downloads/arrangements.docx')).toEqual({
      status: 1,
      out: '',
      err: `downloads/arrangements.docx  error  no such file: expected the document to import at this path  [import]
  hint: check the path given to --source; it is read from the folder you run npm in
`,
    });
  });

  test('a .docx that is not a zip package is named a corrupt Word document', () => {
    const file = scratchFile('corrupt.docx', 'This was never a Word document.');
    expect(
      importing(file).err,
    ).toBe(`${file}  error  could not read this Word document: it is not a zip package, so not a Word .docx file  [import]
  hint: open it in Word and save it again as "Word Document (.docx)"
`);
  });

  test('a .docx whose document part is broken XML says which part', () => {
    const cutShort = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>';
    const file = scratchFile('broken.docx', zipSync({ 'word/document.xml': strToU8(cutShort) }));
    const run = importing(file);
    expect(run.status).toBe(1);
    expect(
      run.err,
    ).toBe(`${file}  error  could not read this Word document: its word/document.xml is not well-formed XML (unclosed xml tag(s): w:document, w:body, w:p)  [import]
  hint: open it in Word and save it again as "Word Document (.docx)"
`);
  });

  test('a .pdf that is not a PDF is named a damaged PDF', () => {
    const file = scratchFile('corrupt.pdf', '%PDF-1.7 and then nothing a PDF reader can use');
    expect(importing(file)).toEqual({
      status: 1,
      out: '',
      err: `${file}  error  could not read this PDF: it is damaged or not a PDF (Invalid PDF structure.)  [import]
  hint: open it and save (or print) it again as PDF, or ask the partnership for the Word version
`,
    });
  });

  test('a PDF with no text, such as a scan, says there is nothing to read', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const file = scratchFile('scan.pdf', await pdf.save());
    expect(
      importing(file).err,
    ).toBe(`${file}  error  could not read this PDF: it has no text to read (its pages may be scanned images)  [import]
  hint: open it and save (or print) it again as PDF, or ask the partnership for the Word version
`);
  });
});

describe('importing a published file', () => {
  const expectedFiles = clauseFiles(importDocument(source, profileFor('constitution')));

  test('from .docx writes the text it read as source.txt, and the clauses that text makes', async () => {
    const out = scratchDir('formats-cli-docx');
    const run = cli('--source', scratchFile('terms.docx', await makeDocx(source)), '--out', out, '--style', 'constitution');
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'source.txt'), 'utf8')).toBe(source);
    expect(readdirSync(join(out, 'clauses')).sort()).toEqual([...expectedFiles.keys()].sort());
    for (const [name, text] of expectedFiles) expect(readFileSync(join(out, 'clauses', name), 'utf8')).toBe(text);
    expect(run.out).toContain(
      `next: write ${join(out, 'document.yaml')} (src/schemas/document.ts) with\n  source:\n    file: source.txt\n    original: terms.docx`,
    );
  });

  test('from .pdf reports each running header and footer it took off, by page', async () => {
    const { bytes } = await makePdf(source, 'Harbourside SCP', 280);
    const run = cli(
      '--source',
      scratchFile('terms.pdf', bytes),
      '--out',
      scratchDir('formats-cli-pdf'),
      '--style',
      'constitution',
      '--dry-run',
    );
    expect(run.status).toBe(0);
    const removals = run.out.split('\n').filter((line) => line.includes('dropped page'));
    expect(removals.map((line) => line.replace(/^ {2}line \d+: /, ''))).toEqual([
      'dropped page 1: running header "Harbourside SCP"',
      'dropped page 1: running footer "Page 1 of 4"',
      'dropped page 2: running header "Harbourside SCP"',
      'dropped page 2: running footer "Page 2 of 4"',
      'dropped page 3: running header "Harbourside SCP"',
      'dropped page 3: running footer "Page 3 of 4"',
      'dropped page 4: running header "Harbourside SCP"',
      'dropped page 4: running footer "Page 4 of 4"',
    ]);
  });
});
