import { z } from 'astro/zod';

/**
 * The notice schema: one module, two users. The ingest's write stage
 * validates every notice against it before writing `content/`, and
 * `src/content.config.ts` loads `content/notices/*.mdx` with it. Types are
 * derived from it (`Notice`), never restated.
 */

/** A paragraph anchor, shared by both languages of a row: `p1` … `pN`. */
export const anchor = z.string().regex(/^p[1-9]\d*$/, 'a paragraph anchor looks like p1, p2, …');

/** ISO 8601 date at the precision the source gives: `2021`, `2021-05`, `2021-12-01`. */
export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date looks like 2021-12-01 (or 2021-05, 2021)');

export const programId = z.enum(['national-smart-city', 'shuangzhi']);

/**
 * Where a language's text comes from: the source itself, a translation
 * received with the sources, an official translation, the archive's own
 * translation (a sidecar), or not held at all.
 */
export const provenance = z.enum([
  'source',
  'received-translation',
  'official-translation',
  'archive-translation',
  'none',
]);

export const docType = z.enum(['notice', 'news-report', 'news-brief', 'other']);

export const agency = z.object({
  id: z.string(),
  zh: z.string(),
  en: z.string(),
  abbr: z.string().optional(),
});

const placeUnit = z.object({ code: z.string(), zh: z.string(), en: z.string() });

/** A place the notice names, with its GB/T 2260 code (null for units without one, e.g. development zones). */
export const placeNamed = z.object({
  code: z
    .string()
    .regex(/^\d{6}$/)
    .nullable(),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  zh: z.string(),
  en: z.string(),
  level: z.string(),
  province: placeUnit,
  prefecture: placeUnit.optional(),
  /** Vintage of the code list the code comes from. */
  vintage: z.string(),
  /** Rows whose text names the place (either language). */
  paragraphs: z.array(anchor).min(1),
});

/** A document the notice cites, by number and/or title. */
export const citation = z.object({
  /** The number as the notice prints it (`建办科函[2014]515号`). */
  number: z.string().optional(),
  /** Standard form with 〔〕, when the agency code is known (`建办科函〔2014〕515号`). */
  canonical: z.string().optional(),
  /** Other renderings of the same number, e.g. the translation's `J.H. [2020] No.594`. */
  renderings: z.array(z.string()).default([]),
  year: z.number().int().optional(),
  serial: z.number().int().optional(),
  title: z.string().optional(),
  paragraph: anchor,
});

/** A count of pilots the notice states (84 new, 13 expanded, 41 special projects…). */
export const statedCount = z.object({
  value: z.number().int().positive(),
  unit: z.string(),
  entryType: z.enum(['new', 'expanded', 'special']),
  batch: z.number().int().positive().optional(),
  paragraph: anchor,
  /** The words of the count as printed, for checking at a glance. */
  quote: z.string(),
  /** Slugs of the places its clause names ("重庆、…、淄博等10个城市"); often fewer than the count. */
  places: z.array(z.string()).default([]),
});

/** A dated statement inside the notice ("2021年5月，…获批第一批试点城市"): an event on the program's timeline. */
export const statement = z.object({
  date: isoDate,
  /** `reported`: dated only by the report ("近日", on or before that date). */
  precision: z.enum(['day', 'month', 'year', 'reported']),
  kind: z.enum(['event', 'deadline']),
  batch: z.number().int().positive().optional(),
  paragraph: anchor,
  quote: z.string(),
});

export const cleaningStep = z.object({ rule: z.string(), count: z.number().int().positive(), example: z.string() });

/** One source file behind the notice, exactly as received, and what cleaning was applied. */
export const sourceFile = z.object({
  file: z.string(),
  lang: z.enum(['zh', 'en']),
  role: z.enum(['original', 'translation']),
  form: z.enum(['frontmatter-html', 'html-page', 'plain-text']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  encoding: z.string(),
  encodingEvidence: z.enum(['bom', 'declared', 'strict-utf-8', 'detected']),
  bom: z.boolean(),
  lineEndings: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  /** Script the Chinese text was received in (Hant sources are shown simplified, with the original kept). */
  script: z.enum(['Hans', 'Hant']).optional(),
  headline: z.string().optional(),
  publisher: z.string().optional(),
  published: isoDate.optional(),
  url: z.string().optional(),
  /** When the archive took this copy from `url` (a sidecar `retrieved`). */
  retrieved: isoDate.optional(),
  via: z.string().optional(),
  issue: z.string().optional(),
  section: z.string().optional(),
  sidecar: z.string().optional(),
  cleaning: z.array(cleaningStep),
});

export const notice = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lowercase letters, digits and hyphens'),
  title: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
  docType,
  /** The notice's own document number (发文字号), when known. */
  docNumber: z.string().nullable(),
  /** Year and serial of `docNumber` as the ingest parsed them (the key other notices cite it by); absent without a number. */
  docNumberParts: z.object({ year: z.number().int(), serial: z.number().int() }).optional(),
  issuers: z.array(agency),
  dates: z.object({
    /** Date the issuers signed it (成文日期). */
    signed: isoDate.optional(),
    /** Date the source was published. */
    published: isoDate.optional(),
    /** For reports: when what they report happened. */
    event: isoDate.optional(),
  }),
  programs: z.array(programId),
  batch: z
    .object({ program: programId, number: z.number().int().positive().optional(), year: z.number().int().optional() })
    .nullable(),
  places: z.array(placeNamed),
  counts: z.array(statedCount),
  statements: z.array(statement).default([]),
  cites: z.array(citation),
  /** Ids of the glossary terms the text uses (each linked at its first occurrence), sorted. */
  terms: z.array(z.string()).default([]),
  languages: z.object({ zh: provenance, en: provenance }),
  /** How the English and Chinese paragraphs were paired: by the text, by a sidecar, or not paired. */
  pairing: z.enum(['single', 'text', 'sidecar']),
  /** Number of aligned rows; the body has anchors p1 … pN. */
  rows: z.number().int().positive(),
  sources: z.array(sourceFile).min(1),
  /**
   * Rows of a received translation whose numbers, dates or document numbers differ from the
   * source's (the ingest's consistency check; the translation is kept as received). Shown to the
   * reader at the row. Absent when every row agrees.
   */
  consistency: z
    .array(
      z.object({
        paragraph: anchor,
        /** What only the source has (`10`, `2015-08-31`, `〔2014〕515号`). */
        onlyInSource: z.array(z.string()),
        /** What only the translation has. */
        onlyInTranslation: z.array(z.string()),
      }),
    )
    .default([]),
  /**
   * Values the archive supplied or corrected by a sidecar rather than read from the source
   * (`title.en`, `docNumber`, `dates.signed`…), each with the sidecar and its note: shown to
   * readers as the archive's, not the source's.
   */
  supplied: z.array(z.object({ field: z.string(), sidecar: z.string(), note: z.string().optional() })).default([]),
  /** The archive's own translation (a sidecar `<source>.en.yaml`), when the English column is one. */
  archiveTranslation: z.object({ file: z.string(), translator: z.string() }).optional(),
});

export type Notice = z.output<typeof notice>;
export type NoticeInput = z.input<typeof notice>;
