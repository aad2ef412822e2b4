/**
 * The register of issuing bodies (`issuers.json`): the State Council and its
 * General Office, the Party Central Committee and the Central Military
 * Commission, every constituent department, directly affiliated body and
 * national bureau with its official English name, former names with the years
 * they were in use (建设部 → 住房和城乡建设部 in 2008); and the people's
 * governments of provinces and prefectures, their general offices and
 * departments, built from the place gazetteer when a text names them.
 */
import register from './issuers.json' with { type: 'json' };
import { allPlaces, type Place } from '../places/index.ts';

export interface Agency {
  id: string;
  zh: string;
  en: string;
  abbr?: string;
  /** Forms seen in sources; matched longest first. */
  aliases: string[];
  /** First and last year the body bore this name, when it was renamed or merged. */
  from?: number;
  until?: number;
  /** The id of the body that took over its work. */
  successor?: string;
}

interface RegisterBody {
  id: string;
  zh: string;
  en: string;
  abbr?: string;
  aliases: string[];
  kind: string;
  generalOffice?: boolean;
  from?: number;
  until?: number;
  successor?: string;
}

/** English abbreviations too common as words to match on their own. */
const UNSAFE_ABBR = new Set([
  'SAFE',
  'NEA',
  'MOT',
  'MOE',
  'MOC',
  'MOP',
  'MOH',
  'MOA',
  'MOJ',
  'MOF',
  'NAO',
  'GAS',
  'SOA',
  'NRA',
]);

function fromRegister(b: RegisterBody): Agency[] {
  const english = [b.en, ...(b.abbr && !UNSAFE_ABBR.has(b.abbr) && /^[A-Z]{3,}$/.test(b.abbr) ? [b.abbr] : [])];
  const body: Agency = {
    id: b.id,
    zh: b.zh,
    en: b.en,
    ...(b.abbr ? { abbr: b.abbr } : {}),
    aliases: [b.zh, ...b.aliases, ...english],
    ...(b.from ? { from: b.from } : {}),
    ...(b.until ? { until: b.until } : {}),
    ...(b.successor ? { successor: b.successor } : {}),
  };
  if (!b.generalOffice) return [body];
  const office: Agency = {
    id: `${b.id}-general-office`,
    zh: `${b.zh}办公厅`,
    en: `General Office of the ${b.en}`,
    aliases: [
      ...[b.zh, ...b.aliases].map((n) => `${n}办公厅`),
      `General Office of the ${b.en}`,
      ...(b.id === 'state-council' ? ['国办'] : b.id === 'cpc-central-committee' ? ['中办'] : []),
    ],
    ...(b.from ? { from: b.from } : {}),
    ...(b.until ? { until: b.until } : {}),
    ...(b.successor ? { successor: `${b.successor}-general-office` } : {}),
  };
  return [body, office];
}

/** Every national body of the register, general offices included. */
export const AGENCIES: Agency[] = (register.bodies as RegisterBody[]).flatMap(fromRegister);

const BY_ID = new Map(AGENCIES.map((a) => [a.id, a]));

/** The register's body with this id (national bodies only). */
export function agencyById(id: string): Agency | undefined {
  return BY_ID.get(id);
}

/** Every alias, longest first, so 住房和城乡建设部办公厅 wins over 住房和城乡建设部. */
const ALIASES = AGENCIES.flatMap((agency) => agency.aliases.map((alias) => ({ alias, agency }))).sort(
  (a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias),
);

/** A national short name (发展改革委) right after a place's generic (省, 市) names that place's own body. */
const NATIONAL_PREFIX = /^(?:国家|国务院|中华|中国|全国|中共|中央)/;

const LOCAL_LEVELS = new Set(['province', 'municipality', 'autonomous-region', 'prefecture-city', 'prefecture']);

interface LocalMatcher {
  re: RegExp;
  places: Map<string, Place>;
  departments: Map<string, { id: string; en: string }>;
}

let local: LocalMatcher | undefined;

