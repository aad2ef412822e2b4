/**
 * An attachment's file exactly as received (`/notices/<id>/attachments/<n>/<file>`), checked
 * against the SHA-256 the ingest recorded; an HTML or text list is published as `.txt`.
 */
import { createHash } from 'node:crypto';
import type { APIRoute } from 'astro';
import { allNotices } from '../../../../../lib/collections.ts';
import { attachmentFileName } from '../../../../../lib/paths.ts';
import { sourceBytes } from '../../../../../lib/sources-fs.ts';

export async function getStaticPaths() {
  return (await allNotices()).flatMap((notice) =>
    notice.attachments.map((a) => ({
      params: { id: notice.id, n: String(a.n), file: attachmentFileName(a.file, a.format) },
      props: { file: a.file, sha256: a.sha256 },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { file, sha256 } = props as { file: string; sha256: string };
  const bytes = sourceBytes(file);
  const found = createHash('sha256').update(bytes).digest('hex');
  if (found !== sha256)
    throw new Error(`${file}: SHA-256 ${found} is not the ${sha256} the ingest recorded; run npm run ingest`);
  return new Response(bytes.slice().buffer as ArrayBuffer);
};
