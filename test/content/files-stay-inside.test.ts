/**
 * Content is untrusted input: every file it names or holds is read only when
 * it is a regular file inside its folder. A path that climbs out, or a
 * symbolic link (which could point at any file on the machine), is one error
 * naming the file, and the file is never read, so nothing from it is printed.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { isInside } from '../../src/lib/content/content-file.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { copyFixture, scratchDir } from '../helpers/copy-fixture.ts';

const DOCUMENT = 'content/demo/handbook/document.yaml';
const SECRET = 'root:x:0:0:secret-that-must-never-be-printed';

/** A file outside the project, standing in for /etc/passwd. */
function secretFile(): string {
  const file = join(scratchDir('outside'), 'passwd');
  writeFileSync(file, `${SECRET}\n`);
  return file;
}

const check = (root: string) => {
  const run = runCheck({ root, format: 'text' });
  return { ...run, output: run.stdout + run.stderr };
};

describe('files named or held by content', () => {
  it('refuses a source.file that climbs out of the document folder, at its line, without reading it', () => {
    const f = copyFixture('basic');
    f.edit(DOCUMENT, 'file: source.txt', 'file: ../../../../etc/passwd');
    const run = check(f.root);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      `${DOCUMENT}:8  error  source.file: expected the name of a file inside the document folder, such as source.txt, found "../../../../etc/passwd"  [schema]\n` +
        '  hint: keep the source text beside document.yaml and give its name alone; ".." and absolute paths are refused',
    );
    expect(run.output).not.toContain('root:');
  });

  it('refuses a source.txt that is a symbolic link, and prints nothing of what it points at', () => {
    const f = copyFixture('basic');
    rmSync(join(f.root, 'content/demo/handbook/source.txt'));
    symlinkSync(secretFile(), join(f.root, 'content/demo/handbook/source.txt'));
    const run = check(f.root);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      `${DOCUMENT}:8  error  source.file: the provenance file "content/demo/handbook/source.txt" is a symbolic link, which the site does not follow; replace it with the file itself  [unsafe-file]`,
    );
    expect(run.output).not.toContain(SECRET);
  });

  it('refuses a clause file that is a symbolic link, naming it, and prints nothing of what it points at', () => {
    const f = copyFixture('basic');
    symlinkSync(secretFile(), join(f.root, 'content/demo/handbook/clauses/9.mdx'));
    const run = check(f.root);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      'content/demo/handbook/clauses/9.mdx  error  this clause file is a symbolic link, which the site does not follow; replace it with the file itself  [unsafe-file]',
    );
    expect(run.output).not.toContain(SECRET);
  });

  it('refuses a records file that is a symbolic link', () => {
    const f = copyFixture('basic');
    mkdirSync(join(f.root, 'content/demo/records'));
    symlinkSync(secretFile(), join(f.root, 'content/demo/records/reviews.yaml'));
    const run = check(f.root);
    expect(run.output).toContain(
      'content/demo/records/reviews.yaml  error  this records file is a symbolic link, which the site does not follow; replace it with the file itself  [unsafe-file]',
    );
    expect(run.output).not.toContain(SECRET);
  });

  it('counts a path as inside its folder only when it resolves there', () => {
    expect(isInside('/site', 'content/a.txt')).toBe(true);
    expect(isInside('/site', 'content/../../etc/passwd')).toBe(false);
    expect(isInside('/site', '/etc/passwd')).toBe(false);
    expect(isInside('/site', '..')).toBe(false);
    expect(isInside('/site', '..foo/a.txt')).toBe(true);
  });
});

describe('the bytes of a content file', () => {
  it('refuses text that is not UTF-8, naming the file, the line and the byte offset', () => {
    const f = copyFixture('basic');
    const file = join(f.root, 'content/demo/handbook/clauses/1-1.mdx');
    const text = readFileSync(file);
    const at = text.indexOf('quorum');
    writeFileSync(file, Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]));
    const line = text.subarray(0, at).toString('utf8').split('\n').length;
    const run = check(f.root);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      `content/demo/handbook/clauses/1-1.mdx  error  this clause file is not valid UTF-8 text (line ${line}, byte ${at}); save it as UTF-8 (in Word: Save As, Plain Text, Unicode (UTF-8))  [unsafe-file]`,
    );
  });

  it('accepts a byte-order mark at the start of a clause or a YAML file, and publishes none', () => {
    const f = copyFixture('basic');
    for (const name of ['content/demo/handbook/clauses/1-1.mdx', DOCUMENT]) {
      writeFileSync(join(f.root, name), `\uFEFF${readFileSync(join(f.root, name), 'utf8')}`);
    }
    const content = loadContent({ root: f.root });
    expect(content.errors).toEqual([]);
    expect(content.clauses.find((c) => c.data.id === '1-1')?.body).toBe('Three agencies make a quorum.\n');
  });
});

describe('the size of a content file', () => {
  it('refuses a clause file over the clause limit, saying its size and the limit', () => {
    const f = copyFixture('basic');
    f.edit(
      'content/demo/handbook/clauses/1-1.mdx',
      'Three agencies make a quorum.',
      `Three agencies make a quorum. ${'More words. '.repeat(12_000)}`,
    );
    const run = check(f.root);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      'content/demo/handbook/clauses/1-1.mdx  error  this clause file is 141 KB; a clause file may be at most 128 KB, so split it, or remove what does not belong in it  [unsafe-file]',
    );
  });

  it('refuses any other content file over the file limit', () => {
    const f = copyFixture('basic');
    writeFileSync(join(f.root, 'content/demo/handbook/source.txt'), 'x'.repeat(3 * 1024 * 1024));
    const run = check(f.root);
    expect(run.output).toContain(
      `${DOCUMENT}:8  error  source.file: the provenance file "content/demo/handbook/source.txt" is 3.0 MB; a content file may be at most 2.0 MB, so split it, or remove what does not belong in it  [unsafe-file]`,
    );
  });
});

describe('a records file with a name no duty reads', () => {
  it('is an error that suggests the intended name, even when it is not valid YAML', () => {
    const f = copyFixture('basic');
    mkdirSync(join(f.root, 'content/demo/records'));
    writeFileSync(join(f.root, 'content/demo/records/review.yaml'), '- subject: [unclosed\n');
    const run = check(f.root);
    expect(run.exitCode).toBe(1);
    expect(run.output).toContain(
      'content/demo/records/review.yaml  error  no duty reads a records file called "review.yaml", so its records would be ignored  [unknown-records-file]\n' +
        '  hint: did you mean reviews.yaml? The records files are subgroups.yaml, reviews.yaml, publications.yaml, meetings.yaml, acknowledgements.yaml',
    );
  });
});
