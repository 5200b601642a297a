/**
 * How strongly a clause obliges a duty, typed and quoted from the clause:
 * "must", "shall" and "will" require it, and a lapse fails the build;
 * "ideally", "preferably", "should aim to" advise it, and a lapse is a
 * warning on the register and in the report, never a failure.
 *
 * ```yaml
 * strength: { level: advisory, quote: ideally }
 * ```
 */
import { z } from 'astro/zod';

export const dutyStrengthSchema = z.strictObject({
  /** `required`: a lapse fails the check and the build. `advisory`: a lapse is shown and warned about, never a failure. */
  level: z.enum(['required', 'advisory']),
  /** The clause's own word or words that set the strength, as printed: `ideally`, `will`. The check finds them in the clause. */
  quote: z.string().min(1),
});

export type DutyStrength = z.infer<typeof dutyStrengthSchema>;

/** Advisory duties never fail: their lapses are warnings. */
export const isAdvisory = (duty: { strength?: DutyStrength }) => duty.strength?.level === 'advisory';
