/**
 * `/api/duties.json`: every duty's result and the clock it was judged by
 * (src/lib/publishing/duties-export.ts; schema /api/schema/duties.json).
 */
import type { APIRoute } from 'astro';
import { dutiesExport } from '../../lib/publishing/duties-export.ts';
import { getSiteData } from '../../lib/site-data.ts';

export const GET: APIRoute = async () => Response.json(dutiesExport((await getSiteData()).compliance));
