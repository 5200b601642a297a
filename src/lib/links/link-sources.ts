/**
 * Where a broken link was written, so the gate names the file and line an
 * editor must change, not only the page it was found on. Links in clause text
 * are found in the clause files of the page's document, the page's own
 * clause first; a link the templates wrote has no such file and none is named.
 *
 *   linkSource(content, { page: '/demo/handbook/1-1/', link: '/nowhere/' })
 *     → { file: 'content/demo/handbook/clauses/1-1.mdx', line: 9 }
 */
import type { ContentSet } from '../content/model.ts';
import type { LinkProblem } from './check-pages.ts';

export interface LinkSource {
  file: string;
  line: number;
}

/** The first line, in the clause files that could have put it on the page, that writes the link's address. */
export function linkSource(content: ContentSet, problem: Pick<LinkProblem, 'page' | 'link'>): LinkSource | undefined {
  const [, partnership, document, clause] = problem.page.split('/');
  const address = problem.link.replace(/#.*$/, '') || problem.link;
  const candidates = content.clauses
    .filter((c) => c.partnership === partnership && c.document === document)
    .sort((a, b) => Number(b.data.id === clause) - Number(a.data.id === clause));
  for (const candidate of candidates) {
    const text = content.texts?.get(candidate.file);
    if (!text) continue;
    const at = text.split('\n').findIndex((line) => line.includes(`(${address}`) || line.includes(`"${address}`));
    if (at >= 0) return { file: candidate.file, line: at + 1 };
  }
  return undefined;
}
