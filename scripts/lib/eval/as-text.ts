import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { decode } from '../ingest/decode.ts';
import type { RawSource } from '../ingest/types.ts';

/** Elements a browser's "save as text" leaves out: they are not text a reader sees. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'svg']);

/**
 * An HTML page as the plain-text dump an archivist gets from "Save as text" or select-all and paste:
 * decoded as the ingest decodes it, then the rendered text (block elements on lines of their own, as
 * `innerText` gives it), with no markup left for the extractor to read. Lets the eval measure the
 * plain-text line classifier on real pages it was not written for.
 *
 * @example
 *   asTextDump({ file: 'a.html', bytes }) // { file: 'a.html.txt', bytes: <UTF-8 of the page's visible text> }
 */
export function asTextDump(source: RawSource): RawSource {
  const tree = fromHtml(decode(source).text);
  prune(tree);
  const text = toText(tree)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return { file: `${source.file}.txt`, bytes: new TextEncoder().encode(text) };
}

function prune(node: Root | Element): void {
  node.children = node.children.filter((child) => !(child.type === 'element' && INVISIBLE.has(child.tagName)));
  for (const child of node.children) if (child.type === 'element') prune(child);
}
