/**
 * One test per class of unsafe MDX, each asserting the message an editor
 * reads: file, line and column (frontmatter counted), what was found, what
 * is allowed, and a hint.
 */
import { describe, expect, it } from 'vitest';
import { ALLOWED_ELEMENTS } from '../../src/lib/mdx-safety/check-mdx-safety.ts';
import { checkBody, messages } from './helpers.ts';

describe('MDX safety: what clause text may not contain', () => {
  it('rejects an import statement, naming its line and saying to delete it', () => {
    expect(messages('Text.\n\nimport Chart from "../chart.js"')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:8:1  error  import Chart from "../chart.js": an import statement is not allowed in clause text; a clause file holds frontmatter and text (Markdown and the allowed elements) only  [mdx-safety]
        hint: delete this line. Clause text cannot load code; if a clause needs something Markdown cannot do, ask the site’s developers for a content component"
    `);
  });

  it('rejects an export statement, pointing at the frontmatter instead', () => {
    expect(messages('export const quorum = 3')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:1  error  export const quorum = 3: an export statement is not allowed in clause text; a clause file holds frontmatter and text (Markdown and the allowed elements) only  [mdx-safety]
        hint: delete this statement. Facts about the clause (number, heading, duties) go in the frontmatter between the --- lines"
    `);
  });

  it('reports each statement of an import/export block on its own line', () => {
    expect(checkBody('import a from "a"\nimport b from "b"\nexport const c = 1').map((e) => `${e.line}:${e.column} ${e.field}`)).toEqual([
      '6:1 import a from "a"',
      '7:1 import b from "b"',
      '8:1 export const c = 1',
    ]);
  });

  it('rejects a <script> element', () => {
    expect(messages('The chair decides.\n\n<script>alert("hi")</script>')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:8:1  error  <script>: a <script> element is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]
        hint: delete the <script>…</script>; the site never runs code from clause text"
    `);
  });

  it('rejects a <style> element', () => {
    expect(messages('<style>{`p { color: red }`}</style>')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:1  error  <style>: a <style> element is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]
        hint: delete the <style>…</style>; the look of every page is set once for the whole site
      content/demo/handbook/clauses/2.mdx:6:8  error  {\`p { color: red }\`}: a JSX expression {…} is not allowed in clause text; only Markdown and the allowed elements are  [mdx-safety]
        hint: curly brackets run code in MDX. To show a curly bracket as text, put a backslash before it: \\{ and \\}; otherwise delete the {…}"
    `);
  });

  it('rejects <iframe>, <object> and <embed> as embedded content', () => {
    expect(
      messages('<iframe src="https://example.org"></iframe>\n\n<object data="x.pdf"></object>\n\n<embed src="x.pdf" />'),
    ).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:1  error  <iframe>: an <iframe> element (embedded content) is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]
        hint: delete it and link to the page instead, in Markdown: [what it is](https://…)
      content/demo/handbook/clauses/2.mdx:8:1  error  <object>: an <object> element (embedded content) is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]
        hint: delete it and link to the document instead, in Markdown: [what it is](https://…)
      content/demo/handbook/clauses/2.mdx:10:1  error  <embed>: an <embed> element (embedded content) is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]
        hint: delete it and link to the document instead, in Markdown: [what it is](https://…)"
    `);
  });

  it('rejects an event-handler attribute, even on an allowed element', () => {
    expect(messages('<table><tbody><tr><td onclick="steal()">Chair</td></tr></tbody></table>')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:23  error  onclick="steal()": the event-handler attribute onclick on <td> is not allowed: it runs code in the reader’s browser; <td> allows only colspan, rowspan  [mdx-safety]
        hint: delete onclick="steal()""
    `);
  });

  it('rejects a javascript: URL in a Markdown link, an image and a link definition', () => {
    expect(
      messages('See [the minutes](javascript:alert(1)) and ![logo](  JavaScript:x).\n\n[ref]: javascript:void(0)'),
    ).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:5  error  javascript:alert(1): javascript: addresses are not allowed; expected an address starting with https://, http://, mailto:, tel:, #, clause: or doc:, or a path on this site starting with /  [mdx-safety]
        hint: write the address of the page you mean, e.g. [link text](https://…), or clause:6.53 for a clause
      content/demo/handbook/clauses/2.mdx:6:44  error  JavaScript:x: javascript: addresses are not allowed; expected an image with alt text, from a file on this site (a path starting with /) or from an https:// host listed under imageHosts in content/site.yaml  [mdx-safety]
        hint: describe the image in the square brackets, ![what it shows](/path/to/file.png); ask a developer to list a new host
      content/demo/handbook/clauses/2.mdx:8:1  error  javascript:void(0): javascript: addresses are not allowed; expected an address starting with https://, http://, mailto:, tel:, #, clause: or doc:, or a path on this site starting with /  [mdx-safety]
        hint: write the address of the page you mean, e.g. [link text](https://…), or clause:6.53 for a clause"
    `);
  });

  it('rejects a javascript: URL in an attribute value', () => {
    expect(messages('<abbr title="javascript:alert(1)">LSCP</abbr>')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:7  error  title="javascript:alert(1)": javascript: addresses are not allowed in the attributes of <abbr>: it runs code; expected an address starting with https://, http://, mailto:, tel:, #, clause: or doc:, or a path on this site starting with /  [mdx-safety]
        hint: delete title="javascript:alert(1)""
    `);
  });

  it('rejects a JSX expression in text and on its own line', () => {
    expect(messages('Members: {members.length}\n\n{new Date().getFullYear()}')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:10  error  {members.length}: a JSX expression {…} is not allowed in clause text; only Markdown and the allowed elements are  [mdx-safety]
        hint: curly brackets run code in MDX. To show a curly bracket as text, put a backslash before it: \\{ and \\}; otherwise delete the {…}
      content/demo/handbook/clauses/2.mdx:8:1  error  {new Date().getFullYear()}: a JSX expression {…} is not allowed in clause text; only Markdown and the allowed elements are  [mdx-safety]
        hint: curly brackets run code in MDX. To show a curly bracket as text, put a backslash before it: \\{ and \\}; otherwise delete the {…}"
    `);
  });

  it('rejects a JSX expression as an attribute value and spread into attributes', () => {
    expect(messages('<table><tbody><tr><td colspan={2} {...props}>x</td></tr></tbody></table>')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:23  error  colspan={2}: a JSX expression as the value of colspan on <td> is not allowed; attribute values must be plain text in quotes  [mdx-safety]
        hint: write the value in quotes instead: colspan="…"
      content/demo/handbook/clauses/2.mdx:6:35  error  {...props}: a JSX expression in the attributes of <td> is not allowed; attributes must be plain text in quotes  [mdx-safety]
        hint: delete {...props}; <td> allows only colspan, rowspan"
    `);
  });

  it('rejects an attribute that the allowlist does not give the element', () => {
    expect(messages('<p class="big" style="color:red">Text</p>')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:4  error  class="big": the attribute class on <p> is not allowed; <p> allows no attributes  [mdx-safety]
        hint: delete class="big"; the look of clause text is set once for the whole site
      content/demo/handbook/clauses/2.mdx:6:16  error  style="color:red": the attribute style on <p> is not allowed; <p> allows no attributes  [mdx-safety]
        hint: delete style="color:red"; the look of clause text is set once for the whole site"
    `);
  });

  it('rejects an HTML element that is not on the allowlist, suggesting the Markdown to write', () => {
    expect(messages('<div>Text</div>\n\nA <a href="https://example.org">link</a>.')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:1  error  <div>: the element <div> is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]
        hint: delete the <div> and </div> tags and keep the text
      content/demo/handbook/clauses/2.mdx:8:3  error  <a>: the element <a> is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]
        hint: write the link in Markdown instead: [link text](https://…)"
    `);
  });

  it('rejects a component that is not on the allowlist of content components', () => {
    expect(messages('<Callout type="warning">Take care.</Callout>')).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/2.mdx:6:1  error  <Callout>: the component <Callout> is not allowed in clause text; allowed: Markdown and the elements <table>, <thead>, <tbody>, <tr>, <th>, <td>, <p>, <ul>, <ol>, <li>, <strong>, <em>, <br>, <abbr>, <sup>, <sub>  [mdx-safety]
        hint: delete it, or ask the site’s developers to add it to the content components in src/lib/mdx-safety/allowlist.ts"
    `);
  });

  it('accepts Markdown, GFM tables and the allowed elements with their allowed attributes', () => {
    const body = [
      'The **Steering Group** meets *quarterly*; see [the guidance](https://www.gov.uk/guidance) or [clause 6.53](/demo/handbook/6-53/).',
      '',
      '- one',
      '- two',
      '',
      '| Role | Votes |',
      '| --- | --- |',
      '| Chair | 1 |',
      '',
      '<table><thead><tr><th scope="col" colspan="2">Members</th></tr></thead><tbody><tr><td rowspan="2">A<br />B</td></tr></tbody></table>',
      '',
      'The <abbr title="Local Safeguarding Children Partnership">LSCP</abbr> met on 3<sup>rd</sup> May; H<sub>2</sub>O; <strong>bold</strong> <em>it</em>.',
      '',
      'Curly brackets as text: \\{ and \\}; a less-than sign: 3 \\< 5.',
    ].join('\n');
    expect(checkBody(body)).toEqual([]);
  });

  it('keeps the allowlist to plain table, list and text elements until a content component is added', () => {
    expect(Object.keys(ALLOWED_ELEMENTS)).toEqual([
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'p',
      'ul',
      'ol',
      'li',
      'strong',
      'em',
      'br',
      'abbr',
      'sup',
      'sub',
    ]);
  });
});
