import { docKey } from '../metadata/doc-numbers.ts';
import type { DocumentMeta } from '../metadata/index.ts';
import type { Sidecar } from './sidecar.ts';
import type { Lang } from './types.ts';

/** What pairing needs of a document: its file, language and derived metadata. */
export interface Pairable {
  file: string;
  lang: Lang;
  meta: Pick<DocumentMeta, 'places' | 'cites' | 'dates' | 'counts' | 'docNumber' | 'mentionedDates'>;
}

export interface Pairing {
  original: string;
  translation?: string;
  by: 'single' | 'text' | 'sidecar';
  /** For text pairings: the anchors both documents share. */
  shared?: string[];
}

/** Thresholds: enough shared facts, and most of the smaller document's facts shared. */
const MIN_SHARED = 3;
const MIN_OVERLAP = 0.5;

/**
 * Facts two renderings of one notice share whatever the language: places,
 * document numbers (year + serial), dates in the text, stated counts.
 */
export function pairingAnchors(doc: Pairable): Set<string> {
  const { meta } = doc;
  return new Set([
    ...meta.places.map((p) => `place:${p.place.slug}`),
    ...meta.cites.flatMap((c) => (c.number ? [`doc:${docKey(c.number)}`] : [])),
    ...(meta.docNumber ? [`doc:${docKey(meta.docNumber)}`] : []),
    // Publication dates differ between an original and its translation's outlet; dates in the text do not.
    ...meta.mentionedDates.map((d) => `date:${d}`),
    ...meta.counts.map((c) => `count:${c.value}`),
  ]);
}

/**
 * The pair stage: which English source translates which Chinese one.
 * Sidecars decide first (`translationOf`); the rest pair by the facts they
 * share, when the match is mutual-best and clears the thresholds. Every
 * source ends up in exactly one pairing; output is sorted by original file.
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
  const vetoed = (a: string, b: string) => Boolean(sidecars.get(a)?.notPairedWith?.includes(b) || sidecars.get(b)?.notPairedWith?.includes(a));
  const anchors = new Map(docs.map((d) => [d.file, pairingAnchors(d)]));
  const score = (a: Pairable, b: Pairable) => {
    if (vetoed(a.file, b.file)) return { value: 0, shared: [] as string[] };
    const A = anchors.get(a.file)!;
    const B = anchors.get(b.file)!;
    const shared = [...A].filter((x) => B.has(x)).sort();
    const overlap = shared.length / Math.max(1, Math.min(A.size, B.size));
    return { value: shared.length >= MIN_SHARED && overlap >= MIN_OVERLAP ? shared.length + overlap : 0, shared };
  };
  // Only documents sharing at least one anchor can score above zero: look those up, not every document.
  const byAnchor = (among: Pairable[]) => {
    const index = new Map<string, Pairable[]>();
    for (const d of among) for (const a of anchors.get(d.file)!) index.set(a, [...(index.get(a) ?? []), d]);
    return (doc: Pairable) => new Set([...anchors.get(doc.file)!].flatMap((a) => index.get(a) ?? []));
  };
  const best = (doc: Pairable, candidates: (doc: Pairable) => Set<Pairable>) =>
    [...candidates(doc)]
      .map((other) => ({ other, ...score(doc, other) }))
      .filter((s) => s.value > 0)
      .sort((x, y) => y.value - x.value || x.other.file.localeCompare(y.other.file))[0];

  const chinese = byAnchor(free('zh'));
  const english = free('en');
  const englishSharing = byAnchor(english);
  for (const en of english) {
    const match = best(en, chinese);
    if (!match || best(match.other, englishSharing)?.other.file !== en.file) continue;
    pairings.push({ original: match.other.file, translation: en.file, by: 'text', shared: match.shared });
    used.add(en.file).add(match.other.file);
  }
  for (const doc of docs) if (!used.has(doc.file)) pairings.push({ original: doc.file, by: 'single' });
  return pairings.sort((a, b) => a.original.localeCompare(b.original));
}
