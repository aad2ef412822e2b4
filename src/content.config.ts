import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { notice } from './schemas/notice.ts';

/**
 * Notices written by the ingest. `ARCHIVE_CONTENT_DIR` lets a test build the
 * site from fixture content instead of `content/`.
 */
const contentDir = process.env.ARCHIVE_CONTENT_DIR ?? './content';

export const collections = {
  notices: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/notices` }),
    schema: notice,
  }),
};
