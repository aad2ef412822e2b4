import { allFullDatesIn } from './text/dates.ts';
import { docKey, docNumbersIn, type DocNumber } from './text/doc-numbers.ts';
import { batchIn, programsIn } from '../metadata/programs.ts';
import type { DocumentMeta } from '../metadata/index.ts';
import type { Sidecar } from './sidecar.ts';
import type { Lang, Paragraph } from './types.ts';

/** What pairing needs of a document: its file, language, paragraphs and derived metadata. */
export interface Pairable {
  file: string;
  lang: Lang;
  paragraphs: Array<Pick<Paragraph, 'text' | 'role'>>;
  meta: Pick<
    DocumentMeta,
    'title' | 'docType' | 'documentKind' | 'places' | 'cites' | 'dates' | 'counts' | 'docNumber' | 'mentionedDates'
  >;
}

export interface Pairing {
  original: string;
  translation?: string;
  by: 'single' | 'text' | 'sidecar';
  /** For text pairings: the anchors both documents share. */
  shared?: string[];
  /**
   * For an English source left alone: the Chinese source it may translate,
   * the evidence for it and why it was not paired (for the ingest summary).
   */
  possible?: { original: string; evidence: string[]; doubt: string };
}

/**
 * The whole-document evidence that an English source translates a Chinese
 * one. `conflicts` are facts a translation cannot have (another document
 * number, dates its original lacks, a different 文种): any one rules the
 * pair out. `kinds` name the independent kinds of evidence found.
 */
export interface Evidence {
  score: number;
  kinds: Set<EvidenceKind>;
  /** What supports the pair, in words, for the summary. */
  notes: string[];
  conflicts: string[];
}

export type EvidenceKind = 'number' | 'title' | 'dates' | 'places' | 'counts' | 'cites';

/**
 * Thresholds. A pair needs a score of PAIR_MIN from at least two kinds of
 * evidence and must beat the runner-up, on both sides, by MARGIN. A
 * candidate worth POSSIBLE_MIN is named in the summary when it is not paired.
 */
export const PAIR_MIN = 4;
export const MIN_KINDS = 2;
export const MARGIN = 2;
const POSSIBLE_MIN = 2;

/**
 * English characters per Chinese character (white space aside) that a
 * translation of the whole document can have. The seeds' pair gives 2.96;
 * received translations of notices run from about 1.6 (a loose one) to 4.
 * A brief about a notice, or a notice summarised in a paragraph, falls out.
 */
export const LENGTH_RATIO: readonly [number, number] = [1.2, 6];
/** Candidates scored per document: those sharing the most anchors (the rest cannot win by a margin anyway). */
const MAX_CANDIDATES = 8;
/** Shared anchors a candidate needs before it is scored at all. */
const MIN_SHARED = 2;

/** The kind of document, as far as pairing is concerned: a translation is of the same kind as its original. */
export type PairKind = 'official' | 'report' | 'brief';

/**
 * Facts two renderings of one notice share whatever the language: places,
 * document numbers (year + serial), dates in the text, stated counts.
 */
export function pairingAnchors(doc: Pairable): Set<string> {
  return profileOf(doc).anchors;
}

/** What pairing reads of a document, computed once per document (the paragraph positions only when scored). */
interface Profile {
  anchors: Set<string>;
  own: { number: DocNumber; paragraph: number } | undefined;
  chars: number;
  at?: Map<string, number>;
}
const profiles = new WeakMap<Pairable, Profile>();

function profileOf(doc: Pairable): Profile {
  let profile = profiles.get(doc);
  if (profile) return profile;
  const { meta } = doc;
  const own = findOwnNumber(doc);
  profile = {
    anchors: new Set([
      ...meta.places.map((p) => `place:${p.place.slug}`),
      ...meta.cites.flatMap((c) => (c.number ? [`doc:${docKey(c.number)}`] : [])),
      ...(own ? [`doc:${docKey(own.number)}`] : []),
      // Publication dates differ between an original and its translation's outlet; dates in the text do not.
      ...meta.mentionedDates.map((d) => `date:${d}`),
      ...meta.counts.map((c) => `count:${c.value}`),
    ]),
    own,
    chars: doc.paragraphs.reduce((n, p) => n + p.text.replace(/\s+/gu, '').length, 0),
  };
  profiles.set(doc, profile);
  return profile;
}

