import { z } from 'astro/zod';
import { datePrecision, entryType, isoDate, programId } from './notice.ts';

/**
 * The shapes of the downloadable data (/data/*). One module for the pages
 * that write them, the JSON Schemas published beside them, the data
 * dictionary on /data/ (generated from each field's description) and the
 * tests. Every record carries the URL of the paragraph that proves it.
 *
 * URLs: a publication build (SITE_URL set) writes absolute URLs; a local
 * build does not know where it will be served, so its `url`-type fields are
 * null and the `…Path` beside each (always written) is the site-relative
 * path, to join with the address the archive is served from.
 */

const bilingual = z
  .object({ zh: z.string().nullable(), en: z.string().nullable() })
  .describe('Chinese and English text; null where the archive holds none in that language');

/** An absolute URL in a publication build, null in a local build. */
const absolute = (what: string) =>
  z.string().url().nullable().describe(`Absolute URL of ${what} (null in a local build, where only the path is known)`);
/** A path inside the site, beginning with `/`. */
const sitePath = (what: string) =>
  z
    .string()
    .regex(/^\/[^\s]*$/)
    .describe(`Site-relative path of ${what}, beginning with /`);

/** One notice in /data/notices.json. */
export const noticeRecord = z.object({
  id: z.string().describe('The notice id, stable once published: date signed (or reported) and a hash prefix'),
  url: absolute('the notice page'),
  path: sitePath('the notice page'),
  title: bilingual.describe('The title in both languages, as the source prints it or as the archive supplied it'),
  docType: z
    .enum(['notice', 'news-report', 'news-brief', 'other'])
    .describe('Kind of document: an official notice (通知) or a news report or brief about one'),
  docNumber: z
    .string()
    .nullable()
    .describe('The document number (发文字号) the notice states, e.g. 建城函〔2021〕114号'),
  issuers: z
    .array(z.object({ zh: z.string(), en: z.string() }))
    .describe('Bodies whose decision the document is (发文机关); empty for news items, which have a publisher'),
  publisher: z
    .string()
    .nullable()
    .describe('Who published the copy the archive holds (a ministry site, a newspaper, a portal)'),
  dateSigned: isoDate.nullable().describe('Date signed (成文日期), ISO 8601 at the precision stated'),
  datePublished: isoDate.nullable().describe('Date the copy held was published'),
  dateEvent: isoDate.nullable().describe('For reports: the date of what they report'),
  programs: z.array(programId).describe('Pilot programs the notice belongs to'),
  batch: z
    .object({ program: programId, number: z.number().int().nullable(), year: z.number().int().nullable() })
    .nullable()
    .describe('The batch of pilots the notice designates or reports, by number (Shuangzhi) or year (national lists)'),
  places: z
    .array(
      z.object({
        zh: z.string(),
        en: z.string(),
        code: z.string().nullable(),
        level: z.string(),
        path: z.string(),
      }),
    )
    .describe('Places the notice names, with GB/T 2260 code (null for units without one) and the place page path'),
  languages: z
    .object({ zh: z.string(), en: z.string() })
    .describe(
      'Where each language comes from: source, received-translation, official-translation, archive-translation or none',
    ),
  rows: z.number().int().positive().describe('Number of aligned rows (paragraphs #p1…#pN)'),
  sources: z
    .array(
      z.object({
        file: z.string(),
        sha256: z.string(),
        encoding: z.string(),
        publisher: z.string().nullable(),
        originalUrl: z.string().nullable(),
        url: absolute('the archived file'),
        path: sitePath('the archived file'),
      }),
    )
    .describe('Each source file as received: name, SHA-256, encoding, publisher, the URL it was taken from, the copy'),
  cites: z
    .array(
      z.object({
        number: z.string().nullable(),
        title: z.string().nullable(),
        inArchive: absolute('the cited notice, when the archive holds it'),
        inArchivePath: z.string().nullable(),
        evidence: absolute('the paragraph citing it'),
        evidencePath: sitePath('the paragraph citing it'),
      }),
    )
    .describe('Documents the notice cites, by number and title, with the archive copy when held'),
});

