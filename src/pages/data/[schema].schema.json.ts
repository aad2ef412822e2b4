import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { eventRecord, noticeRecord, paragraphRecord, pilotPlaceRow } from '../../schemas/exports.ts';

/** JSON Schemas of the downloads, generated from the same zod schemas that shape them. */
const SCHEMAS = {
  notices: z.array(noticeRecord),
  events: z.array(eventRecord),
  'pilot-places': z.array(pilotPlaceRow),
  /** Each line of the JSON Lines file is one such object. */
  paragraphs: paragraphRecord,
} as const;

export const getStaticPaths = (() =>
  Object.keys(SCHEMAS).map((schema) => ({ params: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  Response.json(z.toJSONSchema(SCHEMAS[params.schema as keyof typeof SCHEMAS]));
