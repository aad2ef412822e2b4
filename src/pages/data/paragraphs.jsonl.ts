import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { noticePath } from '../../lib/paths.ts';
import { rowTexts } from '../../lib/row-text.ts';
import { absoluteUrl } from '../../lib/site-url.ts';
import type { ParagraphRecord } from '../../schemas/exports.ts';

/** Every aligned row of every notice, one JSON object a line (schema: /data/paragraphs.schema.json). */
export const GET: APIRoute = async ({ site }) => {
  const entries = (await getCollection('notices')).sort((a, b) => a.data.id.localeCompare(b.data.id));
  const lines = entries.flatMap(({ data: n, body }) =>
    rowTexts(body ?? '').map((r): ParagraphRecord => {
      const path = noticePath(n.id, r.anchor);
      return {
        notice: n.id,
        anchor: r.anchor,
        url: absoluteUrl(site, path),
        path,
        zh: r.zh,
        en: r.en,
        provenance: n.languages,
        confidence: r.confidence,
        flagged: n.consistency.some((c) => c.paragraph === r.anchor),
      };
    }),
  );
  return new Response(lines.map((l) => JSON.stringify(l)).join('\n') + '\n', {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' },
  });
};
