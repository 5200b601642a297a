/**
 * The built JSON files validate against the JSON Schemas the site publishes
 * at /api/schema/ (read back with zod's JSON Schema reader), and hold what
 * the pages show: every clause of each document, every duty.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/site-under-test.ts';
import { builtFile, builtJson } from './built-files.ts';

const published = (name: string) => z.fromJSONSchema(builtJson(`/api/schema/${name}`) as Parameters<typeof z.fromJSONSchema>[0]);

const documentFiles = ['west-sussex', 'wandsworth', 'suffolk'].flatMap((p) =>
  readdirSync(join(distDir, p)).filter((f) => f.endsWith('.json')).map((f) => `/${p}/${f}`),
);

describe('the published JSON Schemas', () => {
  it.each(['document.json', 'duties.json'])('%s is a draft 2020-12 JSON Schema', (name) => {
    expect(builtJson(`/api/schema/${name}`)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
  });
});

describe('document JSON', () => {
  it('exists for each of the five documents', () => {
    expect(documentFiles).toHaveLength(5);
  });

  it.each(documentFiles)('%s validates against /api/schema/document.json', (path) => {
    const result = published('document.json').safeParse(builtJson(path));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(documentFiles)('%s lists every clause the document page links, in order', (path) => {
    const data = builtJson(path) as { document: { url: string }; clauses: { url: string; text: string }[] };
    const html = builtFile(data.document.url);
    const linked = [...new Set([...html.matchAll(/href="(\/[^"#]+\/)"/g)].map((m) => m[1]!).filter((u) => u.startsWith(data.document.url) && u !== data.document.url))];
    expect(data.clauses.map((c) => c.url)).toEqual(expect.arrayContaining(linked));
    expect(data.clauses.some((c) => c.text.length > 0)).toBe(true);
  });

  it('gives West Sussex constitution 6.57 iii) its reference to section 6.52', () => {
    const data = builtJson('/west-sussex/constitution.json') as { clauses: { id: string; parent?: string; references: { clause?: string }[] }[] };
    const clause = data.clauses.find((c) => c.id === '6-57-iii');
    expect(clause?.parent).toBe('6-57');
    expect(clause?.references.map((r) => r.clause)).toContain('6-52');
  });
});

describe('/api/duties.json', () => {
  const duties = builtJson('/api/duties.json') as { asOf: string; pinned: boolean; duties: { status: string; last?: { example: boolean } }[] };

  it('validates against /api/schema/duties.json', () => {
    const result = published('duties.json').safeParse(duties);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('is checked by a schema that refuses a duty without a status', () => {
    const broken = structuredClone(duties) as { duties: Record<string, unknown>[] };
    delete broken.duties[0]!.status;
    expect(published('duties.json').safeParse(broken).success).toBe(false);
  });

  it('states the pinned as-of date and marks every shipped record as an example', () => {
    expect(duties).toMatchObject({ asOf: '2026-11-01', pinned: true });
    expect(duties.duties.length).toBe(61);
    expect(duties.duties.every((d) => d.last?.example === true)).toBe(true);
  });
});
