/**
 * Filling a page's citation templates (src/components/notice/CiteThis.astro): the URL stand-in
 * becomes the notice's URL (with #pN for a paragraph) and the paragraph stand-in its number.
 * Pure, so the page script and the tests share it.
 */

/** Must equal URL_TOKEN and PARA_TOKEN in src/lib/cite.ts (a test checks); repeated so the page script does not load that module. */
const URL_TOKEN = 'PPAURLTOKEN';
const PARA_TOKEN = 'PPAPARATOKEN';

/**
 * The notice's URL as cited: the publication address when the build has one, else the origin
 * the page is served from.
 *
 * @example
 *   citedUrl('', '/notices/x/', 'http://127.0.0.1:4518') // 'http://127.0.0.1:4518/notices/x/'
 *   citedUrl('https://ppa.org/', '/notices/x/', 'http://mirror') // 'https://ppa.org/notices/x/'
 */
export function citedUrl(site: string, path: string, origin: string): string {
  return new URL(path, site || origin).href;
}

/**
 * A citation from its template: whole notice, or the paragraph `pN`.
 *
 * @example
 *   fillCitation({ whole: 'PPAURLTOKEN.', para: 'para. PPAPARATOKEN. PPAURLTOKEN#pPPAPARATOKEN.' }, 'https://a/n/x/', 'p5')
 *   // 'para. 5. https://a/n/x/#p5.'
 */
export function fillCitation(templates: { whole: string; para: string }, url: string, anchor?: string): string {
  const text = anchor ? templates.para : templates.whole;
  return text
    .split(URL_TOKEN)
    .join(url)
    .split(PARA_TOKEN)
    .join(anchor ? anchor.slice(1) : '');
}

/** A `data:` URL holding a text file, for a download link that needs no script. */
export function dataUri(type: string | null, text: string): string {
  return `data:${type ?? 'text/plain'};charset=utf-8,${encodeURIComponent(text)}`;
}

export const TOKENS = { URL_TOKEN, PARA_TOKEN };
