/**
 * Shared by the editor tests: check a clause body wrapped in real
 * frontmatter, and print findings exactly as an editor sees them.
 */
import { formatContentError, type ContentError } from '../../src/lib/errors/content-error.ts';
import { checkMdxSource } from '../../src/lib/mdx-safety/check-mdx-safety.ts';

export const CLAUSE_FILE = 'content/demo/handbook/clauses/2.mdx';

/** Five lines of frontmatter, so the body's first line is line 6 of the file. */
export const FRONTMATTER = '---\nid: "2"\nnumber: "2."\norder: 20\n---\n';

export function checkBody(body: string): ContentError[] {
  return checkMdxSource(`${FRONTMATTER}${body}\n`, CLAUSE_FILE);
}

/** Findings formatted by the one formatter, joined as they print. */
export function messages(body: string): string {
  return checkBody(body).map(formatContentError).join('\n');
}

/** Strip the throwaway folder from paths so messages read as in a real project. */
export function withoutTmp(text: string): string {
  return text.replace(/test\/\.tmp\/[\w-]+\//g, '');
}
