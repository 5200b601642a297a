/**
 * The acronym plugin's logic for one clause: the first use of each glossary
 * term is marked up with its expansion and linked to the glossary page
 * (inside an existing link it is marked up only, as links cannot nest).
 * `data-acronym` names the term, so a page that assembles many clauses keeps
 * only its first mark of each (first-use-acronyms.ts).
 *
 *   "The SWSP and the SWSP board"  (glossary: SWSP = Safer West Sussex Partnership)
 *     → The <a href="/west-sussex/glossary/#swsp" class="acronym"><abbr title="Safer West Sussex Partnership" data-acronym="swsp">SWSP</abbr></a> and the SWSP board
 */
import type { PhrasingContent } from 'mdast';
import { findAcronyms, lookUp, type Glossary } from './acronyms.ts';
import { splice, type Ancestor, type PageRewriter } from './rewriter.ts';
import { glossaryAnchor, glossaryUrl } from './urls.ts';

const NEVER_INSIDE = new Set(['heading', 'inlineCode', 'code']);
const NEVER_INSIDE_ELEMENTS = new Set(['abbr', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const mayMark = (ancestors: Ancestor[]) =>
  !ancestors.some((a) => NEVER_INSIDE.has(a.type) || (a.name != null && NEVER_INSIDE_ELEMENTS.has(a.name)));
const insideLink = (ancestors: Ancestor[]) => ancestors.some((a) => a.type === 'link' || a.type === 'linkReference' || a.name === 'a');

export interface AcronymRun {
  /** Terms marked in this clause, in order. */
  marked: string[];
}

export function acronymRewriter(glossary: Glossary): PageRewriter & { run: AcronymRun } {
  const run: AcronymRun = { marked: [] };
  const seen = new Set<string>();
  return {
    run,
    text(value, site) {
      if (!mayMark(site.ancestors)) return undefined;
      const pieces: { start: number; end: number; node: PhrasingContent }[] = [];
      for (const token of findAcronyms(value, glossary)) {
        const term = lookUp(glossary, token);
        if (!term || seen.has(term.term)) continue;
        seen.add(term.term);
        run.marked.push(term.term);
        const abbr: PhrasingContent = {
          type: 'emphasis',
          data: { hName: 'abbr', hProperties: { title: term.expansion, dataAcronym: glossaryAnchor(term.term) } },
          children: [{ type: 'text', value: token.text }],
        };
        const node: PhrasingContent = insideLink(site.ancestors)
          ? abbr
          : {
              type: 'link',
              url: glossaryUrl(glossary.partnership, term.term),
              data: { hProperties: { className: ['acronym'] } },
              children: [abbr],
            };
        pieces.push({ start: token.start, end: token.end, node });
      }
      return pieces.length ? splice(value, pieces) : undefined;
    },
  };
}
