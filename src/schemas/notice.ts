import { z } from 'astro/zod';
import { PROGRAM_IDS } from './programs.ts';

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

/** A program of the registry (src/schemas/programs.ts). */
export const programId = z.enum(PROGRAM_IDS);

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

/** A language of a text in the archive. */
export const lang = z.enum(['zh', 'en']);

/** The script a Chinese text was received in (Hant sources are shown simplified, with the original kept). */
export const script = z.enum(['Hans', 'Hant']);

/** How a pilot entered a batch: a new pilot, an existing one whose scope was expanded, or a special project. */
export const entryType = z.enum(['new', 'expanded', 'special']);

/** How precise a date is; `reported`: dated only by the report ("近日", on or before that date). */
export const datePrecision = z.enum(['day', 'month', 'year', 'reported']);

/** The form a source file came in; one extractor per form. */
export const sourceForm = z.enum(['frontmatter-html', 'html-page', 'plain-text']);

/** How a source's encoding was chosen: its byte-order mark, its declared charset, strict UTF-8, or detection. */
export const encodingEvidence = z.enum(['bom', 'declared', 'strict-utf-8', 'detected']);

/** The line endings a source file was received with. */
export const lineEndings = z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']);

/**
 * The kind of official document (文种) a `notice` is, as its title names it:
 * the fifteen kinds of the 党政机关公文处理工作条例 (art. 8) and the kinds a
 * notice issues (办法, 方案, 规定…). Labels in both languages below.
 */
export const documentKind = z.enum([
  'resolution',
  'decision',
  'order',
  'communique',
  'announcement',
  'public-notice',
  'opinion',
  'notice',
  'circular',
  'report',
  'request',
  'reply',
  'motion',
  'letter',
  'minutes',
  'measures',
  'plan',
  'regulations',
  'rules',
]);
export type DocumentKind = z.output<typeof documentKind>;

/** Chinese and English names of each document kind, for display. */
export const documentKindLabels: Record<DocumentKind, { zh: string; en: string }> = {
  resolution: { zh: '决议', en: 'Resolution' },
  decision: { zh: '决定', en: 'Decision' },
  order: { zh: '命令（令）', en: 'Order' },
  communique: { zh: '公报', en: 'Communiqué' },
  announcement: { zh: '公告', en: 'Announcement' },
  'public-notice': { zh: '通告', en: 'Public notice' },
  opinion: { zh: '意见', en: 'Opinion' },
  notice: { zh: '通知', en: 'Notice' },
  circular: { zh: '通报', en: 'Circular' },
  report: { zh: '报告', en: 'Report' },
  request: { zh: '请示', en: 'Request for instructions' },
  reply: { zh: '批复', en: 'Reply' },
  motion: { zh: '议案', en: 'Motion' },
  letter: { zh: '函', en: 'Letter' },
  minutes: { zh: '纪要', en: 'Minutes' },
  measures: { zh: '办法', en: 'Measures' },
  plan: { zh: '方案', en: 'Plan' },
  regulations: { zh: '规定', en: 'Regulations' },
  rules: { zh: '细则', en: 'Detailed rules' },
};

/** A document number read into its parts: `国发〔2019〕5号` → prefix 国发, year 2019, serial 5. */
export const documentNumber = z.object({
  /** As the source prints it. */
  text: z.string(),
  /** Standard form with 〔〕 when the agency code is known. */
  canonical: z.string().optional(),
  /** Agency code (发文机关代字). */
  prefix: z.string().optional(),
  year: z.number().int(),
  serial: z.number().int(),
});

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
  entryType,
  batch: z.number().int().positive().optional(),
  paragraph: anchor,
  /** The words of the count as printed, for checking at a glance. */
  quote: z.string(),
  /** Slugs of the places its clause designates ("重庆、…、淄博等10个城市"); often fewer than the count. */
  places: z.array(z.string()).default([]),
});

/**
 * A place the notice designates or reports as a pilot (确定X为…试点, X列入…名单, "X was selected as
 * … pilot"), with the sentence that says so. Only designations make a place a pilot: batches, maps,
 * place pages' pilot status and pilot-places.csv read them, never the places merely named.
 */
