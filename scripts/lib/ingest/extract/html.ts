import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Block, Removal, SourceHints } from '../types.ts';
import { isLink, mainElements } from './main-content.ts';
import { infoLine, leafLines, readFieldTables, type InfoLine } from './page-fields.ts';

/**
 * Elements that never hold a notice's text. Their content is dropped whole;
 * images and media are recorded so the source view can say they were removed.
 */
const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'link',
  'meta',
  'head',
  'form',
  'button',
  'input',
  'select',
  'textarea',
]);

/** Landmarks of site chrome (HTML spec sectioning elements that wrap navigation, not content). */
// <header> is not here: inside an <article> it holds the headline.
const CHROME_ELEMENTS = new Set(['nav', 'footer', 'aside']);

/**
 * Class or id words that mark chrome on real news sites; each was seen on a
 * republished notice (share bars, QR promos, editor credits, breadcrumbs).
 */
const CHROME_CLASS =
  /(?:^|[\s_-])(?:share|social|breadcrumb|crumb|nav|menu|footer|sidebar|related|recommend|comment|appendQr|qrcode|qr|article-editor|copyright|ad|ads|advert|banner|toolbar|pager|pagination)s?(?:$|[\s_-])/i;

/** Elements whose text is one block (HTML's paragraph-level content). */
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'td',
  'th',
  'caption',
  'figcaption',
  'address',
]);
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'html',
  'center',
  'table',
  'tbody',
  'thead',
  'tr',
  'ul',
  'ol',
  'dl',
  'figure',
  'span',
  'font',
]);

export interface HtmlText {
  blocks: Block[];
  removed: Removal[];
  hints: SourceHints;
}

/**
 * Main text of an HTML document or fragment as blocks, with what was removed.
 * Parsing uses a spec-compliant HTML parser (parse5 via hast), never regexes.
 *
 * @example
 *   htmlToBlocks('<p style="text-align:center"><strong>通知</strong></p>').blocks
 *   // [{ text: '通知', align: 'center', strong: true }]
 */
export function htmlToBlocks(html: string, opts: { fragment: boolean }): HtmlText {
  const tree = fromHtml(html, { fragment: opts.fragment });
  const removed: Removal[] = [];
  const hints = opts.fragment ? {} : pageHints(tree);
  // the page's own metadata table: read into fields, then out of the tree
  const table = readFieldTables(tree);
  for (const block of table.blocks) {
    removed.push({ rule: 'page-metadata', text: toText(block).replace(/\s+/g, ' ').trim().slice(0, 200) });
  }
  detach(tree, new Set(table.blocks));
  const found = mainElements(tree, (e) => CHROME_ELEMENTS.has(e.tagName) || isChrome(e));
  const main: Array<Element | Root> = found.length > 0 ? found : [opts.fragment ? tree : mainContent(tree)];
  const info = pageInfoLine(tree, main);
  if (main[0] !== tree) recordOutside(tree, new Set(main), removed);
  const blocks: Block[] = [];
  for (const m of main) walk(m.type === 'root' ? (m.children as RootContent[]) : [m], blocks, removed);
  // the headline often stands above the article's container: it leads the blocks, marked as the page's heading
  const headline = headlineOutside(tree, main);
  if (headline && headline !== blocks[0]?.text.trim()) blocks.unshift({ text: headline, heading: true });
  const fields = Object.keys(table.fields).length > 0 ? { fields: table.fields } : {};
  return { blocks, removed, hints: { ...info, ...hints, ...fields } };
}

const TITLE_CLASS = /(?:^|[\s_-])(?:title|headline|tit|biaoti|h-title|article-title|detail-title)(?:$|[\s_\d-])/i;

/**
 * The page's headline when it lies outside the main text: the first heading
 * (h1–h3, or an element whose class names a title) whose words the page's
 * <title> repeats, else the page's only <h1>. Lines broken by <br> are joined.
 */
