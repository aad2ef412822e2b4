import type { Element, Root } from 'hast';

/**
 * Finds the element holding a page's main text by text and link density, the
 * general method of Readability, trafilatura and GeneralNewsExtractor, over
 * the parsed hast tree; no per-site rule.
 *
 * Each paragraph-like element (its own text, not its children's blocks) scores
 * by its length and sentence punctuation, less its share of link text; the
 * score flows to its parent (whole), grandparent (half) and great-grandparent
 * (a third). The best-scoring container wins, weighed by its own link density;
 * a container whose text sits mostly in one child hands the win down to it.
 */

/** Elements whose content is never main text (scripts, forms, media). */
const SKIP = new Set([
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
  'head',
  'select',
  'textarea',
  'button',
  'option',
  'input',
]);

/** Sentence punctuation: main text has it, menus and link lists do not. */
const PUNCT = /[，。；：！？、,;!?]|\.(?=\s|$)/g;

interface Stats {
  /** Characters of text (white space excluded). */
  text: number;
  /** Characters inside links. */
  link: number;
  punct: number;
}

/** Per-element figures, gathered bottom-up once. */
interface Scored {
  stats: Map<Element, Stats>;
  score: Map<Element, number>;
}

const SPACE = /[\s\u3000\u00a0]/g;

function countText(value: string): { text: number; punct: number } {
  const text = value.replace(SPACE, '').length;
  return { text, punct: value.match(PUNCT)?.length ?? 0 };
}

/** Text, link text and punctuation of every element, bottom-up. */
function gather(
  node: Element | Root,
  inLink: boolean,
  stats: Map<Element, Stats>,
  skip: (e: Element) => boolean,
): Stats {
  const own: Stats = { text: 0, link: 0, punct: 0 };
  for (const child of node.children) {
    if (child.type === 'text') {
      const c = countText(child.value);
      own.text += c.text;
      own.punct += c.punct;
      if (inLink) own.link += c.text;
    } else if (child.type === 'element') {
      if (SKIP.has(child.tagName) || skip(child)) continue;
      const s = gather(child, inLink || isLink(child), stats, skip);
      own.text += s.text;
      own.link += s.link;
      own.punct += s.punct;
    }
  }
  if (node.type === 'element') stats.set(node, own);
  return own;
}

/**
 * The text a paragraph-like element holds itself: its text nodes and inline
 * children, not the text of block children (those score on their own).
 */
function ownText(node: Element, stats: Map<Element, Stats>): Stats {
  const own: Stats = { text: 0, link: 0, punct: 0 };
  for (const child of node.children) {
    if (child.type === 'text') {
      const c = countText(child.value);
      own.text += c.text;
      own.punct += c.punct;
    } else if (child.type === 'element' && !isBlockish(child)) {
      const s = stats.get(child);
      if (!s) continue;
      own.text += s.text;
      own.link += isLink(child) ? s.text : s.link;
      own.punct += s.punct;
    }
  }
  return own;
}

const BLOCKISH = new Set([
  'p',
  'div',
  'td',
  'th',
  'tr',
  'table',
  'tbody',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'main',
  'body',
  'center',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'form',
  'header',
  'nav',
  'footer',
  'aside',
  'figure',
]);

/** Elements whose own text counts as a paragraph of the page. */
const PARAGRAPH_HOLDERS = new Set([
  'p',
  'td',
  'pre',
  'div',
  'blockquote',
  'article',
  'section',
  'center',
  'font',
  'span',
]);

/**
 * A link is an <a> with an href: a named anchor (`<a name=top1>`) left open
 * by an old page's markup would otherwise make all that follows link text.
 */
export function isLink(e: Element): boolean {
  return e.tagName === 'a' && e.properties.href !== undefined;
}

function isBlockish(e: Element): boolean {
  return BLOCKISH.has(e.tagName);
}

function scoreTree(tree: Root, skip: (e: Element) => boolean): Scored & { parents: Map<Element, Element> } {
  const stats = new Map<Element, Stats>();
  gather(tree, false, stats, skip);
  const score = new Map<Element, number>();
  const parents = new Map<Element, Element>();
  const visit = (node: Element | Root) => {
    for (const child of node.children) {
      if (child.type !== 'element' || SKIP.has(child.tagName) || skip(child)) continue;
      if (node.type === 'element') parents.set(child, node);
      visit(child);
    }
  };
  visit(tree);
  for (const [el] of stats) {
    // Paragraph holders, as Readability scores them: list items, links and inline runs are not paragraphs.
    if (!PARAGRAPH_HOLDERS.has(el.tagName)) continue;
    const own = ownText(el, stats);
    if (own.text < 20) continue;
    const linkShare = own.text === 0 ? 0 : own.link / own.text;
    if (linkShare > 0.5) continue;
    // a paragraph's worth: its sentences (punctuation) and its length, less what is link text
    const worth = (1 + own.punct + Math.min(own.text / 40, 5)) * (1 - linkShare);
    score.set(el, (score.get(el) ?? 0) + worth);
    let up = parents.get(el);
    for (let level = 1; up && level <= 2; level++, up = parents.get(up)) {
      score.set(up, (score.get(up) ?? 0) + worth / level);
    }
  }
  return { stats, score, parents };
}

/**
 * The elements holding the page's main text, in document order: the
 * best-scoring container and those of its siblings that carry text of the
 * same kind (a text split over sibling cells or <div>s, as old table layouts
 * do). Empty when no element carries paragraph text (then the caller keeps
 * the whole page).
 *
 * @param skip elements already known to be chrome, left out of the scoring.
 */
export function mainElements(tree: Root, skip: (e: Element) => boolean = () => false): Element[] {
  const { stats, score, parents } = scoreTree(tree, skip);
  let best: Element | undefined;
  let bestScore = 0;
  const weigh = (el: Element) => {
    const st = stats.get(el)!;
    return (score.get(el) ?? 0) * (1 - (st.text === 0 ? 0 : st.link / st.text));
  };
  for (const [el] of score) {
    // The body holds everything; it is the main text only when nothing inside it scores.
    if (el.tagName === 'body' || el.tagName === 'html') continue;
    const weighed = weigh(el);
    if (weighed > bestScore) [best, bestScore] = [el, weighed];
  }
  if (!best) return [];
  const parent = parents.get(best);
  if (!parent) return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  return parent.children.filter((c): c is Element => {
    if (c.type !== 'element') return false;
    if (c === best) return true;
    if (SKIP.has(c.tagName) || skip(c) || !stats.has(c)) return false;
    const st = stats.get(c)!;
    const linkShare = st.text === 0 ? 1 : st.link / st.text;
    return weigh(c) >= threshold && linkShare < 0.25;
  });
}
