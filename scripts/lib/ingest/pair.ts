import { docKey } from './text/doc-numbers.ts';
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
  const vetoed = (a: string, b: string) =>
    Boolean(sidecars.get(a)?.notPairedWith?.includes(b) || sidecars.get(b)?.notPairedWith?.includes(a));
  const anchors = new Map(docs.map((d) => [d.file, pairingAnchors(d)]));
  // Shared anchors counted through an index from anchor to documents: only documents sharing at least
  // MIN_SHARED anchors are scored, with no n² scan over every pair.
  const sharing = (among: Pairable[]) => {
    const index = new Map<string, Pairable[]>();
    for (const d of among) for (const a of anchors.get(d.file)!) (index.get(a) ?? index.set(a, []).get(a)!).push(d);
    return (doc: Pairable) => {
      const counts = new Map<Pairable, number>();
      for (const a of anchors.get(doc.file)!)
        for (const other of index.get(a) ?? []) counts.set(other, (counts.get(other) ?? 0) + 1);
      return counts;
    };
  };
  const best = (doc: Pairable, shareWith: (doc: Pairable) => Map<Pairable, number>) => {
    const size = anchors.get(doc.file)!.size;
    let top: { other: Pairable; value: number } | undefined;
    for (const [other, shared] of shareWith(doc)) {
      if (shared < MIN_SHARED || vetoed(doc.file, other.file)) continue;
      const overlap = shared / Math.max(1, Math.min(size, anchors.get(other.file)!.size));
      if (overlap < MIN_OVERLAP) continue;
      const value = shared + overlap;
      if (!top || value > top.value || (value === top.value && other.file.localeCompare(top.other.file) < 0))
        top = { other, value };
    }
    return top;
  };
  const sharedAnchors = (a: Pairable, b: Pairable) =>
    [...anchors.get(a.file)!].filter((x) => anchors.get(b.file)!.has(x)).sort();

  const chinese = sharing(free('zh'));
  const english = free('en');
  const englishSharing = sharing(english);
  for (const en of english) {
    const match = best(en, chinese);
    if (!match || best(match.other, englishSharing)?.other.file !== en.file) continue;
    pairings.push({
      original: match.other.file,
      translation: en.file,
      by: 'text',
      shared: sharedAnchors(en, match.other),
    });
    used.add(en.file).add(match.other.file);
  }
  for (const doc of docs) if (!used.has(doc.file)) pairings.push({ original: doc.file, by: 'single' });
  return pairings.sort((a, b) => a.original.localeCompare(b.original));
}
