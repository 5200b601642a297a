/**
 * YAML faults an editor can make, each reported once, where it is, in words
 * that name it: a tab, an unclosed quote, and a document whose aliases would
 * expand past the parser's limit (an "alias bomb"), which must not crash.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const REVIEWS = 'content/demo/records/reviews.yaml';

function checkWithReviews(text: string) {
  const f = copyFixture('basic');
  mkdirSync(join(f.root, 'content/demo/records'));
  writeFileSync(join(f.root, REVIEWS), text);
  const run = runCheck({ root: f.root });
  return { ...run, yaml: run.errors.filter((e) => e.file === REVIEWS) };
}

describe('a records file', () => {
  it('indented with a tab gets one error, at that line, that says "tab"', () => {
    const run = checkWithReviews('- subject: handbook\n\tdate: 2025-06-10\n  what: Reviewed\n- subject: handbook\n  date: 2026-06-10\n');
    expect(run.yaml).toHaveLength(1);
    expect(run.stdout).toContain(
      `${REVIEWS}:2  error  line 2 is indented with a tab; YAML needs spaces  [yaml]\n  hint: replace the tab at the start of the line with spaces, lined up with the lines around it`,
    );
  });

  it('with an unclosed quote gets one error at the line the quote opens, that says "quote"', () => {
    const run = checkWithReviews(
      '- subject: handbook\n  date: 2025-06-10\n  what: "Reviewed by the board\n- subject: handbook\n  date: 2026-06-10\n',
    );
    expect(run.yaml).toHaveLength(1);
    expect(run.stdout).toContain(
      `${REVIEWS}:3  error  this quote (") is never closed, so everything after it is read as one piece of text  [yaml]\n  hint: end the text with " on the same line`,
    );
  });

  it('that is an alias bomb gets one error naming the file and the first alias, not a crash', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '',
    ].join('\n');
    const run = checkWithReviews(bomb);
    expect(run.yaml).toHaveLength(1);
    expect(run.stdout).toContain(
      `${REVIEWS}:2  error  this YAML repeats its aliases (*name) so often that reading it could exhaust the memory of the build  [yaml]\n  hint: write the values out where they are used instead of repeating an alias`,
    );
  });
});
