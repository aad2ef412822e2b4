import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { noticeRecord, type NoticeRecord } from '../schemas/exports.ts';

const read = new Map<string, { mtimeMs: number; notices: NoticeRecord[] }>();

/**
 * The notices of a built site, from its /data/notices.json, checked against the schema: the list
 * the integrations work from once the build is done. Read and checked once per built folder
 * (11.5 MB at 10,000 notices) however many integrations ask; a file written since is read again.
 */
export function builtNotices(dist: string): NoticeRecord[] {
  const file = join(dist, 'data/notices.json');
  const { mtimeMs } = statSync(file);
  const known = read.get(file);
  if (known?.mtimeMs === mtimeMs) return known.notices;
  const notices = z.array(noticeRecord).parse(JSON.parse(readFileSync(file, 'utf8')));
  read.set(file, { mtimeMs, notices });
  return notices;
}
