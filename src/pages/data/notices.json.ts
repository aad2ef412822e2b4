import type { APIRoute } from 'astro';
import { allNotices } from '../../lib/collections.ts';
import { noticeRecords } from '../../lib/program-data.ts';

/** Every notice, with its sources and cited documents (schema: /data/notices.schema.json). */
export const GET: APIRoute = async ({ site }) => Response.json(noticeRecords(await allNotices(), site));
