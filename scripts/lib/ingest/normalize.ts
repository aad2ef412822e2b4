import * as OpenCC from 'opencc-js/t2cn';
import type { Block, CleaningStep, ExtractedSource, Lang, Script } from './types.ts';

/**
 * Mainland text shown in traditional characters (the reposts we receive) maps
 * back with OpenCC's `t` → `cn` table; `tw`/`hk` would rewrite vocabulary too.
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** A tone-marked (or tone-numbered) pinyin syllable, as some reposts print after every character. */
const SYLLABLE = String.raw`[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*|[a-zü]+[1-5]`;
/** `試點(diǎn)`, `试点（diǎn）`: a Han character, then its reading in half- or full-width brackets. */
const PINYIN_ANNOTATION = new RegExp(String.raw`(?<=\p{Script=Han})(?:\((?:${SYLLABLE})\)|（(?:${SYLLABLE})）)`, 'giu');

/**
 * Removes inline pinyin readings after Chinese characters.
 *
 * @example
 *   stripPinyin('試點(diǎn)名單') // '試點名單'
 *   stripPinyin('(2014-2020年)') // unchanged: not a reading
 */
export function stripPinyin(text: string): string {
  return text.replace(PINYIN_ANNOTATION, '');
}

const SCRIPT_SAMPLE = 200_000;

/**
 * The script a Chinese text is written in. Traditional when converting to
 * simplified changes at least 5% of its Han characters: simplified text has a
 * few characters OpenCC would still map (乾, 著…), traditional text many.
 */
export function scriptOf(text: string): Script {
  // The first 200,000 Han characters decide (all of any real notice): a 50 MB source
  // once took 1.6 GB and 40 s here, holding every character as a string of its own.
  const sample: string[] = [];
  for (const m of text.matchAll(/\p{Script=Han}/gu)) if (sample.push(m[0]) >= SCRIPT_SAMPLE) break;
  const han = sample;
  if (han.length === 0) return 'Hans';
  const converted = Array.from(toSimplified(han.join('')));
  const changed = han.filter((ch, i) => converted[i] !== ch).length;
  return changed / han.length >= 0.05 ? 'Hant' : 'Hans';
}

/** Traditional → simplified (mainland forms) for one string. */
export function simplify(text: string): string {
  return toSimplified(text);
}

/**
 * Tidies white space only: strips leading/trailing space (including the two
 * full-width spaces Chinese paragraphs are indented with), turns inner
 * full-width and no-break spaces into one space, and collapses runs.
 *
 * @example
 *   normalizeSpace('　　电　话：010-58933961 ') // '电 话：010-58933961'
 */
export function normalizeSpace(text: string): string {
  return text
    .replace(/[\u3000\u00a0\u2002-\u200a\u202f\u205f\t]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A paragraph's text after normalization, and its original when the script changed. */
export interface Normalized {
  text: string;
  original?: string;
}

/**
 * Normalizes one paragraph: pinyin readings out, white space tidied, and
 * traditional → simplified when the document is in traditional script (the
 * received form is kept as `original`). Idempotent: normalizing twice equals once.
 */
export function normalize(text: string, opts: { script: Script }): Normalized {
  const clean = normalizeSpace(stripPinyin(text));
  if (opts.script === 'Hans') return { text: clean };
  const simplified = simplify(clean);
  return simplified === clean ? { text: clean } : { text: simplified, original: clean };
}

/** The form boilerplate rules are matched against: readings out, simplified, tidy. */
export function matchForm(text: string): string {
  return simplify(normalizeSpace(stripPinyin(text)));
}

/** The language of a text: Chinese when Han characters outweigh Latin words (~5 letters a word). */
export function languageOf(text: string): Lang {
  // Counted on stripped copies, not arrays of matches: the same counts in a fraction of the memory.
  const hanOnly = text.replace(/\P{Script=Han}/gu, '');
  const han = hanOnly.length - (hanOnly.match(/[\ud800-\udbff]/g)?.length ?? 0);
  const latin = text.replace(/[^A-Za-z]/g, '').length;
  return han * 5 >= latin ? 'zh' : 'en';
}

export interface NormalizedSource {
  lang: Lang;
  script?: Script;
  blocks: Array<Block & Normalized>;
  cleaning: CleaningStep[];
}

/**
 * The normalize stage over a whole extracted source: decides language and
 * script once for the document, normalizes every block, and reports what it
 * rewrote (pinyin readings removed, script converted, spaces tidied).
 */
export function normalizeSource(source: Pick<ExtractedSource, 'blocks'>): NormalizedSource {
  const all = source.blocks.map((b) => b.text).join('\n');
  const plain = stripPinyin(all);
  const lang = languageOf(plain);
  const script = lang === 'zh' ? scriptOf(plain) : undefined;
  const blocks = source.blocks.map((b) => ({ ...b, ...normalize(b.text, { script: script ?? 'Hans' }) }));
  const cleaning: CleaningStep[] = [];
  const readings = source.blocks.flatMap((b) => b.text.match(PINYIN_ANNOTATION) ?? []);
  if (readings.length > 0) cleaning.push({ rule: 'pinyin-readings', count: readings.length, example: readings[0]! });
  const converted = blocks.filter((b) => b.original !== undefined);
  if (converted.length > 0) {
    cleaning.push({
      rule: 'traditional-to-simplified',
      count: converted.length,
      example: `${converted[0]!.original!.slice(0, 24)} → ${converted[0]!.text.slice(0, 24)}`,
    });
  }
  const respaced = source.blocks.filter((b) => normalizeSpace(b.text) !== b.text);
  if (respaced.length > 0)
    cleaning.push({
      rule: 'white-space',
      count: respaced.length,
      example: JSON.stringify(respaced[0]!.text.slice(0, 12)),
    });
  return { lang, ...(script ? { script } : {}), blocks, cleaning };
}
