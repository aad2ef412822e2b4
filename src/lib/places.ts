import type { Notice } from '../schemas/notice.ts';
import { batchKey, programBatches, type Batch } from './program-data.ts';
import { programId } from '../schemas/notice.ts';

type Place = Notice['places'][number];

/** A place with a page: its record, the batches that designate it, and the notices naming it. */
export interface PlaceEntry {
  place: Place;
  entries: Batch[];
  mentions: Notice[];
}

/**
 * Whether the places a notice names have pages: those of a notice about a program do (a notice
 * outside every program names places only in passing). The place pages, the place index and a
 * notice's "Places named" links all go by this, so no link points to a page never built.
 */
export function namesPlacesWithPages(n: Pick<Notice, 'programs'>): boolean {
  return n.programs.length > 0;
}

/** Every place with a page, by slug, with its batches and the notices naming it (indexed once, not per place). */
export function placeEntries(notices: Notice[]): PlaceEntry[] {
  const batches = programId.options.flatMap((program) => programBatches(notices, program));
  const places = new Map<string, PlaceEntry>();
  for (const n of notices) {
    if (!namesPlacesWithPages(n)) continue;
    for (const p of n.places) {
      const entry = places.get(p.slug);
      if (entry) entry.place = p;
      else places.set(p.slug, { place: p, entries: [], mentions: [] });
    }
  }
  // A place listed only in an attachment list (a batch's list held) has a page too.
  for (const b of batches)
    for (const p of b.places)
      if (b.list && !places.has(p.slug)) places.set(p.slug, { place: p, entries: [], mentions: [] });
  for (const n of notices) for (const slug of new Set(n.places.map((p) => p.slug))) places.get(slug)?.mentions.push(n);
  for (const b of batches) for (const slug of new Set(b.places.map((p) => p.slug))) places.get(slug)?.entries.push(b);
  return [...places.values()];
}

/** Places grouped by province (in GB/T 2260 code order), each province's places by code then name. */
export function byProvince(entries: PlaceEntry[]): Array<{ province: Place['province']; places: PlaceEntry[] }> {
  const groups = Map.groupBy(entries, (e) => e.place.province.code);
  return [...groups.values()]
    .map((list) => ({
      province: list[0]!.place.province,
      places: list.sort(
        (a, b) =>
          (a.place.code ?? '999999').localeCompare(b.place.code ?? '999999') || a.place.zh.localeCompare(b.place.zh),
      ),
    }))
    .sort((a, b) => a.province.code.localeCompare(b.province.code));
}

/** The distinct batches a place is in, each once (a batch may name it in several clauses). */
export function pilotStatus(entry: PlaceEntry): Batch[] {
  return [...new Map(entry.entries.map((b) => [`${batchKey(b)}-${b.entryType}`, b])).values()];
}
