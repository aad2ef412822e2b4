import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { rawSourceName } from '../../../../lib/source-path.ts';
import { sourceBytes } from '../../../../lib/sources-fs.ts';

/** Each source file byte for byte, beside the notice it belongs to, always as a .txt (see source-path.ts). */
export const getStaticPaths = (async () => {
  const notices = await getCollection('notices');
  return notices.flatMap((entry) => entry.data.sources.map((s) => ({ params: { id: entry.data.id, file: rawSourceName(s.file) }, props: { file: s.file } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(new Blob([sourceBytes(props.file as string) as Uint8Array<ArrayBuffer>]));
