/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--cache-dir DIR] [--no-cache] [--lock-wait SECONDS]`:
 * turns the sources in `seeds/` into validated MDX notices in `content/notices/`.
 *
 * Reads like a table of contents: lock → read → ingest (decode, extract,
 * normalize, segment, metadata, pair, align, validate) → write (a
 * transaction). On any bad source, sidecar or glossary it reports every one,
 * exits 1, and leaves the output folder exactly as it was. Unchanged sources
 * and notices come from the cache (by content hash and code version), so a
 * re-run reads only what changed; the output is the same bytes either way.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { codeVersion, folderCache } from './lib/ingest/cache.ts';
import { IngestErrors, printable, type SourceError } from './lib/ingest/errors.ts';
import { ingest, type IngestResult } from './lib/ingest/index.ts';
import { acquireLock, describeHolder, LockedError } from './lib/ingest/lock.ts';
import { readGlossary, readSeeds } from './lib/ingest/read.ts';
import { separateAttachments } from './lib/attachments/seeds.ts';
import { priorIds, recoverNotices, writeNotices } from './lib/ingest/write.ts';

const root = dirname(import.meta.dirname);
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    glossary: { type: 'string', default: 'content/glossary.yaml' },
    cache: { type: 'boolean', default: true },
    'cache-dir': { type: 'string', default: join(root, 'node_modules/.cache/pilot-policy-archive/ingest') },
    'lock-wait': { type: 'string', default: '600' },
  },
  allowNegative: true,
});
const seedsDir = values.seeds.replace(/\/+$/, '');
// Every line printed is escaped: a file name may hold a newline or a terminal escape.
const say = (line: string) => console.log(printable(line));
const complain = (line: string) => console.error(printable(line));

// lock: one ingest at a time per output folder; a second waits, a crashed holder's lock is taken over
mkdirSync(values.out, { recursive: true });
let release: () => void;
try {
  release = acquireLock(values.out, {
    waitMs: Number(values['lock-wait']) * 1000,
    onWait: (h) => complain(`ingest: waiting for the ingest already writing to ${values.out}/ (${describeHolder(h)})`),
    onStale: (h) => complain(`ingest: taking over the lock of an ingest that is gone (${describeHolder(h)})`),
  });
} catch (error) {
  if (!(error instanceof LockedError)) throw error;
  complain(error.message);
  process.exit(1);
}

// recover: an ingest killed between its two renames left the old notices aside; put them back
recoverNotices(values.out);

// cache: what earlier runs of this code made of the same inputs
const cache = values.cache ? folderCache(values['cache-dir'], codeVersion(root)) : undefined;
// read: every source and sidecar in the seeds folder, sorted by name; links and pipes refused
const seeds = readSeeds(seedsDir);
// attachments: 附件 files (.xls, .docx, .pdf, HTML tables, text lists) told from notices and read into rows
const { folder, attachments } = await separateAttachments(seeds, cache);
// glossary: key terms whose first occurrence in each notice links to its entry
const glossary = readGlossary(values.glossary);

let result: IngestResult | undefined;
const problems: string[] = glossary.errors.map((e) => `${e.file}: ${e.problem}`);
let bad: SourceError[] = glossary.errors;
try {
  // every stage between the disk edges, on plain data
  result = ingest(folder, {
    ...(glossary.terms ? { glossary: glossary.terms } : {}),
    ...(cache ? { cache } : {}),
    // ids already handed out stay: a notice keeps its URL when a further witness of it arrives
    priorIds: () => priorIds(values.out),
    attachments,
  });
} catch (error) {
  if (!(error instanceof IngestErrors)) throw error;
  problems.push(...error.errors.map((e) => `${seedsDir}/${e.file}: ${e.problem}`));
  bad = [...bad, ...error.errors];
}
if (!result || problems.length > 0) {
  for (const line of problems) complain(line);
  const files = new Set(bad.map((e) => e.file)).size;
  complain(`ingest: ${problems.length} problem(s) in ${files} file(s); nothing written to ${values.out}/`);
  release();
  process.exit(1);
}

// write: content/notices/ as a whole, swapped in at once; nothing touched when nothing changed
const report = writeNotices(values.out, result.files);
release();

for (const line of result.summary) say(line);
for (const line of result.warnings) say(`warning: ${line}`);
say(
  `ingest: ${folder.sources.length} sources${attachments.length ? ` and ${attachments.length} attachments` : ''} → ${result.notices.length} notices in ${values.out}/notices/ ` +
    `(${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed; ` +
    `${result.reused.documents} sources and ${result.reused.notices} notices reused from the cache)`,
);
