/**
 * Witnesses: copies of one document received from several places (the ministry's page, a
 * provincial site's repost, a portal, a news site that prints it whole) are one notice with
 * several sources, not several notices.
 *
 * Near-duplicates are found without comparing every pair (Broder's shingling with MinHash and
 * LSH, as near-duplicate detection over web crawls does):
 *
 * 1. shingles: the text as tokens (each Han character, each Latin word or number; punctuation,
 *    white space and case ignored), every run of SHINGLE tokens hashed to 32 bits;
 * 2. sketch: one-permutation MinHash (Li, Owen & Zhang 2012): the hashes fall into BINS bins by
 *    their top bits and each bin keeps its least value; empty bins borrow the next full one's;
 * 3. candidates: the sketch cut into BANDS bands of ROWS values; documents that agree on a whole
 *    band share a bucket (two texts of Jaccard similarity s meet with probability
 *    1 − (1 − s^ROWS)^BANDS: 0.99 at s = 0.6, 0.26 at s = 0.3);
 * 4. check: candidates are compared on their full shingle sets: witnesses when the sets'
 *    Jaccard similarity is at least SAME, or when the shorter is nearly all inside the longer
 *    (CONTAINED) and at least a third of its length (a truncated copy). A report about a notice
 *    quotes sentences of it but is mostly its own words: it falls short of both.
 *
 * Witnesses of witnesses join one group. Only documents in the same language are compared (an
 * English copy is a translation, paired later, not a witness).
 */
import { diffArrays } from 'diff';

/** What grouping needs of a document. */
export interface WitnessInput {
  file: string;
  lang: string;
  /** The document's paragraphs, cleaned (simplified script, chrome removed). */
  paragraphs: Array<{ text: string }>;
  /** What it states that copies share: its own number, its date (signed, or a report's event) and places named (slugs). */
  facts?: { number?: string; date?: string; places: string[] };
}

const SHINGLE = 5;
const BINS = 64;
const [BANDS, ROWS] = [16, 4];
/** Jaccard similarity of two copies of one text (chrome left over, small edits). */
const SAME = 0.6;
/** Share of a truncated copy's shingles found in the fuller one. */
const CONTAINED = 0.9;
/** A truncated copy holds at least this share of the fuller one's shingles. */
const MIN_PART = 0.3;

/** The 32-bit hashes of a text's shingles, sorted and unique. One pass over the text, no strings built. */
export function shingles(text: string): Uint32Array {
  // tokens as 32-bit values: a Han character is its code; a Latin word or number, FNV-1a over its lower-cased letters
  const tokens: number[] = [];
  let word = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      word = Math.imul((inWord ? word : 0x811c9dc5) ^ c, 0x01000193);
      inWord = true;
      continue;
    }
    if (inWord) tokens.push(word >>> 0);
    inWord = false;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) tokens.push(c);
  }
  if (inWord) tokens.push(word >>> 0);
  if (tokens.length === 0) return new Uint32Array(0);
  const count = Math.max(1, tokens.length - SHINGLE + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let k = i; k < Math.min(i + SHINGLE, tokens.length); k++)
      h = Math.imul(h ^ tokens[k]!, 0x5bd1e995) ^ (h >>> 15);
    out[i] = mix(h);
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One-permutation MinHash: per bin (top 6 bits) the least value; empty bins densified from the right. */
export function sketch(set: Uint32Array): Uint32Array {
  const EMPTY = 0xffffffff;
  const bins = new Uint32Array(BINS).fill(EMPTY);
  const shift = 32 - Math.log2(BINS);
  for (const h of set) {
    const bin = h >>> shift;
    const value = h & ((1 << shift) - 1);
    if (value < bins[bin]!) bins[bin] = value;
  }
  if (set.length === 0) return bins;
  // rotation densification (Shrivastava & Li 2014): an empty bin takes the next full bin's value, offset by the distance
  for (let i = 0; i < BINS; i++) {
    if (bins[i] !== EMPTY) continue;
    let j = 1;
    while (bins[(i + j) % BINS] === EMPTY) j++;
    bins[i] = (bins[(i + j) % BINS]! + j * 0x9e3779b1) >>> 0;
  }
  return bins;
}

