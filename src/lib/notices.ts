import type { Notice } from '../schemas/notice.ts';
import { bothInline } from '../i18n/index.ts';

/** A notice's title as a single line names it: Chinese, else English, else its id. */
export function noticeTitle(n: Pick<Notice, 'title' | 'id'>): string {
  return n.title.zh ?? n.title.en ?? n.id;
}

/** A notice page's title and description (the layout adds the archive's name to the title). */
export function noticeHead(n: Pick<Notice, 'title' | 'id'>): { title: string; description: string | undefined } {
  return { title: noticeTitle(n), description: n.title.en ?? undefined };
}

/** The title of a notice's source view, `原始来源 Source · <title>` (the layout adds the archive's name). */
export function sourceViewTitle(n: Pick<Notice, 'title' | 'id'>): string {
  return `${bothInline('source.pageTitle')} · ${noticeTitle(n)}`;
}

/** Which languages a notice can be read in: `both`, `zh` or `en` (the search filter and the notice index use it). */
export function languagesOf(n: Pick<Notice, 'languages'>): 'both' | 'zh' | 'en' {
  if (n.languages.zh !== 'none' && n.languages.en !== 'none') return 'both';
  return n.languages.zh !== 'none' ? 'zh' : 'en';
}

/**
 * How many rows of a notice's MDX body hold each language (a `<Zh>` / an `<En>` element), of all
 * its rows: what the notice page says each language covers.
 *
 * @example
 *   rowCoverage('<Row id="p1"><Zh>…</Zh></Row><Row id="p2"><Zh>…</Zh><En>…</En></Row>', 2) // { zh: 2, en: 1, total: 2 }
 */
export function rowCoverage(body: string, total: number): { zh: number; en: number; total: number } {
  const rows = body.split(/<Row\s/).slice(1);
  return {
    zh: rows.filter((r) => /<Zh[\s>]/.test(r)).length,
    en: rows.filter((r) => /<En[\s>]/.test(r)).length,
    total,
  };
}

/** The date a notice sorts by: signed, else the event it reports, else published. */
export function sortDate(n: Pick<Notice, 'dates'>): string {
  return n.dates.signed ?? n.dates.event ?? n.dates.published ?? '';
}

/** The year a notice is filed under (its sort date's), or `undated`. */
export function yearOf(n: Pick<Notice, 'dates'>): string {
  return sortDate(n).slice(0, 4) || 'undated';
}

/** Notices grouped by `yearOf`, each group keeping the list's order (the years in order of first appearance). */
export function byYear<T extends Pick<Notice, 'dates'>>(notices: T[]): Array<{ year: string; notices: T[] }> {
  return [...Map.groupBy(notices, yearOf)].map(([year, list]) => ({ year, notices: list }));
}

/** Newest first; ties by id so the order is stable. */
export function newestFirst<T extends { data: Pick<Notice, 'dates' | 'id'> }>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) => sortDate(b.data).localeCompare(sortDate(a.data)) || a.data.id.localeCompare(b.data.id),
  );
}

/** `year-serial` of a notice's own document number (as the ingest parsed it), the key citations match on. */
function ownKey(n: Pick<Notice, 'number'>): string | undefined {
  return n.number ? `${n.number.year}-${n.number.serial}` : undefined;
}

export interface ResolvedCitation {
  cite: Notice['cites'][number];
  /** The notice in the archive with that number, if any. */
  held?: Pick<Notice, 'id' | 'title'>;
}

type Held = Pick<Notice, 'id' | 'title' | 'docNumber' | 'number'>;
/** Document-number index of each notice list, built once per list (a build passes the same list for every page). */
const indexes = new WeakMap<Held[], Map<string, Held>>();
function byDocNumber(all: Held[]): Map<string, Held> {
  let index = indexes.get(all);
  if (!index) {
    index = new Map(all.flatMap((other) => (ownKey(other) ? [[ownKey(other)!, other] as const] : [])));
    indexes.set(all, index);
  }
  return index;
}

/** Each document a notice cites, with the archive's copy when it holds one (matched on year + serial). */
export function resolveCitations(n: Pick<Notice, 'cites'>, all: Held[]): ResolvedCitation[] {
  const byKey = byDocNumber(all);
  return n.cites.map((cite) => {
    const held = cite.year && cite.serial ? byKey.get(`${cite.year}-${cite.serial}`) : undefined;
    return held ? { cite, held } : { cite };
  });
}

type Citing = Pick<Notice, 'id' | 'cites'>;
/** Cited-by index of each notice list (`year-serial` → notices citing it, in list order), built once per list. */
const citedBy = new WeakMap<Citing[], Map<string, Citing[]>>();
function byCitedNumber(all: Citing[]): Map<string, Citing[]> {
  let index = citedBy.get(all);
  if (!index) {
    index = new Map();
    for (const other of all) {
      for (const key of new Set(other.cites.map((c) => `${c.year}-${c.serial}`)))
        (index.get(key) ?? index.set(key, []).get(key)!).push(other);
    }
    citedBy.set(all, index);
  }
  return index;
}

/** Notices in the archive that cite this one by its document number. */
export function citingNotices<T extends Pick<Notice, 'id' | 'title' | 'cites' | 'dates'>>(
  n: Pick<Notice, 'number' | 'id'>,
  all: T[],
): T[] {
  const key = ownKey(n);
  if (!key) return [];
  return ((byCitedNumber(all).get(key) ?? []) as T[]).filter((other) => other.id !== n.id);
}
