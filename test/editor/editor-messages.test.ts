/**
 * Trying as a new editor would: five everyday mistakes on a copy of the
 * fixture project, and the exact message each one gives. The first two come
 * from the content loader, the last three from the MDX safety check; all go
 * through the one formatter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentError, formatGithubAnnotation, type ContentError } from '../../src/lib/errors/content-error.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { checkMdxSafety } from '../../src/lib/mdx-safety/check-mdx-safety.ts';
import { copyFixture, projectRoot } from '../helpers/copy-fixture.ts';

const CLAUSES = 'content/demo/handbook/clauses';

function everything(root: string): ContentError[] {
  return [...loadContent({ root }).errors, ...checkMdxSafety(root)];
}

const seen: string[] = [];
const printed = (errors: ContentError[]) => {
  const text = errors.map(formatContentError).join('\n');
  seen.push(text);
  return text;
};

// CONTRIBUTING.md quotes these messages to editors; it must quote them as they are.
afterAll(() => {
  const guide = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
  for (const message of seen) expect(guide, 'CONTRIBUTING.md is out of date with this message').toContain(message);
});

describe('the messages a new editor gets', () => {
  it('breaking a date names the line and the format expected', () => {
    const f = copyFixture('basic');
    f.edit('content/demo/handbook/document.yaml', 'published: 2019-06-25', 'published: 25/06/2019');
    expect(printed(everything(f.root))).toMatchInlineSnapshot(`
      "content/demo/handbook/document.yaml:5  error  published: expected a date written as YYYY-MM-DD, YYYY-MM (month only) or YYYY (year only), found "25/06/2019"  [schema]
        hint: write it year-month-day with hyphens: 2019-06-25"
    `);
  });

  it('pointing at a clause that does not exist suggests the nearest ids', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/1-1.mdx`, 'parent: "1"', 'parent: "1-9"');
    expect(printed(everything(f.root))).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/1-1.mdx:5  error  parent: expected the id of a clause in this document, found "1-9", which does not exist  [missing-parent]
        hint: did you mean "1-1", "1", "2"? Leave "parent" out for a top-level clause"
    `);
  });

  it('adding a <script> to a clause names the line and what is allowed', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/1-1.mdx`, 'Three agencies make a quorum.', 'Three agencies make a quorum.\n\n<script src="https://example.org/x.js"></script>');
    expect(printed(everything(f.root))).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/1-1.mdx:11:1  error  <script>: a <script> element is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]
        hint: delete the <script>…</script>; the site never runs code from clause text"
    `);
  });

  it('adding an import statement names the line and says to delete it', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/2.mdx`, 'This handbook', 'import Table from "../../table.astro"\n\nThis handbook');
    expect(printed(everything(f.root))).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:7:1  error  import Table from "../../table.astro": an import statement is not allowed in clause text; a clause file holds frontmatter and text (Markdown and the allowed elements) only  [mdx-safety]
        hint: delete this line. Clause text cannot load code; if a clause needs something Markdown cannot do, ask the site’s developers for a content component"
    `);
  });

  it('adding a JSX expression names the line and column and how to write a bracket as text', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/2.mdx`, 'reviewed annually.', 'reviewed every {years} years.');
    const errors = everything(f.root);
    expect(printed(errors)).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:7:33  error  {years}: a JSX expression {…} is not allowed in clause text; only Markdown and the allowed elements are  [mdx-safety]
        hint: curly brackets run code in MDX. To show a curly bracket as text, put a backslash before it: \\{ and \\}; otherwise delete the {…}"
    `);
    expect(errors.map(formatGithubAnnotation).join('\n')).toMatchInlineSnapshot(`"::error file=content/demo/handbook/clauses/2.mdx,line=7,col=33,title=mdx-safety%3A {years}::a JSX expression {…} is not allowed in clause text; only Markdown and the allowed elements are%0AHint: curly brackets run code in MDX. To show a curly bracket as text, put a backslash before it: \\{ and \\}; otherwise delete the {…}"`);
  });
});
