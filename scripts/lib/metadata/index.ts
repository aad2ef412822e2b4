import type { Document, Paragraph } from '../ingest/types.ts';
import type { Place, PlaceMention } from '../places/index.ts';
import { agenciesIn, type Agency } from './agencies.ts';
import { documentKindOf, isOfficialTitle, issuerPartOf } from '../ingest/text/doc-kinds.ts';
import type { DocumentKind } from '../../../src/schemas/notice.ts';
import { allFullDatesIn, fullDateIn, iso, monthDayIn } from '../ingest/text/dates.ts';
import { bookTitlesIn, citedTitleBefore, docKey, docNumbersIn, type DocNumber } from '../ingest/text/doc-numbers.ts';
import { batchIn, otherProgramsIn, programsIn, type ProgramId, type StatedCount } from './programs.ts';
import { statementsIn, type Statement } from './statements.ts';
import { countsOfParagraphs, designationsIn, placeMentionsOf, type Designation } from './designations.ts';
import { programEntry } from '../../../src/schemas/programs.ts';

import type { DocType } from '../../../src/schemas/notice.ts';
export type { DocType };

/** A document a source cites, by number and/or title, where it is cited. */
export interface Citation {
  number?: DocNumber;
  title?: string;
  /** Index of the paragraph that cites it. */
  paragraph: number;
}

export interface PlaceNamed {
  place: Place;
  /** Indexes of the paragraphs naming it, in order. */
  paragraphs: number[];
}

/** What the text of one source says about itself, derived without any sidecar. */
export interface DocumentMeta {
  title?: string;
  docType: DocType;
  /** The 文种 an official document's title names. */
  documentKind?: DocumentKind;
  issuers: Agency[];
  /** For a news report: the bodies its opening names as acting (not its issuers). */
  bodiesNamed: Agency[];
  /** The page's own index number (索引号). */
  indexNumber?: string;
  /** The document's own number when it prints one under its title. */
  docNumber?: DocNumber;
  /** The page's own 发文字号 when it is no 〔year〕serial number (国令第707号). */
  docNumberText?: string;
  dates: { signed?: string; published?: string; event?: string };
  cites: Citation[];
  programs: ProgramId[];
  /** Pilot programs its title names that the registry does not follow (`无废城市建设试点`). */
  otherPrograms: string[];
  batch?: number;
  /** The year a national-program list belongs to (国家智慧城市2014年度试点). */
  batchYear?: number;
  /** Places named anywhere in the text but datelines, bylines and romanised document numbers. */
  places: PlaceNamed[];
  /** Places the text designates or reports as pilots, each with its sentence (see designations.ts). */
  designations: Designation[];
  /** Counts of pilots, each with the places designated in its list (slugs). */
  counts: Array<StatedCount & { paragraph: number; places: string[] }>;
  /** Dated statements about the program inside the text. */
  statements: Statement[];
  /** Every full date the text mentions (deadlines, meetings, signing), sorted. */
  mentionedDates: string[];
}

const BODY_ROLES = new Set(['salutation', 'body', 'attachment']);

/**
 * The metadata stage for one document: title, type, issuers, dates, cited
 * documents, programs, batch, places and counts, all read from its text.
 */
