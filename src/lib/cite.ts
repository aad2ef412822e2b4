import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Notice } from '../schemas/notice.ts';
import { sortDate } from './notices.ts';

// Keep Chinese as Chinese in BibTeX (biblatex and Zotero read UTF-8); the default would drop it.
plugins.config.get('@bibtex').format.asciiOnly = false;

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
  'title-short'?: string;
  author: Array<{ literal: string }>;
  issued?: { 'date-parts': number[][] };
  number?: string;
  'container-title'?: string;
  publisher?: string;
  language: string;
  archive: string;
  archive_location: string;
  URL: string;
  note?: string;
  'citation-key': string;
}

/** The date a notice is cited by: signed, else the event reported, else published. */
export function citedDate(n: Pick<Citable, 'dates'>): string | undefined {
  return sortDate(n) || undefined;
}

function original(n: Citable) {
  return n.sources.find((s) => s.role === 'original') ?? n.sources[0]!;
}

/**
 * The notice as a CSL-JSON item. A notice's authors are its issuing bodies
 * (institutional names, `literal`); a news item's author is its publisher.
 * The title is in the source's language; the other language's title goes
 * to `note`, since CSL has no field for a translated title.
 */
export function cslItem(n: Citable, url: string): CslItem {
  const src = original(n);
  const zhFirst = src.lang === 'zh';
  const title = (zhFirst ? (n.title.zh ?? n.title.en) : (n.title.en ?? n.title.zh)) ?? n.id;
  const other = zhFirst ? n.title.en : n.title.zh;
  const date = citedDate(n);
  const isNews = n.docType === 'news-report' || n.docType === 'news-brief';
  const authors =
    isNews || n.issuers.length === 0 ? (src.publisher ? [src.publisher] : []) : n.issuers.map((a) => a.zh);
  return {
    id: n.id,
    type: isNews ? 'article-newspaper' : 'document',
    title,
    author: authors.map((literal) => ({ literal })),
    ...(date ? { issued: { 'date-parts': [date.split('-').map(Number)] } } : {}),
    ...(n.docNumber ? { number: n.docNumber } : {}),
    ...(isNews && src.publisher
      ? { 'container-title': src.issue ? `${src.publisher} ${src.issue}` : src.publisher }
      : {}),
    language: src.lang === 'zh' ? 'zh-CN' : 'en',
    archive: ARCHIVE,
    archive_location: url.slice(url.indexOf('/notices/')),
    URL: url,
    ...(other || n.docNumber
      ? {
          note: [
            n.docNumber ? `Document number: ${n.docNumber}` : '',
            other ? `${zhFirst ? 'English' : 'Chinese'} title: ${other}` : '',
          ]
            .filter(Boolean)
            .join('; '),
        }
      : {}),
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
 * A plain-text citation (author-date, Chicago-like), both titles when held.
 *
 * @example
 *   住房和城乡建设部, 工业和信息化部. 2021. 住房和城乡建设部 工业和信息化部关于确定…的通知 [Notice …]. 建城函〔2021〕114号. 1 December 2021. Pilot Policy Archive (试点政策文库). https://…/notices/2021-12-01-2a6f7b46/#p5.
 */
export function plainCitation(n: Citable, url: string): string {
  const item = cslItem(n, url);
  const date = citedDate(n);
  const zhFirst = original(n).lang === 'zh';
  const translated = zhFirst ? n.title.en : n.title.zh;
  const parts = [
    item.author.map((a) => a.literal).join(', ') || ARCHIVE,
    date ? date.slice(0, 4) : 'n.d.',
    translated ? `${item.title} [${translated}]` : item.title,
    item['container-title'],
    n.docNumber ?? undefined,
    date ? longDate(date) : undefined,
    ARCHIVE,
    url,
  ];
  return `${parts.filter(Boolean).join('. ')}.`.replace(/\.\./g, '.');
}

/** BibTeX (`@misc`, UTF-8), from the CSL item by citation-js. */
export function bibtex(item: CslItem): string {
  return new Cite([item]).format('bibtex', { format: 'text' }).trim();
}

/** RIS, from the CSL item by citation-js. */
export function ris(item: CslItem): string {
  return new Cite([item]).format('ris', { format: 'text' }).trim();
}

/** CSL-JSON as Zotero imports it: an array of items. */
export function cslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2);
}