/** |A ∩ B| of two sorted arrays. */
function common(a: Uint32Array, b: Uint32Array): number {
  let [i, j, n] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/** Whether two shingle sets are copies of one text (see the module comment, step 4). */
export function sameText(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const both = common(a, b);
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (both / (a.length + b.length - both) >= SAME) return true;
  return both / small.length >= CONTAINED && small.length / large.length >= MIN_PART;
}

/**
 * Groups of witnesses: each group (of two or more documents) lists its files in input order.
 * Documents with no copy are in no group.
 */
export function witnessGroups(docs: WitnessInput[]): string[][] {
  const sets = docs.map((d) => shingles(d.paragraphs.map((p) => p.text).join('\n')));
  // Stop-shingles: a shingle in very many documents (各省、自治区、直辖市…, the stock phrases of 公文)
  // says nothing about which are copies, and would make every two notices of one kind candidates.
  // Sketches leave them out; the exact check still counts them.
  const frequency = new Map<number, number>();
  for (const set of sets) for (const h of set) frequency.set(h, (frequency.get(h) ?? 0) + 1);
  const common = Math.max(COMMON_MIN, docs.length * COMMON_SHARE);
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const checked = new Set<number>();
  const buckets = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    const set = sets[i]!;
    if (set.length === 0) return;
    const rare = set.filter((h) => frequency.get(h)! <= common);
    const sig = sketch(rare.length >= MIN_RARE ? rare : set);
    for (let band = 0; band < BANDS; band++) {
      const key = `${doc.lang}:${band}:${sig.subarray(band * ROWS, (band + 1) * ROWS).join(',')}`;
      const bucket = buckets.get(key) ?? buckets.set(key, []).get(key)!;
      for (const j of bucket) {
        const pair = j * docs.length + i;
        if (checked.has(pair) || find(i) === find(j)) continue;
        checked.add(pair);
        if (sameText(set, sets[j]!) && !conflicting(docs[i]!, docs[j]!)) parent[find(i)] = find(j);
      }
      bucket.push(i);
    }
  });
  const groups = new Map<number, string[]>();
  docs.forEach((doc, i) => {
    const root = find(i);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(doc.file);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** A shingle in more than this many documents (and this share of them) is a stop-shingle. */
const [COMMON_MIN, COMMON_SHARE] = [20, 0.005];
/** Fewer rare shingles than this: the document is sketched whole (a short text of stock phrases). */
const MIN_RARE = 8;

/**
 * Facts that tell two similar texts apart: copies of one document carry its number, its signing
 * date and its places; two notices of one template differ in them. Any fact both state and state
 * differently, or places of which the fewer are not mostly among the more, and they are two.
 */
function conflicting(a: WitnessInput, b: WitnessInput): boolean {
  const [x, y] = [a.facts, b.facts];
  if (!x || !y) return false;
  if (x.number && y.number && x.number !== y.number) return true;
  if (x.date && y.date && x.date !== y.date) return true;
  const [few, many] = x.places.length <= y.places.length ? [x.places, y.places] : [y.places, x.places];
  if (few.length >= 1 && few.filter((p) => many.includes(p)).length < few.length / 2) return true;
  return false;
}

/** What ranking needs of a witness. */
export interface WitnessFacts {
  file: string;
  /** An archivist tied something to this file (its translation, an id): it is the text. */
  pinned?: boolean;
  /** Published by a government body: its page is on a gov.cn host, or its publisher is an agency. */
  official: boolean;
  /** Read as an official document (title, number, signature, date found), not as a report. */
  document: boolean;
  /** Says where it took the text from (来源：…网站, 转载自…): a repost. */
  repost?: boolean;
  /** Lines of site chrome removed from it. */
  chrome?: number;
  /** Characters of text after cleaning. */
  length: number;
}

/**
 * The witness a notice's text comes from, the rule written down: a copy an archivist tied a
 * translation or an id to; then an official site's copy over a
 * repost; then a copy read as the document itself over one read as a report; then a copy that
 * does not name another as its source over one that does (来源：…); then the more complete (the
 * longer text, when it is more than LONGER times the other: a copy that lost its closing
 * paragraphs loses to one that kept them, while a few leftover lines of chrome do not count); then
 * the one with less site chrome removed; then the first by file name.
 */
export function bestWitness(witnesses: WitnessFacts[]): WitnessFacts {
  return [...witnesses].sort(
    (a, b) =>
      Number(Boolean(b.pinned)) - Number(Boolean(a.pinned)) ||
      Number(b.official) - Number(a.official) ||
      Number(b.document) - Number(a.document) ||
      Number(Boolean(a.repost)) - Number(Boolean(b.repost)) ||
      (b.length > a.length * LONGER ? 1 : a.length > b.length * LONGER ? -1 : 0) ||
      (a.chrome ?? 0) - (b.chrome ?? 0) ||
      a.file.localeCompare(b.file),
  )[0]!;
}
const LONGER = 1.1;

/** How a witness differs from the notice's text, paragraph by paragraph. */
export interface WitnessDifferences {
  /** Paragraphs of the notice's text this witness lacks. */
  missing: string[];
  /** Paragraphs this witness has that the notice's text lacks. */
  extra: string[];
  /** Paragraphs in the same place that differ in a few characters: the text's and the witness's. */
  changed: Array<{ text: string; witness: string }>;
}

const MAX_LISTED = 40;

/**
 * The differences between the notice's text and a witness: a diff of their paragraph lists, a
 * removed paragraph and an added one in the same place pairing up as "changed" when they share
 * most of their shingles. Lists are cut at MAX_LISTED entries each.
 */
export function differences(text: string[], witness: string[]): WitnessDifferences {
  const out: WitnessDifferences = { missing: [], extra: [], changed: [] };
  const parts = diffArrays(text, witness);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (!part.removed && !part.added) continue;
    const next = parts[k + 1];
    if (part.removed && next?.added) {
      const [gone, come] = [[...part.value], [...next.value]];
      while (gone.length > 0 && come.length > 0 && nearly(gone[0]!, come[0]!))
        out.changed.push({ text: gone.shift()!, witness: come.shift()! });
      out.missing.push(...gone);
      out.extra.push(...come);
      k++;
    } else if (part.removed) out.missing.push(...part.value);
    else out.extra.push(...part.value);
  }
  return {
    missing: out.missing.slice(0, MAX_LISTED),
    extra: out.extra.slice(0, MAX_LISTED),
    changed: out.changed.slice(0, MAX_LISTED),
  };
}

/** Two paragraphs that are one with a few characters changed: most characters in common, in order. */
function nearly(a: string, b: string): boolean {
  const [x, y] = [bigrams(a), bigrams(b)];
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return both / Math.max(1, Math.max(x.size, y.size)) >= 0.5;
}

function bigrams(s: string): Set<string> {
  const chars = [...s.replace(/\s+/g, '')];
  return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
}

/** A notice's witnesses: the copy its text comes from, and the other copies with their differences. */
export interface WitnessGroup<D> {
  best: D;
  others: Array<{ doc: D; differences: WitnessDifferences }>;
}

/** What the witness stage needs of a described document. */
export interface Witnessable extends WitnessInput {
  docType: string;
  url?: string;
  publisher?: string;
  official: boolean;
  pinned: boolean;
  repost: boolean;
  chrome: number;
}

/**
 * The witness stage: groups copies of one document (witnessGroups, with an archivist's
 * `witnessOf` links added and `notWitnessOf` vetoes between two files respected), picks each
 * group's best witness (bestWitness) and lists how each other copy differs from it. Returns the
 * groups by the best witness's file.
 */
export function groupWitnesses<D extends Witnessable>(
  docs: D[],
  links: { witnessOf: Map<string, string>; notWitnessOf: Map<string, string[]> },
): Map<string, WitnessGroup<D>> {
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const vetoed = (a: string, b: string) =>
    Boolean(links.notWitnessOf.get(a)?.includes(b) || links.notWitnessOf.get(b)?.includes(a));
  const groups = witnessGroups(docs).flatMap((g) => splitVetoed(g, vetoed));
  for (const [file, of] of links.witnessOf) {
    if (!byFile.has(file) || !byFile.has(of)) continue;
    const [a, b] = [groups.find((g) => g.includes(file)), groups.find((g) => g.includes(of))];
    if (a && a === b) continue;
    const merged = [...new Set([...(b ?? [of]), ...(a ?? [file])])];
    for (const g of [a, b]) if (g) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  const out = new Map<string, WitnessGroup<D>>();
  for (const files of groups) {
    const members = files.map((f) => byFile.get(f)!);
    const best = byFile.get(
      bestWitness(
        members.map((d) => ({
          file: d.file,
          official: d.official,
          pinned: d.pinned,
          document: d.docType === 'notice',
          repost: d.repost,
          chrome: d.chrome,
          length: d.paragraphs.reduce((n, p) => n + p.text.length, 0),
        })),
      ).file,
    )!;
    const lines = (d: D) => d.paragraphs.map((p) => p.text);
    out.set(best.file, {
      best,
      others: members
        .filter((d) => d !== best)
        .sort((a, b) => a.file.localeCompare(b.file))
        .map((doc) => ({ doc, differences: differences(lines(best), lines(doc)) })),
    });
  }
  return out;
}

/** A group with a vetoed pair in it split: each vetoed file leaves with nothing (conservative: right or apart). */
function splitVetoed(group: string[], vetoed: (a: string, b: string) => boolean): string[][] {
  const out: string[][] = [];
  for (const file of group) {
    const home = out.find((g) => g.every((other) => !vetoed(file, other)));
    if (home) home.push(file);
    else out.push([file]);
  }
  return out.filter((g) => g.length > 1);
}

/** A page on a government host (gov.cn and its subdomains), or a publisher that is a government body. */
export function isOfficialCopy(url: string | undefined, publisherIsAgency: boolean): boolean {
  if (publisherIsAgency) return true;
  if (!url) return false;
  try {
    return /(?:^|\.)gov\.cn$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
