/**
 * Bad record input comes back as ContentErrors with file and line, never a
 * stack trace: a malformed date, an unknown field, an unknown subgroup.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { loadRecords } from '../../src/lib/compliance/load-records.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const RECORDS = 'content/demo/records';

function problems(root: string): string[] {
  return loadRecords({ root, partnerships: ['demo'] }).errors.map(formatContentError);
}

describe('loading records', () => {
  it('reads the fixture records with their lines and no errors', () => {
    const { root } = copyFixture('compliance');
    const { byPartnership, errors } = loadRecords({ root, partnerships: ['demo'] });
    expect(errors).toEqual([]);
    const demo = byPartnership.get('demo')!;
    expect(demo.subgroups.map((s) => [s.data.id, s.line])).toEqual([
      ['case-review-group', 2],
      ['quality-assurance', 11],
    ]);
    expect(demo.subgroups[0]!.lineOf(['termsOfReference', 'agreed'])).toBe(8);
    expect(demo.meetings).toHaveLength(8);
    expect(demo.bodies.map((b) => b.data.id)).toEqual(['steering-group']);
  });

  it('rejects a malformed date, naming the file, line and field', () => {
    const f = copyFixture('compliance');
    f.edit(`${RECORDS}/reviews.yaml`, 'date: 2026-05-12', 'date: 12/05/2026');
    expect(problems(f.root)).toEqual([
      `${RECORDS}/reviews.yaml:3  error  [0].date: expected a date written as YYYY-MM-DD, such as 2024-03-31, found "12/05/2026"  [schema]\n  hint: write it year-month-day with hyphens: 2026-05-12`,
    ]);
  });

  it('rejects a date that does not exist', () => {
    const f = copyFixture('compliance');
    f.edit(`${RECORDS}/subgroups.yaml`, 'agreed: 2026-03-10', 'agreed: 2026-02-30');
    expect(problems(f.root)[0]).toContain(`${RECORDS}/subgroups.yaml:8  error  [0].termsOfReference.agreed: expected a real calendar date`);
  });

  it('rejects a meeting time without an offset', () => {
    const f = copyFixture('compliance');
    f.edit(`${RECORDS}/meetings.yaml`, '"2026-03-10T14:00:00Z"', '"2026-03-10T14:00"');
    expect(problems(f.root)[0]).toContain(
      `${RECORDS}/meetings.yaml:9  error  meetings[3].date: expected a real calendar date (YYYY-MM-DD) or a time with its offset`,
    );
  });

  it('rejects an unknown field and lists the allowed ones', () => {
    const f = copyFixture('compliance');
    f.edit(`${RECORDS}/subgroups.yaml`, '  chairRole: Designated Nurse', '  chair: Designated Nurse');
    const [problem] = problems(f.root);
    expect(problem).toContain(`${RECORDS}/subgroups.yaml:6  error  [0].chair: unknown field "chair"  [schema]`);
    expect(problem).toContain(
      'the fields allowed here are: id, name, shortName, partnership, chairRole, termsOfReference, membership, example',
    );
  });

  it('rejects a meeting of an unknown subgroup, suggesting the nearest', () => {
    const f = copyFixture('compliance');
    f.edit(`${RECORDS}/meetings.yaml`, 'body: case-review-group', 'body: case-reveiw-group');
    const [problem] = problems(f.root);
    expect(problem).toContain(
      `${RECORDS}/meetings.yaml:13  error  body: no body or subgroup "case-reveiw-group" in this partnership's records  [unknown-subgroup]`,
    );
    expect(problem).toContain('did you mean "case-review-group"');
  });

  it('rejects a review naming an unknown subgroup', () => {
    const f = copyFixture('compliance');
    f.edit(`${RECORDS}/reviews.yaml`, 'subgroup: case-review-group', 'subgroup: neglect-working-group');
    expect(problems(f.root)[0]).toContain(
      `${RECORDS}/reviews.yaml:15  error  subgroup: no subgroup "neglect-working-group" in ${RECORDS}/subgroups.yaml  [unknown-subgroup]`,
    );
  });

  it('rejects a subgroup filed under another partnership', () => {
    const f = copyFixture('compliance');
    f.edit(`${RECORDS}/subgroups.yaml`, /partnership: demo/, 'partnership: west-sussex');
    expect(problems(f.root)[0]).toContain(
      `${RECORDS}/subgroups.yaml:5  error  partnership: expected "demo" (the folder this file is in), found "west-sussex"`,
    );
  });

  it('reports YAML that does not parse with its line', () => {
    const f = copyFixture('compliance');
    f.edit(
      `${RECORDS}/reviews.yaml`,
      '  by: Steering Group\n  example: true\n- subject: meeting',
      '  by: [Steering Group\n  example: true\n- subject: meeting',
    );
    expect(problems(f.root)[0]).toMatch(/reviews\.yaml:\d+:\d+ {2}error {2}this is not valid YAML/);
  });

  it('treats a missing records folder as no records, not an error', () => {
    const f = copyFixture('compliance');
    rmSync(join(f.root, RECORDS), { recursive: true });
    const { byPartnership, errors } = loadRecords({ root: f.root, partnerships: ['demo'] });
    expect(errors).toEqual([]);
    expect(byPartnership.get('demo')!.subgroups).toEqual([]);
  });
});
