import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const CLAUSES = 'content/demo/handbook/clauses';

function problems(root: string): string[] {
  return loadContent({ root }).errors.map((e) => formatContentError(e).replace(/^test\/\.tmp\/basic-\w+\//, ''));
}

describe('loading content', () => {
  it('reads the fixture partnership, document and clauses with no errors', () => {
    const { root } = copyFixture('basic');
    const content = loadContent({ root });
    expect(content.errors).toEqual([]);
    expect(content.partnerships.map((p) => p.id)).toEqual(['demo']);
    expect(content.documents.map((d) => d.data.updated)).toEqual(['2021-12']);
    expect(content.clauses.map((c) => c.data.id)).toEqual(['1-1', '1', '2']);
    expect(content.clauses[0]!.bodyStartLine).toBe(9);
  });

  it('rejects an unknown field, naming the file, line, field and the allowed fields', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/1-1.mdx`, 'order: 10', 'order: 10\nsummery: typo');
    const [problem] = problems(f.root);
    expect(problem).toContain('content/demo/handbook/clauses/1-1.mdx:7  error  summery: unknown field "summery"  [schema]');
    expect(problem).toContain(
      'hint: remove it, or check the spelling; the fields allowed here are: id, number, heading, parent, order, topics',
    );
  });

  it('rejects a field of the wrong type with what was expected', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/2.mdx`, 'order: 20', 'order: second');
    expect(problems(f.root)[0]).toBe(
      'content/demo/handbook/clauses/2.mdx:5  error  order: expected a number, found "second" (text)  [schema]\n  hint: write a number without quotes, such as 10',
    );
  });

  it('rejects a malformed date and a date that does not exist', () => {
    const f = copyFixture('basic');
    f.edit('content/demo/handbook/document.yaml', 'published: 2019-06-25', 'published: 25/06/2019');
    f.edit('content/demo/handbook/document.yaml', 'updated: 2021-12', 'updated: 2021-02-30');
    expect(problems(f.root)).toEqual([
      expect.stringMatching(
        /document\.yaml:5 {2}error {2}published: expected a date written as YYYY-MM-DD, YYYY-MM \(month only\) or YYYY/,
      ),
      expect.stringMatching(
        /document\.yaml:6 {2}error {2}updated: expected a real calendar date, found "2021-02-30"; this day or month does not exist/,
      ),
    ]);
  });

  it('rejects a missing required field and says which field to add', () => {
    const f = copyFixture('basic');
    f.edit('content/demo/handbook/document.yaml', 'status: in-force\n', '');
    expect(problems(f.root).join('\n')).toContain('status: missing required field; expected one of');
  });

  it('rejects a value outside an enumeration and lists the allowed values', () => {
    const f = copyFixture('basic');
    f.edit('content/demo/handbook/document.yaml', 'status: in-force', 'status: current');
    expect(problems(f.root)[0]).toContain('status: expected one of "in-force", "superseded", "historical", "draft"');
  });

  it('rejects a duplicate clause id and says how to keep a repeated printed number', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/2.mdx`, 'id: "2"', 'id: "1"');
    expect(problems(f.root)).toMatchInlineSnapshot(`
      [
        "content/demo/handbook/clauses/2.mdx:2  error  id: expected "2", the file's name without .mdx, found "1"  [id-file-name]
        hint: a clause's id is its address and its file name: rename the file to 1.mdx, or set id: 2; to renumber a clause use npm run renumber, which keeps the old address answering",
        "content/demo/handbook/clauses/2.mdx:2  error  id: duplicate clause id "1"; content/demo/handbook/clauses/1.mdx already uses it  [duplicate-id]
        hint: give one of them a unique id; where the source prints the same number twice, keep "number" as printed and suffix the id, e.g. "1-2"",
      ]
    `);
  });

  it('rejects a parent that does not exist and suggests the nearest ids', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/1-1.mdx`, 'parent: "1"', 'parent: "3"');
    expect(problems(f.root)[0]).toContain(
      '1-1.mdx:5  error  parent: expected the id of a clause in this document, found "3", which does not exist  [missing-parent]\n  hint: did you mean "1", "2", "1-1"?',
    );
  });

  it('rejects two clauses with the same order under one parent', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/2.mdx`, 'order: 20', 'order: 10');
    expect(problems(f.root)[0]).toMatch(
      /2\.mdx:5 {2}error {2}order: order 10 is already used by clause "1" .* under the same parent {2}\[order-collision\]/,
    );
  });

  it('rejects YAML that does not parse, with its line', () => {
    const f = copyFixture('basic');
    f.edit(`${CLAUSES}/2.mdx`, 'heading: Review', 'heading: Review: of: things');
    expect(problems(f.root)[0]).toMatch(/2\.mdx:4:\d+ {2}error {2}this is not valid YAML/);
  });

  it('reports a missing document.yaml and a missing provenance file', () => {
    const f = copyFixture('basic');
    rmSync(join(f.root, 'content/demo/handbook/source.txt'));
    expect(problems(f.root)[0]).toContain(
      'document.yaml:8  error  source.file: the provenance file "content/demo/handbook/source.txt" does not exist',
    );
    rmSync(join(f.root, 'content/demo/handbook/document.yaml'));
    expect(problems(f.root)[0]).toContain('content/demo/handbook/document.yaml  error  missing document.yaml for this document folder');
  });

  it('rejects a document that claims another partnership than its folder', () => {
    const f = copyFixture('basic');
    f.edit('content/demo/handbook/document.yaml', 'partnership: demo', 'partnership: other');
    expect(problems(f.root)[0]).toContain(
      'document.yaml:3  error  partnership: expected "demo" (the folder this document is in), found "other"',
    );
  });

  it('accepts an owner quoted from the source, across a line break and with its clause in brackets', () => {
    const f = copyFixture('basic');
    f.edit(
      'content/demo/handbook/document.yaml',
      'status: in-force',
      'status: in-force\nowner:\n  name: handbook\n  quote: "This handbook is\\n  reviewed annually"\n  clause: "2."',
    );
    f.edit('content/demo/handbook/source.txt', 'This handbook is reviewed', 'This handbook is\nreviewed');
    expect(problems(f.root)).toEqual([]);
  });

  it('rejects an owner in words the source does not print, and says to quote it or leave it out', () => {
    const f = copyFixture('basic');
    f.edit(
      'content/demo/handbook/document.yaml',
      'status: in-force',
      'status: in-force\nowner:\n  name: The Handbook Steering Group\n  quote: The Handbook Steering Group owns this handbook',
    );
    const [problem, ...more] = problems(f.root);
    expect(more).toEqual([]);
    expect(problem).toContain(
      'content/demo/handbook/document.yaml:7  error  owner.quote: expected the source\'s own words, but "The Handbook Steering Group owns this handbook" does not appear in content/demo/handbook/source.txt  [owner-not-in-source]',
    );
    expect(problem).toContain(
      'hint: copy the words that say who owns, maintains or approves the document exactly as the source prints them',
    );
    expect(problem).toContain('leave owner out and the page shows "Not stated in the source document"');
  });

  it('rejects an owner whose name the quote does not contain', () => {
    const f = copyFixture('basic');
    f.edit(
      'content/demo/handbook/document.yaml',
      'status: in-force',
      'status: in-force\nowner:\n  name: Steering Group\n  quote: This handbook is reviewed annually',
    );
    expect(problems(f.root)).toEqual([
      expect.stringContaining(
        'document.yaml:6  error  owner.name: expected the body as the quote names it, but the quote does not contain "Steering Group"  [owner-not-in-source]',
      ),
    ]);
  });
});