function headlineOutside(tree: Root, main: Array<Element | Root>): string | undefined {
  if (main[0] === tree) return undefined;
  const titleEl = select('title', tree);
  const pageTitle = titleEl ? toText(titleEl).replace(/[\s\u3000]/g, '') : '';
  const inside = new Set<Element | Root>(main);
  const candidates: Element[] = [];
  const h1s: Element[] = [];
  const visit = (node: Element | Root, within: boolean) => {
    for (const c of node.children) {
      if (c.type !== 'element' || NEVER_TEXT.has(c.tagName)) continue;
      const isIn = within || inside.has(c);
      const cls = [c.properties.className, c.properties.id].flat().filter(Boolean).join(' ');
      if (/^h[1-3]$/.test(c.tagName) || TITLE_CLASS.test(cls)) {
        if (isIn) return;
        candidates.push(c);
        if (c.tagName === 'h1') h1s.push(c);
      }
      visit(c, isIn);
    }
  };
  visit(tree, false);
  const textOf = (e: Element) =>
    toText(e)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .reduce(
        (a, l) =>
          /[\u3000-\u9fff\uff00-\uffef]$/.test(a) && /^[\u3000-\u9fff\uff00-\uffef]/.test(l)
            ? a + l
            : a
              ? `${a} ${l}`
              : l,
        '',
      );
  const fits = (t: string) => t.length >= 4 && t.length <= 120 && !/[。；;]/.test(t);
  for (const c of candidates) {
    const t = textOf(c);
    if (fits(t) && pageTitle.includes(t.replace(/[\s\u3000]/g, ''))) return t;
  }
  const only = h1s.length === 1 ? textOf(h1s[0]!) : undefined;
  return only && fits(only) ? only : undefined;
}

/** Removes the given elements from the tree (the parsed copy is the extractor's own). */
function detach(node: Element | Root, gone: Set<Element>): void {
  if (gone.size === 0) return;
  node.children = node.children.filter((c) => !(c.type === 'element' && gone.has(c))) as typeof node.children;
  for (const c of node.children) if (c.type === 'element') detach(c, gone);
}

/**
 * A news page's info line (date, source, author): the last one above the
 * main text, else the first inside or after it. It may sit outside the
 * main text (under the headline), so the whole page is read.
 */
function pageInfoLine(tree: Root, main: Array<Element | Root>): SourceHints {
  const inside = new Set<Element>();
  const mark = (n: Element | Root) => {
    if (n.type === 'element') inside.add(n);
    for (const c of n.children) if (c.type === 'element') mark(c);
  };
  for (const m of main) if (m !== tree) mark(m);
  let above: InfoLine | undefined;
  let below: InfoLine | undefined;
  let reachedMain = inside.size === 0;
  for (const { node, text } of leafLines(tree)) {
    reachedMain ||= inside.has(node);
    const info = infoLine(text);
    if (!info?.published) continue;
    if (!reachedMain) above = info;
    else {
      below = info;
      break;
    }
  }
  const info = above ?? below;
  if (!info) return {};
  return {
    ...(info.published ? { published: info.published } : {}),
    ...(info.publisher ? { via: info.publisher } : {}),
    ...(info.author ? { author: info.author } : {}),
  };
}

function walk(nodes: RootContent[], blocks: Block[], removed: Removal[]): void {
  let inline: ElementContent[] = [];
  const flushInline = () => {
    pushBlock({ type: 'element', tagName: 'div', properties: {}, children: inline }, blocks);
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === 'comment' || node.type === 'doctype') continue;
    if (node.type === 'text') {
      inline.push(node);
      continue;
    }
    if (node.type !== 'element') continue;
    const name = node.tagName;
    if (NEVER_TEXT.has(name) || CHROME_ELEMENTS.has(name) || isChrome(node)) {
      flushInline();
      recordRemoval(node, removed);
      continue;
    }
    if (name === 'br') {
      flushInline();
      continue;
    }
    if (BLOCKS.has(name) && !hasBlockChild(node)) {
      flushInline();
      pushBlock(node, blocks, removed);
    } else if ((CONTAINERS.has(name) || BLOCKS.has(name)) && hasBlockChild(node)) {
      flushInline();
      walk(node.children as RootContent[], blocks, removed);
    } else if (CONTAINERS.has(name) || BLOCKS.has(name)) {
      flushInline();
      pushBlock(node, blocks, removed);
    } else {
      inline.push(node);
    }
  }
  flushInline();
}

