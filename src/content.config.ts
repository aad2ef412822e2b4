import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossaryTerm } from './schemas/glossary.ts';
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
  /** Key terms, hand-kept in content/glossary.yaml (the ingest links notices to them). */
  glossary: defineCollection({
    loader: file('content/glossary.yaml'),
    schema: glossaryTerm,
  }),
};