export function describe(doc: Pick<Document, 'lang' | 'paragraphs' | 'hints'>): DocumentMeta {
  const { paragraphs, hints } = doc;
  const fields = hints.fields ?? {};
  const title = tidyTitle(fields.title) ?? titleOf(paragraphs, doc.lang);
  const all = paragraphs.map((p) => p.text).join('\n');
  const docType = fields.issuer || fields.number ? 'notice' : docTypeOf(paragraphs, title, hints.section);
  const documentKind = docType === 'notice' && title ? documentKindOf(title) : undefined;
  const signed =
    fields.signed ??
    paragraphs
      .filter((p) => p.role === 'date')
      .map((p) => fullDateIn(p.text))
      .find(Boolean);
  const published = fields.published ?? hints.published;
  const event = docType === 'notice' ? undefined : eventDateOf(paragraphs, hints, published);
  const issuers = docType === 'notice' ? issuersOf(paragraphs, title, fields.issuer) : [];
  const bodiesNamed = docType === 'notice' ? [] : namedInOpening(paragraphs);
  const programs = programsIn(all);
  const firstBody = paragraphs.find((p) => BODY_ROLES.has(p.role))?.text ?? '';
  const batch = docType === 'notice' ? batchIn(firstBody + (title ?? '')) : undefined;
  // a program whose batches go by list year (the registry says which): 国家智慧城市2014年度试点
  const byYear = programs.some((id) => programEntry(id).batchesBy === 'year');
  const batchYear = byYear ? listYearOf(`${title ?? ''}\n${firstBody}`) : undefined;
  const fieldNumber = fields.number ? docNumbersIn(fields.number)[0] : undefined;
  const stated = countsOfParagraphs(paragraphs);
  // Place finding is the costly part: once per paragraph, for the places named and the designations.
  const mentions = paragraphs.map((p) => placeMentionsOf(p.text, doc.lang));
  const designations = designationsIn(paragraphs, doc.lang, stated, (i) => mentions[i]!);
  return {
    ...(title ? { title } : {}),
    docType,
    ...(documentKind ? { documentKind } : {}),
    issuers,
    bodiesNamed,
    ...(fields.indexNumber ? { indexNumber: fields.indexNumber } : {}),
    ...(fieldNumber ? { docNumber: fieldNumber } : ownDocNumber(paragraphs)),
    ...(fields.number && !fieldNumber ? { docNumberText: fields.number.replace(/\s+/g, '') } : {}),
    dates: {
      ...(signed ? { signed } : {}),
      ...(published ? { published } : {}),
      ...(event ? { event } : {}),
    },
    cites: citesOf(paragraphs),
    programs,
    otherPrograms: title ? otherProgramsIn(title) : [],
    ...(batch ? { batch } : {}),
    ...(batchYear ? { batchYear } : {}),
    places: placesOf(paragraphs, mentions),
    designations,
    counts: stated.map((c, k) => ({
      ...c,
      places: designations.filter((d) => d.count === k).map((d) => d.place.slug),
    })),
    statements: doc.lang === 'zh' ? statementsIn(paragraphs, published ? { published } : {}) : [],
    mentionedDates: [...new Set(paragraphs.flatMap((p) => allFullDatesIn(p.text)))].sort(),
  };
}

/** A title from the page's table, white space tidied; none when empty. */
function tidyTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/[\s\u3000]+/g, ' ').trim();
  return t ? t.replace(/(?<=[\u3400-\u9fff“”《》（）]) (?=[\u3400-\u9fff“”《》（）])/g, '') : undefined;
}

/** Title lines joined (a Chinese title broken over lines joins without a space). */
function titleOf(paragraphs: Paragraph[], lang: Document['lang']): string | undefined {
  const lines = paragraphs.filter((p) => p.role === 'title').map((p) => p.text);
  return lines.length === 0 ? undefined : lines.join(lang === 'zh' ? '' : ' ');
}

function docTypeOf(paragraphs: Paragraph[], title: string | undefined, section: string | undefined): DocType {
  if (section && /brief|简讯|快讯/i.test(section)) return 'news-brief';
  const signedAndDated = paragraphs.some((p) => p.role === 'date') && paragraphs.some((p) => p.role === 'signature');
  const addressed = paragraphs.some((p) => p.role === 'salutation');
  const numbered = paragraphs.some((p) => p.role === 'number');
  if (
    signedAndDated ||
    (title && isOfficialTitle(title) && (addressed || numbered)) ||
    (addressed && /通知|决定|意见|通报|批复|函$|Notice/i.test(title ?? '')) ||
    (addressed && !title)
  )
    return 'notice';
  return 'news-report';
}

/**
 * An official document's issuers, by the page's own 发文机关 field, else the
 * part of its title before 关于 (发文机关 + 关于 + 事由 + 文种), else its signature.
 */
function issuersOf(paragraphs: Paragraph[], title: string | undefined, field: string | undefined): Agency[] {
  const fromField = field ? agenciesIn(field) : [];
  if (fromField.length > 0) return fromField;
  const part = title ? issuerPartOf(title) : undefined;
  const fromTitle = part ? agenciesIn(part) : [];
  if (fromTitle.length > 0) return fromTitle;
  const signatures = paragraphs.filter((p) => p.role === 'signature').map((p) => p.text);
  return signatures.flatMap(agenciesIn);
}

/** The bodies a report's title and opening paragraph name (it reports what they did). */
function namedInOpening(paragraphs: Paragraph[]): Agency[] {
  const opening = [paragraphs.find((p) => p.role === 'body')];
  return agenciesIn(opening.map((p) => p?.text ?? '').join('\n'));
}

/**
 * A news dateline: `新华社武汉5月6日电（记者…）`, `本报北京3月5日电`, `本报讯（记者…）`,
 * `中央社記者台北8日電`. Its place is where the report was filed, not what it reports.
 */
