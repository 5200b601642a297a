/** The driver: duties from clause frontmatter, exemptions, and the clause each result points at. */
import { describe, expect, it } from 'vitest';
import type { ClauseEntry, DocumentEntry } from '../../src/lib/content/model.ts';
import { evaluateDuties } from '../../src/lib/compliance/evaluate.ts';
import { checkDuties } from '../../src/lib/compliance/check-duties.ts';
import { clauseDisplayName } from '../../src/lib/content/clause-names.ts';
import { buildDocumentTree } from '../../src/lib/content/document-tree.ts';
import type { DocumentStatus } from '../../src/schemas/document.ts';
import type { DutyInput } from '../../src/schemas/duty.ts';
import { clauseSchema } from '../../src/schemas/clause.ts';
import { day, records } from './helpers.ts';

function document(status: DocumentStatus): DocumentEntry {
  return {
    id: 'constitution',
    partnership: 'demo',
    file: 'content/demo/constitution/document.yaml',
    dir: 'content/demo/constitution',
    data: { title: 'Constitution', shortTitle: 'Constitution', partnership: 'demo', status, source: { file: 'source.txt', original: 'x' } },
  };
}

function clause(duties: DutyInput[]): ClauseEntry {
  return {
    partnership: 'demo',
    document: 'constitution',
    file: 'content/demo/constitution/clauses/12-1.mdx',
    body: '',
    bodyStartLine: 12,
    data: clauseSchema.parse({ id: '12-1', number: '12.1', order: 10, duties }),
    lineOf: (field) => (field === 'duties.0' ? 7 : field === 'duties.1' ? 13 : 2),
  };
}

const review: DutyInput = {
  id: 'constitution-review',
  kind: 'review',
  duty: 'Review the constitution.',
  owner: 'Steering Group',
  subject: 'constitution',
  cadence: { rule: 'anniversary' },
};
const meetings: DutyInput = {
  id: 'sg-meetings',
  kind: 'frequency',
  duty: 'Meet four times a year.',
  owner: 'Steering Group',
  body: 'steering-grop',
  atLeast: 4,
};

const run = (status: DocumentStatus, recs = records({ reviews: [{ subject: 'constitution', date: '2026-05-12' }] })) =>
  evaluateDuties({
    content: { documents: [document(status)], clauses: [clause([review])] },
    records: new Map([['demo', recs]]),
    asOf: day('2026-11-01'),
    warningDays: 30,
  });

describe('evaluating the declared duties', () => {
  it('points each result at the clause that declares the duty', () => {
    const [result] = run('in-force');
    expect(result).toMatchObject({
      status: 'ok',
      due: '2027-05-12',
      partnership: 'demo',
      document: 'constitution',
      clause: { id: '12-1', number: '12.1', file: 'content/demo/constitution/clauses/12-1.mdx', line: 7 },
    });
  });

  it('exempts the duties of a superseded document and says so', () => {
    const [result] = run('superseded', records());
    expect(result!.status).toBe('exempt');
    expect(result!.detail).toContain('superseded');
  });

  it('exempts the duties of a draft document', () => {
    expect(run('draft', records())[0]!.status).toBe('exempt');
  });

  it('marks a result whose last evidence is an example record as resting on an example', () => {
    const [result] = run('in-force', records({ reviews: [{ subject: 'constitution', date: '2026-05-12', example: true }] }));
    expect(result).toMatchObject({ status: 'ok', example: true });
  });

  it('does not mark a result whose last evidence is a real record', () => {
    expect(run('in-force')[0]!.example).toBe(false);
  });

  it('marks a result with no evidence as an example when the records it was judged against are examples', () => {
    const [result] = run('in-force', records({ meetings: [{ date: '2026-06-09', example: true }] }));
    expect(result).toMatchObject({ status: 'no-evidence', example: true });
  });

  it('does not mark a result with no evidence when no record is an example, since the absence is then a fact', () => {
    expect(run('in-force', records())[0]).toMatchObject({ status: 'no-evidence', example: false });
  });

  it('does not mark an exempt result, which rests on the document status rather than on records', () => {
    const [result] = run('superseded', records({ reviews: [{ subject: 'constitution', date: '2026-05-12', example: true }] }));
    expect(result).toMatchObject({ status: 'exempt', example: false });
  });

  it('reports missing evidence for an in-force document with no records', () => {
    expect(run('in-force', records())[0]!.status).toBe('no-evidence');
  });

  it("rejects a frequency duty naming a body the records do not list, at the duty's line", () => {
    const errors = checkDuties(
      { documents: [document('in-force')], clauses: [clause([review, meetings])] },
      new Map([['demo', records()]]),
    ).filter((e) => e.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'content/demo/constitution/clauses/12-1.mdx',
      line: 13,
      field: 'duties[1].body',
      rule: 'unknown-subgroup',
    });
    expect(errors[0]!.hint).toContain('did you mean "steering-group"');
  });

  it('rejects two duties with the same id in one partnership', () => {
    const errors = checkDuties(
      { documents: [document('in-force')], clauses: [clause([review, { ...review }])] },
      new Map([['demo', records()]]),
    ).filter((e) => e.severity === 'error');
    expect(errors.map((e) => e.rule)).toEqual(['duplicate-id']);
  });
});

describe('naming the clause that requires a duty', () => {
  const entry = (id: string, data: { number?: string; heading?: string; parent?: string }): ClauseEntry => ({
    partnership: 'demo',
    document: 'constitution',
    file: `c/${id}.mdx`,
    body: '',
    bodyStartLine: 1,
    lineOf: () => 1,
    data: clauseSchema.parse({ id, order: 10, ...data }),
  });
  const clauses = [
    entry('6-52', { number: '6.52', heading: 'Frequency of meetings' }),
    entry('6-52-i', { number: 'i)', parent: '6-52' }),
    entry('11-0', { number: '11.0', heading: 'WSSCP funding' }),
    entry('11-4', { number: '11.4', parent: '11-0' }),
    entry('appendix-1', { number: 'Appendix 1', heading: 'Financial Partnership Agreement' }),
    entry('principle-3', { heading: 'Principle 3', parent: 'appendix-1' }),
    entry('5', { number: '5.', heading: 'The safeguarding structure' }),
    entry('front-door', { heading: 'Front Door subcommittee', parent: '5' }),
  ];
  const byId = buildDocumentTree(clauses, (c) => c.data).byId;
  const name = (id: string) => clauseDisplayName(byId.get(id)!);

  it('qualifies a local sub-item number by its numbered parent', () => {
    expect(name('6-52-i')).toBe('clause 6.52 i)');
  });

  it('does not repeat a parent number the clause number already starts with, reading 11.0 as 11', () => {
    expect(name('11-4')).toBe('clause 11.4');
  });

  it('names a headed clause by its heading and the numbered part it sits in', () => {
    expect(name('principle-3')).toBe('“Principle 3” in Appendix 1');
    expect(name('front-door')).toBe('“Front Door subcommittee” in section 5');
  });
});