/** Each pairing anchor with the first paragraph that states it. */
function located(doc: Pairable): Map<string, number> {
  const profile = profileOf(doc);
  if (profile.at) return profile.at;
  const { meta } = doc;
  const at = new Map<string, number>();
  const put = (anchor: string, paragraph: number) => {
    if (!at.has(anchor) || at.get(anchor)! > paragraph) at.set(anchor, paragraph);
  };
  for (const p of meta.places) put(`place:${p.place.slug}`, p.paragraphs[0] ?? 0);
  for (const c of meta.cites) if (c.number) put(`doc:${docKey(c.number)}`, c.paragraph);
  if (profile.own) put(`doc:${docKey(profile.own.number)}`, profile.own.paragraph);
  if (meta.mentionedDates.length)
    doc.paragraphs.forEach((p, i) => {
      for (const d of allFullDatesIn(p.text)) put(`date:${d}`, i);
    });
  for (const c of meta.counts) put(`count:${c.value}`, c.paragraph);
  return (profile.at = at);
}

/**
 * The document's own number: the one its number line prints, or a line near
 * the top that is nothing but a number (an English translation's
 * `Guo Han [2023] No. 58`), or one closing its title line.
 */
export function ownNumber(doc: Pairable): { number: DocNumber; paragraph: number } | undefined {
  return profileOf(doc).own;
}

function findOwnNumber(doc: Pairable): { number: DocNumber; paragraph: number } | undefined {
  const numberLine = doc.paragraphs.findIndex((p) => p.role === 'number');
  if (doc.meta.docNumber) return { number: doc.meta.docNumber, paragraph: Math.max(0, numberLine) };
  for (let i = 0; i < Math.min(3, doc.paragraphs.length); i++) {
    const text = doc.paragraphs[i]!.text.trim();
    const numbers = docNumbersIn(text);
    const last = numbers.at(-1);
    if (!last) continue;
    // what is left beside the number: nothing, or an agency code romanised without stops (Guo Han)
    const rest = (text.slice(0, last.start) + text.slice(last.end)).replace(/[\s()（）]/g, '');
    if (rest.length <= 3 || /^[A-Za-z.]{1,16}$/.test(rest) || (i === 0 && /^[\s)）]*$/.test(text.slice(last.end))))
      return { number: last, paragraph: i };
  }
  return undefined;
}

/**
 * What a document is, for pairing: an official document (notice, reply,
 * opinion…), a news report, or a periodical's brief. The metadata stage reads
 * English official documents poorly (no title or number roles), so their
 * features are looked for here: a closing date line, a number line, a
 * salutation, or a title naming an official kind.
 */
export function pairKind(doc: Pairable): PairKind {
  if (doc.meta.docType === 'news-brief') return 'brief';
  if (doc.meta.docType === 'notice') return 'official';
  if (doc.lang === 'zh') return 'report';
  const top = doc.paragraphs.slice(0, 4).map((p) => p.text.trim());
  const official =
    doc.meta.dates.signed !== undefined ||
    ownNumber(doc) !== undefined ||
    top.some((t) => t.length < 400 && /:$/.test(t)) ||
    englishKind(titleOf(doc) ?? '') !== undefined;
  return official ? 'official' : 'report';
}

/** The title: the one the metadata read, else an English first line that reads as a heading (no closing period). */
function titleOf(doc: Pairable): string | undefined {
  if (doc.meta.title) return doc.meta.title;
  const first = doc.paragraphs[0]?.text.trim();
  return first && doc.lang === 'en' && first.length <= 300 && !/[.:;]$/.test(first) ? first : undefined;
}