function pushBlock(node: Element, blocks: Block[], removed: Removal[] = []): void {
  for (const img of imagesIn(node)) recordRemoval(img, removed);
  const pruned = prune(node);
  const align = alignOf(node);
  const strong = isAllStrong(pruned);
  // innerText semantics (hast-util-to-text): <br> becomes a line break, which splits the block.
  for (const marked of toText(markLinks(pruned)).split('\n')) {
    const line = marked.replace(LINK_MARKS, '');
    if (line.replace(/[\s\u3000]/g, '') === '') continue;
    // A line that is mostly link text is a list of links (related articles, menus), not the text; an 附件 line stays.
    // A bulleted line (· title (date)) is a list entry as soon as its title is a link.
    const share = linkShare(marked);
    const listed = /^\s*[·•▪◆■]/.test(line) && share >= 0.35;
    // Prose with links in it (citations, names) ends a sentence or has clauses outside its links.
    const prose = /[。.!?！？]\s*$/.test(line) || (unlinked(marked).match(/[，。；,;]/g)?.length ?? 0) >= 2;
    if ((share > 0.6 || listed) && !prose && !/^\s*(?:附件|Attachment|Annex)/i.test(line)) {
      removed.push({ rule: 'link-list', text: line.replace(/\s+/g, ' ').trim().slice(0, 200) });
      continue;
    }
    blocks.push({ text: line, ...(align ? { align } : {}), ...(strong ? { strong: true } : {}) });
  }
}

/** Noncharacters (never in a text) that bracket link text while a block is read, so each line knows its link share. */
const LINK_OPEN = '\ufdd0';
const LINK_CLOSE = '\ufdd1';
const LINK_MARKS = /[\ufdd0\ufdd1]/g;

/** A copy of an element whose link texts are bracketed by LINK_OPEN … LINK_CLOSE. */
function markLinks(node: Element, inLink = false): Element {
  const here = inLink || isLink(node);
  return {
    ...node,
    children: node.children.map((c) =>
      c.type === 'text' && here && c.value.trim() !== ''
        ? { ...c, value: `${LINK_OPEN}${c.value}${LINK_CLOSE}` }
        : c.type === 'element'
          ? markLinks(c, here)
          : c,
    ),
  };
}

/** The text of a marked line outside its links. */
function unlinked(marked: string): string {
  return marked.replace(/\ufdd0[^\ufdd1]*\ufdd1?/g, '');
}

/** Share of a marked line's visible characters that sit inside links. */
function linkShare(marked: string): number {
  let inLink = false;
  let link = 0;
  let all = 0;
  for (const ch of marked) {
    if (ch === LINK_OPEN) inLink = true;
    else if (ch === LINK_CLOSE) inLink = false;
    else if (!/[\s\u3000\u00a0]/.test(ch)) {
      all++;
      if (inLink) link++;
    }
  }
  return all === 0 ? 0 : link / all;
}

/** A copy of an element without the never-text and chrome descendants. */
function prune(node: Element): Element {
  const children = node.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    if (NEVER_TEXT.has(child.tagName) || CHROME_ELEMENTS.has(child.tagName) || isChrome(child)) return [];
    return [prune(child)];
  });
  return { ...node, children };
}

function hasBlockChild(node: Element): boolean {
  return node.children.some(
    (c) =>
      c.type === 'element' &&
      (BLOCKS.has(c.tagName) ||
        (CONTAINERS.has(c.tagName) && c.tagName !== 'span' && c.tagName !== 'font') ||
        hasBlockChild(c)),
  );
}

export function isChrome(node: Element): boolean {
  const cls = node.properties.className;
  const words = [
    Array.isArray(cls) ? cls.join(' ') : String(cls ?? ''),
    String(node.properties.id ?? ''),
    String(node.properties.role ?? ''),
  ];
  if (node.properties.role === 'navigation' || node.properties.role === 'contentinfo') return true;
  return words.some((w) => w !== '' && CHROME_CLASS.test(w));
}

function imagesIn(node: Element): Element[] {
  const found: Element[] = [];
  const visit = (n: ElementContent) => {
    if (n.type !== 'element') return;
    if (n.tagName === 'img') found.push(n);
    n.children.forEach(visit);
  };
  node.children.forEach(visit);
  return found;
}

function recordRemoval(node: Element, removed: Removal[]): void {
  const rule = ['img', 'picture', 'svg', 'video', 'audio'].includes(node.tagName)
    ? 'media'
    : ['script', 'noscript', 'template'].includes(node.tagName)
      ? 'script'
      : node.tagName === 'style' || node.tagName === 'link'
        ? 'style'
        : node.tagName === 'iframe' || node.tagName === 'frame' || node.tagName === 'object' || node.tagName === 'embed'
          ? 'embedded-frame'
          : 'site-chrome';
  const src = node.properties.src ?? node.properties.href;
  const text = src ? `<${node.tagName} ${String(src)}>` : toText(node).replace(/\s+/g, ' ').trim();
  if (text !== '' || rule !== 'site-chrome') removed.push({ rule, text: text.slice(0, 200) || `<${node.tagName}>` });
}

