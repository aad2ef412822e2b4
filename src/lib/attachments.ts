/** What the site shows of attachments: sizes, and a list's rows grouped under their headings. */
import type { AttachmentRow } from '../schemas/notice.ts';

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