/** One event in /data/events.json: a notice, a dated statement, or a document cited but not held. */
export const eventRecord = z.object({
  program: programId.describe('The program whose timeline the event is on'),
  date: isoDate.describe('ISO 8601 date at the precision known'),
  precision: datePrecision.describe(
    'How precise the date is; "reported": dated only by the report (on or before that date)',
  ),
  kind: z
    .enum(['notice', 'report', 'statement', 'deadline', 'cited-not-held'])
    .describe(
      'A notice held, a report, a dated statement inside a notice, a deadline, or a document cited but not held',
    ),
  label: bilingual.describe('What happened, in the words of the notice'),
  noticeId: z.string().describe('The notice that proves the event'),
  docNumber: z.string().nullable().describe('Document number of the document the event is'),
  held: z.boolean().describe('Whether the archive holds the document the event is'),
  quote: z.string().nullable().describe('The dated statement, quoted whole'),
  evidence: absolute('the paragraph that proves the event'),
  evidencePath: sitePath('the paragraph that proves the event'),
});

/** One row of /data/pilot-places.csv: a place in a batch of a program. */
export const pilotPlaceRow = z.object({
  program: programId.describe('Program id'),
  batch: z.string().describe('Batch number (Shuangzhi) or list year (national smart-city pilots)'),
  batch_year: z
    .string()
    .regex(/^\d{4}$/)
    .describe('Year of the batch'),
  entry_type: entryType.describe('new pilot, expanded-scope pilot, or special project'),
  name_zh: z.string().describe('Place name in Chinese'),
  name_en: z.string().describe('Place name in English'),
  level: z.string().describe('Administrative level (prefecture-city, district, county, town, development zone…)'),
  admin_code: z
    .string()
    .regex(/^(\d{6})?$/)
    .describe('GB/T 2260 code; empty for units without one'),
  admin_code_vintage: z.string().describe('Year of the code list the code is from'),
  province_zh: z.string().describe('Province in Chinese'),
  province_code: z
    .string()
    .regex(/^\d{6}$/)
    .describe('Province GB/T 2260 code'),
  prefecture_zh: z.string().describe('Prefecture in Chinese (for districts and counties)'),
  prefecture_code: z
    .string()
    .regex(/^(\d{6})?$/)
    .describe('Prefecture GB/T 2260 code'),
  doc_number: z.string().describe('Document number of the designating notice; empty for reports'),
  doc_date: z
    .string()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/)
    .describe('Date of the designating notice (or of the event a report gives)'),
  publish_date: z
    .string()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/)
    .describe('Publication date of the copy held'),
  batch_count_stated: z
    .string()
    .regex(/^(\d+)?$/)
    .describe('How many pilots the notice says the batch has; empty when it lists them without a count'),
  notice_id: z.string().describe('Id of the notice that is the evidence'),
  evidence_url: z
    .string()
    .regex(/^(https?:\/\/\S+)?$/)
    .describe('Absolute URL of the evidence paragraph (empty in a local build)'),
  evidence_path: z
    .string()
    .regex(/^\/\S*$/)
    .describe('Site-relative path of the evidence paragraph'),
  evidence_quote: z.string().describe('The words of the notice that state the batch, quoted whole'),
  confidence: z.enum(['stated', 'reported']).describe('stated by the designating notice, or reported by news'),
  note: z.string().describe('What a reader should know about the row'),
});

/** One line of /data/paragraphs.jsonl: an aligned row of a notice, both languages and where each comes from. */
export const paragraphRecord = z.object({
  notice: z.string().describe('The notice id'),
  anchor: z
    .string()
    .regex(/^p[1-9]\d*$/)
    .describe('The row anchor, shared by both languages (#p1…#pN)'),
  url: absolute('the paragraph'),
  path: sitePath('the paragraph'),
  zh: z.string().nullable().describe('The Chinese text of the row (simplified script), null if the row has none'),
  en: z.string().nullable().describe('The English text of the row, null if the row has none'),
  provenance: z
    .object({ zh: z.string(), en: z.string() })
    .describe(
      'Where each language of the notice comes from: source, received-translation, official-translation, archive-translation or none',
    ),
  confidence: z.number().min(0).max(1).describe('Alignment confidence of the row (1: certain)'),
  flagged: z
    .boolean()
    .describe(
      'True when the translation check found the numbers, dates or document numbers of the two languages differ',
    ),
});

export type ParagraphRecord = z.output<typeof paragraphRecord>;
export type NoticeRecord = z.output<typeof noticeRecord>;
export type EventRecord = z.output<typeof eventRecord>;
export type PilotPlaceRow = z.output<typeof pilotPlaceRow>;

/** CSV columns, in order: the keys of a pilot-place row. */
export const PILOT_PLACE_COLUMNS = Object.keys(pilotPlaceRow.shape) as Array<keyof PilotPlaceRow>;