/**
 * On a full page, what lies outside the article is chrome: record its
 * scripts, styles, frames and images one by one, and its text as site chrome.
 */
function recordOutside(tree: Root, main: Set<Element | Root>, removed: Removal[]): void {
  const visit = (node: RootContent | Root) => {
    if (main.has(node as Element) || (node.type !== 'element' && node.type !== 'root')) return;
    if (node.type === 'element' && NEVER_TEXT.has(node.tagName) && node.tagName !== 'head')
      return recordRemoval(node, removed);
    if (node.type === 'element' && node.tagName === 'title') return;
    if (
      node.type === 'element' &&
      !CONTAINERS.has(node.tagName) &&
      node.tagName !== 'head' &&
      node.tagName !== 'header'
    ) {
      if (node.children.some((c) => c.type === 'element' && NEVER_TEXT.has(c.tagName))) node.children.forEach(visit);
      const text = toText(prune(node)).replace(/\s+/g, ' ').trim();
      if (text !== '') removed.push({ rule: 'site-chrome', text: text.slice(0, 200) });
      return;
    }
    node.children.forEach(visit);
  };
  visit(tree);
}

function alignOf(node: Element): Block['align'] | undefined {
  const style = String(node.properties.style ?? '');
  const align = /text-align\s*:\s*(center|right)/i.exec(style)?.[1] ?? node.properties.align;
  return align === 'center' || align === 'right' ? align : undefined;
}

/** True when every non-blank text of the block sits inside <strong>/<b>: a bold title line. */
function isAllStrong(node: Element): boolean {
  let plain = false;
  const visit = (n: ElementContent, bold: boolean) => {
    if (n.type === 'text' && n.value.replace(/[\s\u3000]/g, '') !== '' && !bold) plain = true;
    if (n.type === 'element') n.children.forEach((c) => visit(c, bold || n.tagName === 'strong' || n.tagName === 'b'));
  };
  node.children.forEach((c) => visit(c, false));
  return !plain && toText(node).trim() !== '';
}

/** The element holding the article on a full page: <article>, <main>, role=main, or the body. */
function mainContent(tree: Root): Root | Element {
  return (
    select('article', tree) ??
    select('main', tree) ??
    select('[role=main]', tree) ??
    select('#content, .content, #article, .article, .article-content, #artibody, .TRS_Editor', tree) ??
    select('body', tree) ??
    tree
  );
}

/** Publisher, date, URL and headline a full page states in its <head>. */
function pageHints(tree: Root): SourceHints {
  const meta = (key: string) => {
    const el = select(`meta[property="${key}"], meta[name="${key}"]`, tree);
    const content = el?.properties.content;
    return typeof content === 'string' && content.trim() !== '' ? content.trim() : undefined;
  };
  const title = select('title', tree);
  const canonical = select('link[rel=canonical]', tree)?.properties.href;
  const published = meta('article:published_time') ?? meta('pubdate') ?? meta('PubDate') ?? meta('publishdate');
  const hints: SourceHints = {};
  const headline = meta('og:title') ?? (title ? toText(title).trim() : undefined);
  if (headline) hints.headline = headline;
  const publisher = meta('og:site_name') ?? meta('SiteName') ?? siteNameIn(title ? toText(title) : '');
  if (publisher) hints.publisher = publisher;
  if (published) hints.published = published.slice(0, 10);
  const url = typeof canonical === 'string' ? canonical : meta('og:url');
  if (url) hints.url = url;
  return hints;
}

/**
 * The site's name as page titles end with it: `标题_巴彦淖尔市人民政府网`,
 * `标题 - 新华网`, `标题--文化--人民网`, `标题 | blog.example.com`.
 */
export function siteNameIn(title: string): string | undefined {
  const parts = title
    .trim()
    .split(/\s*(?:__?|--?|—|\||｜|::)\s*/)
    .filter((p) => p.trim() !== '');
  if (parts.length < 2) return undefined;
  const last = parts.at(-1)!.trim();
  return last.length >= 2 && last.length <= 20 && !/[，。,]/.test(last) ? last : undefined;
}
