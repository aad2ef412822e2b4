import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * What the ingest remembers between runs, so that an unchanged source is not
 * read again: stage results by a key that hashes everything they depend on.
 * The pipeline reads and writes it through `throughCache`; where entries
 * live is the caller's choice (a folder for the CLI).
 */
export interface IngestCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** SHA-256 of the parts, each length-prefixed so that `ab`+`c` and `a`+`bc` differ. */
export function cacheKey(kind: string, ...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256').update(kind);
  for (const part of parts) hash.update(`\0${part.length}\0`).update(part);
  return `${kind}-${hash.digest('hex')}`;
}

/**
 * The value stored under `key`, else `compute()`'s, stored for the next run;
 * `reused` says which. Without a cache it always computes.
 */
export function throughCache<T>(
  cache: IngestCache | undefined,
  key: string,
  compute: () => T,
): { value: T; reused: boolean } {
  const stored = cache?.get(key) as T | undefined;
  if (stored !== undefined) return { value: stored, reused: true };
  const value = compute();
  cache?.set(key, value);
  return { value, reused: false };
}

/**
 * The code an ingest result depends on: every module the pipeline imports, followed from its entry
 * through relative imports (TypeScript's own import scanner reads them), JSON data included, and the
 * installed packages (the lockfile). A change to any of them changes the version, and so starts a
 * fresh cache; a change anywhere else (the site, the tests) does not.
 */
export function codeVersion(root: string, entry = 'scripts/lib/ingest/index.ts'): string {
  const hash = createHash('sha256');
  for (const file of [...importedFiles(join(root, entry))].sort().concat(join(root, 'package-lock.json')))
    hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** A module and every file it imports by a relative path, transitively. */
function importedFiles(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.[cm]?ts$/.test(file)) continue;
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles)
      if (fileName.startsWith('.')) queue.push(resolve(dirname(file), fileName));
  }
  return seen;
}

/**
 * A cache in `dir/<version>/`: one JSON file per entry, written atomically
 * (temporary file, then rename) so that concurrent runs never read half an
 * entry. Folders of other code versions are removed when it opens; an entry
 * that cannot be read counts as absent.
 */
export function folderCache(dir: string, version: string): IngestCache {
  mkdirSync(join(dir, version), { recursive: true });
  for (const name of readdirSync(dir)) if (name !== version) rmSync(join(dir, name), { recursive: true, force: true });
  const path = (key: string) => join(dir, version, `${key}.json`);
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(path(key), 'utf8'));
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const temporary = `${path(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(value));
      renameSync(temporary, path(key));
    },
  };
}
