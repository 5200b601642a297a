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
import { runCheck } from '../../src/lib/check/run-check.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { builtFile, builtJson } from './built-files.ts';

const published = (name: string) => z.fromJSONSchema(builtJson(`/api/schema/${name}`) as Parameters<typeof z.fromJSONSchema>[0]);

const documentFiles = ['west-sussex', 'wandsworth', 'suffolk'].flatMap((p) =>
  readdirSync(join(distDir, p))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `/${p}/${f}`),
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
    const linked = [
      ...new Set(
        [...html.matchAll(/href="(\/[^"#]+\/)"/g)]
          .map((m) => m[1]!)
          // The document's versions pages are not clauses.
          .filter((u) => u.startsWith(data.document.url) && u !== data.document.url && !u.startsWith(`${data.document.url}versions/`)),
      ),
    ];
    expect(data.clauses.map((c) => c.url)).toEqual(expect.arrayContaining(linked));
    expect(data.clauses.some((c) => c.text.length > 0)).toBe(true);
  });

  it('gives West Sussex constitution 6.57 iii) its reference to section 6.52', () => {
    const data = builtJson('/west-sussex/constitution.json') as {
      clauses: { id: string; parent?: string; references: { clause?: string }[] }[];
    };
    const clause = data.clauses.find((c) => c.id === '6-57-iii');
    expect(clause?.parent).toBe('6-57');
    expect(clause?.references.map((r) => r.clause)).toContain('6-52');
  });
});

describe('/api/duties.json', () => {
  interface DutyJson {
    id: string;
    partnership: string;
    kind: string;
    status: string;
    example: boolean;
    theme?: string;
    cadence: string;
    schedule: Record<string, unknown>;
    last?: { example: boolean; link?: { label: string; url?: string; reference?: string } };
    acknowledged: { period: { start: string; end: string }; acknowledged: { example: boolean; link?: { url?: string } } }[];
  }
  const duties = builtJson('/api/duties.json') as { asOf: string; pinned: boolean; duties: DutyJson[] };
  const find = (partnership: string, id: string) => duties.duties.find((d) => d.partnership === partnership && d.id === id)!;

  it('validates against /api/schema/duties.json', () => {
    const result = published('duties.json').safeParse(duties);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('is checked by a schema that refuses a duty without a status', () => {
    const broken = structuredClone(duties) as unknown as { duties: Record<string, unknown>[] };
    delete broken.duties[0]!.status;
    expect(published('duties.json').safeParse(broken).success).toBe(false);
  });

  it('is checked by a schema that refuses a duty without its structured cadence or with an unknown rule', () => {
    const missing = structuredClone(duties) as unknown as { duties: Record<string, unknown>[] };
    delete missing.duties[0]!.schedule;
    expect(published('duties.json').safeParse(missing).success).toBe(false);
    const unknown = structuredClone(duties) as unknown as { duties: { schedule: { rule: string } }[] };
    unknown.duties[0]!.schedule.rule = 'fortnightly';
    expect(published('duties.json').safeParse(unknown).success).toBe(false);
  });

  it('states the pinned as-of date, holds every result the check reports, and marks every shipped record as an example', () => {
    expect(duties).toMatchObject({ asOf: '2026-11-01', pinned: true });
    expect(duties.duties.length).toBe(runCheck({ root: projectRoot, env: {} }).results.length);
    const checked = duties.duties.filter((d) => d.status !== 'exempt');
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.every((d) => d.last?.example === true && d.example === true)).toBe(true);
    // Duties not checked (the historical Suffolk protocol) rest on no record.
    expect(duties.duties.filter((d) => d.status === 'exempt').every((d) => d.example === false && !d.last)).toBe(true);
    expect(duties.duties.flatMap((d) => d.acknowledged).every((a) => a.acknowledged.example)).toBe(true);
  });

  it('gives each duty its cadence as data beside the words', () => {
    expect(find('west-sussex', 'partnership-board-meetings')).toMatchObject({
      cadence: 'at least 4 a year and 1 in each quarter, years from 04-01',
      schedule: { rule: 'frequency', every: 1, unit: 'year', yearStarts: '04-01', atLeast: 4, perQuarter: 1 },
      theme: 'board-meetings',
    });
    expect(find('west-sussex', 'district-borough-representation-review').schedule).toEqual({ rule: 'anniversary', every: 2, unit: 'year' });
    expect(find('west-sussex', 'annual-report-every-12-months').schedule).toEqual({ rule: 'rolling', every: 12, unit: 'month' });
    expect(find('west-sussex', 'budget-review-each-year').schedule).toEqual({
      rule: 'financial-year',
      every: 1,
      unit: 'year',
      yearStarts: '04-01',
    });
    expect(find('west-sussex', 'business-plan-in-force').schedule).toEqual({ rule: 'in-force' });
    expect(find('west-sussex', 'ordinary-meeting-dates-set').schedule).toEqual({
      rule: 'annual-deadline',
      every: 1,
      unit: 'year',
      by: '11-15',
      opens: '04-01',
    });
  });

  it('gives the last evidence its link, as an address or a reference, and lists acknowledged lapses', () => {
    expect(find('west-sussex', 'constitution-review').last?.link).toEqual({
      label: 'paper',
      url: 'https://example.org/west-sussex/steering-group/2026-06-09-minutes',
    });
    expect(find('west-sussex', 'district-borough-representation-review').last?.link).toEqual({
      label: 'paper',
      reference: 'SG minutes 9 September 2025, item 5 (example)',
    });
    expect(find('wandsworth', 'annual-report').last?.link).toEqual({
      label: 'annual report',
      url: 'https://example.org/wandsworth/annual-report-2025-26',
    });
    expect(find('west-sussex', 'partnership-board-meetings').acknowledged).toMatchObject([
      {
        period: { start: '2025-04-01', end: '2025-06-30' },
        acknowledged: { link: { url: 'https://example.org/west-sussex/partnership-board/2025-07-15-minutes' } },
      },
    ]);
    expect(find('west-sussex', 'steering-group-meetings').acknowledged).toEqual([]);
  });

  it('links only to the reserved example.org domain from example records', () => {
    const urls = duties.duties.flatMap((d) => [d.last?.link?.url, ...d.acknowledged.map((a) => a.acknowledged.link?.url)]).filter(Boolean);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url!).hostname).toBe('example.org');
  });
});
