/**
 * Reads source files as received, at build time only (never in the browser).
 * `ARCHIVE_SEEDS_DIR` points a test build at fixture seeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../scripts/lib/ingest/decode.ts';

const seedsDir = process.env.ARCHIVE_SEEDS_DIR ?? 'seeds';

/** The exact bytes of a source file. */
export function sourceBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(seedsDir, file)));
}

/** A source's text as received: decoded with the encoding the ingest found, nothing else changed. */
export function sourceText(file: string): string {
  return decode({ file, bytes: sourceBytes(file) }).text;
}
