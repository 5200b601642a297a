/**
 * The files the importer writes are ones the content loader accepts: the
 * frontmatter parses with the loader's own YAML reading and clause schema.
 */
import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/lib/content/yaml-source.ts';
import { clauseFile } from '../../src/lib/import/clause-file.ts';
import { clauseSchema } from '../../src/schemas/clause.ts';

function roundTrip(frontmatter: Parameters<typeof clauseFile>[0], body = 'Text.') {
  const parsed = parseFrontmatter(clauseFile(frontmatter, body), 'x.mdx');
  expect(parsed.errors).toEqual([]);
  return { data: clauseSchema.parse(parsed.data), body: parsed.body };
}

describe('clauseFile', () => {
  test('keeps numbers that look like decimals as the strings printed', () => {
    expect(roundTrip({ id: '6-10', number: '6.10', parent: '6', order: 100 }).data.number).toBe('6.10');
    expect(roundTrip({ id: '7-0', number: '7.0', order: 10 }).data.number).toBe('7.0');
    expect(roundTrip({ id: '1', number: '1.', order: 10 }).data).toMatchObject({ id: '1', number: '1.' });
  });

  test('writes headings with colons, quotes and dashes so they read back unchanged', () => {
    const heading = 'WSSCP: additional requirements – “the Act”';
    expect(roundTrip({ id: '4', number: '4.', heading, order: 10 }).data.heading).toBe(heading);
  });

  test('leaves out fields that are not set, so the strict schema accepts the file', () => {
    const text = clauseFile({ id: 'preamble', order: 10 }, 'Constitution for');
    expect(text).toBe('---\nid: preamble\norder: 10\n---\n\nConstitution for\n');
  });

  test('writes a heading-only clause with no body', () => {
    expect(roundTrip({ id: '6-52', number: '6.52', heading: 'Frequency of meetings', parent: '6-5', order: 20 }, '').body).toBe('');
  });
});
