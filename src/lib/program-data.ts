import type { EventRecord, NoticeRecord, PilotPlaceRow } from '../schemas/exports.ts';
import { programId, type AttachmentRow, type EntryType, type Notice, type ProgramId } from '../schemas/notice.ts';
import { programEntry } from '../schemas/programs.ts';
import { both } from '../i18n/index.ts';
import { attachmentPath, noticePath, placePath, rawSourceUrl } from './paths.ts';
import { absoluteUrl } from './site-url.ts';
import { wholePhrase, type RowText } from './row-text.ts';
import { resolveCitations, sortDate } from './notices.ts';

/**
 * Every event of a program, in date order: each notice (on its signing or
 * event date), each dated statement inside a notice, and each document the
 * notices cite that the archive does not hold. Each points to its paragraph.
 */
export function programEvents(notices: Notice[], program: ProgramId, site: URL | string | undefined): EventRecord[] {
  const mine = notices.filter((n) => n.programs.includes(program));
  const events: EventRecord[] = [];
  /** Document numbers already on the timeline as cited but not held: each once. */
  const notHeld = new Set<string>();
  for (const n of mine) {
    const date = sortDate(n);
    if (date) {
      events.push({
        program,
        date,
        precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
        kind: n.docType === 'notice' ? 'notice' : 'report',
        label: { zh: n.title.zh, en: n.title.en },
        noticeId: n.id,
        docNumber: n.docNumber,
        held: true,
        quote: null,
        ...evidenceOf(site, n.id, 'p1'),
      });
    }
    for (const st of n.statements) {
      events.push({
        program,
        date: st.date,
        precision: st.precision,
        kind: st.kind === 'deadline' ? 'deadline' : 'statement',
        label: { zh: st.quote, en: null },
        noticeId: n.id,
        docNumber: null,
        held: true,
        quote: st.quote,
        ...evidenceOf(site, n.id, st.paragraph),
      });
    }
    for (const { cite, held } of resolveCitations(n, notices)) {
      if (held || !cite.year || !cite.number) continue;
      if (notHeld.has(cite.canonical ?? cite.number)) continue;
      notHeld.add(cite.canonical ?? cite.number);
      events.push({
        program,
        date: String(cite.year),
        precision: 'year',
        kind: 'cited-not-held',
        label: { zh: cite.title ?? cite.canonical ?? cite.number, en: null },
        noticeId: n.id,
        docNumber: cite.canonical ?? cite.number,
        held: false,
        quote: null,
        ...evidenceOf(site, n.id, cite.paragraph),
      });
    }
  }
  const order = ['cited-not-held', 'notice', 'report', 'statement', 'deadline'];
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      a.evidencePath.localeCompare(b.evidencePath),
  );
}

/** The evidence of an event: the paragraph's absolute URL (null in a local build) and its path. */
function evidenceOf(site: URL | string | undefined, id: string, anchor: string) {
  const path = noticePath(id, anchor);
  return { evidence: absoluteUrl(site, path), evidencePath: path };
}

/**
 * Above this many events a program's page summarises them by year (bars in
 * the graphic, a link per year) and each year's events get a page of their
 * own (`/programs/<program>/<year>/`): one page listing thousands would be
 * megabytes.
 */
export const MANY_EVENTS = 80;

/** Events grouped by the year of their date, oldest year first. */
export function eventsByYear(events: EventRecord[]): Array<{ year: string; events: EventRecord[] }> {
  return [...Map.groupBy(events, (e) => e.date.slice(0, 4))]
    .map(([year, list]) => ({ year, events: list }))
    .sort((a, b) => a.year.localeCompare(b.year));
}

/**
 * Above this many batches a program's batch lists (with every place they
 * name) move to its year pages as well: at 1,000 synthetic notices the
 * Shuangzhi page listed 151 batches and mapped 2,370 markers, 1.2 MB of HTML.
 */
export const MANY_BATCHES = 12;

/** Whether a program's events and batches are listed on a page per year rather than on the program page. */
export function pagedByYear(events: EventRecord[], batches: Batch[]): boolean {
  return events.length > MANY_EVENTS || batches.length > MANY_BATCHES;
}

/** The year a batch is listed under: of its date, else the year its list goes by; undefined when neither is known. */
export function batchYear(b: Pick<Batch, 'date' | 'year'>): string | undefined {
  return b.date?.slice(0, 4) ?? (b.year ? String(b.year) : undefined);
}

