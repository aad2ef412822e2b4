import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BATCHES, splitBatch } from '../lib/page-batches.ts';

/**
 * Writes every page the build rendered in batches (notice pages, source views) to its own
 * file, then removes the batch pages (see src/lib/page-batches.ts for why and how).
 */
export function pageBatches(): AstroIntegration {
  return {
    name: 'pilot-policy-archive:page-batches',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const folder = join(dist, BATCHES);
        if (!existsSync(folder)) return; // an archive without notices
        let pages = 0;
        for (const batch of readdirSync(folder).sort()) {
          const file = join(folder, batch, 'index.html');
          for (const page of splitBatch(readFileSync(file, 'utf8'), file)) {
            const target = join(dist, page.file);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, page.html);
            pages++;
          }
        }
        rmSync(folder, { recursive: true });
        logger.info(`${pages} pages written from their batches`);
      },
    },
  };
}
