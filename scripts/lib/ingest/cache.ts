import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What the ingest remembers between runs, so that an unchanged source is not
 * read again: stage results by a key that hashes everything they depend on.
 * The pipeline only calls `get` and `set`; where entries live is the caller's
 * choice (a folder for the CLI, a Map in tests).
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

/** An in-memory cache (tests); entries go through JSON as they do on disk. */
export function memoryCache(): IngestCache & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: (key) => {
      const json = entries.get(key);
      return json === undefined ? undefined : JSON.parse(json);
    },
    set: (key, value) => void entries.set(key, JSON.stringify(value)),
  };
}

/**
 * The code an ingest result depends on: the pipeline's modules, the shared
 * schemas and the installed packages. Any change to them changes the
 * version, and so starts a fresh cache.
 */
export function codeVersion(root: string): string {
  const files = [
    ...['scripts/lib/ingest', 'scripts/lib/metadata', 'scripts/lib/places', 'src/schemas'].flatMap((dir) => sourceFiles(join(root, dir))),
    join(root, 'package-lock.json'),
  ];
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|json|ya?ml)$/.test(name) && !/\.test\.ts$/.test(name))
    .sort()
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

/**
 * A cache in `dir/<version>/`: one JSON file per entry, written atomically
 * (temporary file, then rename) so that concurrent runs never read half an
 * entry. Folders of other code versions are removed when it opens; an entry
 * that cannot be read counts as absent.
 */
export function folderCache(dir: string, version: string): IngestCache & { hits: number; misses: number } {
  mkdirSync(join(dir, version), { recursive: true });
  for (const name of readdirSync(dir)) if (name !== version) rmSync(join(dir, name), { recursive: true, force: true });
  const path = (key: string) => join(dir, version, `${key}.json`);
  const cache = {
    hits: 0,
    misses: 0,
    get(key: string): unknown {
      try {
        const value: unknown = JSON.parse(readFileSync(path(key), 'utf8'));
        cache.hits++;
        return value;
      } catch {
        cache.misses++;
        return undefined;
      }
    },
    set(key: string, value: unknown): void {
      const temporary = `${path(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(value));
      renameSync(temporary, path(key));
    },
  };
  return cache;
}
