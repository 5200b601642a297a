/**
 * The editors' guide (.github/CONTRIBUTING.md) sends readers to its own
 * sections and to other files' headings ("see section 7",
 * content/README.md#linking). GitHub gives no error for a dead anchor, so the
 * links are checked here: each file exists and each #anchor is a heading's
 * id as GitHub writes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/copy-fixture.ts';

const GUIDE = join(projectRoot, '.github/CONTRIBUTING.md');

/** GitHub's id for a heading: lower case, punctuation dropped, spaces as hyphens. */
const headingId = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function headingIds(markdown: string): string[] {
  return [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((match) => headingId(match[1]!));
}

/** Links to this repository's files and headings (web addresses, and examples in `code`, left out). */
const guideLinks = () =>
  [
    ...readFileSync(GUIDE, 'utf8')
      .replace(/`[^`\n]*`/g, '')
      .matchAll(/\]\(([^)\s]+)\)/g),
  ]
    .map((match) => match[1]!)
    .filter((href) => !/^[a-z]+:/i.test(href));

describe('the links in the editors’ guide', () => {
  it('gives GitHub’s id for a heading with numbers, apostrophes and code', () => {
    expect(headingId("7. When a clause's duty changes")).toBe('7-when-a-clauses-duty-changes');
    expect(headingId('Explicit links: `clause:` and `doc:`')).toBe('explicit-links-clause-and-doc');
  });

  it.each(guideLinks())('%s leads to a file and heading that exist', (href) => {
    const [path, anchor] = href.split('#') as [string, string | undefined];
    const file = path ? join(dirname(GUIDE), path) : GUIDE;
    expect(existsSync(file), `${file} exists`).toBe(true);
    if (anchor) expect(headingIds(readFileSync(file, 'utf8'))).toContain(anchor);
  });

  it('include the sections it refers to and content/README.md#linking', () => {
    expect(guideLinks()).toEqual(
      expect.arrayContaining(['#8-reading-a-failure', '#7-when-a-clauses-duty-changes', '../content/README.md#linking']),
    );
  });
});
