/**
 * The attachment stage of the ingest: each notice takes the attachments its 附件说明 announces (or
 * a sidecar ties to it), numbered as the notice numbers them; then the summary says what became
 * of every attachment — read into rows, unreadable and why, or held without its notice — and
 * where a list's rows differ from the count the notice states.
 */
import type { Attachment, NoticeInput } from '../../../src/schemas/notice.ts';
import { listCounts } from '../../../src/lib/attachment-lists.ts';
import { announced, matchAnnounced, type AnnouncingRow } from './announce.ts';
import type { HeldAttachment } from './seeds.ts';

/** A composed notice as this stage reads and extends it. */
interface Composed {
  data: NoticeInput;
  rows: AnnouncingRow[];
}

/**
 * The notice with its attachments: those a sidecar ties to one of its source files, and those
 * its 附件说明 names (by title, file name or 附件N). Numbers come from the sidecar, else the
 * 附件说明, else the next free one.
 */
export function attachTo<T extends Composed>(composed: T, held: HeldAttachment[] = []): T {
  if (held.length === 0) return composed;
  const items = announced(composed.rows);
  const files = new Set(composed.data.sources.map((s) => s.file));
  const linked: Array<{ a: HeldAttachment; item?: ReturnType<typeof matchAnnounced>; by: 'sidecar' | 'announcement' }> =
    [];
  for (const a of held) {
    const titles = [a.sidecar?.title?.zh, a.title].filter((t): t is string => !!t);
    const item = matchAnnounced({ file: a.file, titles }, items);
    if (a.sidecar?.attachmentOf !== undefined) {
      if (files.has(a.sidecar.attachmentOf)) linked.push({ a, item, by: 'sidecar' });
    } else if (item) linked.push({ a, item, by: 'announcement' });
  }
  if (linked.length === 0) return composed;
  const taken = new Set<number>();
  const numbered = linked.map((l) => {
    const wanted = l.a.sidecar?.n ?? l.item?.n;
    const n = wanted !== undefined && !taken.has(wanted) ? wanted : undefined;
    if (n !== undefined) taken.add(n);
    return { ...l, n };
  });
  let next = 1;
  const attachments = numbered.map((l): Attachment => {
    let n = l.n;
    if (n === undefined) {
      while (taken.has(next)) next++;
      n = next;
      taken.add(n);
    }
    const car = l.a.sidecar;
    const paragraph = l.item?.anchor ?? items[0]?.anchor;
    return {
      n,
      file: l.a.file,
      title: { zh: car?.title?.zh ?? l.item?.title ?? l.a.title ?? l.a.file, en: car?.title?.en ?? null },
      format: l.a.format,
      bytes: l.a.bytes,
      sha256: l.a.sha256,
      provenance: {
        linkedBy: l.by,
        ...(paragraph ? { paragraph } : {}),
        ...(l.item ? { announced: l.item.title } : {}),
        ...(car ? { sidecar: car.file } : {}),
        ...(car?.publisher ? { publisher: car.publisher } : {}),
        ...(car?.url ? { url: car.url } : {}),
        ...(car?.retrieved ? { retrieved: car.retrieved } : {}),
        ...(car?.note ? { note: car.note } : {}),
      },
      ...(l.a.unreadable ? { unreadable: l.a.unreadable } : {}),
      rows: l.a.rows,
    };
  });
  attachments.sort((x, y) => x.n - y.n);
  return { ...composed, data: { ...composed.data, attachments } };
}

/**
 * One line per attachment held — what it became, or why it is not on any notice's page — and one
 * per list whose rows differ from the count its notice states.
 */
export function attachmentSummary(notices: NoticeInput[], held: HeldAttachment[] = []): string[] {
  const lines: string[] = [];
  for (const a of held) {
    const on = notices.flatMap((n) =>
      (n.attachments ?? []).filter((x) => x.file === a.file).map((x) => `${n.id} attachment ${x.n}`),
    );
    const what = a.unreadable
      ? `attachment (${a.format}), unreadable: ${a.unreadable}; kept, listed without rows`
      : `attachment (${a.format}), ${a.rows.length} rows, ${a.rows.filter((r) => r.flag).length} not in the gazetteer`;
    const where = on.length
      ? `→ ${on.join(', ')}`
      : a.sidecar?.attachmentOf !== undefined
        ? `— its notice "${a.sidecar.attachmentOf}" is not held; kept in seeds/, not published until it is`
        : '— no notice held announces it (its 附件说明 names it, or a sidecar says attachmentOf:); kept in seeds/, not published until one does';
    lines.push(`${a.file}: ${what} ${where}`);
  }
  for (const n of notices) {
    for (const c of listCounts({ counts: n.counts, attachments: n.attachments ?? [] }))
      if (c.listed !== c.stated)
        lines.push(
          `${n.id}: the notice states ${c.stated} ${c.entryType} but its attachments list ${c.listed} (see ${n.id} ${c.paragraph})`,
        );
  }
  return lines;
}