/**
 * A paged program's years, oldest first, each with its events and batches
 * (a year may have only one of the two); batches with no year at all are
 * returned apart, for the program page to list.
 */
export function programYears(
  events: EventRecord[],
  batches: Batch[],
): { years: Array<{ year: string; events: EventRecord[]; batches: Batch[] }>; undated: Batch[] } {
  const eventsOf = new Map(eventsByYear(events).map(({ year, events: list }) => [year, list]));
  const batchesOf = Map.groupBy(batches, (b) => batchYear(b) ?? '');
  const years = [...new Set([...eventsOf.keys(), ...batchesOf.keys()])].filter(Boolean).sort();
  return {
    years: years.map((year) => ({ year, events: eventsOf.get(year) ?? [], batches: batchesOf.get(year) ?? [] })),
    undated: batchesOf.get('') ?? [],
  };
}

/**
 * What a program's page and its year pages show: its events and batches,
 * whether they are listed a year per page (pagedByYear), and its years
 * (programYears). Both routes read it, so both decide alike.
 */
export function programOutline(notices: Notice[], program: ProgramId, site: URL | string | undefined) {
  const events = programEvents(notices, program, site);
  const batches = programBatches(notices, program);
  return { events, batches, paged: pagedByYear(events, batches), ...programYears(events, batches) };
}

/**
 * A batch of a program as the notices state it: its count, the places designated, and the
 * paragraph that says so. Only a notice's designations (never the places it merely names) are
 * a batch's places.
 */
export interface Batch {
  program: ProgramId;
  /** `2` for Shuangzhi's second batch; national lists go by year. */
  number?: number;
  year?: number;
  date?: string;
  entryType: EntryType;
  /** The count the notice states; absent for a list it gives without one (名单如下：…). */
  count?: number;
  unit: string;
  places: Notice['places'];
  /** The designation of each of its places: the sentence that makes it a pilot, and its paragraph. */
  designations: Notice['designations'];
  notice: Pick<Notice, 'id' | 'title' | 'docNumber' | 'dates' | 'docType'>;
  paragraph: string;
  quote: string;
  /** True when the notice designates as many places as it counts (or gives its list without a count), or its list is held as an attachment. */
  complete: boolean;
  /** The batch's list, when the notice's attachments hold it (withAttachmentLists). */
  list?: BatchList;
}

/** A batch's list as an attachment holds it: every row of the batch's entry type, each with its anchor. */
export interface BatchList {
  /** The count the notice states, and the rows its attachments list: a mismatch is shown. */
  stated: number;
  listed: number;
  entries: ListedEntry[];
}

/** One row of an attachment list: where it is (`/notices/<id>/attachments/<n>/#r3`) and what it lists. */
export interface ListedEntry {
  attachment: number;
  title: string;
  path: string;
  row: AttachmentRow;
}

/** A notice's designations for a program: those naming it, and those naming none in a notice about it. */
function designationsFor(n: Notice, program: ProgramId): Notice['designations'] {
  return n.designations.filter((d) => (d.program ?? program) === program);
}

/**
 * Batches stated in the notices of a program, oldest first: each stated count is one batch
 * entry, with the places designated in its list; designations no count lists are one entry per
 * batch and entry type, without a count.
 */
