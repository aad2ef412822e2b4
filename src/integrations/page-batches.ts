import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtNotices } from './built-notices.ts';
import { BATCH_FOLDER, splitBatch } from '../lib/page-batches.ts';
import { noticePath, sourceViewPath } from '../lib/paths.ts';

/**
 * Writes every page the build rendered in batches (notice pages, source views) to its own
 * file, then removes the batch pages (see src/lib/page-batches.ts for why and how). Every
 * notice in the built /data/notices.json must get both its pages, and no file is overwritten.
 *
 * It also tells the routes which way to render (`__BATCHED_PAGES__`): in batches for `astro build`,
 * one route per page for `astro dev`. Not `import.meta.env.DEV`, which follows NODE_ENV (test
 * runners set `test`), nor an `import.meta.env` key, which an environment variable would override.
 */
export function pageBatches(): AstroIntegration {
  return {
    name: 'pilot-policy-archive:page-batches',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __BATCHED_PAGES__: JSON.stringify(command === 'build') } } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const notices = builtNotices(dist);
        const expected = new Set(notices.flatMap((n) => [noticePath(n.id), sourceViewPath(n.id)]));
        const folder = join(dist, BATCH_FOLDER);
        const batchFiles = existsSync(folder) ? readdirSync(folder).sort() : [];
        for (const batch of batchFiles) {
          const file = join(folder, batch, 'index.html');
          for (const page of splitBatch(readFileSync(file, 'utf8'), file)) {
            if (!expected.delete(page.path))
              throw new Error(`${file}: ${page.path} is not a page of a notice in data/notices.json, or came twice`);
            const target = join(dist, page.file);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, page.html, { flag: 'wx' });
          }
        }
        if (expected.size > 0)
          throw new Error(
            `no batch held ${[...expected].slice(0, 3).join(', ')}${expected.size > 3 ? ` and ${expected.size - 3} more` : ''}`,
          );
        rmSync(folder, { recursive: true, force: true });
        logger.info(`${notices.length * 2} notice pages and source views written from ${batchFiles.length} batches`);
      },
    },
  };
}
