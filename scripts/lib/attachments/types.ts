/**
 * The shapes an attachment (附件) takes on its way to dataset rows: the table a reader finds in the
 * file, then the list rows read from it.
 */
import type { AttachmentFormat, EntryType } from '../../../src/schemas/notice.ts';

/** The file formats government sites publish attachments in, each read by its own maintained parser (the schema's enum). */
export type { AttachmentFormat };

/** A table as a reader finds it: rows of cell texts in reading order; a heading line is a row of one cell. */
export interface Table {
  rows: string[][];
}

/** What reading an attachment gave: its tables, or why it cannot be read (kept and listed, never dropped). */
export type ReadResult =
  { ok: true; format: AttachmentFormat; tables: Table[] } | { ok: false; format: AttachmentFormat; reason: string };

/** One entry of a pilot list, with the columns the list has and the headings it stands under. */
export interface ListRow {
  /** Its place among the list's entries, 1-based: the anchor `#r<r>` on the attachment's page. */
  r: number;
  /** 序号 as printed. */
  n?: string;
  /** 省份 column, or the province heading the row stands under. */
  province?: string;
  /** The unit as listed (城市/区/县/镇), kept as written. */
  unit?: string;
  /** new / expanded / special, from a 类别 column or the heading the row stands under. */
  entryType?: EntryType;
  /** 承建单位 of a special project. */
  builder?: string;
  /** 项目名称 of a special project. */
  project?: string;
  /** The headings above the row, outermost first ("一、新增试点城市", "北京市"). */
  headings: string[];
  /** Every cell of the row as read. */
  cells: string[];
}
