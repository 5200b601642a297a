/** `frequency` duties: at least N meetings in each year, counted on London dates. */
import { describe, expect, it } from 'vitest';
import { check, duty, records, statusesOn } from './helpers.ts';

const fourAYear = duty({ kind: 'frequency', body: 'steering-group', atLeast: 4, yearStarts: '04-01' });
const threeIn2025 = ['2025-05-20', '2025-09-16', '2025-12-09'];

describe('frequency duties', () => {
  it('count a meeting on 31 March in the business year ending that day', () => {
    const recs = records({ meetings: [...threeIn2025, '2026-03-31'] });
    expect(check(fourAYear, recs, '2026-06-01').status).toBe('ok');
  });

  it('count a meeting on 1 April in the new business year, leaving the old one short', () => {
    const recs = records({ meetings: [...threeIn2025, '2026-04-01'] });
    const finding = check(fourAYear, recs, '2026-06-01');
    expect(finding.status).toBe('overdue');
    expect(finding.due?.toString()).toBe('2026-03-31');
    expect(finding.detail).toBe('3 of at least 4 meetings of the Steering Group held in the year 2025-26; the year ended 2026-03-31');
  });

  it('count a meeting at 23:30 UTC on 31 March 2026 on its London date, 1 April (BST)', () => {
    const utc = records({ meetings: [...threeIn2025, '2026-03-31T23:30:00Z'] });
    expect(check(fourAYear, utc, '2026-06-01').status).toBe('overdue');
  });

  it('count a meeting at 23:30 London time on 31 March 2026 in the year ending that day', () => {
    const london = records({ meetings: [...threeIn2025, '2026-03-31T23:30:00+01:00'] });
    expect(check(fourAYear, london, '2026-06-01').status).toBe('ok');
  });

  it('are due-soon the day before and the day of the year end when meetings are still needed, and overdue the day after', () => {
    const fourIn2025 = records({ meetings: ['2025-05-01', '2025-08-01', '2025-11-01', '2026-02-01', '2026-06-01', '2026-09-01'] });
    expect(statusesOn(fourAYear, fourIn2025, ['2027-02-28', '2027-03-01', '2027-03-30', '2027-03-31', '2027-04-01'])).toEqual({
      '2027-02-28': 'ok',
      '2027-03-01': 'due-soon',
      '2027-03-30': 'due-soon',
      '2027-03-31': 'due-soon',
      '2027-04-01': 'overdue',
    });
  });

  it("are ok once the year's meetings are held, and count scheduled meetings as on track", () => {
    const recs = records({
      meetings: ['2025-05-01', '2025-08-01', '2025-11-01', '2026-02-01', '2026-05-12', '2026-09-08', '2026-12-08', '2027-03-09'],
    });
    const finding = check(fourAYear, recs, '2026-11-01');
    expect(finding.status).toBe('ok');
    expect(finding.detail).toBe('2 held and 2 scheduled of at least 4 in the year 2026-27; 2 more needed by 2027-03-31');
    expect(finding.last?.date).toBe('2026-09-08');
  });

  it('count only meetings that took the named paper', () => {
    const twice = duty({ kind: 'frequency', body: 'steering-group', item: 'financial-statement', atLeast: 2 });
    const recs = records({
      meetings: [
        { date: '2025-06-01', papers: ['financial-statement'] },
        { date: '2025-09-01' },
        { date: '2026-01-10', papers: ['financial-statement'] },
        { date: '2026-06-01', papers: ['financial-statement'] },
      ],
    });
    expect(check(twice, recs, '2026-07-01').status).toBe('ok');
    expect(check(twice, records({ meetings: ['2025-06-01', '2026-01-10'] }), '2026-07-01').status).toBe('no-evidence');
  });

  it('use a calendar year when the year starts on 1 January', () => {
    const sixAYear = duty({ kind: 'frequency', body: 'steering-group', atLeast: 2, yearStarts: '01-01' });
    const recs = records({ meetings: ['2025-03-01', '2025-12-31', '2026-02-01'] });
    expect(check(sixAYear, recs, '2026-03-01').status).toBe('ok');
    expect(check(sixAYear, records({ meetings: ['2025-03-01', '2026-01-01'] }), '2026-03-01').status).toBe('overdue');
  });

  it('report no evidence when the body has no meetings recorded', () => {
    expect(check(fourAYear, records(), '2026-06-01').status).toBe('no-evidence');
  });

  it("do not judge a year that ended before the duty's start date", () => {
    const fromNow = duty({ kind: 'frequency', body: 'steering-group', atLeast: 4, since: '2026-04-01' });
    expect(check(fromNow, records({ meetings: ['2026-05-01'] }), '2026-06-01').status).toBe('ok');
  });

  it('count only ordinary meetings where the text says so, leaving an extraordinary one out', () => {
    const ordinaryOnly = duty({ kind: 'frequency', body: 'steering-group', atLeast: 2, yearStarts: '04-01', counts: 'ordinary' });
    const recs = records({ meetings: ['2025-05-01', { date: '2025-07-01', extraordinary: true }] });
    expect(check(ordinaryOnly, recs, '2026-05-01').detail).toBe(
      '1 of at least 2 meetings of the Steering Group held in the year 2025-26; the year ended 2026-03-31',
    );
    expect(check(duty({ kind: 'frequency', body: 'steering-group', atLeast: 2, yearStarts: '04-01' }), recs, '2026-05-01').status).toBe(
      'ok',
    );
  });
});
