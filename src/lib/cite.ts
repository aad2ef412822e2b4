import type { Notice } from '../schemas/notice.ts';
import { sortDate } from './notices.ts';

/**
 * Citations of a notice or one of its paragraphs, in plain text, BibTeX, RIS and CSL-JSON, all
 * from one CSL item. BibTeX and RIS are written here, not by citation-js: its BibTeX gave
 * `month = {dec 1}` (not a BibTeX month) and its RIS wrapped long values onto lines without a
 * tag, which RIS readers drop. Tests read each format with a real parser
 * (test/e2e/reader-cites-a-notice-and-a-paragraph.test.ts).
 */

export type Citable = Pick<
  Notice,
  'id' | 'title' | 'docType' | 'docNumber' | 'issuers' | 'dates' | 'sources' | 'languages'
>;

/** The archive's name as it appears in citations. */
export const ARCHIVE = 'Pilot Policy Archive (试点政策文库)';

/** A CSL-JSON item (the citation data model Zotero and citeproc read). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: Array<{ literal: string }>;
  issued?: { 'date-parts': number[][] };
  number?: string;
  genre?: string;
  'container-title'?: string;
  'collection-number'?: string;
  publisher?: string;
  language: string;
  archive: string;
  archive_location: string;
  URL: string;
  accessed?: { 'date-parts': number[][] };
  note?: string;
  'citation-key': string;
}

/** The date a notice is cited by: signed, else the event reported, else published. */
export function citedDate(n: Pick<Citable, 'dates'>): string | undefined {
  return sortDate(n) || undefined;
}

/** The source a notice's text comes from: its original. */
export function originalSource(n: Pick<Citable, 'sources'>) {
  return n.sources.find((s) => s.role === 'original') ?? n.sources[0]!;
}

/** True for news items: they have a publisher, not issuing bodies (the bodies they mention issued nothing). */
export function isNews(n: Pick<Citable, 'docType'>): boolean {
  return n.docType === 'news-report' || n.docType === 'news-brief';
}

/** The paragraph number of an anchor: `p5` → `5`. */
const paraNumber = (anchor: string) => anchor.replace(/^p/, '');

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * The notice (or, with `anchor`, one paragraph) as a CSL-JSON item. A notice's authors are its
 * issuing bodies (institutional names, `literal`); a news item has no author the archive knows,
 * and its publisher is the container. The title is in the source's language; the other
 * language's title goes to `note`, as CSL has no field for a translated title.
 *
 * @param url the notice's URL (absolute in a publication build, site-relative in a local one)
 */
export function cslItem(n: Citable, url: string, anchor?: string): CslItem {
  const src = originalSource(n);
  const zhFirst = src.lang === 'zh';
  const title = (zhFirst ? (n.title.zh ?? n.title.en) : (n.title.en ?? n.title.zh)) ?? n.id;
  const other = zhFirst ? n.title.en : n.title.zh;
  const date = citedDate(n);
  const news = isNews(n);
  const authors = news ? [] : n.issuers.map((a) => a.zh);
  const note = [
    n.docNumber ? `Document number (文号): ${n.docNumber}` : '',
    other ? `${zhFirst ? 'English' : 'Chinese'} title: ${other}` : '',
    anchor ? `para. ${paraNumber(anchor)}` : '',
  ].filter(Boolean);
  return {
    id: n.id,
    type: news ? 'article-newspaper' : 'document',
    title,
    ...(authors.length ? { author: authors.map((literal) => ({ literal })) } : {}),
    ...(date ? { issued: dateParts(date) } : {}),
    ...(n.docNumber ? { number: n.docNumber } : {}),
    ...(!news ? { genre: n.docType === 'notice' ? 'Notice (通知)' : 'Document' } : {}),
    ...(news && src.publisher ? { 'container-title': src.publisher } : {}),
    ...(news && src.issue ? { 'collection-number': src.issue } : {}),
    ...(!news && src.publisher ? { publisher: src.publisher } : {}),
    language: src.lang === 'zh' ? 'zh-CN' : 'en',
    archive: ARCHIVE,
    archive_location: anchor ? `${n.id}, para. ${paraNumber(anchor)}` : n.id,
    URL: anchor ? `${url}#${anchor}` : url,
    ...(note.length ? { note: note.join('; ') } : {}),
    'citation-key': n.id.replace(/[^a-z0-9]/g, ''),
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2021-12-01` → `1 December 2021`; partial dates stay partial. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

/**
 * A plain-text citation (author-date, Chicago-like): issuers (a news item: its title first),
 * year, both titles when held, 文号, date, the publisher of the copy held, the archive with the
 * paragraph, the URL.
 *
 * @example
 *   住房和城乡建设部, 工业和信息化部. 2021. 住房和城乡建设部 工业和信息化部关于…的通知 [Notice …]. 建城函〔2021〕114号. 1 December 2021. Copy published by 新浪财经. Pilot Policy Archive (试点政策文库), para. 5. https://…/notices/2021-12-01-b8128631/#p5.
 */
export function plainCitation(n: Citable, url: string, anchor?: string): string {
  const item = cslItem(n, url, anchor);
  const date = citedDate(n);
  const src = originalSource(n);
  const zhFirst = src.lang === 'zh';
  const translated = zhFirst ? n.title.en : n.title.zh;
  const title = translated ? `${item.title} [${translated}]` : item.title;
  const year = date ? date.slice(0, 4) : 'n.d.';
  const head = item.author ? [item.author.map((a) => a.literal).join(', '), year, title] : [title, year];
  const parts = [
    ...head,
    item['container-title'] ? [item['container-title'], src.issue].filter(Boolean).join(' ') : undefined,
    n.docNumber ? `${n.docNumber}` : undefined,
    date ? longDate(date) : undefined,
    !isNews(n) && src.publisher ? `Copy published by ${src.publisher}` : undefined,
    anchor ? `${ARCHIVE}, para. ${paraNumber(anchor)}` : ARCHIVE,
    item.URL,
  ];
  return `${parts.filter(Boolean).join('. ')}.`.replace(/([.?!])\./g, '$1');
}

/** Escapes BibTeX's special characters in a field value (not in `url`, which is verbatim). */
function bibEscape(text: string): string {
  return text.replace(/[\\{}%&#_$^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  );
}

const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * BibTeX, UTF-8 (biblatex and Zotero read it): `@misc` for a document, `@article` for a news
 * item in its publication. Institutional authors are braced so they are never split into
 * given and family names; `month` is a BibTeX month macro and the full date goes to biblatex's
 * `date`.
 */
export function bibtex(item: CslItem): string {
  const [y, m] = item.issued?.['date-parts'][0] ?? [];
  const isoDate = item.issued?.['date-parts'][0]?.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('-');
  const fields: Array<[string, string | undefined]> = [
    ['author', item.author?.map((a) => `{${bibEscape(a.literal)}}`).join(' and ')],
    ['title', `{${bibEscape(item.title)}}`],
    ['journal', item['container-title'] && bibEscape(item['container-title'])],
    [
      'number',
      (item['collection-number'] ?? item.number) ? bibEscape((item['collection-number'] ?? item.number)!) : undefined,
    ],
    ['type', item.genre && bibEscape(item.genre)],
    ['publisher', item.publisher && bibEscape(item.publisher)],
    ['year', y ? String(y) : undefined],
    ['month', m ? BIB_MONTHS[m - 1] : undefined],
    ['date', isoDate],
    ['language', item.language],
    ['url', item.URL],
    ['note', item.note && bibEscape(`${item.note}; ${item.archive}, ${item.archive_location}`)],
  ];
  const type = item.type === 'article-newspaper' ? 'article' : 'misc';
  const body = fields
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`))
    .join(',\n');
  return `@${type}{${item['citation-key']},\n${body}\n}`;
}

