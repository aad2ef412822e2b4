/**
 * Reads source files as received, at build time only (never in the browser).
 * `ARCHIVE_SEEDS_DIR` points a test build at fixture seeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const seedsDir = process.env.ARCHIVE_SEEDS_DIR ?? 'seeds';

/** The exact bytes of a source file. */
export function sourceBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(seedsDir, file)));
}

/**
 * A source's text as received: its bytes decoded with the encoding the ingest
 * recorded (a byte-order mark dropped, as the ingest's decoder drops it),
 * nothing else changed; detection is not run again.
 */
export function sourceText(file: string, encoding: string): string {
  return new TextDecoder(encoding, { fatal: true }).decode(sourceBytes(file));
}

/** A notice's sources, each with its text as received (sourceText). */
export function sourcesAsReceived<S extends { file: string; encoding: string }>(n: {
  sources: S[];
}): Array<S & { text: string }> {
  return n.sources.map((s) => ({ ...s, text: sourceText(s.file, s.encoding) }));
}
