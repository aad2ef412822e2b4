/**
 * Place mentions in simplified Chinese text.
 *
 * Surface forms: every full name (淄博市, 门头沟区, 湖北省, 恩施州); the short
 * names of prefecture cities, municipalities and SARs (淄博, 重庆, 香港); and
 * the short names of provinces and autonomous regions (湖北, 广西), which
 * mostly give context to the name after them: alone they are too often parts
 * of words (长江西岸, 黄河南岸) to count, except in a list beside another place.
 *
 * The text is read left to right, taking at each position the longest surface
 * form that can stand there (NAME GUARDS); then a chain of names each inside
 * the one before (河北省石家庄市正定县, 湖北武汉) becomes one mention of its
 * last, most specific unit, spanning the whole chain. County-level names count
 * when they are unique in the country or follow their parent; a county name
 * shared by several units (朝阳区) counts only after its parent (北京市朝阳区).
 */
import { gazetteerEntries, isWithin, type GazetteerEntry } from './gazetteer.ts';
import { PREFECTURE_LEVELS, PROVINCE_LEVELS } from './levels.ts';
import {
  BOUNDARY_BEFORE,
  COUNTY_NAMES_NEEDING_PARENT,
  LIST_GAP,
  ORGANISATION_AFTER,
  PLACE_WORDS_AFTER,
  SHORT_NAME_CUT_OFF,
  SHORT_NAMES_NEEDING_CONTEXT,
  WORD_TRAPS,
  type WordTrap,
} from './name-guards.ts';
import type { PlaceMention } from './types.ts';

/** How a surface form names its place. */
type Form = 'full' | 'short' | 'context';

interface Reading {
  entry: GazetteerEntry;
  form: Form;
}

interface Surface {
  text: string;
  readings: Reading[];
  /** How many county-level units share this form: more than one needs a parent to decide. */
  countyUnits: number;
}

interface Lexicon {
  /** Surface forms by first character, longest first. */
  byFirst: Map<string, Surface[]>;
  trapsByName: Map<string, WordTrap>;
  needsContext: Set<string>;
  needsParent: Set<string>;
}

interface Token {
  start: number;
  end: number;
  surface: Surface;
  readings: Reading[];
}

let lexicon: Lexicon | undefined;

const isCountyLevel = (r: Reading) =>
  !PROVINCE_LEVELS.has(r.entry.place.level) && !PREFECTURE_LEVELS.has(r.entry.place.level);

