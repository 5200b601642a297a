/**
 * Printed clause numbers: how they nest and what ids they get. The sources
 * mix two ways of writing levels, so a number is read both ways:
 *
 *   "6.10"  seq → [6, 10]   digits → [6, 1, 0]
 *   "6.511" seq → [6, 511]  digits → [6, 5, 1, 1]
 *   "6.8.2" seq → [6, 8, 2] digits → [6, 8, 2]
 *   "7.0"   both → [7]      (a top-level heading written with ".0")
 *
 * and the tree builder asks which reading makes it the next sibling or the
 * first child of a clause already open.
 */
import type { Reading } from './profiles.ts';

export interface ParsedNumber {
  printed: string;
  seq: number[];
  digits: number[];
}

export function parseNumber(printed: string): ParsedNumber | undefined {
  const compact = printed.replace(/\s+/g, '').replace(/\.$/, '');
  if (!/^\d+(?:\.\d+)*$/.test(compact)) return undefined;
  const [head = '', ...tail] = compact.split('.');
  if (tail.length === 1 && /^0+$/.test(tail[0]!)) return { printed, seq: [Number(head)], digits: [Number(head)] };
  return {
    printed,
    seq: [Number(head), ...tail.map(Number)],
    digits: [Number(head), ...tail.join('').split('').map(Number)],
  };
}

const samePrefix = (a: number[], b: number[], length: number) => a.slice(0, length).every((n, i) => n === b[i]);

/** `next` is the number after `previous` at the same level: 6.9 → 6.10, 6.81 → 6.8.2. */
export function isSuccessor(previous: ParsedNumber, next: ParsedNumber, readings: Reading[]): boolean {
  return readings.some((r) => {
    const a = previous[r];
    const b = next[r];
    return a.length === b.length && samePrefix(a, b, a.length - 1) && b.at(-1) === a.at(-1)! + 1;
  });
}

/** `child` is one level below `parent`: 6.5 → 6.51, 6 → 6.1. */
export function isChildOf(parent: ParsedNumber, child: ParsedNumber, readings: Reading[]): boolean {
  return readings.some((r) => child[r].length === parent[r].length + 1 && samePrefix(parent[r], child[r], parent[r].length));
}

/** The last level of `n` in the reading where it is a child of `parent` (for gap notes). */
export function lastLevel(n: ParsedNumber, parent: ParsedNumber | undefined, readings: Reading[]): number {
  const reading = readings.find((r) => !parent || isChildOf(parent, n, [r])) ?? readings[0]!;
  return n[reading].at(-1)!;
}

/** A URL-safe id from a printed number: "6. 1" → "6-1", "Appendix 1" → "appendix-1", "iii)" → "iii". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}

/**
 * Hands out ids unique within one document; a repeat gets "-2", "-3". Ids
 * that printed numbers will need are reserved up front, so the second "6.8"
 * cannot take "6-8-2" from a later "6.8.2"; it is counted with a letter
 * instead ("6-8-b").
 */
export class IdRegistry {
  private readonly used = new Set<string>();
  private readonly reserved = new Set<string>();

  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.reserved.add(id);
  }

  take(base: string): { id: string; repeated: boolean } {
    if (!this.used.has(base)) {
      this.used.add(base);
      return { id: base, repeated: false };
    }
    const free = (id: string) => !this.used.has(id) && !this.reserved.has(id);
    let n = 2;
    while (!free(`${base}-${n}`) && !this.reserved.has(`${base}-${n}`)) n += 1;
    // "6-8-2" is the id of a printed "6.8.2": count the repeat with letters instead ("6-8-b").
    let id = `${base}-${n}`;
    for (let letter = n - 1; !free(id); letter += 1) id = `${base}-${String.fromCharCode(97 + letter)}`;
    this.used.add(id);
    return { id, repeated: true };
  }
}
