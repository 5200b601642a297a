/**
 * What a duty is about, whatever its kind: the `theme` of a duty in clause
 * frontmatter (see duty.ts). The compare page sets duties of the same theme
 * side by side across partnerships (src/lib/publishing/compare.ts); a duty
 * without one is placed by its kind.
 *
 * | theme                | for duties about                                                                  |
 * |----------------------|-----------------------------------------------------------------------------------|
 * | `scrutiny`           | independent scrutiny: the Independent Chair, scrutineer, peer and effectiveness reviews |
 * | `board-meetings`     | how often boards, groups and sub-committees meet, and when their dates are set    |
 * | `terms-of-reference` | subgroups' and sub-committees' terms of reference                                 |
 * | `membership`         | who sits on a board or subgroup: membership and representation reviews            |
 * | `annual-report`      | the annual report: publishing it, what it must contain                            |
 * | `business-plan`      | the business plan or strategy                                                     |
 * | `finance`            | budgets, contributions, financial statements and the pooled fund                  |
 * | `reporting`          | reports one body makes to another (a subgroup to the Steering Group, a board to Cabinet) |
 * | `joint-working`      | meetings and agreements between boards and partnerships                           |
 * | `document-review`    | reviews of a governance document itself (the constitution, an agreement)          |
 */
import { z } from 'astro/zod';

export const dutyThemes = [
  'scrutiny',
  'board-meetings',
  'terms-of-reference',
  'membership',
  'annual-report',
  'business-plan',
  'finance',
  'reporting',
  'joint-working',
  'document-review',
] as const;

/** What the duty is about, for comparing partnerships; one of the themes in the table above. */
export const dutyThemeSchema = z.enum(dutyThemes, {
  message: `expected one of ${dutyThemes.join(', ')} (see src/schemas/duty-theme.ts)`,
});

export type DutyTheme = z.infer<typeof dutyThemeSchema>;
