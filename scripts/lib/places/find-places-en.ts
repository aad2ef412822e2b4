/**
 * Place mentions in English text.
 *
 * English marks names with capitals and spaces, so matching is by whole
 * words, first letter capitalised: province- and prefecture-level units by
 * their bare names (Hebei, Beijing, Zibo, Kashgar) or with their generic
 * (Hebei Province, Zibo City, Enshi Tujia and Miao Autonomous Prefecture,
 * Kashgar Prefecture); county-level units by their full English names
 * (Mentougou District, Zhengding County, Kunshan City).
 *
 * A name several units share in English (Fuzhou is 福州 and 抚州; Suzhou,
 * Taizhou, Yichun, Yulin likewise; Chaoyang District is in Beijing and in
 * Changchun) gives no mention unless a unit containing just one of them
 * stands right beside it: "Suzhou, Jiangsu", "Jiangsu's Suzhou", "Chaoyang
 * District of Beijing". A bare name shared by a province and a city (Jilin,
 * Hainan) is the province; the city is "Jilin City".
 */
import { spellingsOf } from './english-names.ts';
import { gazetteerEntries, isWithin, type GazetteerEntry } from './gazetteer.ts';
import { PREFECTURE_LEVELS, PROVINCE_LEVELS } from './levels.ts';
import type { PlaceMention } from './types.ts';

interface Surface {
  words: string[];
  entries: GazetteerEntry[];
}

interface Word {
  norm: string;
  start: number;
  end: number;
  capitalised: boolean;
}

interface Token {
  start: number;
  end: number;
  entries: GazetteerEntry[];
}

/** Surface forms by their first word, most words first. */
let lexicon: Map<string, Surface[]> | undefined;

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const normalise = (word: string) => word.toLowerCase().replace(/’/g, "'");
const wordsOf = (form: string) => [...form.matchAll(WORD)].map((m) => normalise(m[0]));

/** Every English form a place answers to. */
function formsOf(entry: GazetteerEntry): string[] {
  const { place } = entry;
  const bare = PROVINCE_LEVELS.has(place.level) || PREFECTURE_LEVELS.has(place.level);
  const spellings = spellingsOf(entry.coreEn, entry.coreZh);
  const forms = [place.en, ...entry.enAliases, ...(bare ? spellings : [])];
  // Apostrophe-less and ü-less spellings of the generic forms too: Xian City, Lvliang City.
  for (const spelling of spellings) {
    for (const form of [place.en, ...entry.enAliases]) forms.push(form.replace(entry.coreEn, spelling));
  }
  return [...new Set(forms)];
}

function buildLexicon(): Map<string, Surface[]> {
  const byForm = new Map<string, Surface>();
  for (const entry of gazetteerEntries()) {
    for (const form of formsOf(entry)) {
      const words = wordsOf(form);
      const key = words.join(' ');
      const surface = byForm.get(key) ?? { words, entries: [] };
      if (!surface.entries.includes(entry)) surface.entries.push(entry);
      byForm.set(key, surface);
    }
  }
  const byFirst = new Map<string, Surface[]>();
  for (const surface of byForm.values()) {
    const list = byFirst.get(surface.words[0]!) ?? [];
    list.push(surface);
    byFirst.set(surface.words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** Letters with apostrophes inside (Xi'an, Lu’an), a possessive 's cut off. */
function wordsIn(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // No pinyin syllable ends in s, so a final 's is always the possessive.
    if (/['’]s$/.test(word)) word = word.slice(0, -2);
    words.push({
      norm: normalise(word),
      start: m.index,
      end: m.index + word.length,
      capitalised: /^\p{Lu}/u.test(word),
    });
  }
  return words;
}

/**
 * Places an English text names, in text order, non-overlapping.
 *
 * @example
 *   findPlacesEn('Chongqing, Shenzhen, Xiamen and Zibo').map((m) => m.place.code) // ['500000', '440300', '350200', '370300']
 *   findPlacesEn('Suzhou, Jiangsu').map((m) => m.place.code) // ['320500']
 */
export function findPlacesEn(text: string): PlaceMention[] {
  lexicon ??= buildLexicon();
  return resolve(text, tokenize(text, wordsIn(text), lexicon));
}

function tokenize(text: string, words: Word[], lex: Map<string, Surface[]>): Token[] {
  const tokens: Token[] = [];
  for (let k = 0; k < words.length;) {
    const first = words[k]!;
    const surface = first.capitalised
      ? lex.get(first.norm)?.find((s) => matchesAt(text, words, k, s.words))
      : undefined;
    if (!surface) {
      k++;
      continue;
    }
    tokens.push({ start: first.start, end: words[k + surface.words.length - 1]!.end, entries: surface.entries });
    k += surface.words.length;
  }
  return tokens;
}

/** Whether the words from k on are the surface's words, with only spaces, a hyphen or a comma between. */
function matchesAt(text: string, words: Word[], k: number, target: string[]): boolean {
  return target.every((w, n) => {
    const word = words[k + n];
    if (!word || word.norm !== w) return false;
    return n === 0 || /^(?:\s+|\s*-\s*|,\s+)$/.test(text.slice(words[k + n - 1]!.end, word.start));
  });
}

/** Gaps that join a unit to the unit containing it: "Suzhou, Jiangsu", "Jiangsu's Suzhou", "District of Beijing". */
const CHAIN_GAP = /^(?:\s*,\s*|\s+(?:in|of)\s+|\s*\(\s*|['’]s\s+|\s+)$/;

/** Text after a name that makes it part of an organisation's name (Xinjiang Production and Construction Corps). */
const ORGANISATION_AFTER =
  /^(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|for|&)){0,6}?\s+(?:University|Institute|Company|Co\.|Corporation|Corp\.|Group|Bank|Corps|Association|Society|Academy|Ltd\.?|Limited)\b/u;

const related = (a: GazetteerEntry, b: GazetteerEntry) => isWithin(a.place, b.place) || isWithin(b.place, a.place);

function resolve(text: string, tokens: Token[]): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < tokens.length;) {
    // A run of names each containing or contained in the next: "Zhengding County, Shijiazhuang, Hebei".
    let j = i + 1;
    while (
      j < tokens.length &&
      CHAIN_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) &&
      tokens[j - 1]!.entries.some((a) => tokens[j]!.entries.some((b) => related(a, b)))
    ) {
      j++;
    }
    const run = tokens.slice(i, j);
    const entry = run.length > 1 ? innermost(run) : single(run[0]!);
    const start = run[0]!.start;
    const end = run.at(-1)!.end;
    if (entry && !ORGANISATION_AFTER.test(text.slice(end, end + 80))) {
      mentions.push({ place: entry.place, start, end, matched: text.slice(start, end) });
    }
    i = j;
  }
  return mentions;
}

/** The one unit of a run that lies within a unit of every other name of the run, if there is exactly one. */
function innermost(run: Token[]): GazetteerEntry | undefined {
  const fits = run.flatMap((token) =>
    token.entries.filter((e) =>
      run.every((other) => other === token || other.entries.some((o) => isWithin(e.place, o.place))),
    ),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** The unit a lone name means: the only one, or the province when a province shares a city's bare name. */
function single(token: Token): GazetteerEntry | undefined {
  if (token.entries.length === 1) return token.entries[0];
  const provinces = token.entries.filter((e) => PROVINCE_LEVELS.has(e.place.level));
  const cities = token.entries.filter((e) => PREFECTURE_LEVELS.has(e.place.level));
  return provinces.length === 1 && provinces.length + cities.length === token.entries.length ? provinces[0] : undefined;
}
