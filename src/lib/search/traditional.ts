import { TRADITIONAL_CHARACTERS } from './traditional-chars.ts';

let characters: Set<string> | undefined;

/**
 * Whether converting the text from traditional to simplified could change it:
 * it holds a character the converter converts (試, 點, 覆…). When it does not,
 * the converter (105 KB) need not be loaded, and the text is already simplified.
 *
 * @example
 *   hasTraditional('試點城市') // true
 *   hasTraditional('淄博')     // false
 */
export function hasTraditional(text: string): boolean {
  characters ??= new Set(TRADITIONAL_CHARACTERS);
  for (const c of text) if (characters.has(c)) return true;
  return false;
}