const DATELINE =
  /^(?:[^，。,：:]{0,24}?(?:(\d{1,2})月)?(\d{1,2})日[电電]|本报讯|本報訊|[^，。,]{0,12}消息)\s*(?:[（(][^)）]{0,30}[)）])?\s*/;

/**
 * When a report happened: a date in its lead sentence (after any dateline):
 * full, month-day in the year its periodical issue or publication gives, or
 * day-only (`记者6日获悉`) in the month of its dateline or publication;
 * else the dateline's own date.
 */
function eventDateOf(
  paragraphs: Paragraph[],
  hints: Document['hints'],
  published: string | undefined,
): string | undefined {
  const opening = paragraphs.find((p) => p.role === 'body')?.text ?? '';
  const dateline = DATELINE.exec(opening);
  const lead = (dateline ? opening.slice(dateline[0].length) : opening).split(/[。！？]|\.\s+(?=[A-Z])/)[0] ?? '';
  const full = fullDateIn(lead);
  if (full) return full;
  const issueYear = hints.issue ? Number(/\d{4}/.exec(hints.issue)?.[0]) : undefined;
  const statedYear = Number(/\bin ((?:19|20)\d{2})\b/.exec(lead)?.[1]) || undefined;
  const year = issueYear ?? statedYear;
  const monthDay = monthDayIn(lead, year ? { year } : published ? { reference: published } : {});
  if (monthDay) return monthDay;
  if (!published) return undefined;
  const filed = dateline?.[2]
    ? dayIn(`${dateline[1] ? `${dateline[1]}月` : ''}${dateline[2]}日`, published)
    : undefined;
  return dayIn(lead, filed ?? published) ?? filed;
}

/** A day-only date (`6日`, or `5月6日`) resolved against a reference date on or after it. */
function dayIn(text: string, reference: string): string | undefined {
  const md = monthDayIn(text, { reference });
  if (md) return md;
  const m = /(?<![\d月年])(\d{1,2})日(?![电電])/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = reference.split('-').map(Number) as [number, number, number];
  const day = Number(m[1]);
  if (day < 1 || day > 31) return undefined;
  const [year, month] = day <= d ? [y, mo] : mo === 1 ? [y - 1, 12] : [y, mo - 1];
  return iso(year, month, day);
}

/** `国家智慧城市2014年度试点` → 2014; "selected as the national pilot smart cities in 2013" → 2013. */
function listYearOf(text: string): number | undefined {
  const m = /((?:19|20)\d{2})年度?试点|pilot smart cities in ((?:19|20)\d{2})/i.exec(text);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** A number standing alone as a paragraph under the title is the document's own. */
function ownDocNumber(paragraphs: Paragraph[]): { docNumber?: DocNumber } {
  const own = paragraphs.find((p) => p.role === 'number');
  const docNumber = own ? docNumbersIn(own.text)[0] : undefined;
  return docNumber ? { docNumber } : {};
}

/**
 * Documents cited: by number (with the 《title》 before it when given), and
 * by title alone. One entry per document, at its first citation.
 */
function citesOf(paragraphs: Paragraph[]): Citation[] {
  const cites: Citation[] = [];
  const seen = new Set<string>();
  paragraphs.forEach((p, i) => {
    if (p.role === 'title' || p.role === 'number') return;
    const numbered = docNumbersIn(p.text);
    for (const number of numbered) {
      if (seen.has(docKey(number))) continue;
      seen.add(docKey(number));
      const title = citedTitleBefore(p.text, number.start);
      if (title) seen.add(title);
      cites.push({ number, ...(title ? { title } : {}), paragraph: i });
    }
    for (const { title } of bookTitlesIn(p.text)) {
      if (seen.has(title)) continue;
      seen.add(title);
      cites.push({ title, paragraph: i });
    }
  });
  return cites;
}

/**
 * Places named in the text (signatures and contacts name bodies, not places, but 抄送 lists
 * cities); datelines, bylines and romanised document numbers name none (not-places.ts).
 */
function placesOf(paragraphs: Paragraph[], mentions: PlaceMention[][]): PlaceNamed[] {
  const byKey = new Map<string, PlaceNamed>();
  paragraphs.forEach((p, i) => {
    if (p.role === 'contact' || p.role === 'signature') return;
    for (const { place } of mentions[i]!) {
      const key = place.slug;
      const entry = byKey.get(key) ?? { place, paragraphs: [] };
      if (!entry.paragraphs.includes(i)) entry.paragraphs.push(i);
      byKey.set(key, entry);
    }
  });
  return [...byKey.values()];
}
