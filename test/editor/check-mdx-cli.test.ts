/**
 * The folder-wide check and its command line: every .mdx under content/ is
 * found, findings carry project-relative paths, and `--format github` prints
 * workflow annotations through the one formatter.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMdxSafety, findMdxFiles } from '../../src/lib/mdx-safety/check-mdx-safety.ts';
import { copyFixture, projectRoot } from '../helpers/copy-fixture.ts';

const CLAUSE = 'content/demo/handbook/clauses/2.mdx';

function runCli(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/check-mdx.ts'), '--root', root, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('checking every MDX file under content/', () => {
  it('finds every clause file and nothing in the fixture is unsafe', () => {
    const { root } = copyFixture('basic');
    expect(findMdxFiles(root)).toEqual([
      'content/demo/handbook/clauses/1-1.mdx',
      'content/demo/handbook/clauses/1.mdx',
      'content/demo/handbook/clauses/2.mdx',
    ]);
    expect(checkMdxSafety(root)).toEqual([]);
  });

  it('names the file relative to the project and the line counted from the top of the file', () => {
    const f = copyFixture('basic');
    f.edit(CLAUSE, 'reviewed annually.', 'reviewed annually.\n\n<script>alert(1)</script>');
    expect(checkMdxSafety(f.root).map((e) => [e.file, e.line, e.column, e.field])).toEqual([[CLAUSE, 9, 1, '<script>']]);
  });

  it('exits 1 and prints a GitHub annotation for each finding with --format github', () => {
    const f = copyFixture('basic');
    f.edit(CLAUSE, 'reviewed annually.', 'reviewed {"annually"}.');
    const run = runCli(f.root, '--format', 'github');
    expect(run.status).toBe(1);
    expect(run.stdout.trim()).toMatchInlineSnapshot(
      `"::error file=content/demo/handbook/clauses/2.mdx,line=7,col=27,title=mdx-safety%3A {"annually"}::a JSX expression {…} is not allowed in clause text; only Markdown and the allowed elements are%0AHint: curly brackets run code in MDX. To show a curly bracket as text, put a backslash before it: \\{ and \\}; otherwise delete the {…}"`,
    );
    expect(run.stderr).toContain('1 MDX problem in 1 of 3 files');
  });

  it('exits 0 and says how many files it checked when all is well', () => {
    const { root } = copyFixture('basic');
    const run = runCli(root);
    expect(run).toMatchObject({ status: 0, stdout: 'Checked 3 MDX files: only Markdown and allowed elements.\n' });
  });

  it('exits 2 on an unknown format', () => {
    const { root } = copyFixture('basic');
    expect(runCli(root, '--format', 'xml')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--format: expected one of text, github, found "xml"'),
    });
  });
});
