/** Where a broken link was written (src/lib/links/link-sources.ts): the clause file and line an editor changes. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { linkSource } from '../../src/lib/links/link-sources.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

describe('the source of a broken link', () => {
  it('is the line of the clause file that writes it, the page’s own clause looked at first', () => {
    const f = copyFixture('basic');
    f.edit(
      'content/demo/handbook/clauses/1-1.mdx',
      'Three agencies make a quorum.',
      'Three agencies make a quorum.\n\nSee [the rules](/nowhere/#quorum).',
    );
    const content = loadContent({ root: f.root });
    expect(linkSource(content, { page: '/demo/handbook/1-1/', link: '/nowhere/#quorum' })).toEqual({
      file: 'content/demo/handbook/clauses/1-1.mdx',
      line: 11,
    });
    // The document page shows the same clause, so the same line is named there.
    expect(linkSource(content, { page: '/demo/handbook/', link: '/nowhere/' })).toEqual({
      file: 'content/demo/handbook/clauses/1-1.mdx',
      line: 11,
    });
  });

  it('is none for a link no clause file writes (one the templates made)', () => {
    const content = loadContent({ root: copyFixture('basic').root });
    expect(linkSource(content, { page: '/demo/handbook/1-1/', link: '/demo/missing/' })).toBeUndefined();
  });
});
