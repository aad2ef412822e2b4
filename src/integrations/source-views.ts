import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SOURCE_VIEW_BATCHES, splitSourceViews } from '../lib/source-views.ts';

/**
 * Writes each notice's source view (/notices/<id>/source/) from the batch pages the build
 * rendered, then removes the batch pages (see src/lib/source-views.ts for why and how).
 */
export function sourceViews(): AstroIntegration {
  return {
    name: 'pilot-policy-archive:source-views',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const folder = join(dist, SOURCE_VIEW_BATCHES);
        if (!existsSync(folder)) return; // an archive without notices
        let views = 0;
        for (const batch of readdirSync(folder).sort()) {
          const page = join(folder, batch, 'index.html');
          for (const view of splitSourceViews(readFileSync(page, 'utf8'), page)) {
            const target = join(dist, view.file);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, view.html);
            views++;
          }
        }
        rmSync(folder, { recursive: true });
        logger.info(`${views} source views written`);
      },
    },
  };
}