export const designation = z.object({
  /** Slug of the place (one of the notice's `places`). */
  place: z.string().regex(/^[a-z0-9-]+$/),
  paragraph: anchor,
  /** The sentence that designates it, as printed (a list line under 名单如下：). */
  quote: z.string(),
  /** The program the sentence names; else the notice's, when it is about one only. */
  program: programId.optional(),
  batch: z.number().int().positive().optional(),
  entryType,
});

/** A dated statement inside the notice ("2021年5月，…获批第一批试点城市"): an event on the program's timeline. */
export const statement = z.object({
  date: isoDate,
  /** `reported`: dated only by the report ("近日", on or before that date). */
  precision: datePrecision,
  kind: z.enum(['event', 'deadline']),
  batch: z.number().int().positive().optional(),
  paragraph: anchor,
  quote: z.string(),
});

export const cleaningStep = z.object({ rule: z.string(), count: z.number().int().positive(), example: z.string() });

/** One source file behind the notice, exactly as received, and what cleaning was applied. */
export const sourceFile = z.object({
  file: z.string(),
  lang,
  /** `witness`: another copy of the original or the translation (a repost); the notice's text comes from the others. */
  role: z.enum(['original', 'translation', 'witness']),
  form: sourceForm,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  encoding: z.string(),
  encodingEvidence,
  bom: z.boolean(),
  lineEndings,
  /** Script the Chinese text was received in (Hant sources are shown simplified, with the original kept). */
  script: script.optional(),
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
  /** For a witness: how its text differs from the text the notice shows in its language. */
  differences: z
    .object({
      /** Paragraphs of the notice's text this copy lacks. */
      missing: z.array(z.string()),
      /** Paragraphs this copy has that the notice's text lacks. */
      extra: z.array(z.string()),
      /** Paragraphs with characters changed: the notice's text and this copy's. */
      changed: z.array(z.object({ text: z.string(), witness: z.string() })),
    })
    .optional(),
});

/** A row anchor on an attachment's page: `r1` … `rN`, one per entry of the list. */
export const rowAnchor = z.string().regex(/^r[1-9]\d*$/, 'an attachment row anchor looks like r1, r2, …');

/** The file formats attachments (附件) come in, each read by a maintained parser for it. */
export const attachmentFormat = z.enum(['xlsx', 'xls', 'docx', 'doc', 'pdf', 'html', 'text']);

/** Labels of the attachment formats, as readers know them. */
export const attachmentFormatLabels: Record<z.output<typeof attachmentFormat>, string> = {
  xlsx: 'Excel (.xlsx)',
  xls: 'Excel 97–2003 (.xls)',
  docx: 'Word (.docx)',
  doc: 'Word 97–2003 (.doc)',
  pdf: 'PDF',
  html: 'HTML',
  text: 'Text',
};

/** A heading a list row stands under, as printed and in English when the archive can say it (a category, a province). */
export const listHeading = z.object({ zh: z.string(), en: z.string().nullable() });

/**
 * One entry of a pilot list published as an attachment: the unit as listed (kept as written),
 * the gazetteer place it matched (code, level) or why none, its entry type and the headings it
 * stands under. A special project is a project (builder and title), not a place.
 */
export const attachmentRow = z.object({
  /** Its anchor on the attachment's page (`#r12`). */
  anchor: rowAnchor,
  /** 序号 as printed. */
  n: z.string().optional(),
  /** The province as listed (column or heading). */
  province: z.string().optional(),
  /** The unit as listed (城市/区/县/镇), exactly as written. */
  listed: z.string().optional(),
  /** The gazetteer place the unit is, when it matched. */
  place: placeNamed.omit({ paragraphs: true }).optional(),
  /** Why a listed unit matched no place (kept and flagged, never dropped). */
  flag: z.string().optional(),
  entryType: entryType.optional(),
  /** 承建单位 of a special project. */
  builder: z.string().optional(),
  /** 项目名称 of a special project. */
  project: z.string().optional(),
  /** The headings above the row, outermost first. */
  headings: z.array(listHeading).default([]),
  /** Every cell of the row as read. */
  cells: z.array(z.string()),
});