/** 文种 families: a 通知 is rendered Notice or Circular, a 批复 or 函 Reply or Letter. */
const FAMILY: Record<string, string> = {
  notice: 'notice',
  circular: 'notice',
  reply: 'reply',
  letter: 'reply',
  opinion: 'opinion',
  decision: 'decision',
  plan: 'plan',
  measures: 'measures',
  regulations: 'regulations',
  rules: 'regulations',
  announcement: 'announcement',
  'public-notice': 'announcement',
};

const EN_KINDS: Array<[RegExp, string]> = [
  [/\b(?:Official\s+)?Repl(?:y|ies)\b/, 'reply'],
  [/\bLetter\b/, 'reply'],
  [/\bNotice\b/, 'notice'],
  [/\bCircular\b/, 'notice'],
  [/\bOpinions?\b/, 'opinion'],
  [/\bDecision\b/, 'decision'],
  [/\b(?:Implementation\s+|Work\s+)?Plan\b/, 'plan'],
  [/\bMeasures\b/, 'measures'],
  [/\b(?:Regulations|Provisions|Rules)\b/, 'regulations'],
  [/\bAnnouncement\b/, 'announcement'],
];

/**
 * The 文种 family an English title names: the first kind word before its
 * "of"/"on" (`Notice of the … on Issuing the Plan` is a notice).
 */
export function englishKind(title: string): string | undefined {
  const head = /^(.*?)\s(?:of|on|by|for)\s/.exec(title)?.[1] ?? title;
  if (head.length > 80) return undefined;
  for (const [re, family] of EN_KINDS) if (re.test(head)) return family;
  return undefined;
}

/** Kendall-style agreement of the order of shared anchors: the share of comparable pairs in the same order. */
function orderAgreement(shared: string[], a: Map<string, number>, b: Map<string, number>) {
  let [same, comparable] = [0, 0];
  for (let i = 0; i < shared.length; i++) {
    for (let j = i + 1; j < shared.length; j++) {
      const da = a.get(shared[i]!)! - a.get(shared[j]!)!;
      const db = b.get(shared[i]!)! - b.get(shared[j]!)!;
      if (da === 0 || db === 0) continue;
      comparable++;
      if (Math.sign(da) === Math.sign(db)) same++;
    }
  }
  return { comparable, share: comparable ? same / comparable : 1 };
}

const chars = (doc: Pairable) => profileOf(doc).chars;
const prefixed = (xs: Iterable<string>, kind: string) => [...xs].filter((x) => x.startsWith(`${kind}:`));
/** Years a title names (2024年度 ↔ 2024), in order, once each. */
const yearsIn = (title: string) => [...new Set(title.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [])];
const bare = (xs: string[]) => xs.map((x) => x.slice(x.indexOf(':') + 1)).sort();

/**
 * The evidence that `en` translates `zh`, over the whole document: document
 * number, title, dates, places, counts and cited documents, whether the
 * anchors they share come in the same order, and whether the length is that
 * of a translation of the whole. Both must be of the same kind (a news report
 * about a notice is not its translation); callers check that first.
 */
