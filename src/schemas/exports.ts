import { z } from 'astro/zod';
import { datePrecision, entryType, isoDate, programId } from './notice.ts';

/**
 * The shapes of the downloadable data (/data/*). One module for the pages
 * that write them, the JSON Schemas published beside them, and the tests.
 * Every record carries the URL of the paragraph that proves it.
 */

const bilingual = z.object({ zh: z.string().nullable(), en: z.string().nullable() });

/** One notice in /data/notices.json. */
export const noticeRecord = z.object({
  id: z.string(),
  url: z.string().url(),
  title: bilingual,
  docType: z.string(),
  docNumber: z.string().nullable(),
  issuers: z.array(z.object({ zh: z.string(), en: z.string() })),
  dateSigned: isoDate.nullable(),
  datePublished: isoDate.nullable(),
  dateEvent: isoDate.nullable(),
  programs: z.array(programId),
  languages: z.object({ zh: z.string(), en: z.string() }),
  sources: z.array(z.object({ file: z.string(), sha256: z.string(), encoding: z.string(), url: z.string() })),
  cites: z.array(
    z.object({
      number: z.string().nullable(),
      title: z.string().nullable(),
      inArchive: z.string().nullable(),
      evidence: z.string().url(),
    }),
  ),
});

/** One event in /data/events.json: a notice, a dated statement, or a document cited but not held. */
export const eventRecord = z.object({
  program: programId,
  date: isoDate,
  precision: datePrecision,
  kind: z.enum(['notice', 'report', 'statement', 'deadline', 'cited-not-held']),
  label: bilingual,
  noticeId: z.string(),
  docNumber: z.string().nullable(),
  held: z.boolean(),
  quote: z.string().nullable(),
  /** The paragraph that proves the event: its notice's URL with #pN. */
  evidence: z.string().url(),
});

/** One row of /data/pilot-places.csv: a place in a batch of a program. */
export const pilotPlaceRow = z.object({
  program: programId,
  batch: z.string(),
  batch_year: z.string().regex(/^\d{4}$/),
  entry_type: entryType,
  name_zh: z.string(),
  name_en: z.string(),
  level: z.string(),
  admin_code: z.string().regex(/^(\d{6})?$/),
  admin_code_vintage: z.string(),
  province_zh: z.string(),
  province_code: z.string().regex(/^\d{6}$/),
  prefecture_zh: z.string(),
  prefecture_code: z.string().regex(/^(\d{6})?$/),
  doc_number: z.string(),
  doc_date: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/),
  publish_date: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/),
  batch_count_stated: z.string().regex(/^\d+$/),
  notice_id: z.string(),
  evidence_url: z.string().url(),
  evidence_quote: z.string(),
  confidence: z.enum(['stated', 'reported']),
  note: z.string(),
});

export type NoticeRecord = z.output<typeof noticeRecord>;
export type EventRecord = z.output<typeof eventRecord>;
export type PilotPlaceRow = z.output<typeof pilotPlaceRow>;

/** CSV columns, in order: the keys of a pilot-place row. */
export const PILOT_PLACE_COLUMNS = Object.keys(pilotPlaceRow.shape) as Array<keyof PilotPlaceRow>;
