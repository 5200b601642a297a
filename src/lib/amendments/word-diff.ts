/**
 * A clause's words before and after an amendment, compared word by word
 * (the `diff` package's diffWords, a kept library rather than our own
 * algorithm): the parts of each side, marked as kept, removed or added.
 * Plain text on both sides, so markup never shows as a change.
 */
import { diffWords } from 'diff';
import { bodyText } from '../content/fidelity.ts';

export interface DiffPart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

/** `before` keeps the same and removed parts, `after` the same and added parts. */
export function wordDiff(beforeBody: string, afterBody: string): { before: DiffPart[]; after: DiffPart[] } {
  const parts = diffWords(bodyText(beforeBody), bodyText(afterBody));
  const as = (p: (typeof parts)[number]): DiffPart => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' });
  return { before: parts.filter((p) => !p.added).map(as), after: parts.filter((p) => !p.removed).map(as) };
}
