/**
 * Content is untrusted input: every file it names or holds is read only when
 * it is a regular file inside its folder. A path that climbs out, or a
 * symbolic link (which could point at any file on the machine), is one error
 * naming the file, and the file is never read, so nothing from it is printed.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { isInside } from '../../src/lib/content/content-file.ts';
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
