import { describe, expect, it } from 'vitest';
import { renderClauseBody } from '../helpers/render-clause.ts';

/** Through the build's one clause pipeline, as a clause of a project with nothing to link. */
const render = (body: string, file: string) => renderClauseBody(body, file);

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
    const html = render(
      '<table>\n  <tbody>\n    <tr>\n      <td>\n        <p>Starting well:</p>\n        <ul>\n          <li>One</li>\n        </ul>\n      </td>\n    </tr>\n  </tbody>\n</table>\n',
      '/c.mdx',
    );
    expect(html).toBe('<table><tbody><tr><td><p>Starting well:</p><ul><li>One</li></ul></td></tr></tbody></table>');
  });

  it('keeps a paragraph that mixes text with inline elements', () => {
    expect(render('See <abbr title="Clinical Commissioning Group">CCG</abbr> duties.\n', '/c.mdx')).toBe(
      '<p>See <abbr title="Clinical Commissioning Group">CCG</abbr> duties.</p>',
    );
  });

  it('gives the header cells of a GFM table scope="col"', () => {
    expect(render('| Subject | Page |\n| --- | --- |\n| Foreword | 2 |\n', '/c.mdx')).toContain(
      '<thead>\n<tr>\n<th scope="col">Subject</th>\n<th scope="col">Page</th>',
    );
  });

  it('keeps a scope the content sets and adds none to header cells outside <thead>', () => {
    const html = render(
      '<table>\n  <thead>\n    <tr>\n      <th scope="colgroup">Board</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <th>Row</th>\n    </tr>\n  </tbody>\n</table>\n',
      '/c.mdx',
    );
    expect(html).toBe('<table><thead><tr><th scope="colgroup">Board</th></tr></thead><tbody><tr><th>Row</th></tr></tbody></table>');
  });
});

describe('rendering clause text that skipped the safety check', () => {
  // The safety check refuses these before a build; the renderer must not emit them even if called directly.
  const unsafe: Array<[string, string]> = [
    ['a <script> element', 'Text.\n\n<script>alert(1)</script>\n'],
    ['an inline <script> element', 'Text <script src="https://example.org/x.js"></script> more.\n'],
    ['a <style> element', '<style>{`body { display: none }`}</style>\n\nText.\n'],
    ['an <iframe> element', 'Text.\n\n<iframe src="https://example.org"></iframe>\n'],
    ['a capitalised <Script> component', 'Text <Script>alert(1)</Script>.\n'],
    ['an onclick attribute on an allowed element', '<p onclick="alert(1)">Text.</p>\n'],
    ['an onClick attribute written in JSX style', 'Text <strong onClick="alert(1)">bold</strong>.\n'],
    ['a javascript: link in Markdown', 'Read [the guidance](javascript:alert(1)).\n'],
    ['a javascript: image in Markdown', 'See ![chart](javascript:alert(1)).\n'],
    ['a javascript: link definition', 'Read [the guidance][g].\n\n[g]: javascript:alert(1)\n'],
    ['a javascript: value in an allowed attribute', 'See <abbr title="javascript:alert(1)">CCG</abbr>.\n'],
    ['a JavaScript: URL with odd case and spaces', 'Read [this]( JaVaScRiPt:alert(1) ).\n'],
  ];

  it.each(unsafe)('never emits %s', (_, body) => {
    const html = render(body, '/c.mdx');
    expect(html).not.toMatch(/<script|<style|<iframe|\son\w+=|javascript:|alert/i);
  });

  it('keeps the text of a link whose address runs code, without the link', () => {
    expect(render('Read [the guidance](javascript:alert(1)) now.\n', '/c.mdx')).toBe('<p>Read the guidance now.</p>');
  });

  it('drops attributes the allowlist does not give an element and keeps the ones it does', () => {
    expect(render('<table><tbody><tr><td colspan="2" class="x" style="color: red" id="y">a</td></tr></tbody></table>\n', '/c.mdx')).toBe(
      '<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>',
    );
  });

  it('drops an element that is not on the allowlist together with what it contains', () => {
    expect(render('Before <div>inside</div> after.\n', '/c.mdx')).toBe('<p>Before  after.</p>');
  });

  it('drops JSX expressions and import statements rather than printing their code', () => {
    expect(render('import x from "y"\n\nText {1 + 1} here.\n\n{secret}\n', '/c.mdx')).toBe('<p>Text  here.</p>');
  });
});
