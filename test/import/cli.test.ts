/**
 * The import CLI: prints the report, writes clause files, and will not
 * overwrite a clauses/ folder (which may hold hand-reviewed files) without --force.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { scratchDir } from '../helpers/copy-fixture.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const input = join(root, 'test/import/fixtures/unplaced-lines/input.txt');

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/import-document.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

const tempOut = () => scratchDir('cli');

describe('scripts/import-document.ts', () => {
  test('prints every line it could not place', () => {
    const run = cli('--source', input, '--out', tempOut(), '--style', 'constitution', '--dry-run');
    expect(run.status).toBe(0);
    expect(run.out).toContain('Unplaced lines (3):');
    expect(run.out).toContain('line 4: could not tell where "5.1" belongs; put under "2"');
  });

  test('writes one .mdx file per clause', () => {
    const out = tempOut();
    expect(cli('--source', input, '--out', out, '--style', 'constitution').status).toBe(0);
    expect(readdirSync(join(out, 'clauses')).sort()).toEqual(['2-1.mdx', '2.mdx', '5-1.mdx', 'preamble.mdx']);
  });

  test('writes addresses.yaml listing every clause in reading order, and on a re-import adds only the new ones', () => {
    const out = tempOut();
    const first = cli('--source', input, '--out', out, '--style', 'constitution');
    expect(first.out).toContain(`wrote ${join(out, 'addresses.yaml')}, listing every clause's address\n`);
    const header = readFileSync(join(out, 'addresses.yaml'), 'utf8').split('addresses:\n')[0];
    expect(readFileSync(join(out, 'addresses.yaml'), 'utf8')).toBe(`${header}addresses:\n  - preamble\n  - "2"\n  - 2-1\n  - 5-1\n`);
    // An editor's entry stays as written; a clause the new source adds is appended.
    const edited = `${header}addresses:\n  - preamble\n  - "2"\n  - 2-1\n  - 5-1\n  - { id: "3", movedTo: 2-1 }\n`;
    writeFileSync(join(out, 'addresses.yaml'), edited);
    const extra = join(tempOut(), 'input.txt');
    writeFileSync(extra, `${readFileSync(input, 'utf8')}\n6.1\nA clause added later.\n`);
    const again = cli('--source', extra, '--out', out, '--style', 'constitution', '--force');
    expect(again.out).toContain(`added the new clauses' addresses to ${join(out, 'addresses.yaml')}\n`);
    expect(readFileSync(join(out, 'addresses.yaml'), 'utf8')).toBe(`${edited}  - 6-1\n`);
  });

  test('refuses to overwrite existing clause files without --force, and replaces them with it', () => {
    const out = tempOut();
    mkdirSync(join(out, 'clauses'));
    writeFileSync(join(out, 'clauses', 'reviewed.mdx'), 'hand-reviewed');
    const refused = cli('--source', input, '--out', out, '--style', 'constitution');
    expect(refused.status).toBe(1);
    expect(refused.err).toContain('Pass --force');
    expect(readFileSync(join(out, 'clauses', 'reviewed.mdx'), 'utf8')).toBe('hand-reviewed');

    expect(cli('--source', input, '--out', out, '--style', 'constitution', '--force').status).toBe(0);
    expect(existsSync(join(out, 'clauses', 'reviewed.mdx'))).toBe(false);
    expect(existsSync(join(out, 'clauses', '2-1.mdx'))).toBe(true);
  });

  test('without --style finds the structure itself, and --dry-run prints the tree and writes nothing', () => {
    const out = tempOut();
    const run = cli('--source', join(root, 'test/import/structure/articles.txt'), '--out', out, '--dry-run');
    expect(run.status).toBe(0);
    expect(run.out).toContain('Structure found: Article, Annex; paragraphs 1.1, 1.1.1; bullets; tables in aligned columns');
    expect(run.out).toContain('Clause tree (nothing written):\n"Articles of Partnership"  [preamble]\nArticle 1 Name  [article-1]\n  1.1 ');
    expect(existsSync(join(out, 'clauses'))).toBe(false);
  });

  test('explains its usage when an option is missing, and rejects an unknown style', () => {
    expect(cli('--source', input).err).toContain('usage:');
    expect(cli('--source', input).err).toContain('[--style <');
    expect(cli('--source', input, '--out', tempOut(), '--style', 'nonsense').err).toContain('unknown import style "nonsense"');
  });
});
