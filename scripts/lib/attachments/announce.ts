/**
 * A notice's 附件说明 ("附件：1. 国家智慧城市2014年度试点名单 / 2. …专项试点名单") read into the
 * items it announces, and an attachment file matched to one of them by its own title, the file
 * name the item gives, or a file named 附件N.
 */

/** One attachment a notice announces. */
export interface Announced {
  /** Its number (附件1, "1."), when the notice numbers it. */
  n?: number;
  /** Its title as the notice gives it. */
  title: string;
  /** A file name the notice gives for it ("（list-1.html）", a link's target). */
  fileNamed?: string;
  /** The notice row that announces it. */
  anchor: string;
}

/** The rows of a notice as the attachment stage needs them: anchor and Chinese paragraph with its role. */
export interface AnnouncingRow {
  anchor: string;
  zh?: { text: string; role: string };
}

const LEAD = /^\s*附\s*件\s*(\d{1,2})?\s*[:：]?\s*/u;
/** An item number inside the list: "1." "2、" "（3）". */
const ITEM = /(?:^|\s+|(?<=[。；;，,]))(?:[(（](\d{1,2})[)）]|(\d{1,2})\s*[.、．](?!\d))\s*/gu;
const FILE = /[(（]\s*([^()（）\s]+\.(?:xlsx?|docx?|pdf|html?|txt|md|csv))\s*[)）]/iu;

/**
 * The attachments a notice's 附件说明 rows announce, in order.
 *
 * @example announced([{ anchor: 'p9', zh: { text: '附件：1.甲名单 2.乙名单', role: 'attachment' } }])
 *   // [{ n: 1, title: '甲名单', anchor: 'p9' }, { n: 2, title: '乙名单', anchor: 'p9' }]
 */
export function announced(rows: AnnouncingRow[]): Announced[] {
  const items: Announced[] = [];
  for (const row of rows) {
    if (row.zh?.role !== 'attachment') continue;
    const lead = LEAD.exec(row.zh.text);
    const text = row.zh.text.slice(lead?.[0].length ?? 0);
    const numbered = [...text.matchAll(ITEM)];
    if (numbered.length === 0) {
      if (text.trim()) items.push(item(lead?.[1] ? Number(lead[1]) : undefined, text, row.anchor));
      continue;
    }
    numbered.forEach((m, i) => {
      const end = numbered[i + 1]?.index ?? text.length;
      items.push(item(Number(m[1] ?? m[2]), text.slice(m.index + m[0].length, end), row.anchor));
    });
  }
  return items;
}

function item(n: number | undefined, raw: string, anchor: string): Announced {
  const file = FILE.exec(raw);
  const title = raw
    .replace(FILE, '')
    .replace(/[\s。；;，,]+$/u, '')
    .trim();
  return { ...(n ? { n } : {}), title, ...(file ? { fileNamed: file[1]! } : {}), anchor };
}

/** A title reduced for comparison: no spaces, punctuation, book-title marks or file extension. */
export function titleKey(text: string): string {
  return text
    .replace(/\.(?:xlsx?|docx?|pdf|html?|txt|md|csv)$/iu, '')
    .replace(/^附件\s*\d*\s*[:：\-_—]?\s*/u, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * The announced item an attachment is: the item naming its file, else the one whose title is its
 * title or its file name's (exactly, else the longest containing or contained one, at least four
 * characters), else for a file named 附件N the item numbered N.
 */
export function matchAnnounced(
  attachment: { file: string; titles: string[] },
  items: Announced[],
): Announced | undefined {
  const byFile = items.find((i) => i.fileNamed === attachment.file);
  if (byFile) return byFile;
  const keys = [...attachment.titles, attachment.file].map(titleKey).filter((k) => k.length >= 4);
  const exact = items.find((i) => keys.includes(titleKey(i.title)));
  if (exact) return exact;
  const near = items
    .filter((i) => {
      const k = titleKey(i.title);
      return k.length >= 4 && keys.some((key) => key.includes(k) || k.includes(key));
    })
    .sort((a, b) => b.title.length - a.title.length);
  if (near[0]) return near[0];
  const numbered = /^附件\s*(\d{1,2})(?:\.[a-z0-9]+)?$/iu.exec(attachment.file.trim());
  return numbered ? items.find((i) => i.n === Number(numbered[1])) : undefined;
}
