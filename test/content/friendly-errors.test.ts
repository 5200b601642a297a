/**
 * Every kind of zod issue our schemas raise, as an editor reads it: the
 * field, what was expected, what was found (quoted as written) and a hint for
 * that mistake; never zod's own sentences. Each case parses real YAML with
 * the real schema, so the line numbers are the file's.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../src/lib/content/parse-with-friendly-errors.ts';
import { parseYamlSource } from '../../src/lib/content/yaml-source.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { clauseSchema } from '../../src/schemas/clause.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { meetingsFileSchema } from '../../src/schemas/meeting.ts';
import { publicationsFileSchema } from '../../src/schemas/publication.ts';
import { reviewsFileSchema } from '../../src/schemas/review.ts';
import { siteSchema } from '../../src/schemas/site.ts';

function problems(schema: z.ZodType, yaml: string, what: string): string {
  const file = `content/demo/${what}.yaml`;
  const result = parseWithFriendlyErrors(schema, parseYamlSource(yaml, file), file, what);
  return result.errors.map(formatContentError).join('\n');
}

const CLAUSE = 'id: "2"\nnumber: "2."\n';
const clause = (yaml: string) => problems(clauseSchema, `${CLAUSE}${yaml}`, 'clause');
const review = (fields: string) =>
  problems(reviewsFileSchema, `- subject: constitution\n  what: Annual review\n  by: Steering Group\n${fields}`, 'review');
const DOCUMENT = 'title: Handbook\nshortTitle: Handbook\npartnership: demo\nsource:\n  original: handbook.pdf\n';

describe('friendly wording for each kind of schema problem', () => {
  it('a number written in quotes (invalid_type) says to drop the quotes', () => {
    expect(clause('order: "4"\n')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:3  error  order: expected a number, found "4" (text in quotes)  [schema]
        hint: write 4 without quotes"
    `);
  });

  it('a word where a number goes (invalid_type) quotes what was found', () => {
    expect(clause('order: second\n')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:3  error  order: expected a number, found "second" (text)  [schema]
        hint: write a number without quotes, such as 10"
    `);
  });

  it('a fraction where a whole number goes (invalid_type, int) suggests the nearest whole number', () => {
    expect(clause('order: 2.5\n')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:3  error  order: expected a whole number, found 2.5 (a number)  [schema]
        hint: write a whole number, such as 3"
    `);
  });

  it('a printed number YAML read as a number (invalid_type) says to put it in quotes', () => {
    expect(problems(clauseSchema, 'id: "6-53"\nnumber: 6.53\norder: 30\n', 'clause')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:2  error  number: expected text, found 6.53 (a number)  [schema]
        hint: put the value in quotes so it is kept exactly as written: number: "6.53""
    `);
  });

  it('a field left empty (invalid_type, null) says to give it a value or delete the line', () => {
    expect(clause('heading:\norder: 10\n')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:3  error  heading: expected text, found an empty value  [schema]
        hint: "heading:" has no value; write one after the colon, or delete the line if the field is optional"
    `);
  });

  it('one topic where a list goes (invalid_type, array) shows how to write a list', () => {
    expect(clause('order: 10\ntopics: meetings\n')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:4  error  topics: expected a list, found "meetings" (text)  [schema]
        hint: write a list in square brackets, such as topics: [meetings], or one item per line starting with "- ""
    `);
  });

  it('quoted "yes" where true or false goes (invalid_type, boolean) says to write true or false', () => {
    expect(review('  date: 2026-05-12\n  example: "yes"\n')).toMatchInlineSnapshot(`
      "content/demo/review.yaml:5  error  [0].example: expected true or false, found "yes" (text)  [schema]
        hint: write true or false, without quotes"
    `);
  });

  it('a records file that is not a list (invalid_type at the top) says how to start each entry', () => {
    expect(problems(reviewsFileSchema, 'subject: constitution\ndate: 2026-05-12\n', 'review')).toMatchInlineSnapshot(`
      "content/demo/review.yaml:1  error  expected a list, found a group of fields (subject, date)  [schema]
        hint: this file is a list: start each entry with "- " and indent its fields by two spaces"
    `);
  });

  it('a value outside a list of options (invalid_value) lists them and quotes what was found', () => {
    expect(problems(documentSchema, `${DOCUMENT}status: current\n`, 'document')).toMatchInlineSnapshot(`
      "content/demo/document.yaml:6  error  status: expected one of "in-force", "superseded", "historical", "draft", found "current"  [schema]
        hint: write one of the listed values exactly, in lower case"
    `);
  });

  it('a misspelt duty kind (invalid_union on the discriminator) suggests the nearest kind', () => {
    expect(
      clause('order: 10\nduties:\n  - id: x\n    kind: reveiw\n    duty: Review it.\n    owner: Steering Group\n'),
    ).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:6  error  duties[0].kind: expected one of "review", "renewal-per-subgroup", "publication", "frequency", "annual-deadline", "within", "one-off", "per-meeting", found "reveiw"  [schema]
        hint: did you mean "review"? Write one of the listed values exactly, in lower case"
    `);
  });

  it('a duty without a kind (invalid_union, missing discriminator) says which field to add', () => {
    expect(clause('order: 10\nduties:\n  - id: x\n    duty: Review it.\n    owner: Steering Group\n')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:5  error  duties[0].kind: missing required field; expected one of "review", "renewal-per-subgroup", "publication", "frequency", "annual-deadline", "within", "one-off", "per-meeting"  [schema]
        hint: add "kind:" with one of "review", "renewal-per-subgroup", "publication", "frequency", "annual-deadline", "within", "one-off", "per-meeting""
    `);
  });

  it('a missing required field says which field to add and what it takes', () => {
    expect(problems(documentSchema, DOCUMENT, 'document')).toMatchInlineSnapshot(`
      "content/demo/document.yaml:1  error  status: missing required field; expected one of "in-force", "superseded", "historical", "draft"  [schema]
        hint: add "status:" with one of "in-force", "superseded", "historical", "draft""
    `);
  });

  it('a British date (invalid_format) shows what was found and the same date as YYYY-MM-DD', () => {
    expect(review('  date: 12/05/2026\n')).toMatchInlineSnapshot(`
      "content/demo/review.yaml:4  error  [0].date: expected a date written as YYYY-MM-DD, such as 2024-03-31, found "12/05/2026"  [schema]
        hint: write it year-month-day with hyphens: 2026-05-12"
    `);
  });

  it('a date that does not exist (custom) says how many days the month has', () => {
    expect(review('  date: 2026-02-30\n')).toMatchInlineSnapshot(`
      "content/demo/review.yaml:4  error  [0].date: expected a real calendar date, found "2026-02-30"; this day does not exist  [schema]
        hint: 2026-02 has 28 days; check the day and the month"
    `);
  });

  it('a date written as a bare number (invalid_type with our message) shows the form YYYY-MM-DD', () => {
    expect(review('  date: 20260512\n')).toMatchInlineSnapshot(`
      "content/demo/review.yaml:4  error  [0].date: expected a date written as YYYY-MM-DD, in quotes or not, found 20260512 (a number)  [schema]
        hint: write the date as YYYY-MM-DD, such as 2026-05-12"
    `);
  });

  it('a printed date of the wrong form (invalid_format) in a document converts it', () => {
    expect(problems(documentSchema, `${DOCUMENT}status: in-force\npublished: 25/06/2019\n`, 'document')).toMatchInlineSnapshot(`
      "content/demo/document.yaml:7  error  published: expected a date written as YYYY-MM-DD, YYYY-MM (month only) or YYYY (year only), found "25/06/2019"  [schema]
        hint: write it year-month-day with hyphens: 2019-06-25"
    `);
  });

  it('a meeting time without its offset (custom) says how to add one', () => {
    expect(
      problems(meetingsFileSchema, 'meetings:\n  - body: steering-group\n    date: 2026-03-10T14:00\n', 'meeting'),
    ).toMatchInlineSnapshot(`
      "content/demo/meeting.yaml:3  error  meetings[0].date: expected a real calendar date (YYYY-MM-DD) or a time with its offset (2026-03-31T19:00:00Z or +01:00), found "2026-03-10T14:00"  [schema]
        hint: a time needs its offset from UTC: add Z for UTC or +01:00 in summer time (2026-03-10T14:00Z), or write the date alone: 2026-03-10"
    `);
  });

  it('a day of the year written day/month (invalid_format, once although two checks fail) turns it round', () => {
    expect(
      clause(
        'order: 10\nduties:\n  - id: x\n    kind: annual-deadline\n    duty: Set the dates.\n    owner: Steering Group\n    subject: meeting-dates-set\n    by: 15/11\n',
      ),
    ).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:10  error  duties[0].by: expected a day of the year written as MM-DD, such as 11-15 for 15 November, found "15/11"  [schema]
        hint: write it month first, with a hyphen: 11-15"
    `);
  });

  it('an id with a full stop (invalid_format, pattern) suggests the id it should be', () => {
    expect(problems(clauseSchema, 'id: "6.53"\norder: 30\n', 'clause')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:1  error  id: expected a lower-case id of letters, digits and single hyphens, such as "6-53" or "appendix-1", found "6.53"  [schema]
        hint: use lower-case letters, digits and single hyphens: "6-53""
    `);
  });

  it('an address without https:// (invalid_format, url) shows the whole address', () => {
    expect(problems(siteSchema, 'name: Governance\nbaseUrl: governance.example.org\n', 'site')).toMatchInlineSnapshot(`
      "content/demo/site.yaml:2  error  baseUrl: expected an address starting with https://, http://, mailto:, tel:, #, clause: or doc:, or a path on this site starting with /, found "governance.example.org"; a relative address "governance.example.org" is not allowed  [schema]
        hint: write the whole address, starting with https://: https://governance.example.org"
    `);
  });

  it('empty text (too_small, string) says to write the text or delete the line', () => {
    expect(clause('heading: ""\norder: 10\n')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:3  error  heading: expected some text, found an empty value ""  [schema]
        hint: write the text after "heading:", or delete the line if the field is optional"
    `);
  });

  it('a negative order (too_small, number) says what is allowed', () => {
    expect(clause('order: -1\n')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:3  error  order: expected a number of at least 0, found -1  [schema]
        hint: use a number of at least 0"
    `);
  });

  it('zero meetings a year (too_small, exclusive) says the number must be greater', () => {
    expect(
      clause(
        'order: 10\nduties:\n  - id: x\n    kind: frequency\n    duty: Meet.\n    owner: Steering Group\n    body: steering-group\n    atLeast: 0\n',
      ),
    ).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:10  error  duties[0].atLeast: expected a number greater than 0, found 0  [schema]
        hint: use a number greater than 0"
    `);
  });

  it('unknown fields (unrecognized_keys) get one error each, at their own line, with the nearest name', () => {
    expect(clause('order: 10\nhedaing: Quoracy\nsummery: typo\n')).toMatchInlineSnapshot(`
      "content/demo/clause.yaml:4  error  hedaing: unknown field "hedaing"  [schema]
        hint: remove it, or check the spelling (did you mean "heading"?); the fields allowed here are: id, number, heading, parent, order, topics, duties
      content/demo/clause.yaml:5  error  summery: unknown field "summery"  [schema]
        hint: remove it, or check the spelling; the fields allowed here are: id, number, heading, parent, order, topics, duties"
    `);
  });

  it('a period that ends before it starts (custom refinement) names the field and what was found', () => {
    expect(
      problems(
        publicationsFileSchema,
        '- type: annual-report\n  title: Report\n  published: 2026-09-30\n  period: { start: 2026-04-01, end: 2025-03-31 }\n',
        'publication',
      ),
    ).toMatchInlineSnapshot(`
      "content/demo/publication.yaml:4  error  [0].period.end: expected period.end on or after period.start, found "2025-03-31"  [schema]
        hint: period.start is the first day the period covers and period.end the last; check the years"
    `);
  });

  it('a value that matches no form of a plain union (invalid_union) reports the closest form', () => {
    const schema = z.strictObject({ when: z.union([z.number(), z.strictObject({ year: z.number() })]) });
    expect(problems(schema, 'when: soon\n', 'example')).toMatchInlineSnapshot(`
      "content/demo/example.yaml:1  error  when: expected a number, found "soon" (text)  [schema]
        hint: write a number without quotes, such as 10"
    `);
  });

  it('a list longer than allowed (too_big) says how many items it may have', () => {
    const schema = z.strictObject({ chairs: z.array(z.string()).max(2) });
    expect(problems(schema, 'chairs: [a, b, c]\n', 'example')).toMatchInlineSnapshot(`
      "content/demo/example.yaml:1  error  chairs: expected a list of at most 2 items, found a list of 3 items ("a", "b", "c")  [schema]
        hint: use a list of at most 2 items"
    `);
  });

  it('never shows zod’s own sentences', () => {
    const all = [
      clause('order: "4"\n'),
      clause('order: -1\n'),
      clause('heading: ""\norder: 10\n'),
      problems(documentSchema, `${DOCUMENT}status: current\n`, 'document'),
      clause('order: 10\nduties:\n  - id: x\n    kind: reveiw\n    duty: Review it.\n    owner: Steering Group\n'),
      problems(siteSchema, 'name: Governance\nbaseUrl: governance.example.org\n', 'site'),
    ].join('\n');
    expect(all).not.toMatch(/Invalid input|Invalid option|Invalid discriminator|Too small|Too big|received/);
  });
});
