/**
 * The search page: runs the query in the URL (?q=, and filters) against the
 * Pagefind index and renders results. Loaded only on /search/; Pagefind and
 * the traditional→simplified converter are fetched only when a query runs.
 */
import { hasHan, parseQuery } from '../lib/search/query.ts';
import { containsAll, rowOfFirstHit } from '../lib/search/verify.ts';

/** Filters a reader can set, kept in the URL under these names. */
export const FILTERS = ['program', 'year', 'type', 'languages'] as const;

interface PagefindResult {
  data: () => Promise<{
    url: string;
    content: string;
    excerpt: string;
    meta: Record<string, string>;
    anchors: Array<{ element: string; id: string; text: string; location: number }>;
    /** Word positions of the matches, in the same numbering as anchors' locations. */
    locations: number[];
  }>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A runtime path: the index is written after the site is built, so the bundler must not resolve it.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 40 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/**
 * Traditional → simplified, so 試點 finds 试点. The converter (105 KB) loads
 * only for a query holding a character it would change; a simplified query
 * costs a 12 KB character list, an English one nothing.
 */
async function simplified(query: string): Promise<string> {
  if (!hasHan(query)) return query;
  const { hasTraditional } = await import('../lib/search/traditional.ts');
  if (!hasTraditional(query)) return query;
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 't', to: 'cn' })(query);
}

export interface Hit {
  url: string;
  anchor: string;
  titleZh?: string;
  titleEn?: string;
  date?: string;
  program?: string;
  excerpt: string;
}

/** How many real hits a search collects, and how many loose candidates it checks at most. */
const ENOUGH = 20;
const LOOSE_CANDIDATES = 30;

/**
 * Pagefind's candidates, kept only where the notice really contains every
 * term; each linked to its paragraph. Quoted phrases first; when they find
 * few, the unquoted query too, checking a bounded number of its candidates.
 * `onHit` gets each hit as it is found, in rank order, so the first result
 * shows as soon as it is checked, not once its batch of ten is.
 */
export async function search(
  query: string,
  filters: Record<string, string[]>,
  onHit: (hit: Hit) => void = () => {},
): Promise<Hit[]> {
  // Pagefind starts loading while the query is read (the converter, when needed, loads meanwhile).
  const loading = loadPagefind();
  const parsed = parseQuery(await simplified(query));
  if (parsed.terms.length === 0) return [];
  const pf = await loading;
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const attempts = [{ q: parsed.pagefind, limit: Infinity }];
  if (parsed.loose !== parsed.pagefind) attempts.push({ q: parsed.loose, limit: LOOSE_CANDIDATES });
  for (const attempt of attempts) {
    if (hits.length >= 10) break;
    const { results } = await pf.search(attempt.q, { filters });
    const candidates = results.slice(0, Math.min(results.length, attempt.limit));
    // Candidates are fetched ten at a time and checked in rank order until enough real hits are found;
    // each hit shows as soon as it and every candidate ranked above it are checked.
    for (let i = 0; i < candidates.length && hits.length < ENOUGH; i += 10) {
      const batch = candidates.slice(i, i + 10).map((r) => r.data());
      // A failure still surfaces where its candidate is awaited; this only keeps the later ones from
      // being reported as unhandled while an earlier one is checked.
      for (const pending of batch) pending.catch(() => {});
      for (const pending of batch) {
        const d = await pending;
        if (seen.has(d.url)) continue;
        seen.add(d.url);
        const text = `${d.meta.title_zh ?? ''}\n${d.meta.title_en ?? ''}\n${d.content}`;
        if (!containsAll(text, parsed.terms)) continue;
        const hit: Hit = {
          url: d.url,
          anchor: rowOfFirstHit(d.anchors, d.locations),
          ...(d.meta.title_zh ? { titleZh: d.meta.title_zh } : {}),
          ...(d.meta.title_en ? { titleEn: d.meta.title_en } : {}),
          ...(d.meta.date ? { date: d.meta.date } : {}),
          ...(d.meta.program ? { program: d.meta.program } : {}),
          excerpt: d.excerpt,
        };
        hits.push(hit);
        onHit(hit);
      }
    }
  }
  return hits;
}

/** Renders Pagefind's excerpt as text with <mark>s only: nothing else of it can become markup. */
function excerptNode(doc: Document, excerpt: string): DocumentFragment {
  const out = doc.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body;
  parsed.querySelectorAll('p').forEach((p) =>
    p.childNodes.forEach((node) => {
      if (node.nodeName === 'MARK') {
        const mark = doc.createElement('mark');
        mark.textContent = node.textContent;
        out.append(mark);
      } else out.append(doc.createTextNode(node.textContent ?? ''));
    }),
  );
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(doc.createElement(tag), props);
  node.append(...children);
  return node;
}

export async function runSearchPage(doc: Document): Promise<void> {
  const params = new URLSearchParams(location.search);
  const query = params.get('q')?.trim() ?? '';
  const status = doc.getElementById('search-status')!;
  const list = doc.getElementById('search-results')!;
  const input = doc.querySelector<HTMLInputElement>('#search-page-q');
  if (input) input.value = query;
  for (const name of FILTERS) {
    const select = doc.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (select) select.value = params.get(name) ?? '';
  }
  if (!query) return;
  status.textContent = status.dataset.searching ?? '…';
  const filters: Record<string, string[]> = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = [value];
  }
  // While the search runs, the offline copy waits (scripts/offline.ts): the reader's results come first.
  doc.body.dataset.searchPending = 'true';
  // Each hit is added as it is found; the list is never rebuilt.
  list.replaceChildren();
  let hits: Hit[];
  try {
    hits = await search(query, filters, (hit) => list.append(hitItem(doc, hit)));
  } finally {
    delete doc.body.dataset.searchPending;
  }
  status.textContent =
    hits.length === 0
      ? (status.dataset.none ?? '0')
      : (status.dataset.count ?? '{n}').replaceAll('{n}', String(hits.length));
  doc.body.dataset.searchDone = 'true';
}

/** One result: both titles linking to the paragraph of the first hit, date, program, paragraph number, excerpt. */
function hitItem(doc: Document, h: Hit): HTMLLIElement {
  return el(
    doc,
    'li',
    { className: 'hit' },
    el(
      doc,
      'a',
      { href: `${h.url}#${h.anchor}`, className: 'hit-titles' },
      ...(h.titleZh ? [el(doc, 'span', { lang: 'zh-Hans' }, h.titleZh)] : []),
      ...(h.titleEn ? [el(doc, 'span', { lang: 'en' }, h.titleEn)] : []),
    ),
    el(doc, 'p', { className: 'hit-meta' }, [h.date, h.program, `¶${h.anchor.slice(1)}`].filter(Boolean).join(' · ')),
    el(doc, 'p', { className: 'hit-excerpt' }, excerptNode(doc, h.excerpt)),
  );
}
