/**
 * The day pages print as the build's (src/lib/publishing/site-compliance.ts):
 * never the wall clock unless the clock is, so the same commit and the same
 * as-of date give byte-identical pages and calendar feeds.
 */
import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../src/lib/content/model.ts';
import { clockNote } from '../../src/lib/publishing/currency.ts';
import { siteCompliance } from '../../src/lib/publishing/site-compliance.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { makeRepo } from '../editor/git-repo.ts';

const settings = (asOf?: string) => siteSchema.parse({ name: 'Test', baseUrl: 'https://example.test', compliance: asOf ? { asOf } : {} });
const content = (root: string): ContentSet => ({ root, partnerships: [], documents: [], clauses: [], errors: [] }) as unknown as ContentSet;

describe('the build day', () => {
  it('is the as-of date when the clock is injected, whatever day the build runs', () => {
    const repo = makeRepo('build-day');
    const compliance = siteCompliance({ content: content(repo.dir), settings: settings(), env: { GOVERNANCE_AS_OF: '2027-01-05' } });
    expect([compliance.builtOn.toString(), compliance.builtFrom]).toEqual(['2027-01-05', 'as-of']);
    expect(clockNote(compliance)).toBe(
      'This page was built on 5 January 2027. Statuses are judged as of 5 January 2027; a scheduled rebuild keeps them current.',
    );
  });

  it('is the London day of the commit under the pinned example clock, and the page says so', () => {
    const repo = makeRepo('build-day');
    repo.write('README.md', 'x\n');
    // 23:30 UTC on 31 March 2026 is 00:30 BST on 1 April in London.
    repo.commit('Content', '2026-03-31T23:30:00+00:00');
    const compliance = siteCompliance({ content: content(repo.dir), settings: settings('2026-11-01'), env: {} });
    expect([compliance.builtOn.toString(), compliance.builtFrom]).toEqual(['2026-04-01', 'commit']);
    expect(clockNote(compliance)).toBe(
      'This page was built from the content as committed on 1 April 2026. Statuses are judged as of 1 November 2026, a date pinned in the site settings because the records shown are examples; they are not judged as of today.',
    );
  });
});
