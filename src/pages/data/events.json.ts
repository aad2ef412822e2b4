import type { APIRoute } from 'astro';
import { allNotices } from '../../lib/collections.ts';
import { programEvents } from '../../lib/program-data.ts';
import { programId } from '../../schemas/notice.ts';

/** Every event of every program, each with the paragraph that proves it (schema: /data/events.schema.json). */
export const GET: APIRoute = async ({ site }) => {
  const notices = await allNotices();
  return Response.json(programId.options.flatMap((p) => programEvents(notices, p, site)));
};
