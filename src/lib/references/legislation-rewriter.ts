/**
 * The legislation plugin's logic for one page: citations in text become links
 * to legislation.gov.uk (or gov.uk for guidance), shown exactly as printed;
 * a link the source left without an address (`[Children and Social Work Act 2017](#)`)
 * gets the address of the item it names.
 *
 *   "under section 18 of the Children Act 2004"
 *     → under <a href="https://www.legislation.gov.uk/ukpga/2004/31/section/18">section 18</a> of the <a href="…/ukpga/2004/31/contents">Children Act 2004</a>
 */
import type { PhrasingContent } from 'mdast';
import type { LegislationEntry } from '../../schemas/legislation.ts';
import { findCitations, provisionBefore, provisionTitle, provisionUrl, type Citation } from './legislation-citations.ts';
import { mayLink, splice, type PageRewriter } from './rewriter.ts';

export interface LegislationRun {
  citations: Citation[];
}

/** Links with no real address in the source: `(#)` or `()`. */
const PLACEHOLDER = /^#?$/;

export function legislationRewriter(entries: LegislationEntry[]): PageRewriter & { run: LegislationRun } {
  const run: LegislationRun = { citations: [] };
  const hProperties = (entry: LegislationEntry) => ({ className: [entry.kind === 'guidance' ? 'guidance-ref' : 'legislation-ref'] });
  return {
    run,
    text(value, site) {
      if (!mayLink(site.ancestors)) return undefined;
      const citations = findCitations(value, entries);
      if (!citations.length) return undefined;
      run.citations.push(...citations);
      return splice(
        value,
        citations.map((c) => ({
          start: c.start,
          end: c.end,
          node: {
            type: 'link',
            url: c.url,
            title: c.title,
            data: { hProperties: hProperties(c.entry) },
            children: [{ type: 'text', value: c.text }],
          } satisfies PhrasingContent,
        })),
      );
    },
    link(site) {
      if (!PLACEHOLDER.test(site.url.trim())) return undefined;
      const citations = findCitations(site.text, entries);
      const items = new Set(citations.map((c) => c.entry));
      if (items.size !== 1) return undefined; // nothing, or more than one item: not unambiguous
      const entry = citations[0]!.entry;
      const precise = citations.find((c) => c.provision && !c.unlistedProvision);
      const before = provisionBefore(site.previousText);
      const provision = precise?.provision ?? (before && entry.provisions.includes(before) ? before : undefined);
      const url = provision ? provisionUrl(entry, provision) : entry.url;
      const title = provision ? provisionTitle(entry, provision) : entry.title;
      run.citations.push({ start: 0, end: site.text.length, text: site.text, entry, provision, url, title });
      return { url, title, hProperties: hProperties(entry) };
    },
  };
}
