import { getCollection } from 'astro:content';
import type { Notice } from '../schemas/notice.ts';

/** Every notice's data, sorted by id so that generated files are stable. */
export async function allNotices(): Promise<Notice[]> {
  return (await getCollection('notices')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}
