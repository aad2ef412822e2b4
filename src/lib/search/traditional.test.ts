import { Converter } from 'opencc-js/t2cn';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { describe, expect, it } from 'vitest';
import { traditionalCharactersModule } from '../../../scripts/lib/search/traditional-chars.ts';
import { hasTraditional } from './traditional.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const toSimplified = Converter({ from: 't', to: 'cn' });
/** Every character of the CJK blocks a reader may type: Extension A, the Unified block, Compatibility Ideographs. */
const cjk = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
].flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => String.fromCodePoint(from! + i)));

describe('hasTraditional', () => {
  it('is up to date with the installed opencc-js (else run: node scripts/generate-traditional-chars.ts)', () => {
    expect(readFileSync(join(import.meta.dirname, 'traditional-chars.ts'), 'utf8')).toBe(traditionalCharactersModule());
  });

  it('tells a traditional query from a simplified one', () => {
    expect(hasTraditional('試點城市')).toBe(true);
    expect(hasTraditional('反覆')).toBe(true);
    expect(hasTraditional('淄博')).toBe(false);
    expect(hasTraditional('智慧城市试点 Zibo 2021')).toBe(false);
  });

  it('never misses a character the converter would change', () => {
    const missed = cjk.filter((c) => toSimplified(c) !== c && !hasTraditional(c));
    expect(missed).toEqual([]);
  });

  it('never misses a phrase the converter would change', () => {
    const missed = TSPhrases.split('|')
      .map((entry) => entry.split(' ')[0]!)
      .filter((phrase) => toSimplified(phrase) !== phrase && !hasTraditional(phrase));
    expect(missed).toEqual([]);
  });

  it('leaves text without such characters exactly as the converter would', () => {
    const plain = cjk.filter((c) => !hasTraditional(c));
    // Runs of 40 consecutive plain characters, so phrase lookups see them side by side.
    for (let i = 0; i < plain.length; i += 40) {
      const text = plain.slice(i, i + 40).join('');
      expect(toSimplified(text)).toBe(text);
    }
  });
});
