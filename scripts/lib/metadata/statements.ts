import type { DatePrecision } from '../../../src/schemas/notice.ts';
import type { Paragraph } from '../ingest/types.ts';
import { iso } from '../ingest/text/dates.ts';
import { batchIn } from './programs.ts';

/**
 * A dated statement inside a notice: "2021年5月，…6个城市获批第一批试点城市",
 * "于2015年8月31日前…报…", "近日，…验收考核结果公布". Each becomes an event on
 * its program's timeline, linked to its paragraph.
 */
export interface Statement {
  /** ISO date at the precision given: `2021-05`, `2015-08-31`, `2021`. */
  date: string;
  /** `reported`: dated only by the report it appears in ("近日", recently: on or before that date). */
  precision: DatePrecision;
  kind: 'event' | 'deadline';
  batch?: number;
  paragraph: number;
  /** The sentence, as printed. */
  quote: string;
}

const PILOT_WORDS = /试点|批|验收|启动|确定|获批|申报/;

/** Sentences of a Chinese paragraph, each with its offset (split after 。；! ?). */
function sentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /[^。；;！？!?]+[。；;！？!?]?/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ text: m[0], start: m.index! });
  return out;
}

/**
 * Dated statements about the program in a document's Chinese paragraphs.
 * Only sentences that speak of pilots (试点, 批, 验收…) and carry a date, or
 * "近日" in a report with a publication date, count; the signature date does not.
 */
export function statementsIn(paragraphs: Paragraph[], opts: { published?: string }): Statement[] {
  const found: Statement[] = [];
  paragraphs.forEach((p, i) => {
    if (!['body', 'salutation'].includes(p.role)) return;
    for (const s of sentences(p.text)) {
      // Dates inside cited titles (《…2014年试点申报工作的通知》) name documents, not events.
      const own = s.text.replace(/《[^》]*》/g, (t) => '　'.repeat(t.length));
      if (!PILOT_WORDS.test(own)) continue;
      const batch = batchIn(own);
      const base = { paragraph: i, quote: s.text.trim(), ...(batch ? { batch } : {}) };
      const full = /(\d{4})年(\d{1,2})月(\d{1,2})日(前)?/.exec(own);
      const month = /(\d{4})年(\d{1,2})月(?!\d)/.exec(own);
      const year = /(\d{4})年(?!度|\d|[-—–])/.exec(own);
      if (full)
        found.push({
          ...base,
          date: iso(+full[1]!, +full[2]!, +full[3]!),
          precision: 'day',
          kind: full[4] ? 'deadline' : 'event',
        });
      else if (month) found.push({ ...base, date: iso(+month[1]!, +month[2]!), precision: 'month', kind: 'event' });
      else if (year && /获批|确定|启动/.test(own))
        found.push({ ...base, date: year[1]!, precision: 'year', kind: 'event' });
      else if (/近日|日前|近期/.test(own) && opts.published)
        found.push({ ...base, date: opts.published, precision: 'reported', kind: 'event' });
    }
  });
  return found;
}