export function programBatches(notices: Notice[], program: ProgramId): Batch[] {
  const batches: Batch[] = [];
  for (const n of notices.filter((x) => x.programs.includes(program))) {
    const designated = designationsFor(n, program);
    const placeOf = (slug: string) => n.places.find((p) => p.slug === slug);
    const notice = { id: n.id, title: n.title, docNumber: n.docNumber, dates: n.dates, docType: n.docType };
    const dateOf = (paragraph: string, batch: number | undefined) => {
      const statement = n.statements.find(
        (s) => s.paragraph === paragraph && s.precision !== 'reported' && s.batch === batch,
      );
      return n.docType === 'notice' ? (n.dates.signed ?? n.dates.published) : (statement?.date ?? sortDate(n));
    };
    const numberAndYear = (batch: number | undefined, date: string | undefined) => {
      // the registry says how the program counts its batches: by number (第N批) or by list year
      const byNumber = programEntry(program).batchesBy === 'number';
      const number = batch ?? (byNumber ? n.batch?.number : undefined);
      const year = !byNumber ? n.batch?.year : date ? Number(date.slice(0, 4)) : undefined;
      return { ...(number ? { number } : {}), ...(year ? { year } : {}) };
    };
    for (const c of n.counts) {
      const date = dateOf(c.paragraph, c.batch);
      const own = c.places.flatMap((slug) => designated.filter((d) => d.place === slug).slice(0, 1));
      const places = own.map((d) => placeOf(d.place)).filter((p) => p !== undefined);
      batches.push({
        program,
        ...numberAndYear(c.batch, date),
        ...(date ? { date } : {}),
        entryType: c.entryType,
        count: c.value,
        unit: c.unit,
        places,
        designations: own,
        notice,
        paragraph: c.paragraph,
        quote: c.quote,
        complete: places.length >= c.value,
      });
    }
    const listed = (d: Notice['designations'][number]) =>
      n.counts.some((c) => c.paragraph === d.paragraph && c.places.includes(d.place));
    const rest = Map.groupBy(
      designated.filter((d) => !listed(d)),
      (d) => `${d.batch ?? ''}|${d.entryType}`,
    );
    for (const list of rest.values()) {
      const first = list[0]!;
      const date = dateOf(first.paragraph, first.batch);
      batches.push({
        program,
        ...numberAndYear(first.batch, date),
        ...(date ? { date } : {}),
        entryType: first.entryType,
        unit: '',
        places: list.map((d) => placeOf(d.place)).filter((p) => p !== undefined),
        designations: list,
        notice,
        paragraph: first.paragraph,
        quote: first.quote,
        complete: true,
      });
    }
  }
  return withAttachmentLists(
    batches.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.number ?? 0) - (b.number ?? 0)),
    notices,
  );
}

/**
 * Batches whose notice holds its list as an attachment (附件1: 试点名单) take the list's rows of
 * their entry type: every place listed joins the batch's places (special projects are projects,
 * not places), the batch is complete (the full list is held), and the count listed is kept beside
 * the count stated. Only where the notice states one count of that type: two would leave the rows
 * without a batch to go to.
 */
export function withAttachmentLists(batches: Batch[], notices: Notice[]): Batch[] {
  const byId = new Map(notices.map((n) => [n.id, n]));
  return batches.map((b) => {
    const n = byId.get(b.notice.id);
    // a list given without a count has nothing to check the attachment's rows against
    if (!n?.attachments.length || b.count === undefined) return b;
    if (n.counts.filter((c) => c.entryType === b.entryType).length !== 1) return b;
    const entries = n.attachments.flatMap((a) =>
      a.rows
        .filter((row) => row.entryType === b.entryType)
        .map((row): ListedEntry => ({
          attachment: a.n,
          title: a.title.zh,
          path: attachmentPath(n.id, a.n, row.anchor),
          row,
        })),
    );
    if (entries.length === 0) return b;
    const places = new Map(b.places.map((p) => [p.slug, p]));
    for (const { row, attachment } of entries) {
      if (!row.place || places.has(row.place.slug)) continue;
      const announced = n.attachments.find((a) => a.n === attachment)?.provenance.paragraph ?? b.paragraph;
      places.set(row.place.slug, { ...row.place, paragraphs: [announced] });
    }
    return {
      ...b,
      places: [...places.values()],
      complete: true,
      list: { stated: b.count, listed: entries.length, entries },
    };
  });
}

/** A batch's name: `shuangzhi-2`, `national-smart-city-2014`. */
export function batchKey(b: Pick<Batch, 'program' | 'number' | 'year'>): string {
  return b.number ? `${b.program}-${b.number}` : `${b.program}-${b.year ?? 'unknown'}`;
}

/** A batch's name in both languages: 第2批 / Batch 2, or 2014年度 / 2014 for lists that go by year. */
export function batchName(b: Pick<Batch, 'number' | 'year'>): { zh: string; en: string } {
  return b.number ? both('notice.batchNumber', { n: b.number }) : both('notice.batchYear', { n: b.year ?? '?' });
}

