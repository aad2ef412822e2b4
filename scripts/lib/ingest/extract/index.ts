import type { DecodedSource, ExtractedSource, Removal, SourceForm } from '../types.ts';
import { stripBoilerplate } from './boilerplate.ts';
import { frontMatterHints, hasFrontMatter, splitFrontMatter } from './front-matter.ts';
import { htmlToBlocks } from './html.ts';
import { textToBlocks } from './plain-text.ts';
import { mainTextLines } from './text-lines.ts';

/**
 * Which adapter reads a source. Front matter first (its body may be HTML or
 * text), then a full HTML page, then an HTML fragment, else plain text.
 */
export function sourceForm(text: string): SourceForm {
  if (hasFrontMatter(text)) return 'frontmatter-html';
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text)) return 'html-page';
  return looksLikeHtml(text) ? 'html-page' : 'plain-text';
}

/** Several block tags: a fragment of HTML rather than text that mentions `<p>` once. */
function looksLikeHtml(text: string): boolean {
  return (text.match(/<(?:p|div|br|table|li|h[1-6])[\s>/]/gi)?.length ?? 0) >= 3;
}

/**
 * Main text of a source, whatever its form, as blocks plus the facts its site
 * chrome gave and a record of everything removed.
 *
 * @throws SourceError for broken front matter.
 */
export function extract(source: Pick<DecodedSource, 'file' | 'text'>): ExtractedSource {
  const { file, text } = source;
  const form = sourceForm(text);
  const removed: Removal[] = [];
  let hints = {};
  let body = text;
  let bodyIsHtml = form === 'html-page';
  if (form === 'frontmatter-html') {
    const fm = splitFrontMatter(file, text);
    hints = frontMatterHints(fm.data);
    removed.push(...frontMatterMedia(fm.data));
    body = fm.body;
    bodyIsHtml = looksLikeHtml(body) || /<\w+[\s>]/.test(body);
  }
  const raw = bodyIsHtml
    ? htmlToBlocks(body, { fragment: form !== 'html-page' || !/<html[\s>]/i.test(body) })
    : { blocks: textToBlocks(body), removed: [], hints: {} };
  const cleaned = stripBoilerplate(raw.blocks);
  // text without markup: the main contiguous body by line features (HTML has its own density scorer)
  const main = bodyIsHtml ? { blocks: cleaned.blocks, removed: [] } : mainTextLines(cleaned.blocks);
  return {
    file,
    form,
    blocks: main.blocks,
    hints: { ...cleaned.hints, ...raw.hints, ...hints },
    removed: [...removed, ...raw.removed, ...cleaned.removed, ...main.removed],
  };
}

/** Image URLs in front matter (`headimg`, `thumbnail`): never fetched, recorded as removed. */
function frontMatterMedia(data: Record<string, unknown>): Removal[] {
  return Object.entries(data)
    .filter(([, v]) => typeof v === 'string' && /^https?:\/\/\S+\.(?:png|jpe?g|gif|webp|svg)(?:\?\S*)?$/i.test(v))
    .map(([k, v]) => ({ rule: 'media', text: `${k}: ${String(v)}` }));
}
