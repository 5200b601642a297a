/**
 * One clause file that cannot be read is one error: its children are not
 * also told that their parent does not exist (with "did you mean" guesses
 * that mislead), and its document is not called empty.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const CLAUSES = 'content/demo/handbook/clauses';
const problems = (root: string) => loadContent({ root }).errors.map(formatContentError).join('\n');

describe('a clause file that cannot be read', () => {
  it('with broken YAML gives one error, not also one for each clause under it', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/1.mdx`, 'heading: Meetings', 'heading: Meetings: rules');
    expect(problems(f.root)).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/1.mdx:4:10  error  this is not valid YAML: Nested mappings are not allowed in compact mappings  [yaml]
        hint: check indentation, that each field is written "name: value", and that text containing ": " or "#" is in quotes"
    `);
  });

  it('without its frontmatter gives one error, found by the id line left in the file', () => {
    const f = copyFixture('basic');
    f.write(`${CLAUSES}/1.mdx`, 'id: "1"\nnumber: "1."\nheading: Meetings\norder: 10\n');
    expect(problems(f.root)).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/1.mdx:1  error  expected the file to start with frontmatter between two "---" lines  [frontmatter]
        hint: start the file with "---", then the fields (id, number, heading, parent, order), then "---", then the clause text"
    `);
  });

  it('with a schema error gives that error only', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/1.mdx`, 'order: 10', 'order: first');
    expect(problems(f.root)).toMatchInlineSnapshot(`
      "content/demo/handbook/clauses/1.mdx:5  error  order: expected a number, found "first" (text)  [schema]
        hint: write a number without quotes, such as 10"
    `);
  });

  it('still lets a real missing parent through, saying which file could not be read', () => {
    const f = copyFixture('basic');
    f.write(
      `${CLAUSES}/first.mdx`,
      f.read(`${CLAUSES}/1.mdx`).replace('id: "1"\n', '').replace('heading: Meetings', 'heading: Meetings: rules'),
    );
    rmSync(join(f.root, CLAUSES, '1.mdx'));
    const text = problems(f.root);
    expect(text).toContain(
      'content/demo/handbook/clauses/1-1.mdx:5  error  parent: expected the id of a clause in this document, found "1", which does not exist  [missing-parent]',
    );
    expect(text).toContain(
      'If "1" is in content/demo/handbook/clauses/first.mdx, which could not be read (see the error above), fix that file first.',
    );
  });

  it('does not make its document look empty when it was the only clause', () => {
    const f = copyFixture('basic');
    f.write(`${CLAUSES}/1-1.mdx`, 'no frontmatter');
    f.write(`${CLAUSES}/2.mdx`, 'no frontmatter');
    f.write(`${CLAUSES}/1.mdx`, 'no frontmatter');
    expect(problems(f.root)).not.toContain('this document has no clauses');
  });
});