function buildLexicon(): Lexicon {
  const forms = new Map<string, Reading[]>();
  const add = (text: string, reading: Reading) => {
    if ([...text].length < 2) return;
    const list = forms.get(text) ?? [];
    if (!list.some((r) => r.entry === reading.entry)) list.push(reading);
    forms.set(text, list);
  };
  for (const entry of gazetteerEntries()) {
    const { level } = entry.place;
    add(entry.place.zh, { entry, form: 'full' });
    for (const alias of entry.zhAliases) add(alias, { entry, form: 'full' });
    if (level === 'prefecture-city' || level === 'municipality' || level === 'sar')
      add(entry.coreZh, { entry, form: 'short' });
    if (level === 'province' || level === 'autonomous-region') add(entry.coreZh, { entry, form: 'context' });
  }
  const byFirst = new Map<string, Surface[]>();
  for (const [text, readings] of forms) {
    const surface = { text, readings, countyUnits: readings.filter(isCountyLevel).length };
    const list = byFirst.get(text[0]!) ?? [];
    list.push(surface);
    byFirst.set(text[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  return {
    byFirst,
    trapsByName: new Map(WORD_TRAPS.map((t) => [t.name, t])),
    needsContext: new Set(SHORT_NAMES_NEEDING_CONTEXT.map((g) => g.name)),
    needsParent: new Set(COUNTY_NAMES_NEEDING_PARENT.map((g) => g.name)),
  };
}

/**
 * Places a simplified Chinese text names, in text order, non-overlapping.
 *
 * @example
 *   findPlacesZh('重庆、深圳、厦门等10个城市').map((m) => m.place.code) // ['500000', '440300', '350200']
 *   findPlacesZh('河北省石家庄市正定县').map((m) => m.place.code) // ['130123']
 */
export function findPlacesZh(text: string): PlaceMention[] {
  lexicon ??= buildLexicon();
  return resolve(text, tokenize(text, lexicon), lexicon);
}

/** Whether `token` directly follows `prev`, with at most spaces between. */
function follows(text: string, prev: Token | undefined, start: number): prev is Token {
  return prev !== undefined && /^\s*$/.test(text.slice(prev.end, start));
}

/** Whether some reading of `parent` contains the place of `reading`. */
function hasParentIn(reading: Reading, parent: Token): boolean {
  return parent.readings.some((p) => isWithin(reading.entry.place, p.entry.place));
}

function tokenize(text: string, lex: Lexicon): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    const prev = tokens.at(-1);
    const parent = follows(text, prev, i) ? prev : undefined;
    let token: Token | undefined;
    for (const surface of lex.byFirst.get(text[i]!) ?? []) {
      if (!text.startsWith(surface.text, i)) continue;
      const readings = viableReadings(text, i, surface, parent, lex);
      if (readings.length > 0) {
        token = { start: i, end: i + surface.text.length, surface, readings };
        break;
      }
    }
    if (token) tokens.push(token);
    i = token ? token.end : i + 1;
  }
  return tokens;
}

/** The readings of a surface form at `start` that its surroundings allow. */
function viableReadings(
  text: string,
  start: number,
  surface: Surface,
  parent: Token | undefined,
  lex: Lexicon,
): Reading[] {
  const end = start + surface.text.length;
  const after = text.slice(end, end + 4);
  // 华北区域 is a region, 东方市场 a market: a generic that is really the first half of a word.
  if (
    (surface.text.endsWith('区') && after.startsWith('域')) ||
    (surface.text.endsWith('市') && after.startsWith('场'))
  )
    return [];
  const readings = surface.readings.filter((r) => {
    if (trapped(text, start, r, lex)) return false;
    return r.form !== 'short' || !SHORT_NAME_CUT_OFF.test(after);
  });
  const county = readings.filter(isCountyLevel);
  if (county.length === 0) return readings;
  const underParent = parent ? county.filter((r) => hasParentIn(r, parent)) : [];
  if (underParent.length > 0) return underParent;
  const others = readings.filter((r) => !isCountyLevel(r));
  const standsAlone =
    surface.countyUnits === 1 &&
    !lex.needsParent.has(surface.text) &&
    (!isWeak(surface.text) || BOUNDARY_BEFORE.test(text.slice(Math.max(0, start - 2), start)));
  return standsAlone ? [...others, ...county] : others;
}

/** Two-character county names and county-level cities ending 城市 end too many ordinary words (示范县, 沿海城市). */
function isWeak(name: string): boolean {
  return [...name].length === 2 || name.endsWith('城市');
}

/** Whether a word trap of the reading's core name fires at `start`. */
function trapped(text: string, start: number, reading: Reading, lex: Lexicon): boolean {
  const core = reading.entry.coreZh;
  const trap = lex.trapsByName.get(core);
  if (!trap || !text.startsWith(core, start)) return false;
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(start + core.length, start + core.length + 4);
  return (trap.before?.test(before) ?? false) || (trap.after?.test(after) ?? false);
}

interface Candidate {
  start: number;
  end: number;
  reading: Reading;
  /** Whether a parent came before it (湖北武汉, 北京市门头沟区). */
  chained: boolean;
  /** The province a short name also names (吉林), taken when the list it stands in is a list of provinces. */
  province?: Reading;
}

function resolve(text: string, tokens: Token[], lex: Lexicon): PlaceMention[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length;) {
    let last = tokens[i]!;
    let readings = last.readings;
    let j = i + 1;
    // Follow the chain while each name lies inside the one before it.
    for (; j < tokens.length && follows(text, last, tokens[j]!.start); j++) {
      const inside = tokens[j]!.readings.filter((r) => hasParentIn(r, last));
      if (inside.length === 0) break;
      last = tokens[j]!;
      readings = inside;
    }
    // 吉林 alone reads as the city, unless a list of provinces makes it the province (below).
    const named = readings.some((r) => r.form !== 'context') ? readings.filter((r) => r.form !== 'context') : readings;
    const province = readings.find((r) => r.form === 'context');
    // Two live readings (two units sharing one name) name nothing certain.
    if (named.length === 1) {
      candidates.push({
        start: tokens[i]!.start,
        end: last.end,
        reading: named[0]!,
        chained: j - i > 1,
        ...(province ? { province } : {}),
      });
    }
    i = j;
  }

  const live = candidates.filter((c) => !ORGANISATION_AFTER.test(text.slice(c.end, c.end + 16)));
  const accepted = new Set(live.filter((c) => !needsContext(text, c, lex)));
  // A name still in doubt counts beside an accepted place in a list (长春、吉林、四平),
  // or beside another province's name (湖北、湖南), which makes both provinces.
  const provinceOf = (c: Candidate) => (c.reading.form === 'context' ? c.reading : c.province);
  for (let grew = true; grew;) {
    grew = false;
    live.forEach((c, k) => {
      if (accepted.has(c)) return;
      for (const n of [live[k - 1], live[k + 1]]) {
        if (!n || !LIST_GAP.test(n.end <= c.start ? text.slice(n.end, c.start) : text.slice(c.end, n.start))) continue;
        const nIsProvince = accepted.has(n)
          ? PROVINCE_LEVELS.has(n.reading.entry.place.level)
          : provinceOf(n) !== undefined;
        if (!accepted.has(n) && !(nIsProvince && provinceOf(c))) continue;
        if (nIsProvince && provinceOf(c)) c.reading = provinceOf(c)!;
        accepted.add(c);
        grew = true;
        return;
      }
    });
  }
  return live
    .filter((c) => accepted.has(c))
    .map((c) => ({ place: c.reading.entry.place, start: c.start, end: c.end, matched: text.slice(c.start, c.end) }));
}

/**
 * Whether a candidate still needs a neighbour to count: a province's short
 * name standing alone (湖北 counts in 北京、天津、河北, not in 黄河南岸), or a
 * guarded short name (SHORT_NAMES_NEEDING_CONTEXT) with no place word after it.
 */
function needsContext(text: string, c: Candidate, lex: Lexicon): boolean {
  if (c.reading.form === 'context') return !c.chained;
  if (c.reading.form !== 'short' || c.chained || !lex.needsContext.has(c.reading.entry.coreZh)) return false;
  return !PLACE_WORDS_AFTER.test(text.slice(c.end, c.end + 8));
}
