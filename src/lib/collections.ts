import { getCollection, type CollectionEntry } from 'astro:content';
import type { Notice } from '../schemas/notice.ts';
import { citingNotices, resolveCitations } from './notices.ts';
import { rowTexts, type RowText } from './row-text.ts';

/** Every notice's data, sorted by id so that generated files are stable. */
export async function allNotices(): Promise<Notice[]> {
  return (await getCollection('notices')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** Each notice with what its page shows beside its text: the documents it cites, and the notices that cite it. */
export function noticePages(entries: CollectionEntry<'notices'>[]) {
  const all = entries.map((e) => e.data);
  return entries.map((entry) => ({
    entry,
    cites: resolveCitations(entry.data, all),
    citedBy: citingNotices(entry.data, all),
  }));
}

/** Every notice's rows as plain text, by notice id (from the MDX bodies the ingest wrote). */
export async function noticeTexts(): Promise<Map<string, RowText[]>> {
  return new Map((await getCollection('notices')).map((e) => [e.data.id, rowTexts(e.body ?? '')]));
}
