/**
 * Scores for one labelled file: each field right or wrong, and main-text
 * precision/recall/F1 over the bag of characters (white space ignored), the
 * measure the readability figure (0.910 on webextract/) was taken with.
 */

export interface TextScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Characters of a text, white space (and the invisible ZWSP/BOM) left out. */
function charBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const ch of text.replace(/[\s\u3000\u200b\ufeff]/g, '')) bag.set(ch, (bag.get(ch) ?? 0) + 1);
  return bag;
}

/**
 * Precision, recall and F1 of a main text against the labelled one, counting
 * characters as a multiset (order-free, so a paragraph split differently
 * costs nothing).
 *
 * @example
 *   charBagScore('正文甲', '正文乙').f1 // 0.666…
 */
export function charBagScore(got: string, want: string): TextScore {
  const g = charBag(got);
  const w = charBag(want);
  let common = 0;
  for (const [ch, n] of g) common += Math.min(n, w.get(ch) ?? 0);
  const gotN = [...g.values()].reduce((a, b) => a + b, 0);
  const wantN = [...w.values()].reduce((a, b) => a + b, 0);
  const precision = gotN === 0 ? 0 : common / gotN;
  const recall = wantN === 0 ? 0 : common / wantN;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** A title or name compared without white space, and with quotes and brackets in one form. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return false;
  const tidy = (s: string) =>
    s
      .replace(/[\s\u3000]/g, '')
      .replace(/[“”"]/g, '"')
      .replace(/[‘’']/g, "'")
      .replace(/[〔［[]/g, '〔')
      .replace(/[〕］\]]/g, '〕')
      .replace(/（/g, '(')
      .replace(/）/g, ')');
  return tidy(a) === tidy(b);
}

/** Two sets of names (already resolved to ids where possible) hold the same members. */
export function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
