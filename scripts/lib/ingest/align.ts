/**
 * Paragraph alignment of a Chinese notice with its English translation.
 *
 * Gale & Church (1993): dynamic programming over "beads" (1-1, 1-0, 0-1,
 * 2-1, 1-2 paragraphs) scored by how well their lengths fit, with two
 * extra kinds of evidence notices give: anchors both sides carry (numbers,
 * dates, document numbers, places) and paragraph roles.
 */
import { anchorsOf } from './anchors.ts';
import { LENGTH_RATIO } from './pair.ts';
import type { AlignedRow, Lang, Role } from './types.ts';

/** One paragraph to align. */
export interface AlignUnit {
  text: string;
  role: Role;
  /** Extra anchors the caller knows, e.g. place codes `place:370300`; shared ones pull paragraphs together. */
  anchors?: string[];
}

/** A step of the alignment: how many Chinese and English paragraphs it takes, and its prior as a cost (−ln P). */
interface Bead {
  zh: number;
  en: number;
  prior: number;
}

/** Gale & Church's bead frequencies (1-1 .89, 1-0 and 0-1 .0099, 2-1 and 1-2 .089), each pair split evenly. */
const BEADS: readonly Bead[] = [
  { zh: 1, en: 1, prior: -Math.log(0.89) },
  { zh: 1, en: 0, prior: -Math.log(0.0099 / 2) },
  { zh: 0, en: 1, prior: -Math.log(0.0099 / 2) },
  { zh: 2, en: 1, prior: -Math.log(0.089 / 2) },
  { zh: 1, en: 2, prior: -Math.log(0.089 / 2) },
];

/** Roles translators of notices often drop (title lines, document number, contacts, signature, date, 此件主动公开, 抄送). */
const OFTEN_UNTRANSLATED = new Set<Role>(['title', 'number', 'contact', 'signature', 'date', 'note', 'cc']);
/** Running text: what the length ratio is estimated on, and what pairs with itself as the normal case. */
const BODY_LIKE = new Set<Role>(['body', 'salutation']);

/** Cost of a paragraph of an often-dropped role standing alone: cheap, but dearer than a good pair. */
const UNTRANSLATED_COST = 0.7;
/** English characters per Chinese character when the input gives nothing to estimate it from. */
const DEFAULT_RATIO = 3;
/**
 * Variance of the English length around its expectation, per English
 * character. Gale & Church measured 6.8 on the Hansard; Chinese→English
 * translations of notices are much looser (±25 % per paragraph is common).
 */
const VARIANCE = 30;
/** Both sides' segmenters calling a paragraph the salutation (or title, date…) is evidence in itself. */
const [SAME_ROLE_BONUS, ROLE_MISMATCH] = [1, 1.5];
/** How much one shared anchor is worth, by kind: a document number or full date is near proof, a small number is not. */
const ANCHOR_WEIGHT: Record<string, number> = { doc: 2, date: 2, place: 1, pct: 1, year: 1, num: 0.5 };
/** Shared anchors lower a pair's cost by their weight up to a cap; translators drop or rephrase numbers, so one-sided ones cost little. */
const [SHARED_CAP, UNSHARED_EACH, UNSHARED_CAP] = [4, 0.25, 1];
/** The share of a row's length cost that counts against its confidence whatever else it has, when no anchor is shared. */
const UNANCHORED_LENGTH_SHARE = 0.25;
/** Cost at which confidence falls to 1/e. */
const CONFIDENCE_SCALE = 5;

/** What the aligner needs of a paragraph: its length in characters (whitespace aside), role and anchors. */
type Profile = { length: number; role: Role; anchors: Set<string> };

/**
 * Aligns the paragraphs of a Chinese notice with those of its English
 * translation into rows, in document order: monotonic (no crossing), every
 * paragraph of both sides in exactly one row.
 *
 * A 2-1 or 1-2 bead becomes two rows, since a row holds one paragraph per
 * side: the first with both indexes, the second with the extra paragraph
 * alone; both carry the bead's confidence. So does a title set on several
 * lines that pairs with a one-line title: its first line pairs, the rest
 * follow alone. When one side is empty every row is one-sided by
 * necessity, with confidence 1.
 *
 * The English/Chinese length ratio is estimated from the input (body and
 * salutation paragraphs), then re-estimated once from the pairs a first pass
 * found, so a translation that leaves paragraphs out does not skew it.
 *
 * @example
 *   align(
 *     [{ text: '住房和城乡建设部关于…的通知', role: 'title' }, { text: '各省、自治区…：', role: 'salutation' }],
 *     [{ text: 'All provinces, autonomous regions…:', role: 'salutation' }],
 *   ) // [{ zh: 0, confidence: 0.87 }, { zh: 1, en: 0, confidence: 1 }]
 */
