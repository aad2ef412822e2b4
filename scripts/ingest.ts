/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--cache-dir DIR] [--no-cache]`:
 * turns the sources in `seeds/` into validated MDX notices in `content/notices/`.
 *
 * Reads like a table of contents: read → ingest (decode, extract, normalize,
 * segment, metadata, pair, align, validate) → write. On any bad source it
 * reports every one, exits 1, and leaves the output folder exactly as it was.
 * Unchanged sources and notices come from the cache (by content hash and
 * code version), so a re-run reads only what changed; the output is the same
 * bytes either way.
 */
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { codeVersion, folderCache } from './lib/ingest/cache.ts';
import { IngestErrors } from './lib/ingest/errors.ts';
import { ingest } from './lib/ingest/index.ts';
import { readGlossary, readSeeds } from './lib/ingest/read.ts';
import { writeNotices } from './lib/ingest/write.ts';

const root = dirname(import.meta.dirname);
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    glossary: { type: 'string', default: 'content/glossary.yaml' },
    cache: { type: 'boolean', default: true },
    'cache-dir': { type: 'string', default: join(root, 'node_modules/.cache/pilot-policy-archive/ingest') },
  },
  allowNegative: true,
});
const seedsDir = values.seeds.replace(/\/+$/, '');

// read: every source and sidecar in the seeds folder, sorted by name
const folder = readSeeds(seedsDir);
// cache: what earlier runs of this code made of the same inputs
const cache = values.cache ? folderCache(values['cache-dir'], codeVersion(root)) : undefined;

let result;
try {
  // glossary: key terms whose first occurrence in each notice links to its entry
  const glossary = readGlossary(values.glossary);
  // every stage between the disk edges, on plain data
  result = ingest(folder, { ...(glossary ? { glossary } : {}), ...(cache ? { cache } : {}) });
} catch (error) {
  if (!(error instanceof IngestErrors)) throw error;
  for (const e of error.errors) console.error(`${seedsDir}/${e.file}: ${e.problem}`);
  const files = new Set(error.errors.map((e) => e.file)).size;
  console.error(`ingest: ${error.errors.length} problem(s) in ${files} file(s); nothing written to ${values.out}/`);
  process.exit(1);
}

// write: content/notices/<id>.mdx, only what changed, stale notices removed
const report = writeNotices(values.out, result.files);

for (const line of result.summary) console.log(line);
for (const line of result.warnings) console.log(`warning: ${line}`);
console.log(
  `ingest: ${folder.sources.length} sources → ${result.notices.length} notices in ${values.out}/notices/ ` +
    `(${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed; ` +
    `${result.reused.documents} sources and ${result.reused.notices} notices reused from the cache)`,
);
