/**
 * The link gate relies on scripts/patches/linkinator+8.1.0.patch: without
 * it, checking a 20,000-page site takes minutes, not seconds. The install
 * applies it; this says so plainly if it did not.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const linkinator = dirname(createRequire(import.meta.url).resolve('linkinator'));

describe('the linkinator patch', () => {
  it('is applied: repeated links look up results by index, and the queue shifts in constant time', () => {
    const hint = 'run npm ci (its postinstall applies scripts/patches/ with patch-package)';
    expect(readFileSync(join(linkinator, 'index.js'), 'utf8'), hint).toContain('firstResultFor(options.results');
    expect(readFileSync(join(linkinator, 'queue.js'), 'utf8'), hint).toContain('q = new Fifo();');
  });

  it('fits the linkinator version package.json pins', () => {
    const pinned = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).devDependencies.linkinator;
    const installed = JSON.parse(readFileSync(join(linkinator, '../../package.json'), 'utf8')).version;
    expect([pinned, installed]).toEqual(['8.1.0', '8.1.0']);
  });
});
