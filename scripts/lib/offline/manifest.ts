import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files of the built site that a browser can fetch, as URL paths, with their sizes. */
export interface OfflineManifest {
  /** Changes whenever any file changes: the name of the cache the service worker fills. */
  version: string;
  files: Array<{ url: string; bytes: number }>;
  totalBytes: number;
}

/** Files the service worker never stores: itself and the manifests (they must always come fresh). */
const NOT_CACHED = new Set(['/sw.js', '/offline-manifest.json', '/offline-summary.json']);

/**
 * Lists every file of `dist/` as the URL it is served at (`notices/x/index.html`
 * → `/notices/x/`), sorted, with a version hash over paths and contents.
 */
export function offlineManifest(dist: string): OfflineManifest {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else paths.push(p);
    }
  };
  walk(dist);
  const hash = createHash('sha256');
  const files = paths
    .map((p) => {
      const bytes = readFileSync(p);
      const url = `/${relative(dist, p).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
      hash.update(url).update('\0').update(bytes);
      return { url, bytes: bytes.length };
    })
    .filter((f) => !NOT_CACHED.has(f.url))
    .sort((a, b) => a.url.localeCompare(b.url));
  return { version: hash.digest('hex').slice(0, 12), files, totalBytes: files.reduce((n, f) => n + f.bytes, 0) };
}

/** Pages every first visit stores, so that the home, search and about pages open offline. */
export const CORE_PAGES = ['/', '/search/', '/about/', '/favicon.svg'];
/** Scripts larger than this (the script converters) are stored when first used, not on every first visit. */
export const CORE_SCRIPT_MAX_BYTES = 64 * 1024;

/**
 * What a first visit stores (when the archive is too large to store whole):
 * the core pages, the site's styles and small scripts, and what Pagefind
 * needs to start (its script, WebAssembly and metadata; index chunks and
 * fragments are stored as searches fetch them).
 */
export function coreFiles(manifest: OfflineManifest): string[] {
  const listed = new Set(manifest.files.map((f) => f.url));
  const assets = manifest.files.filter(
    (f) =>
      /^\/_astro\/[^/]+\.css$/.test(f.url) ||
      (/^\/_astro\/[^/]+\.js$/.test(f.url) && f.bytes <= CORE_SCRIPT_MAX_BYTES) ||
      /^\/pagefind\/(?:pagefind\.js|pagefind-entry\.json|wasm\.[^/]+|[^/]+\.pf_meta)$/.test(f.url),
  );
  // The summary is not in the manifest (online it must come fresh), but the offline control reads it offline too.
  return [...CORE_PAGES.filter((url) => listed.has(url)), '/offline-summary.json', ...assets.map((f) => f.url)];
}
