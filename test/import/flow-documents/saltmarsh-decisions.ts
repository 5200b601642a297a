/**
 * What Saltmarsh's editor (invented) decides about the duties the importer
 * proposes from its two documents, in the order proposed, and the example
 * records that then show the accepted ones met (new-partnership-flow.test.ts).
 */
export interface Decision {
  id: string;
  kind: string;
  /** The reason it is rejected; accepted without one. */
  reject?: string;
}

const AGENCIES = "each agency's answer to a request: the agencies' records hold that, not the partnership's";
const CONTENTS = 'what the annual report contains; its publication is constitution clause 3.2';
const TRAINING = "how often staff are trained: each agency's records hold that, not the partnership's";

export const decisions: Record<string, Decision[]> = {
  constitution: [
    { id: '3-1-at-least-four-times-in-each-financial-year', kind: 'frequency' },
    { id: '3-2-by-30-september-each-year', kind: 'annual-deadline' },
    { id: '3-3-within-ten-working-days', kind: 'within' },
    { id: '4-1-every-two-years', kind: 'review' },
    { id: '4-2-annual', kind: 'publication', reject: CONTENTS },
  ],
  'training-strategy': [
    { id: '2-1-annually', kind: 'review' },
    { id: '2-2-within-20-working-days', kind: 'within', reject: AGENCIES },
    { id: '3-1-quarterly', kind: 'review' },
    { id: '3-2-annual', kind: 'publication', reject: CONTENTS },
    { id: '4-every-3-years', kind: 'review', reject: TRAINING },
    { id: '4-every-2-years', kind: 'review', reject: TRAINING },
    { id: '4-every-2-years-2', kind: 'review', reject: TRAINING },
  ],
};

/** Appended to the commented, empty files new-partnership wrote; the subjects are the ones the accepted proposals carry. */
export const RECORDS: Record<string, string> = {
  'meetings.yaml': `bodies:
  - id: the-executive
    name: The Executive
meetings:
  - { body: the-executive, date: 2026-05-12, example: true }
  - { body: the-executive, date: 2026-07-14, example: true }
  - { body: the-executive, date: 2026-10-13, example: true }
  - { body: the-executive, date: 2027-01-12, example: true }
`,
  'events.yaml': `- id: executive-2026-07-14
  type: meeting
  what: Meeting of the Executive
  date: 2026-07-14
  responses:
    circulate-minutes: { date: 2026-07-21, by: the chair }
  example: true
`,
  'reviews.yaml': `- { subject: clause-3-2, what: Annual report 2025-26 published, date: 2026-09-15, by: The Executive, example: true }
- { subject: clause-4-1, what: Constitution reviewed, date: 2026-06-09, by: The Executive, example: true }
- { subject: clause-2-1, what: Training needs analysis, date: 2026-06-30, by: Learning and Development Subgroup, example: true }
- { subject: clause-3-1, what: Quarterly training report to the Executive, date: 2026-12-08, by: The subgroup, example: true }
`,
};
