import { SourceError } from './errors.ts';

/**
 * Limits on a decoded source's structure (stated in the README). The HTML
 * readers recurse over the element tree, so a page nested thousands deep
 * would exhaust the stack; browsers themselves stop nesting at 512.
 */
export const STRUCTURE_LIMITS = {
  /** Elements open at once in an HTML source. Real pages stay under 60. */
  maxHtmlDepth: 400,
} as const;

/** Elements that never hold others, or whose end tag may be left out (a `<p>` after a `<p>` closes it). */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup rb rt rp thead tbody tfoot colgroup caption html head body'.split(
    ' ',
  ),
);

/**
 * How deep a source's HTML elements nest, and the line where it is deepest,
 * by counting start and end tags (no tree is built, so any depth is safe to measure).
 */
export function htmlDepth(text: string): { depth: number; line: number } {
  let depth = 0;
  let max = { depth: 0, at: 0 };
  for (const m of text.matchAll(/<(\/?)([a-zA-Z][\w:-]*)(?:\s[^<>]*?)?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max.depth) max = { depth, at: m.index };
  }
  return { depth: max.depth, line: text.slice(0, max.at).split('\n').length };
}

/** @throws SourceError naming the file and the line when its HTML nests deeper than the limit. */
export function assertWithinLimits(file: string, text: string): void {
  const { depth, line } = htmlDepth(text);
  if (depth > STRUCTURE_LIMITS.maxHtmlDepth)
    throw new SourceError(
      file,
      `HTML nested too deeply: ${depth} elements open at once at line ${line} (the limit is ${STRUCTURE_LIMITS.maxHtmlDepth})`,
    );
}
