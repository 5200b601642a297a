/** Follow-on steps of a publication duty: agreed before publishing, and sent to each named place, each its own finding. */
import { describe, expect, it } from 'vitest';
import { evaluateDuty } from '../../src/lib/compliance/evaluators/index.ts';
import { ctx, duty, records } from './helpers.ts';

const report = (extra: Record<string, unknown> = {}) => ({
  type: 'annual-report' as const,
  title: 'Annual Report 2025-26',
  period: { start: '2025-04-01', end: '2026-03-31' },
  published: '2026-09-29',
  url: 'https://example.org/annual-report-2025-26',
  ...extra,
});
const agreedThenPosted = duty({
  kind: 'publication',
  publicationType: 'annual-report',
  onWebsite: true,
  agreedBy: 'Steering Group',
  sentTo: ['Leader of the Council', 'the Chair of the Health and Wellbeing Board'],
  cadence: { rule: 'preceding-financial-year' },
});
const findings = (extra: Record<string, unknown>) =>
  evaluateDuty(agreedThenPosted, ctx('2026-11-01', records({ publications: [report(extra)] }))).map((f) => [
    f.subject?.name ?? 'publication',
    f.status,
    f.detail,
  ]);

describe('publication steps', () => {
  it('gives the publication and each step a finding of its own, all met when the record shows them', () => {
    const sent = [
      { to: 'Leader of the Council', date: '2026-10-06' },
      { to: 'The Chair of the Health and Wellbeing Board', date: '2026-10-06' },
    ];
    expect(findings({ agreed: { by: 'the Steering Group', date: '2026-09-15' }, sentTo: sent })).toEqual([
      ['publication', 'ok', 'annual report next due by 2028-03-31; last on 2026-09-29'],
      [
        'agreed by Steering Group before publishing',
        'ok',
        'agreed by Steering Group before publishing: recorded for each of 1 publication',
      ],
      ['sent to Leader of the Council', 'ok', 'sent to Leader of the Council: recorded for each of 1 publication'],
      [
        'sent to the Chair of the Health and Wellbeing Board',
        'ok',
        'sent to the Chair of the Health and Wellbeing Board: recorded for each of 1 publication',
      ],
    ]);
  });

  it('cannot tell a step the record does not show, and says which publication and why', () => {
    const result = findings({
      agreed: { by: 'Steering Group', date: '2026-10-01' },
      sentTo: [{ to: 'Leader of the Council', date: '2026-10-06' }],
    });
    expect(result.slice(1)).toEqual([
      [
        'agreed by Steering Group before publishing',
        'no-evidence',
        'agreed by Steering Group before publishing: cannot tell for Annual Report 2025-26: agreed on 2026-10-01, after it was published on 2026-09-29',
      ],
      ['sent to Leader of the Council', 'ok', 'sent to Leader of the Council: recorded for each of 1 publication'],
      [
        'sent to the Chair of the Health and Wellbeing Board',
        'no-evidence',
        'sent to the Chair of the Health and Wellbeing Board: cannot tell for Annual Report 2025-26: not recorded as sent to the Chair of the Health and Wellbeing Board (sentTo:)',
      ],
    ]);
  });

  it('does not count an agreement by another body', () => {
    expect(findings({ agreed: { by: 'Partnership Board', date: '2026-09-01' } })[1]).toEqual([
      'agreed by Steering Group before publishing',
      'no-evidence',
      'agreed by Steering Group before publishing: cannot tell for Annual Report 2025-26: no agreement by Steering Group recorded (agreed:)',
    ]);
  });
});
