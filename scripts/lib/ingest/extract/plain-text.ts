import type { Block } from '../types.ts';

/**
 * Blocks of a plain-text source: one per non-blank line, as the source has them.
 *
 * A text hard-wrapped inside blank-line-separated paragraphs (English prose cut
 * at ~70 columns) has its lines joined back, so a paragraph stays a paragraph.
 *
 * @example
 *   textToBlocks('标题\n\n正文第一段\n正文第二段') // three blocks
 */
export function textToBlocks(text: string): Block[] {
  const chunks = text.split(/\n[ \t\u3000]*\n/);
  return chunks.flatMap((chunk) => {
    const lines = chunk.split('\n').filter((l) => l.replace(/[\s\u3000]/g, '') !== '');
    return (isHardWrapped(lines) ? [joinWrapped(lines)] : lines).map((line) => ({ text: line }));
  });
}

/** Every line but the last is long and none ends a sentence: the writer's editor wrapped them. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  return lines
    .slice(0, -1)
    .every((l) => l.trim().length >= 50 && l.trim().length <= 100 && !/[.:;。：；!?！？]["”’)）]?\s*$/.test(l));
}

function joinWrapped(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .reduce((acc, line) => {
      const cjkJoin = /[\u3000-\u9fff\uff00-\uffef]$/.test(acc) && /^[\u3000-\u9fff\uff00-\uffef]/.test(line);
      return cjkJoin ? acc + line : `${acc} ${line}`;
    });
}
