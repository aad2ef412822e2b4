/**
 * The plain-data shapes that flow between ingest stages.
 *
 * Every stage is `(input, options) => output` on these shapes; only
 * `read` (at the start) and `write` (at the end) touch the disk.
 */

import type { EncodingEvidence, Lang, LineEndings, Script, SourceForm } from '../../../src/schemas/notice.ts';

/** The enumerations are the notice schema's (one home); the stages use them under these names. */
export type { Lang, Script, SourceForm };

/** A source file exactly as read from `seeds/`. */
export interface RawSource {
  /** File name relative to the seeds folder, e.g. `001_2a6f7b4620238141.txt`. */
  file: string;
  bytes: Uint8Array;
}

/** Text decoded from a source's bytes, with what was learned doing so. */
export interface DecodedSource {
  file: string;
  text: string;
  /** WHATWG encoding label actually used, e.g. `utf-8`, `gb18030`, `big5`. */
  encoding: string;
  /** How the encoding was chosen. */
  encodingEvidence: EncodingEvidence;
  bom: boolean;
  lineEndings: LineEndings;
  sha256: string;
  byteLength: number;
  /** Bytes the legacy encoding could not map (broken sequences, GBK user-defined codes), shown as U+FFFD. */
  replaced?: number;
}

/** A block of main text, as the source lays it out (one paragraph or line). */
export interface Block {
  text: string;
  /** Layout hints an HTML source gives (centered titles, right-aligned signatures). */
  align?: 'center' | 'right';
  strong?: boolean;
  /** The page's headline (its <h1>, or the heading its <title> repeats), when it stands outside the main text. */
  heading?: boolean;
}

/** Something the extract stage removed, kept so the cleaning can be shown. */
export interface Removal {
  /** Id of the boilerplate rule that matched, e.g. `stock-ticker`. */
  rule: string;
  /** The removed text (first 200 characters). */
  text: string;
}

/**
 * What the page's own metadata says (gov.cn's table, 政府信息公开 tables,
 * law-database 【…】 lines): values as printed, dates as ISO `YYYY-MM-DD`.
 */
export interface PageFields {
  /** 标题 */
  title?: string;
  /** 发文机关 / 发布机构: the issuing bodies, as printed (several may be joined by spaces or 、). */
  issuer?: string;
  /** 发文字号 */
  number?: string;
  /** 成文日期 */
  signed?: string;
  /** 发布日期 */
  published?: string;
  /** 索引号 */
  indexNumber?: string;
  /** 主题分类 */
  topic?: string;
}

/** Facts the site chrome gave before it was removed (publisher, date, URL…). */
export interface SourceHints {
  /** The page's own metadata table or field lines, read into fields. */
  fields?: PageFields;
  headline?: string;
  publisher?: string;
  /** ISO date `YYYY-MM-DD` on which the page was published. */
  published?: string;
  url?: string;
  author?: string;
  section?: string;
  /** Issue of a periodical, e.g. `2013 No.4`. */
  issue?: string;
  /** Where the republisher says it took the text from, e.g. `住建部网站`. */
  via?: string;
}

/** Main text of a source, in the same shape whatever its form. */
export interface ExtractedSource {
  file: string;
  form: SourceForm;
  blocks: Block[];
  hints: SourceHints;
  removed: Removal[];
}

/** Role of a paragraph within a notice; alignment and metadata lean on it. */
export type Role =
  | 'title'
  /** The document's own number (发文字号) on a line of its own under the title. */
  | 'number'
  | 'salutation'
  | 'body'
  | 'attachment'
  | 'contact'
  | 'signature'
  | 'date'
  | 'note'
  | 'cc';

/** One paragraph after normalization and segmentation. */
export interface Paragraph {
  /** Display text: simplified Chinese, or English. */
  text: string;
  /** The text in the script it was received in, when normalize changed the script. */
  original?: string;
  role: Role;
  align?: 'center' | 'right';
}

/** A source fully cleaned: the unit that pairing works on. */
export interface Document {
  file: string;
  lang: Lang;
  script?: Script;
  decoded: Omit<DecodedSource, 'text'>;
  form: SourceForm;
  paragraphs: Paragraph[];
  hints: SourceHints;
  /** Cleaning applied, grouped per rule: what was removed or rewritten, how often. */
  cleaning: CleaningStep[];
}

export interface CleaningStep {
  rule: string;
  count: number;
  /** One real example of what the rule removed or rewrote. */
  example: string;
}

/** One aligned row: indexes into the Chinese and English paragraph lists. */
export interface AlignedRow {
  zh?: number;
  en?: number;
  /** 0..1: how sure the aligner is that the two belong together (1 for one-sided rows it is sure of). */
  confidence: number;
}
