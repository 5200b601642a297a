/**
 * Every kind of zod issue our schemas can raise, in an editor's words: the
 * field, what was expected, what was found (quoted as written) and a hint
 * specific to the mistake. zod's own sentences ("Invalid input: expected
 * number, received string") never reach an editor.
 *
 *   order: "4"            →  order: expected a whole number, found "4" (text in quotes)   hint: write 4 without quotes
 *   date: 12/05/2026      →  [0].date: expected a date written as YYYY-MM-DD, …, found "12/05/2026"   hint: write it year-month-day with hyphens: 2026-05-12
 *   kind: reveiw          →  duties[0].kind: expected one of "review", …, found "reveiw"   hint: did you mean "review"? …
 */
import type { z } from 'astro/zod';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { closeMatches } from './integrity.ts';
import { asSlug, dateHint, monthDayHint, quoteFound, quoteFoundWithType, typeWords, wrongTypeHint } from './found-value.ts';

type Issue = z.core.$ZodIssue;

export interface IssueWords {
  /** Path of the value at fault, for its line. */
  path: PropertyKey[];
  field?: string;
  message: string;
  hint?: string;
}

export interface IssueContext {
  /** The data that was parsed, to quote what was found. */
  data: unknown;
  /** Field names allowed in the object at a path, for unknown-field hints. */
  allowedKeys(path: PropertyKey[]): string[];
}

export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('');
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let at = data;
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/** zod's default sentences start like this; our schemas' own messages ("expected a date …") do not. */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;
const ours = (issue: Issue) => (ZOD_WORDING.test(issue.message) ? undefined : issue.message.replace(/^expected /, ''));
/** The closest allowed name, if it is close enough to be a slip of the keyboard. */
const didYouMean = (wanted: string, options: string[]): string | undefined => closeMatches(wanted, options, 1)[0];

const oneOf = (values: readonly unknown[]) => `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;

function sizeWords(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const bound = issue.inclusive ? (small ? 'at least' : 'at most') : small ? 'more than' : 'fewer than';
  if (issue.origin === 'string') return small && limit === 1 && issue.inclusive ? 'some text' : `text of ${bound} ${limit} characters`;
  if (issue.origin === 'array' || issue.origin === 'set') return `a list of ${bound} ${limit} item${limit === 1 ? '' : 's'}`;
  if (issue.inclusive) return `a number of ${bound} ${limit}`;
  return `a number ${small ? 'greater' : 'less'} than ${limit}`;
}

function expectedWords(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return ours(issue) ?? typeWords(issue.expected);
    case 'invalid_value':
      return oneOf(issue.values);
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? oneOf(issue.options)
        : (ours(issue) ?? 'one of the forms this field takes');
    case 'invalid_format':
      return (
        ours(issue) ??
        (issue.format === 'url'
          ? 'a web address starting with https://'
          : issue.format === 'regex'
            ? `text matching ${(issue as { pattern?: string }).pattern}`
            : `a valid ${issue.format}`)
      );
    case 'too_small':
    case 'too_big':
      return sizeWords(issue);
    case 'not_multiple_of':
      return `a multiple of ${issue.divisor}`;
    default:
      return ours(issue) ?? 'a valid value';
  }
}

function hintFor(issue: Issue, expected: string, found: unknown, key: string): string | undefined {
  if (/YYYY-MM-DD|YYYY-MM|calendar date/.test(expected)) return dateHint(found);
  if (/MM-DD/.test(expected)) return monthDayHint(found);
  switch (issue.code) {
    case 'invalid_type':
      return wrongTypeHint(issue.expected, found, key) ?? `write ${expected}`;
    case 'invalid_value':
    case 'invalid_union': {
      const options = (issue.code === 'invalid_value' ? issue.values : ((issue as { options?: unknown[] }).options ?? [])).map(String);
      if (!options.length) return undefined;
      const closest = didYouMean(String(found), options);
      return closest
        ? `did you mean "${closest}"? Write one of the listed values exactly, in lower case`
        : 'write one of the listed values exactly, in lower case';
    }
    case 'invalid_format':
      if ((issue as { pattern?: string }).pattern === String(SLUG_PATTERN))
        return `use lower-case letters, digits and single hyphens${asSlug(found) ? `: "${asSlug(found)}"` : ''}`;
      if (issue.format === 'url')
        return `write the whole address, starting with https://${typeof found === 'string' && !found.includes('://') ? `: https://${found}` : ''}`;
      return undefined;
    case 'too_small':
      return issue.origin === 'string' ? `write the text after "${key}:", or delete the line if the field is optional` : `use ${expected}`;
    case 'too_big':
    case 'not_multiple_of':
      return `use ${expected}`;
    // A refinement can carry its own hint: `.refine(check, { message, params: { hint } })`.
    case 'custom':
      return typeof issue.params?.hint === 'string' ? issue.params.hint : undefined;
    default:
      return undefined;
  }
}

/** The words for one issue; several for unknown fields (one per field) and for nested issues. */
export function describeIssue(issue: Issue, context: IssueContext, prefix: PropertyKey[] = []): IssueWords[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const allowed = context.allowedKeys(path);
    return issue.keys.map((key) => {
      const closest = didYouMean(key, allowed);
      const list = allowed.length ? `the fields allowed here are: ${allowed.join(', ')}` : '';
      return {
        path: [...path, key],
        field: fieldName([...path, key]),
        message: `unknown field "${key}"`,
        hint: [`remove it, or check the spelling${closest ? ` (did you mean "${closest}"?)` : ''}`, list].filter(Boolean).join('; '),
      };
    });
  }
  if (issue.code === 'invalid_union' && !('options' in issue) && issue.errors.length) {
    // A plain union: report the branch that came closest (fewest issues).
    const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    return closest.slice(0, 1).flatMap((inner) => describeIssue(inner, context, path));
  }
  if ((issue.code === 'invalid_key' || issue.code === 'invalid_element') && issue.issues.length) {
    return describeIssue(issue.issues[0]!, context, path);
  }
  const expected = expectedWords(issue);
  const found = valueAt(context.data, path);
  const key = String(path.filter((k) => typeof k === 'string').at(-1) ?? '');
  if (found === undefined && path.length && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) {
    return [
      { path, field: fieldName(path), message: `missing required field; expected ${expected}`, hint: `add "${key}:" with ${expected}` },
    ];
  }
  const shown = issue.code === 'invalid_type' ? quoteFoundWithType(found) : quoteFound(found);
  // "a real calendar date; this day does not exist": what was expected, then why, around what was found.
  const [what, ...why] = expected.split('; ');
  const message = `expected ${what}, found ${shown}${why.length ? `; ${why.join('; ')}` : ''}`;
  return [{ path, field: fieldName(path) || undefined, message, hint: hintFor(issue, expected, found, key) }];
}
