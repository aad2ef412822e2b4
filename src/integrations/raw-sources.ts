import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtNotices } from './built-notices.ts';
import { rawSourcePath } from '../lib/paths.ts';
import { sourceBytes } from '../lib/sources-fs.ts';

/**
 * Publishes every source file byte for byte beside its notice
 * (`/notices/<id>/source/<file>.txt`, see paths.ts) once the site is
 * built. It copies files rather than rendering a route per file: a copy
 * costs a fraction of a millisecond, a route over a millisecond each.
 * The list is the built /data/notices.json, and each copy is checked
 * against the SHA-256 recorded at ingest.
 */
export function rawSources(): AstroIntegration {
  return {
    name: 'pilot-policy-archive:raw-sources',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const notices = builtNotices(dist);
        let files = 0;
        for (const notice of notices) {
          for (const source of notice.sources) {
            const bytes = sourceBytes(source.file);
            const sha256 = createHash('sha256').update(bytes).digest('hex');
            if (sha256 !== source.sha256)
              throw new Error(
                `${source.file}: SHA-256 ${sha256} is not the ${source.sha256} the ingest recorded; run npm run ingest`,
              );
            const target = join(dist, rawSourcePath(notice.id, source.file));
            mkdirSync(join(target, '..'), { recursive: true });
            writeFileSync(target, bytes);
            files++;
          }
        }
        logger.info(`${files} source files published as received`);
      },
    },
  };
}
