import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Block, Removal, SourceHints } from '../types.ts';

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
  /(?:^|[\s_-])(?:share|social|breadcrumb|crumb|nav|menu|footer|sidebar|related|recommend|comment|appendQr|qrcode|qr|editor|article-editor|copyright|ad|ads|advert|banner|toolbar|pager|pagination)(?:$|[\s_-])/i;

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
  const main = opts.fragment ? tree : mainContent(tree);
  if (main !== tree) recordOutside(tree, main, removed);
  const blocks: Block[] = [];
  walk(main.children as RootContent[], blocks, removed);
  return { blocks, removed, hints };
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
    } else if (CONTAINERS.has(name) && hasBlockChild(node)) {
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
  // innerText semantics (hast-util-to-text): <br> becomes a line break, which splits the block.
  for (const line of toText(pruned).split('\n')) {
    if (line.replace(/[\s\u3000]/g, '') === '') continue;
    const align = alignOf(node);
    blocks.push({ text: line, ...(align ? { align } : {}), ...(isAllStrong(pruned) ? { strong: true } : {}) });
  }
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

function isChrome(node: Element): boolean {
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
function recordOutside(tree: Root, main: Element | Root, removed: Removal[]): void {
  const visit = (node: RootContent | Root) => {
    if (node === main || (node.type !== 'element' && node.type !== 'root')) return;
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
  const publisher = meta('og:site_name') ?? meta('SiteName');
  if (publisher) hints.publisher = publisher;
  if (published) hints.published = published.slice(0, 10);
  const url = typeof canonical === 'string' ? canonical : meta('og:url');
  if (url) hints.url = url;
  return hints;
}
