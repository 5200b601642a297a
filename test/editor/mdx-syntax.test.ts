/**
 * A clause that is not valid MDX is a content error at the parser's line and
 * column, with a hint, never a stack trace from the build.
 */
import { describe, expect, it } from 'vitest';
import { messages } from './helpers.ts';

describe('MDX syntax errors', () => {
  it('reports an unclosed curly bracket where it opens, with how to write one as text', () => {
    expect(messages('The group meets {quarterly.')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:17  error  {: this is not valid MDX, so the page cannot be built: this { has no closing }, so everything after it is read as code  [mdx-syntax]
        hint: a { starts code in MDX. To write a curly bracket as text, put a backslash before it: \\{ and \\}"
    `);
  });

  it('finds the bracket left open past escaped brackets, code and a closed pair', () => {
    expect(messages('Write \\{ or `{x}` or {a} and then {open.\n\nMore text.')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:35  error  {: this is not valid MDX, so the page cannot be built: this { has no closing }, so everything after it is read as code  [mdx-syntax]
        hint: a { starts code in MDX. To write a curly bracket as text, put a backslash before it: \\{ and \\}"
    `);
  });

  it('reports a less-than sign that starts a tag, with how to write one as text', () => {
    expect(messages('Decisions need <5 objections.')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:17  error  this is not valid MDX, so the page cannot be built: Unexpected character \`5\` (U+0035) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`  [mdx-syntax]
        hint: a < starts a tag in MDX. To write a less-than sign as text, put a backslash before it: \\<"
    `);
  });

  it('reports an HTML comment without suggesting an MDX comment', () => {
    expect(messages('Text.\n\n<!-- check with legal -->')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:8:2  error  this is not valid MDX, so the page cannot be built: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`  [mdx-syntax]
        hint: HTML comments <!-- … --> cannot be used in clause text; delete the comment and explain the change in the pull request instead"
    `);
  });

  it('reports a closing tag that does not match its opening tag', () => {
    expect(messages('<table><tbody><tr><td>x</tr></tbody></table>')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:24  error  this is not valid MDX, so the page cannot be built: Unexpected closing tag \`</tr>\`, expected corresponding closing tag for \`<td>\` (6:19-6:23)  [mdx-syntax]
        hint: check that every opening tag such as <td> has its closing tag </td>, in the same order, and that a tag opened in a paragraph closes in it"
    `);
  });

  it('points at an unclosed tag itself, not at the start of its paragraph', () => {
    // Body line 4 is line 9 of the file; the tag starts at character 11.
    expect(messages('One.\nTwo.\n\nThe group <strong>meets quarterly.')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:9:11  error  <strong>: this is not valid MDX, so the page cannot be built: <strong> is opened here but has no closing tag </strong> before the end of its paragraph  [mdx-syntax]
        hint: add </strong> where the element ends, before the blank line that ends the paragraph; a tag opened in a paragraph must close in it"
    `);
  });

  it('points at a table that is never closed, at its opening tag', () => {
    expect(messages('Text.\n\n<table>\n<tr><td>x</td></tr>')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:8:1  error  <table>: this is not valid MDX, so the page cannot be built: <table> is opened here but has no closing tag </table> before the end of the file  [mdx-syntax]
        hint: add </table> where the element ends"
    `);
  });
});
