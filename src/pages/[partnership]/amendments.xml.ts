/**
 * `/<partnership>/amendments.xml`: the partnership's amendments as an Atom
 * feed (src/lib/publishing/amendments-feed.ts), one entry per amendment of
 * any of its documents. With no amendment yet, the feed is dated by the last
 * commit that changed the partnership's content (else the build's day).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentHistory } from '../../lib/history/content-history.ts';
import { londonDay } from '../../lib/dates/reader-dates.ts';
import { amendmentsFeed } from '../../lib/publishing/amendments-feed.ts';
import { getSiteData } from '../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const { partnerships } = await getSiteData();
  return partnerships.map((p) => ({ params: { partnership: p.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { partnerships, documentsOf, versionsOf, settings, compliance, content } = await getSiteData();
  const partnership = partnerships.find((p) => p.id === params.partnership)!;
  const change = getContentHistory(content.root).lastChanged(`content/${partnership.id}`);
  const commit = change.status === 'committed' || change.status === 'uncommitted' ? change.commit : undefined;
  const body = amendmentsFeed({
    partnership: { id: partnership.id, name: partnership.data.name, shortName: partnership.data.shortName },
    documents: documentsOf(partnership.id).map((document) => ({ document, versions: versionsOf(document) })),
    baseUrl: settings.baseUrl,
    fallbackDay: commit ? londonDay(commit.date) : compliance.builtOn.toString(),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