/**
 * An attachment (附件) of the notice: a source file of its own, kept as received with its SHA-256,
 * linked by the notice's 附件说明 or a sidecar, read into rows when its format can be read.
 */
export const attachment = z.object({
  /** Its number: `/notices/<id>/attachments/<n>/`; the 附件 number the notice gives it, when it gives one. */
  n: z.number().int().positive(),
  file: z.string(),
  title: z.object({ zh: z.string(), en: z.string().nullable() }),
  format: attachmentFormat,
  bytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  provenance: z.object({
    /** How it was tied to the notice: its 附件说明 names it, or a sidecar says so. */
    linkedBy: z.enum(['announcement', 'sidecar']),
    /** The notice row whose 附件说明 announces it. */
    paragraph: anchor.optional(),
    /** The 附件说明 item's words. */
    announced: z.string().optional(),
    sidecar: z.string().optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    retrieved: isoDate.optional(),
    note: z.string().optional(),
  }),
  /** Why the file could not be read (a scan with no text layer, an encrypted file); absent when read. */
  unreadable: z.string().optional(),
  rows: z.array(attachmentRow).default([]),
});

export const notice = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lowercase letters, digits and hyphens'),
  title: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
  docType,
  /** The notice's own document number (发文字号), when known. */
  docNumber: z.string().nullable(),
  /** The same number read into its parts, when it could be. */
  number: documentNumber.optional(),
  /** The 文种 an official document's title names (docType `notice`). */
  documentKind: documentKind.optional(),
  /** Bodies whose decision the document is (发文机关); a news report has none (see publisher and bodiesNamed). */
  issuers: z.array(agency),
  /** For a news report: the bodies its opening names as acting (it reports them; it is not issued by them). */
  bodiesNamed: z.array(agency).optional(),
  /** Who published the copy held (the site or periodical: 新浪财经, 光明网, CCPR), apart from the issuers. */
  publisher: z.string().optional(),
  /** The page's own index number (索引号) on a government disclosure page. */
  indexNumber: z.string().optional(),
  dates: z.object({
    /** Date the issuers signed it (成文日期). */
    signed: isoDate.optional(),
    /** Date the source was published. */
    published: isoDate.optional(),
    /** For reports: when what they report happened. */
    event: isoDate.optional(),
  }),
  programs: z.array(programId),
  /** Pilot programs the title names that the registry (src/schemas/programs.ts) does not follow yet. */
  otherPrograms: z.array(z.string()).optional(),
  batch: z
    .object({ program: programId, number: z.number().int().positive().optional(), year: z.number().int().optional() })
    .nullable(),
  /** Every place the text names (datelines, bylines and romanised document numbers name none). */
  places: z.array(placeNamed),
  /** The places it designates or reports as pilots, each with its evidence. */
  designations: z.array(designation).default([]),
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
  /** Ids this notice had before its sources were found to be copies of one document: those URLs lead here. */
  aliases: z.array(z.string()).optional(),
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
  /** The notice's attachments (附件) held, in order of their number; each list read into rows. */
  attachments: z.array(attachment).default([]),
});

export type Notice = z.output<typeof notice>;
export type ProgramId = z.output<typeof programId>;
export type DocType = z.output<typeof docType>;
export type Lang = z.output<typeof lang>;
export type Script = z.output<typeof script>;
export type EntryType = z.output<typeof entryType>;
export type DatePrecision = z.output<typeof datePrecision>;
export type SourceForm = z.output<typeof sourceForm>;
export type EncodingEvidence = z.output<typeof encodingEvidence>;
export type LineEndings = z.output<typeof lineEndings>;
export type NoticeInput = z.input<typeof notice>;
export type Attachment = z.output<typeof attachment>;
export type AttachmentRow = z.output<typeof attachmentRow>;
export type AttachmentFormat = z.output<typeof attachmentFormat>;