export function evidence(en: Pairable, zh: Pairable): Evidence {
  const ev: Evidence = { score: 0, kinds: new Set(), notes: [], conflicts: [] };
  const [ea, za] = [located(en), located(zh)];
  const add = (kind: EvidenceKind | undefined, score: number, note?: string) => {
    ev.score += score;
    if (kind) ev.kinds.add(kind);
    if (note) ev.notes.push(note);
  };

  // document number: a translation prints its original's number, and cites it nowhere else
  const [eo, zo] = [ownNumber(en), ownNumber(zh)];
  if (eo && zo) {
    if (docKey(eo.number) === docKey(zo.number)) add('number', 4, `document number ${zo.number.text}`);
    else ev.conflicts.push(`its number ${eo.number.text} is not ${zo.number.text}`);
  }
  if (zo && !eo && en.meta.cites.some((c) => c.number && docKey(c.number) === docKey(zo.number)))
    ev.conflicts.push(`it cites ${zo.number.text}, the number of ${zh.file}: it is about that document`);
  if (eo && !zo && zh.meta.cites.some((c) => c.number && docKey(c.number) === docKey(eo.number)))
    ev.conflicts.push(`${zh.file} cites its number ${eo.number.text}: that one is about it`);
  const ownKeys = new Set([eo, zo].flatMap((o) => (o ? [`doc:${docKey(o.number)}`] : [])));
  const cites = prefixed(ea.keys(), 'doc').filter((d) => za.has(d) && !ownKeys.has(d));
  if (cites.length) add('cites', Math.min(2, cites.length), `cites ${bare(cites).join(', ')}`);

  // title: what the English title names (文种, batch) agrees with the Chinese one
  const [et, zt] = [titleFacts(en), titleFacts(zh)];
  if (et && zt) {
    const [ek, zk] = [et.kind, zh.meta.documentKind ? FAMILY[zh.meta.documentKind] : undefined];
    const [eb, zb] = [et.batch, zt.batch];
    const agree: string[] = [];
    const also: string[] = [];
    if (ek && zk && ek !== zk) ev.conflicts.push(`its title names a ${ek}, ${zh.file} is a ${zk}`);
    else if (ek && zk) agree.push(ek);
    if (eb && zb && eb !== zb) ev.conflicts.push(`its title names batch ${eb}, ${zh.file} batch ${zb}`);
    else if (eb && zb) agree.push(`batch ${eb}`);
    const [ey, zy] = [et.years, zt.years];
    if (ey.length && zy.length && !ey.some((y) => zy.includes(y)))
      ev.conflicts.push(`its title names ${ey.join(', ')}, ${zh.file} ${zy.join(', ')}`);
    else if (ey.some((y) => zy.includes(y))) agree.push(ey.filter((y) => zy.includes(y)).join(', '));
    const [eg, zg] = [et.programs, zt.programs];
    if (eg.length && zg.length && !eg.some((g) => zg.includes(g)))
      ev.conflicts.push(`its title names another program (${eg.join(', ')}; ${zh.file}: ${zg.join(', ')})`);
    else if (eg.some((g) => zg.includes(g))) agree.push(eg.filter((g) => zg.includes(g)).join(', '));
    const inTitle = (doc: Pairable, at: Map<string, number>) =>
      new Set(prefixed(at.keys(), 'place').filter((p) => at.get(p) === 0));
    const [ep, zp] = [inTitle(en, ea), inTitle(zh, za)];
    const places = [...ep].filter((p) => zp.has(p));
    if (ep.size && zp.size && places.length === 0) ev.conflicts.push(`its title names other places`);
    else if (places.length) also.push(bare(places).join(', '));
    // A 文种 alone is weak (most are notices), and so is a place alone (a story about the city names it too).
    const facts = [...agree, ...also];
    if (facts.length >= 2 || (agree.length === 1 && !ek)) add('title', 1.5, `title (${facts.join('; ')})`);
    else if (facts.length) add(undefined, 0.5);
  }

  // dates: a translation adds no dates; it may drop the signature date
  const [ed, zd] = [new Set(prefixed(ea.keys(), 'date')), new Set(prefixed(za.keys(), 'date'))];
  const datesShared = [...ed].filter((d) => zd.has(d));
  const enOnly = [...ed].filter((d) => !zd.has(d));
  if (en.meta.dates.signed && zh.meta.dates.signed && en.meta.dates.signed !== zh.meta.dates.signed)
    ev.conflicts.push(`signed ${en.meta.dates.signed}, ${zh.file} ${zh.meta.dates.signed}`);
  if (ed.size > 0 && datesShared.length / ed.size < 0.5)
    ev.conflicts.push(`its dates ${bare(enOnly).join(', ')} are not in ${zh.file}`);
  if (datesShared.length) add('dates', Math.min(3, datesShared.length), `dates ${bare(datesShared).join(', ')}`);
  add(undefined, -1.5 * enOnly.length - Math.min(1, 0.25 * (zd.size - datesShared.length)));

  // places and counts; a province named beside one of its cities adds nothing (武汉, 湖北 is one place)
  const [eps, zps] = [prefixed(ea.keys(), 'place'), prefixed(za.keys(), 'place')];
  const places = distinctPlaces(
    eps.filter((p) => za.has(p)),
    zh,
  );
  if (places.length >= 2)
    add('places', 1 + (2 * places.length) / Math.max(eps.length, zps.length), `${places.length} places`);
  else if (places.length === 1) add(undefined, 0.5);
  const ec = prefixed(ea.keys(), 'count');
  const counts = ec.filter((c) => za.has(c));
  if (counts.length) add('counts', Math.min(2, counts.length), `count ${bare(counts).join(', ')}`);
  add(undefined, -(ec.length - counts.length));

  // order: the anchors both carry come in the same order
  const shared = [...ea.keys()].filter((a) => za.has(a)).sort();
  const order = orderAgreement(shared, ea, za);
  if (order.comparable >= 3 && order.share < 0.6)
    ev.conflicts.push(`shared facts in another order (${Math.round(order.share * 100)}% agree)`);
  else if (order.comparable >= 3 && order.share >= 0.8) add(undefined, 1, 'in the same order');

  // length: a translation of the whole document, not a summary of it
  const ratio = chars(en) / Math.max(1, chars(zh));
  if (ratio < LENGTH_RATIO[0] || ratio > LENGTH_RATIO[1])
    ev.conflicts.push(`length ratio ${ratio.toFixed(1)} (a translation of the whole runs ${LENGTH_RATIO.join('–')})`);
  else ev.notes.push(`length ratio ${ratio.toFixed(1)}`);
  ev.score = Math.round(ev.score * 100) / 100;
  return ev;
}