/**
 * RIS: one `TAG  - value` line per value, never wrapped (RIS readers take a line without a tag
 * as garbage); line breaks inside a value become spaces.
 */
export function ris(item: CslItem): string {
  const one = (v: string) => v.replace(/\s*[\r\n]+\s*/g, ' ');
  const date = item.issued?.['date-parts'][0];
  const lines: Array<[string, string | undefined]> = [
    ['TY', item.type === 'article-newspaper' ? 'NEWS' : 'GOVDOC'],
    ['TI', item.title],
    ...(item.author ?? []).map((a): [string, string] => ['AU', a.literal]),
    ['PY', date ? String(date[0]) : undefined],
    [
      'DA',
      date
        ? `${date[0]}/${date[1] ? String(date[1]).padStart(2, '0') : ''}/${date[2] ? String(date[2]).padStart(2, '0') : ''}/`
        : undefined,
    ],
    ['T2', item['container-title']],
    ['IS', item['collection-number']],
    ['M1', item.number],
    ['M3', item.genre],
    ['PB', item.publisher],
    ['LA', item.language],
    ['DB', item.archive],
    ['AN', item.archive_location],
    ['UR', item.URL],
    ['N1', item.note],
    ['ID', item['citation-key']],
  ];
  return [
    ...lines.filter((l): l is [string, string] => Boolean(l[1])).map(([t, v]) => `${t}  - ${one(v)}`),
    'ER  - ',
  ].join('\n');
}

/** CSL-JSON as Zotero imports it: an array of items. */
export function cslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2);
}

/** The four formats, by id, for one notice or paragraph. */
export function citations(
  n: Citable,
  url: string,
  anchor?: string,
): Record<'plain' | 'bibtex' | 'ris' | 'csl', string> {
  const item = cslItem(n, url, anchor);
  return { plain: plainCitation(n, url, anchor), bibtex: bibtex(item), ris: ris(item), csl: cslJson(item) };
}

/**
 * Stand-ins a page's citation templates hold for the URL and the paragraph number, replaced by
 * the page script (src/scripts/cite-template.ts). Letters only, so no format escapes them.
 */
export const URL_TOKEN = 'PPAURLTOKEN';
export const PARA_TOKEN = 'PPAPARATOKEN';

/**
 * The citation meta tags reference managers read from a page (Highwire Press `citation_*`, as
 * Google Scholar and Zotero's embedded-metadata translator read them).
 */
export function citationMeta(n: Citable, url: string, anchor?: string): Array<[string, string]> {
  const item = cslItem(n, url, anchor);
  const date = item.issued?.['date-parts'][0];
  const meta: Array<[string, string | undefined]> = [
    ['citation_title', item.title],
    ...(item.author ?? []).map((a): [string, string] => ['citation_author', a.literal]),
    ['citation_date', date?.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('/')],
    ['citation_publisher', item.publisher],
    ['citation_journal_title', item['container-title']],
    ['citation_issue', item['collection-number']],
    ['citation_technical_report_number', item.number],
    ['citation_language', item.language],
    ['citation_public_url', item.URL],
    ['citation_abstract_html_url', item.URL],
  ];
  return meta.filter((m): m is [string, string] => Boolean(m[1]));
}

/** A notice page's citation meta tags: its absolute URL in a publication build, its path in a local one (the page script completes it). */
export function noticeCitationMeta(n: Citable, site: URL | string | undefined): Array<[string, string]> {
  const path = `/notices/${n.id}/`;
  return citationMeta(n, site ? new URL(path, site).href : path);
}