/** The rows of pilot-places.csv: one per designated place per batch, each with its evidence. */
export function pilotPlaceRows(
  notices: Notice[],
  site: URL | string | undefined,
  texts: Map<string, RowText[]> = new Map(),
): PilotPlaceRow[] {
  /** The stated count's words widened to the whole clause of its paragraph (the ingest keeps only the count's own words). */
  const phrase = (b: Batch) => {
    const row = texts.get(b.notice.id)?.find((r) => r.anchor === b.paragraph);
    const text = [row?.zh, row?.en].find((t) => t?.includes(b.quote));
    return text ? wholePhrase(text, b.quote) : b.quote;
  };
  return programId.options.flatMap((program) =>
    programBatches(notices, program).flatMap((b) =>
      b.places.map((p): PilotPlaceRow => {
        // A place the batch's attachment list holds has its evidence at the row that lists it.
        const listed = b.list?.entries.find((e) => e.row.place?.slug === p.slug);
        return {
          program,
          batch: b.number ? String(b.number) : String(b.year ?? ''),
          batch_year: String(b.year ?? (b.date ?? '').slice(0, 4)),
          entry_type: b.entryType,
          name_zh: p.zh,
          name_en: p.en,
          level: p.level,
          admin_code: p.code ?? '',
          admin_code_vintage: p.vintage,
          province_zh: p.province.zh,
          province_code: p.province.code,
          prefecture_zh: p.prefecture?.zh ?? '',
          prefecture_code: p.prefecture?.code ?? '',
          doc_number: b.notice.docType === 'notice' ? (b.notice.docNumber ?? '') : '',
          doc_date: b.notice.docType === 'notice' ? (b.notice.dates.signed ?? '') : (b.date ?? ''),
          publish_date: b.notice.dates.published ?? '',
          batch_count_stated: b.count === undefined ? '' : String(b.count),
          notice_id: b.notice.id,
          evidence_url: absoluteUrl(site, listed?.path ?? noticePath(b.notice.id, b.paragraph)) ?? '',
          evidence_path: listed?.path ?? noticePath(b.notice.id, b.paragraph),
          evidence_quote: listed ? listedQuote(listed) : phrase(b),
          confidence: b.notice.docType === 'notice' ? 'stated' : 'reported',
          note: listed
            ? `listed in attachment ${listed.attachment}, row ${listed.row.anchor.slice(1)}`
            : b.notice.docType === 'notice'
              ? ''
              : 'from a news report; the announcing notice is not in the archive',
        };
      }),
    ),
  );
}

/** A list row quoted as evidence: the attachment's title, the headings and the cells as read. */
function listedQuote(e: ListedEntry): string {
  return [e.title, ...e.row.headings.map((h) => h.zh), e.row.cells.filter(Boolean).join(' ')].join(' › ');
}

/** Every notice as a record of /data/notices.json. */
export function noticeRecords(notices: Notice[], site: URL | string | undefined): NoticeRecord[] {
  return notices.map((n) => ({
    id: n.id,
    url: absoluteUrl(site, noticePath(n.id)),
    path: noticePath(n.id),
    title: n.title,
    docType: n.docType,
    docNumber: n.docNumber,
    issuers: n.issuers.map(({ zh, en }) => ({ zh, en })),
    publisher: (n.sources.find((s) => s.role === 'original') ?? n.sources[0])?.publisher ?? null,
    dateSigned: n.dates.signed ?? null,
    datePublished: n.dates.published ?? null,
    dateEvent: n.dates.event ?? null,
    programs: n.programs,
    batch: n.batch ? { program: n.batch.program, number: n.batch.number ?? null, year: n.batch.year ?? null } : null,
    places: n.places.map((p) => ({ zh: p.zh, en: p.en, code: p.code, level: p.level, path: placePath(p.slug) })),
    languages: n.languages,
    rows: n.rows,
    sources: n.sources.map((s) => ({
      file: s.file,
      sha256: s.sha256,
      encoding: s.encoding,
      publisher: s.publisher ?? null,
      originalUrl: s.url ?? null,
      url: absoluteUrl(site, rawSourceUrl(n.id, s.file)),
      path: rawSourceUrl(n.id, s.file),
    })),
    cites: resolveCitations(n, notices).map(({ cite, held }) => ({
      number: cite.canonical ?? cite.number ?? null,
      title: cite.title ?? null,
      inArchive: held ? absoluteUrl(site, noticePath(held.id)) : null,
      inArchivePath: held ? noticePath(held.id) : null,
      ...evidenceOf(site, n.id, cite.paragraph),
    })),
  }));
}

/** RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese. */
export function toCsv<T extends Record<string, string>>(columns: Array<keyof T>, rows: T[]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? '')).join(','))].join('\r\n')}\r\n`;
}
