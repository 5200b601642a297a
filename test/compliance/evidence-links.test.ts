/**
 * The last evidence carries the link its record gives (a review's paper, a
 * meeting's minutes, a report's address, a subgroup's terms-of-reference or
 * membership paper): an address to follow, or a reference to read.
 */
import { describe, expect, it } from 'vitest';
import { check, duty, records } from './helpers.ts';

const MINUTES = 'https://example.org/demo/steering-group/2026-06-09-minutes';

describe('evidence links', () => {
  it("take a review's paper: an address as a url, anything else as a reference", () => {
    const review = duty({ kind: 'review', subject: 'constitution', cadence: { rule: 'anniversary', years: 1 } });
    expect(check(review, records({ reviews: [{ date: '2026-06-09', paper: MINUTES }] }), '2026-07-01').last?.link).toEqual({
      label: 'paper',
      url: MINUTES,
    });
    expect(
      check(review, records({ reviews: [{ date: '2026-06-09', paper: 'SG minutes 9 June 2026, item 6' }] }), '2026-07-01').last?.link,
    ).toEqual({ label: 'paper', reference: 'SG minutes 9 June 2026, item 6' });
    expect(check(review, records({ reviews: [{ date: '2026-06-09' }] }), '2026-07-01').last).not.toHaveProperty('link');
  });

  it("take an annual deadline's paper", () => {
    const deadline = duty({ kind: 'annual-deadline', subject: 'meeting-dates-set', by: '11-15', opens: '04-01' });
    const recs = records({ reviews: [{ subject: 'meeting-dates-set', date: '2026-09-08', paper: MINUTES }] });
    expect(check(deadline, recs, '2026-10-01').last?.link).toEqual({ label: 'paper', url: MINUTES });
  });

  it('take the minutes of the last meeting held, not of one only scheduled', () => {
    const meets = duty({ kind: 'frequency', body: 'steering-group', atLeast: 1, since: '2026-04-01' });
    const recs = records({
      meetings: [
        { date: '2026-06-09', minutes: MINUTES },
        { date: '2026-12-08', minutes: 'https://example.org/demo/steering-group/2026-12-08-minutes' },
      ],
    });
    expect(check(meets, recs, '2026-07-01').last?.link).toEqual({ label: 'minutes', url: MINUTES });
  });

  it("take a publication's address, labelled by what it is", () => {
    const report = duty({ kind: 'publication', publicationType: 'annual-report', cadence: { rule: 'anniversary', years: 1 } });
    const url = 'https://example.org/demo/annual-report-2025-26';
    expect(check(report, records({ publications: [{ published: '2026-06-01', url }] }), '2026-07-01').last?.link).toEqual({
      label: 'annual report',
      url,
    });
  });

  it("take a subgroup's terms-of-reference or membership paper, whichever the duty reads", () => {
    const tor = duty({ kind: 'renewal-per-subgroup', aspect: 'terms-of-reference', cadence: { rule: 'anniversary', years: 1 } });
    const membership = duty({ kind: 'renewal-per-subgroup', aspect: 'membership', cadence: { rule: 'anniversary', years: 2 } });
    const recs = records({
      subgroups: [
        {
          termsOfReference: { agreed: '2026-03-10', agreedBy: 'Steering Group', paper: MINUTES },
          membership: { reviewed: '2025-06-10', signedOffBy: 'Steering Group', paper: 'SG minutes 10 June 2025' },
        },
      ],
    });
    expect(check(tor, recs, '2026-07-01').last?.link).toEqual({ label: 'paper', url: MINUTES });
    expect(check(membership, recs, '2026-07-01').last?.link).toEqual({ label: 'paper', reference: 'SG minutes 10 June 2025' });
  });
});
