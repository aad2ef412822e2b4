/** What the site shows of attachments: sizes, and a list's rows grouped under their headings. */
import { both } from '../i18n/index.ts';
import type { AttachmentRow } from '../schemas/notice.ts';

/**
 * Why an attachment could not be read, in both languages: the ingest records the reason in English
 * (`no text layer (a scanned image?)`, `encrypted (password-protected)`, `cannot be read: …`).
 */
export function unreadableLabel(reason: string): { zh: string; en: string } {
  if (/^no text layer/.test(reason)) return both('attachments.reason.scan');
  if (/^encrypted/.test(reason)) return both('attachments.reason.encrypted');
  if (reason === 'no text') return both('attachments.reason.noText');
  const detail = /^cannot be read: (.*)$/.exec(reason)?.[1];
  return detail ? both('attachments.reason.other', { detail }) : { zh: reason, en: reason };
}

/**
 * A file size as readers read it.
 *
 * @example fileSize(4096) // '4.0 KB'
 */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Consecutive rows under the same headings, each group with those headings (outermost first). */
export function rowGroups(
  rows: AttachmentRow[],
): Array<{ headings: AttachmentRow['headings']; rows: AttachmentRow[] }> {
  const groups: Array<{ headings: AttachmentRow['headings']; rows: AttachmentRow[] }> = [];
  for (const row of rows) {
    const last = groups.at(-1);
    const key = JSON.stringify(row.headings);
    if (last && JSON.stringify(last.headings) === key) last.rows.push(row);
    else groups.push({ headings: row.headings, rows: [row] });
  }
  return groups;
}
