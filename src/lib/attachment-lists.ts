/**
 * A notice's attachment lists checked against the counts the notice states: for each entry type
 * the notice counts (84 new, 13 expanded, 41 special projects) and its readable attachments list,
 * the count stated and the rows listed. Shared by the ingest's summary and the site's batches.
 */
import type { EntryType, NoticeInput } from '../schemas/notice.ts';

export interface ListCount {
  entryType: EntryType;
  /** What the notice states (summed over its clauses of that type). */
  stated: number;
  /** Rows of that type in the notice's attachments. */
  listed: number;
  /** The paragraph stating the count. */
  paragraph: string;
}

/** The stated and listed counts of each entry type a notice both states and its attachments list. */
export function listCounts(n: Pick<NoticeInput, 'counts' | 'attachments'>): ListCount[] {
  const rows = (n.attachments ?? []).flatMap((a) => a.rows ?? []);
  if (rows.length === 0) return [];
  const types = [...new Set(n.counts.map((c) => c.entryType))];
  return types.flatMap((entryType) => {
    const listed = rows.filter((r) => r.entryType === entryType).length;
    const stated = n.counts.filter((c) => c.entryType === entryType);
    // A type no attachment lists is a list not held, not a mismatch.
    if (listed === 0) return [];
    return [
      {
        entryType,
        stated: stated.reduce((sum, c) => sum + c.value, 0),
        listed,
        paragraph: stated[0]!.paragraph,
      },
    ];
  });
}