/** What a title names, read once per document. */
interface TitleFacts {
  kind: string | undefined;
  batch: number | undefined;
  years: string[];
  programs: string[];
}
const titles = new WeakMap<Pairable, TitleFacts | null>();

function titleFacts(doc: Pairable): TitleFacts | undefined {
  if (!titles.has(doc)) {
    const title = titleOf(doc);
    titles.set(
      doc,
      title
        ? { kind: englishKind(title), batch: batchIn(title), years: yearsIn(title), programs: programsIn(title) }
        : null,
    );
  }
  return titles.get(doc) ?? undefined;
}

/** Place anchors less the provinces whose own cities or counties are among them. */
function distinctPlaces(anchors: string[], doc: Pairable): string[] {
  const bySlug = new Map(doc.meta.places.map((p) => [`place:${p.place.slug}`, p.place]));
  const provincesWithin = new Set(
    anchors.flatMap((a) => {
      const place = bySlug.get(a);
      return place && place.level !== 'province' ? [place.province.code] : [];
    }),
  );
  return anchors.filter((a) => {
    const place = bySlug.get(a);
    return !(place?.level === 'province' && provincesWithin.has(place.code ?? ''));
  });
}

/** A scored candidate: the other document and the evidence for the pair. */
interface Candidate {
  other: Pairable;
  ev: Evidence;
}

/**
 * The pair stage: which English source translates which Chinese one.
 * Sidecars decide first (`translationOf`); the rest pair only on strong
 * evidence over the whole document (see `evidence`): documents of the same
 * kind, no conflicting fact, a score of PAIR_MIN from at least MIN_KINDS
 * kinds of evidence, and a lead of MARGIN over the runner-up on both sides.
 * Otherwise the English stays alone, with the best candidate noted as
 * `possible` for the summary. Every source ends up in exactly one pairing;
 * output is sorted by original file.
 */
