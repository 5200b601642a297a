/**
 * `/<partnership>/duties.ics`: the partnership's due dates as an iCalendar
 * feed (src/lib/publishing/calendar-feed.ts), one event per duty linking to
 * its register entry.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFeed } from '../../lib/publishing/calendar-feed.ts';
import { getSiteData } from '../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const { partnerships } = await getSiteData();
  return partnerships.map((p) => ({ params: { partnership: p.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { partnerships, compliance, settings } = await getSiteData();
  const partnership = partnerships.find((p) => p.id === params.partnership)!;
  const body = calendarFeed({
    partnership: { id: partnership.id, name: partnership.data.name },
    results: compliance.results.filter((r) => r.partnership === partnership.id),
    compliance,
    baseUrl: settings.baseUrl,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