export function align(zh: AlignUnit[], en: AlignUnit[]): AlignedRow[] {
  if (en.length === 0) return zh.map((_, i) => ({ zh: i, confidence: 1 }));
  if (zh.length === 0) return en.map((_, i) => ({ en: i, confidence: 1 }));
  const zs = zh.map((u) => profile(u, 'zh'));
  const es = en.map((u) => profile(u, 'en'));
  const estimate = lengthRatio(zs, es);
  const pairs = bestPath(zs, es, estimate).filter(
    (s) => s.bead.zh === 1 && s.bead.en === 1 && BODY_LIKE.has(zs[s.zh]!.role) && BODY_LIKE.has(es[s.en]!.role),
  );
  const refined = lengthRatio(
    pairs.map((s) => zs[s.zh]!),
    pairs.map((s) => es[s.en]!),
  );
  return bestPath(zs, es, refined ?? estimate).flatMap(rowsOf);
}

/**
 * A ratio estimated from the input, kept within what a translation can have
 * (LENGTH_RATIO): estimated from a document and a text that is no translation
 * of it (a short story against a long notice), it would make any lengths fit.
 */
function plausible(ratio: number | undefined): number | undefined {
  return ratio === undefined ? undefined : Math.min(LENGTH_RATIO[1], Math.max(LENGTH_RATIO[0], ratio));
}

function profile(unit: AlignUnit, lang: Lang): Profile {
  return {
    length: unit.text.replace(/\s+/gu, '').length,
    role: unit.role,
    anchors: new Set([...anchorsOf(unit.text, lang), ...(unit.anchors ?? [])]),
  };
}

/**
 * English characters per Chinese character over the body-like paragraphs
 * (all paragraphs when there are none); `undefined` when there is nothing to count.
 */
function lengthRatio(zs: Profile[], es: Profile[]): number | undefined {
  const bodyLike = (ps: Profile[]) => ps.filter((p) => BODY_LIKE.has(p.role));
  const total = (ps: Profile[]) => sum(bodyLike(ps).length ? bodyLike(ps) : ps);
  const [z, e] = [total(zs), total(es)];
  return z > 0 && e > 0 ? plausible(e / z) : undefined;
}

/** A bead placed in the alignment: it starts at paragraph `zh` and `en`. */
interface Step {
  bead: Bead;
  zh: number;
  en: number;
  confidence: number;
}

/** The cheapest monotonic path of beads through both paragraph lists (Gale & Church's dynamic programming). */
function bestPath(zs: Profile[], es: Profile[], ratio = DEFAULT_RATIO): Step[] {
  const width = es.length + 1;
  const cost = new Float64Array((zs.length + 1) * width).fill(Infinity);
  const via: Bead[] = [];
  const [zhRuns, enRuns] = [titleRuns(zs), titleRuns(es)];
  cost[0] = 0;
  for (let i = 0; i <= zs.length; i++) {
    for (let j = 0; j <= es.length; j++) {
      for (const bead of beadsEndingAt(zhRuns[i]!, enRuns[j]!)) {
        const [pi, pj] = [i - bead.zh, j - bead.en];
        if (pi < 0 || pj < 0) continue;
        const total = cost[pi * width + pj]! + beadCost(bead, zs.slice(pi, i), es.slice(pj, j), ratio).cost;
        // Strict `<` with beads in a fixed order: ties always resolve the same way.
        if (total < cost[i * width + j]!) [cost[i * width + j], via[i * width + j]] = [total, bead];
      }
    }
  }
  const steps: Step[] = [];
  for (let i = zs.length, j = es.length; i > 0 || j > 0;) {
    const bead = via[i * width + j]!;
    [i, j] = [i - bead.zh, j - bead.en];
    const { confidence } = beadCost(bead, zs.slice(i, i + bead.zh), es.slice(j, j + bead.en), ratio);
    steps.push({ bead, zh: i, en: j, confidence });
  }
  return steps.reverse();
}

/**
 * Gale & Church's beads, plus one for a title set on several lines
 * (GB/T 9704 breaks long titles for layout) against a title on one: all of
 * the run with the one paragraph, at the price of a 1-1 bead, since it is
 * one title either way.
 */
function beadsEndingAt(zhRun: number, enRun: number): readonly Bead[] {
  if (zhRun < 2 && enRun < 2) return BEADS;
  const prior = BEADS[0]!.prior;
  return [
    ...BEADS,
    ...(zhRun > 1 ? [{ zh: zhRun, en: 1, prior }] : []),
    ...(enRun > 1 ? [{ zh: 1, en: enRun, prior }] : []),
  ];
}

