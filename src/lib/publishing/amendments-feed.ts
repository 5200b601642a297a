/**
 * A partnership's amendments as an Atom feed (RFC 4287, written by the
 * `feed` package): one entry per amendment of any of its documents, newest
 * first, with the day it takes effect, its summary, each clause it changed
 * (linked), who decided it and the minute or paper. Dates come from the
 * records alone: an entry is updated on the day it takes effect, the feed
 * on its newest entry's day, or, with no amendment yet, on `fallbackDay`
 * (the caller's: the day the content last changed), never the wall clock.
 * An example amendment says "Example" in its title and content.
 */
import { Feed } from 'feed';
import type { DocumentEntry } from '../content/model.ts';
import type { VersionEntry } from '../amendments/document-history.ts';
import { formatDay } from '../dates/reader-dates.ts';
import { amendmentsFeedUrl, versionsUrl } from '../references/urls.ts';
import { changeLabel, versionPhrase } from './versions-view.ts';

export interface AmendmentsFeedInputs {
  partnership: { id: string; name: string; shortName: string };
  /** Each of the partnership's documents with its versions (site-versions.ts). */
  documents: { document: DocumentEntry; versions: VersionEntry[] }[];
  baseUrl: string;
  /** YYYY-MM-DD: the feed's `updated` when it has no entry. */
  fallbackDay: string;
}

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);
const partnershipUrl = (id: string) => `/${id}/`;

export function amendmentsFeed({ partnership, documents, baseUrl, fallbackDay }: AmendmentsFeedInputs): string {
  const url = (path: string) => new URL(path, baseUrl).href;
  const entries = documents
    .flatMap(({ document, versions }) =>
      versions.flatMap((entry) => entry.amendments.map((amendment) => ({ document, entry, ...amendment, effective: entry.effective! }))),
    )
    .sort(
      (a, b) =>
        b.effective.localeCompare(a.effective) || a.document.id.localeCompare(b.document.id) || a.record.id.localeCompare(b.record.id),
    );
  const examples = entries.some((e) => e.record.example);
  const feed = new Feed({
    id: url(amendmentsFeedUrl(partnership.id)),
    title: `${partnership.name}: amendments to its governance documents${examples ? ' (with example amendments)' : ''}`,
    description: `Each decision that changed the words of a ${partnership.shortName} governance document, from the day it takes effect.${examples ? ' Entries titled "Example" are illustrations, not decisions the partnership made.' : ''}`,
    link: url(partnershipUrl(partnership.id)),
    feedLinks: { atom: url(amendmentsFeedUrl(partnership.id)) },
    updated: utcDay(entries[0]?.effective ?? fallbackDay),
    author: { name: partnership.name, link: url(partnershipUrl(partnership.id)) },
    generator: false,
  });
  for (const { document, entry, record, changes, effective } of entries) {
    const versions = url(versionsUrl(document.partnership, document.id));
    const title = `${record.example ? 'Example: ' : ''}${document.data.shortTitle}: ${record.summary}`;
    const minute = record.url ? `<a href="${escapeHtml(record.url)}">${escapeHtml(record.minute)}</a>` : escapeHtml(record.minute);
    const content = [
      ...(record.example ? ['<p><strong>Example:</strong> an illustrative amendment, not a decision the partnership made.</p>'] : []),
      `<p>${escapeHtml(record.summary)}</p>`,
      `<p>${entry.state === 'future' ? 'Takes effect' : 'In force from'} ${formatDay(effective)}, in the ${escapeHtml(document.data.title)}.</p>`,
      `<p>Decided by ${escapeHtml(record.authority)}: ${minute}.</p>`,
      '<p>Clauses changed:</p>',
      `<ul>${changes.map((c) => `<li><a href="${url(c.url)}">${escapeHtml(c.name)}</a> (${changeLabel(c)})</li>`).join('')}</ul>`,
      `<p><a href="${url(versionsUrl(document.partnership, document.id, entry.slug))}">The whole document ${versionPhrase(entry)}</a>; <a href="${versions}">every version</a>.</p>`,
    ].join('');
    feed.addItem({
      id: `${versions}#amendment-${record.id}`,
      title: escapeHtml(title),
      link: `${versions}#amendment-${record.id}`,
      date: utcDay(effective),
      description: escapeHtml(
        `${record.example ? 'Example. ' : ''}${record.summary} From ${formatDay(effective)}; decided by ${record.authority} (${record.minute}).`,
      ),
      content,
    });
  }
  return `${feed.atom1()}\n`;
}
