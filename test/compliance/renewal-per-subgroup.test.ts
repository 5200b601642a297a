/** `renewal-per-subgroup` duties: one result per subgroup, from its own dates. */
import { describe, expect, it } from 'vitest';
import { evaluateDuty } from '../../src/lib/compliance/evaluators/index.ts';
import { check, ctx, duty, records, statusesOn } from './helpers.ts';

const termsOfReference = duty({
  kind: 'renewal-per-subgroup',
  aspect: 'terms-of-reference',
  cadence: { rule: 'anniversary', years: 1 },
  signedOffBy: 'Steering Group',
});
const membership = duty({ kind: 'renewal-per-subgroup', aspect: 'membership', cadence: { rule: 'anniversary', years: 2 } });

const crg = (agreed: string, agreedBy = 'Steering Group') =>
  records({
    subgroups: [{ id: 'case-review-group', name: 'Case review group', shortName: 'CRG', termsOfReference: { agreed, agreedBy } }],
  });

describe('renewal-per-subgroup duties', () => {
  it('are due-soon the day before and the day of the anniversary, and overdue the day after', () => {
    expect(statusesOn(termsOfReference, crg('2025-11-01'), ['2026-10-31', '2026-11-01', '2026-11-02'])).toEqual({
      '2026-10-31': 'due-soon',
      '2026-11-01': 'due-soon',
      '2026-11-02': 'overdue',
    });
  });

  it('name the subgroup and point at its date in subgroups.yaml', () => {
    const finding = check(termsOfReference, crg('2024-11-01'), '2026-11-01');
    expect(finding.subject).toEqual({ id: 'case-review-group', name: 'Case review group (CRG)' });
    expect(finding.detail).toContain('Case review group (CRG): terms of reference review was due by 2025-11-01');
    expect(finding.edit.file).toBe('content/demo/records/subgroups.yaml');
  });

  it('give one result per subgroup', () => {
    const two = records({
      subgroups: [
        { id: 'a', name: 'A', termsOfReference: { agreed: '2026-06-01', agreedBy: 'Steering Group' } },
        { id: 'b', name: 'B', termsOfReference: { agreed: '2025-01-01', agreedBy: 'Steering Group' } },
      ],
    });
    const findings = evaluateDuty(termsOfReference, ctx('2026-07-01', two));
    expect(findings.map((f) => [f.subject?.id, f.status])).toEqual([
      ['a', 'ok'],
      ['b', 'overdue'],
    ]);
  });

  it('report no evidence for a subgroup with no terms-of-reference date', () => {
    const none = records({ subgroups: [{ id: 'neglect-working-group', name: 'Neglect working group' }] });
    expect(check(termsOfReference, none, '2026-07-01').status).toBe('no-evidence');
  });

  it('do not count terms of reference signed off by a different body', () => {
    const finding = check(termsOfReference, crg('2026-06-01', 'Partnership Board'), '2026-07-01');
    expect(finding.status).toBe('no-evidence');
    expect(finding.detail).toContain('signed off by "Partnership Board", not the Steering Group');
  });

  it('accept the signing body written with "the" or in another case', () => {
    expect(check(termsOfReference, crg('2026-06-01', 'the steering group'), '2026-07-01').status).toBe('ok');
  });

  it('report no evidence when the partnership lists no subgroups', () => {
    expect(check(termsOfReference, records(), '2026-07-01').detail).toBe('no subgroups recorded in content/demo/records/subgroups.yaml');
  });

  it('judge membership "at least every two years" by the two-year anniversary', () => {
    const reviewed = records({
      subgroups: [{ id: 'qa', name: 'Quality Assurance', membership: { reviewed: '2025-03-01', signedOffBy: 'Steering Group' } }],
    });
    expect(statusesOn(membership, reviewed, ['2027-02-28', '2027-03-01', '2027-03-02'])).toEqual({
      '2027-02-28': 'due-soon',
      '2027-03-01': 'due-soon',
      '2027-03-02': 'overdue',
    });
  });
});