/** For each end position 0…n, how many title lines run up to it: computed once, not per cell of the table. */
function titleRuns(ps: Profile[]): number[] {
  const runs = [0];
  for (const p of ps) runs.push(p.role === 'title' ? runs.at(-1)! + 1 : 0);
  return runs;
}

/**
 * A bead's cost, and the confidence that goes with it. A pair costs its
 * prior plus its fit (length, roles, anchors); confidence comes from the fit
 * alone, since a rarer bead that fits well is no less right. Without an
 * anchor both sides share, the same role on both sides offsets at most
 * three quarters of a length that does not fit: such a row is never
 * certain (confidence 1). A paragraph
 * alone costs what its role makes it: little for an often-dropped role,
 * Gale & Church's 1-0 prior for running text, which is then a likely miss.
 */
function beadCost(bead: Bead, zs: Profile[], es: Profile[], ratio: number): { cost: number; confidence: number } {
  const alone = zs.length === 0 ? es[0] : es.length === 0 ? zs[0] : undefined;
  if (alone) {
    const cost = OFTEN_UNTRANSLATED.has(alone.role) ? UNTRANSLATED_COST : bead.prior;
    return { cost, confidence: confidenceOf(cost) };
  }
  const length = lengthCost(sum(zs), sum(es), ratio);
  const anchors = anchorCost(zs, es);
  const fit = length + roleCost(zs, es) + anchors.cost;
  return {
    cost: bead.prior + fit,
    confidence: confidenceOf(anchors.shared > 0 ? fit : Math.max(fit, length * UNANCHORED_LENGTH_SHARE)),
  };
}

/**
 * −ln of the probability of a length difference at least this large, the
 * difference measured in standard deviations of a normal (Gale & Church's δ).
 */
function lengthCost(zhLength: number, enLength: number, ratio: number): number {
  const expected = zhLength * ratio;
  const delta = Math.abs(enLength - expected) / Math.sqrt(VARIANCE * Math.max(1, (enLength + expected) / 2));
  return -Math.log(2) - logUpperTail(delta);
}

/**
 * ln P(Z > x) for a standard normal, x ≥ 0, in log form so far tails do not
 * underflow to ln 0 (Abramowitz & Stegun 26.2.17, error < 7.5e-8).
 */
function logUpperTail(x: number): number {
  const t = 1 / (1 + 0.2316419 * x);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return -(x * x) / 2 - Math.log(Math.sqrt(2 * Math.PI)) + Math.log(poly);
}

/**
 * Worst role pairing in the bead. The same special role on both sides
 * (salutation, title, date…) is evidence: `body` is only the default, so
 * body with body, or body with salutation, is merely normal.
 */
function roleCost(zs: Profile[], es: Profile[]): number {
  const pairs = zs.flatMap((z) => es.map((e) => [z.role, e.role] as const));
  return Math.max(
    ...pairs.map(([z, e]) =>
      z === e && z !== 'body' ? -SAME_ROLE_BONUS : BODY_LIKE.has(z) && BODY_LIKE.has(e) ? 0 : ROLE_MISMATCH,
    ),
  );
}

/** Shared anchors lower the cost by their weight (capped); anchors on one side only raise it a little. */
function anchorCost(zs: Profile[], es: Profile[]): { cost: number; shared: number } {
  const [z, e] = [union(zs), union(es)];
  const shared = [...z].filter((a) => e.has(a));
  const unshared = z.size + e.size - 2 * shared.length;
  const bonus = shared.reduce((sum, a) => sum + (ANCHOR_WEIGHT[a.slice(0, a.indexOf(':'))] ?? 1), 0);
  return {
    cost: Math.min(UNSHARED_CAP, unshared * UNSHARED_EACH) - Math.min(SHARED_CAP, bonus),
    shared: shared.length,
  };
}

/** Cost 0 or less is certainty; the rest decays exponentially. Two decimals keep output stable across float noise. */
function confidenceOf(cost: number): number {
  return Math.round(Math.exp(-Math.max(0, cost) / CONFIDENCE_SCALE) * 100) / 100;
}

/**
 * The rows a bead becomes: its first paragraphs paired, then what one side
 * has beyond the other (the second of a 2-1 bead), each alone.
 */
function rowsOf({ bead, zh, en, confidence }: Step): AlignedRow[] {
  return Array.from({ length: Math.max(bead.zh, bead.en) }, (_, k) => ({
    ...(k < bead.zh ? { zh: zh + k } : {}),
    ...(k < bead.en ? { en: en + k } : {}),
    confidence,
  }));
}

const sum = (ps: Profile[]): number => ps.reduce((total, p) => total + p.length, 0);
const union = (ps: Profile[]): Set<string> =>
  ps.length === 1 ? ps[0]!.anchors : new Set(ps.flatMap((p) => [...p.anchors]));