export function pair(docs: Pairable[], sidecars: Map<string, Sidecar>): Pairing[] {
  const pairings: Pairing[] = [];
  const used = new Set<string>();
  for (const doc of docs) {
    const target = sidecars.get(doc.file)?.translationOf;
    if (target === undefined) continue;
    pairings.push({ original: target, translation: doc.file, by: 'sidecar' });
    used.add(target).add(doc.file);
  }

  const free = (lang: Lang) => docs.filter((d) => d.lang === lang && !used.has(d.file));
  const vetoed = (a: string, b: string) =>
    Boolean(sidecars.get(a)?.notPairedWith?.includes(b) || sidecars.get(b)?.notPairedWith?.includes(a));
  const anchors = new Map(docs.map((d) => [d.file, pairingAnchors(d)]));
  const kinds = new Map(docs.map((d) => [d.file, pairKind(d)]));
  // Shared anchors counted through an index from anchor to documents, with no n² scan over every pair.
  const chinese = free('zh');
  const index = new Map<string, Pairable[]>();
  for (const d of chinese) for (const a of anchors.get(d.file)!) (index.get(a) ?? index.set(a, []).get(a)!).push(d);

  const byEnglish = new Map<string, Candidate[]>();
  const byChinese = new Map<string, Array<Candidate & { en: Pairable }>>();
  const english = free('en');
  for (const en of english) {
    const counts = new Map<Pairable, number>();
    for (const a of anchors.get(en.file)!)
      for (const zh of index.get(a) ?? []) counts.set(zh, (counts.get(zh) ?? 0) + 1);
    // the MAX_CANDIDATES sharing the most anchors, kept in order as they come (no sort of every document sharing some)
    const kind = kinds.get(en.file);
    const top: Array<[Pairable, number]> = [];
    for (const [zh, n] of counts) {
      if (n < MIN_SHARED || kinds.get(zh.file) !== kind || vetoed(en.file, zh.file)) continue;
      const at = top.findIndex(([other, m]) => n > m || (n === m && zh.file < other.file));
      if (at >= 0) top.splice(at, 0, [zh, n]);
      else if (top.length < MAX_CANDIDATES) top.push([zh, n]);
      if (top.length > MAX_CANDIDATES) top.pop();
    }
    const scored = top
      .map(([zh]) => ({ other: zh, ev: evidence(en, zh) }))
      .filter((c) => c.ev.conflicts.length === 0)
      .sort(byScore);
    byEnglish.set(en.file, scored);
    for (const c of scored) {
      const list = byChinese.get(c.other.file) ?? byChinese.set(c.other.file, []).get(c.other.file)!;
      list.push({ other: en, ev: c.ev, en });
    }
  }
  for (const list of byChinese.values()) list.sort(byScore);

  for (const en of english) {
    const [best, second] = byEnglish.get(en.file)!;
    if (!best || best.ev.score < POSSIBLE_MIN) continue;
    const rivals = byChinese.get(best.other.file)!.filter((c) => c.other !== en);
    const doubt =
      best.ev.score < PAIR_MIN || best.ev.kinds.size < MIN_KINDS
        ? 'the evidence is thin'
        : second && best.ev.score - second.ev.score < MARGIN
          ? `${second.other.file} is as close`
          : rivals[0] && rivals[0].ev.score > best.ev.score - MARGIN
            ? `${rivals[0].other.file} is as close a translation of it`
            : undefined;
    if (doubt) {
      pairings.push({
        original: en.file,
        by: 'single',
        possible: { original: best.other.file, evidence: best.ev.notes, doubt },
      });
      used.add(en.file);
      continue;
    }
    pairings.push({
      original: best.other.file,
      translation: en.file,
      by: 'text',
      shared: [...anchors.get(en.file)!].filter((a) => anchors.get(best.other.file)!.has(a)).sort(),
    });
    used.add(en.file).add(best.other.file);
  }
  for (const doc of docs) if (!used.has(doc.file)) pairings.push({ original: doc.file, by: 'single' });
  return pairings.sort((a, b) => a.original.localeCompare(b.original));
}

const byScore = (a: Candidate, b: Candidate) => b.ev.score - a.ev.score || a.other.file.localeCompare(b.other.file);
