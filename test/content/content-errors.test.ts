/**
 * ContentErrors, what the build throws when content cannot be used: every
 * problem in its message, through the one formatter, shaped so Astro prints
 * that message whole.
 */
import { describe, expect, it } from 'vitest';
import { contentError, ContentErrors, formatContentError } from '../../src/lib/errors/content-error.ts';

const parent = contentError({
  file: 'content/demo/handbook/clauses/2.mdx',
  line: 4,
  field: 'parent',
  message: 'no clause "9" in this document',
  hint: 'use the id of a clause in the same document',
  rule: 'integrity',
});
const dangling = contentError({
  file: 'content/demo/handbook/clauses/3.mdx',
  line: 6,
  column: 21,
  field: 'clause:6-35',
  message: 'dangling reference (no clause "6-35" in demo/handbook)',
  rule: 'reference',
});

describe('ContentErrors', () => {
  it('lists every problem in its message, counted, each as the one formatter writes it', () => {
    expect(new ContentErrors([parent, dangling]).message).toBe(
      [
        '2 content problems:',
        'content/demo/handbook/clauses/2.mdx:4  error  parent: no clause "9" in this document  [integrity]',
        '  hint: use the id of a clause in the same document',
        'content/demo/handbook/clauses/3.mdx:6:21  error  clause:6-35: dangling reference (no clause "6-35" in demo/handbook)  [reference]',
      ].join('\n'),
    );
  });

  it('says "1 content problem" for one', () => {
    expect(new ContentErrors([dangling]).message).toBe(`1 content problem:\n${formatContentError(dangling)}`);
  });

  it('carries the problems themselves for the check to report', () => {
    expect(new ContentErrors([parent, dangling]).problems).toEqual([parent, dangling]);
  });

  it('gives Astro nothing to print but its message and hint: no errors array, no stack trace, a toString() that only counts', () => {
    const error = new ContentErrors([parent, dangling]);
    expect(error).toBeInstanceOf(Error);
    expect('errors' in error).toBe(false);
    expect(error.stack).toBe('');
    // Astro guesses "Browser APIs are not available" for an error whose toString() says "document".
    expect(String(error)).toBe('ContentErrors: 2 content problems');
    expect(error.hint).toBe('Each problem above names the file and line to fix; `npm run check` lists the same problems.');
  });
});
