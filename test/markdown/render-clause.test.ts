import { describe, expect, it } from 'vitest';
import { createClauseRenderer } from '../../src/lib/markdown/render-clause.ts';

const render = createClauseRenderer([]);

describe('rendering clause text', () => {
  it('turns Markdown into HTML', () => {
    expect(render('Three agencies make a **quorum**.\n\n- one\n- two\n', '/c.mdx')).toBe(
      '<p>Three agencies make a <strong>quorum</strong>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
  });

  it('keeps GFM tables as tables', () => {
    expect(render('| a | b |\n|---|---|\n| 1 | 2 |\n', '/c.mdx')).toContain('<td>1</td>');
  });

  it('renders an indented HTML table without wrapping its cells in stray paragraphs', () => {
    const html = render('<table>\n  <tbody>\n    <tr>\n      <td>\n        <p>Starting well:</p>\n        <ul>\n          <li>One</li>\n        </ul>\n      </td>\n    </tr>\n  </tbody>\n</table>\n', '/c.mdx');
    expect(html).toBe('<table><tbody><tr><td><p>Starting well:</p><ul><li>One</li></ul></td></tr></tbody></table>');
  });

  it('keeps a paragraph that mixes text with inline elements', () => {
    expect(render('See <abbr title="Clinical Commissioning Group">CCG</abbr> duties.\n', '/c.mdx')).toBe(
      '<p>See <abbr title="Clinical Commissioning Group">CCG</abbr> duties.</p>',
    );
  });

  it('gives the header cells of a GFM table scope="col"', () => {
    expect(render('| Subject | Page |\n| --- | --- |\n| Foreword | 2 |\n', '/c.mdx')).toContain('<thead>\n<tr>\n<th scope="col">Subject</th>\n<th scope="col">Page</th>');
  });

  it('keeps a scope the content sets and adds none to header cells outside <thead>', () => {
    const html = render('<table>\n  <thead>\n    <tr>\n      <th scope="colgroup">Board</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <th>Row</th>\n    </tr>\n  </tbody>\n</table>\n', '/c.mdx');
    expect(html).toBe('<table><thead><tr><th scope="colgroup">Board</th></tr></thead><tbody><tr><th>Row</th></tr></tbody></table>');
  });
});
