import type { APIRoute } from 'astro';
import { allNotices, noticeTexts } from '../../lib/collections.ts';
import { pilotPlaceRows, toCsv } from '../../lib/program-data.ts';
import { PILOT_PLACE_COLUMNS } from '../../schemas/exports.ts';

/** Places named in pilot batches, one row per place per batch (UTF-8 with BOM). */
export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(PILOT_PLACE_COLUMNS, pilotPlaceRows(await allNotices(), site, await noticeTexts())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
