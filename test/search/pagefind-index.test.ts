/**
 * The Pagefind integration's indexing (src/integrations/pagefind.ts) on tiny
 * sites in test/.tmp: what it reports, and a failed write, which must fail
 * the build with a clear message and not leave Pagefind's service running.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefindConfig, writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';

const base = join(projectRoot, 'test/.tmp', `pagefind-index-${process.pid}`);
afterAll(() => rmSync(base, { recursive: true, force: true }));

function site(name: string, pages: Record<string, string>): string {
  const dir = join(base, name);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(
      join(dir, path, 'index.html'),
      `<!doctype html><html lang="en"><head><title>${path}</title></head><body>${body}</body></html>`,
    );
  }
  return dir;
}

/** Live Pagefind processes started by this test process (a killed one that is not yet reaped does not count). */
function runningPagefind(): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [, name, state, parent] = /^\d+ \((.*)\) (\S) (\d+)/.exec(stat) ?? [];
        return parent === String(process.pid) && name?.startsWith('pagefind') && state !== 'Z' ? [`${pid} ${name}`] : [];
      } catch {
        return []; // the process ended while we looked
      }
    });
}

const clausePage = '<main><div data-pagefind-body><h1>6.53 Quoracy</h1><p>To be quorate, the lead partners attend.</p></div></main>';

describe('indexing the built site', () => {
  it('records only clause pages and says what it read, kept and wrote', async () => {
    const dir = site('two-pages', { 'a/6-53': clausePage, a: '<main><h1>Contents</h1><p>Not a clause page.</p></main>' });
    const stats = await writeSearchIndex(dir);
    expect(stats).toMatchObject({ pagesRead: 2, records: 1 });
    expect(stats.files).toBeGreaterThan(5);
    expect(stats.bytes).toBeGreaterThan(10_000);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/search-options.json'), 'utf8'))).toEqual(pagefindConfig.search);
  });

  it("fails clearly and stops Pagefind's service when it cannot write the index", async () => {
    const dir = site('unwritable', { 'a/6-53': clausePage });
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where the output folder should go');
    await expect(writeSearchIndex(dir, join(blocker, 'pagefind'))).rejects.toThrow(
      /^Pagefind could not write its index to .*not-a-folder\/pagefind: ENOTDIR/,
    );
    expect(existsSync(join(blocker, 'pagefind'))).toBe(false);
    await expect.poll(runningPagefind).toEqual([]);
  });
});
