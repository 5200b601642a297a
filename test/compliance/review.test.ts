/** `review` duties: a subject reviewed on a cadence, evidenced by reviews.yaml. */
import { describe, expect, it } from 'vitest';
import { check, duty, records, statusesOn } from './helpers.ts';

const constitutionReview = duty({ kind: 'review', subject: 'constitution', cadence: { rule: 'anniversary', years: 1 } });
const reviewed = records({ reviews: [{ subject: 'constitution', date: '2025-06-10' }] });

describe('review duties', () => {
  it('are due-soon the day before and the day of the due date, and overdue the day after', () => {
    expect(statusesOn(constitutionReview, reviewed, ['2026-06-09', '2026-06-10', '2026-06-11'])).toEqual({
      '2026-06-09': 'due-soon',
      '2026-06-10': 'due-soon',
      '2026-06-11': 'overdue',
    });
  });

  it('are ok until the warning window opens 30 days before the due date', () => {
    expect(statusesOn(constitutionReview, reviewed, ['2026-05-10', '2026-05-11'])).toEqual({
      '2026-05-10': 'ok',
      '2026-05-11': 'due-soon',
    });
  });

  it('use the configured warning window', () => {
    expect(check(constitutionReview, reviewed, '2026-05-11', 7).status).toBe('ok');
    expect(check(constitutionReview, reviewed, '2026-06-03', 7).status).toBe('due-soon');
  });

  it('say when the due date was and which record was last', () => {
    const finding = check(constitutionReview, reviewed, '2026-07-01');
    expect(finding.due?.toString()).toBe('2026-06-10');
    expect(finding.detail).toBe('review was due by 2026-06-10 (21 days ago); last on 2025-06-10');
    expect(finding.last).toMatchObject({ date: '2025-06-10', file: 'content/demo/records/reviews.yaml' });
  });

  it('count a review dated 29 February as due again on 28 February', () => {
    const leap = records({ reviews: [{ subject: 'constitution', date: '2024-02-29' }] });
    expect(statusesOn(constitutionReview, leap, ['2025-02-28', '2025-03-01'])).toEqual({
      '2025-02-28': 'due-soon',
      '2025-03-01': 'overdue',
    });
  });

  it('report no evidence when no review of that subject is recorded, pointing at reviews.yaml', () => {
    const other = records({ reviews: [{ subject: 'business-plan', date: '2026-01-01' }] });
    const finding = check(constitutionReview, other, '2026-02-01');
    expect(finding.status).toBe('no-evidence');
    expect(finding.edit.file).toBe('content/demo/records/reviews.yaml');
    expect(finding.edit.hint).toContain('subject: constitution');
  });

  it('ignore a review dated after the as-of date', () => {
    const future = records({ reviews: [{ subject: 'constitution', date: '2026-03-01' }] });
    expect(check(constitutionReview, future, '2026-02-01').status).toBe('no-evidence');
  });

  it('judge a two-yearly review by the two-year anniversary', () => {
    const twoYearly = duty({ kind: 'review', subject: 'constitution', cadence: { rule: 'anniversary', years: 2 } });
    expect(statusesOn(twoYearly, reviewed, ['2026-06-11', '2027-06-10', '2027-06-11'])).toEqual({
      '2026-06-11': 'ok',
      '2027-06-10': 'due-soon',
      '2027-06-11': 'overdue',
    });
  });

  it('judge a financial-year review by 31 March', () => {
    const yearly = duty({ kind: 'review', subject: 'constitution', cadence: { rule: 'financial-year' } });
    const april = records({ reviews: [{ subject: 'constitution', date: '2025-04-01' }] });
    expect(statusesOn(yearly, april, ['2027-03-30', '2027-03-31', '2027-04-01'])).toEqual({
      '2027-03-30': 'due-soon',
      '2027-03-31': 'due-soon',
      '2027-04-01': 'overdue',
    });
  });
});