/** The pattern of local bodies, built once from the gazetteer and the register's department kinds. */
function localMatcher(): LocalMatcher {
  if (local) return local;
  const places = new Map<string, Place>();
  for (const p of allPlaces()) if (LOCAL_LEVELS.has(p.level) && !places.has(p.zh)) places.set(p.zh, p);
  const departments = new Map<string, { id: string; en: string }>();
  for (const d of register.departments) for (const zh of d.zh) departments.set(zh, { id: d.id, en: d.en });
  const alt = (names: Iterable<string>) =>
    [...names]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
  const re = new RegExp(
    `(${alt(places.keys())})(?:(人民政府办公厅|人民政府办公室|政府办公厅|政府办公室|人民政府|政府)|(${alt(departments.keys())})(厅|局|委员会|委))`,
    'g',
  );
  local = { re, places, departments };
  return local;
}

/** `People's Government of Hebei Province`, `Zibo Municipal People's Government`. */
function governmentEn(place: Place): string {
  switch (place.level) {
    case 'province':
      return `People's Government of ${place.en} Province`;
    case 'autonomous-region':
      return `People's Government of ${place.en} Autonomous Region`;
    case 'municipality':
      return `People's Government of ${place.en} Municipality`;
    case 'prefecture-city':
      return `${place.en} Municipal People's Government`;
    default:
      return `${place.en} People's Government`;
  }
}

function adjective(place: Place): string {
  return place.level === 'province'
    ? 'Provincial'
    : place.level === 'autonomous-region'
      ? 'Autonomous Regional'
      : 'Municipal';
}

/** A local body a match of the local pattern names. */
function localAgency(m: RegExpExecArray, matcher: LocalMatcher): Agency {
  const place = matcher.places.get(m[1]!)!;
  const gov = m[2];
  if (gov) {
    const office = /办公[厅室]$/.test(gov);
    const zh = `${place.zh}人民政府${office ? gov.slice(-3) : ''}`;
    const en = office ? `General Office of the ${governmentEn(place)}` : governmentEn(place);
    return { id: `gov-${place.slug}${office ? '-general-office' : ''}`, zh, en, aliases: [m[0]] };
  }
  const dept = matcher.departments.get(m[3]!)!;
  const kind = m[4]!;
  const en =
    kind === '厅'
      ? `${place.en} ${adjective(place)} Department of ${dept.en}`
      : kind === '局'
        ? `${place.en} ${adjective(place)} Bureau of ${dept.en}`
        : `${place.en} ${adjective(place)} ${dept.en} Commission`;
  return { id: `${place.slug}-${dept.id}`, zh: m[0], en, aliases: [m[0]] };
}

/**
 * Bodies named in a text, in order of first mention, each once. Overlapping
 * mentions resolve to the longest; an English abbreviation must stand as a
 * whole word; a national short name after a place (山东省发展改革委) is the
 * place's own body.
 *
 * @example
 *   agenciesIn('住房和城乡建设部、工业和信息化部组织').map((a) => a.abbr) // ['MOHURD', 'MIIT']
 *   agenciesIn('淄博市人民政府办公室').map((a) => a.id)              // ['gov-zibo-general-office']
 */
export function agenciesIn(text: string): Agency[] {
  const hits: Array<{ at: number; end: number; agency: Agency }> = [];
  const matcher = localMatcher();
  for (const m of text.matchAll(matcher.re)) {
    hits.push({ at: m.index, end: m.index + m[0].length, agency: localAgency(m as RegExpExecArray, matcher) });
  }
  for (const { alias, agency } of ALIASES) {
    let at = text.indexOf(alias);
    while (at !== -1) {
      const end = at + alias.length;
      const whole = !/^[A-Z]+$/.test(alias) || (!/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[end] ?? ''));
      const ownPlace = !NATIONAL_PREFIX.test(alias) && /[省市县区州盟旗]$/.test(text.slice(Math.max(0, at - 1), at));
      if (whole && !ownPlace) hits.push({ at, end, agency });
      at = text.indexOf(alias, end);
    }
  }
  // longest first, then leftmost: each character belongs to one mention
  hits.sort((a, b) => b.end - b.at - (a.end - a.at) || a.at - b.at);
  const taken: boolean[] = [];
  const kept: typeof hits = [];
  for (const h of hits) {
    if (taken.slice(h.at, h.end).some(Boolean)) continue;
    for (let i = h.at; i < h.end; i++) taken[i] = true;
    kept.push(h);
  }
  const seen = new Set<string>();
  return kept
    .sort((a, b) => a.at - b.at)
    .filter(({ agency }) => !seen.has(agency.id) && seen.add(agency.id))
    .map(({ agency }) => agency);
}
