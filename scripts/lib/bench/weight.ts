/**
 * Sizes of the built site: what one notice page weighs over the wire (gzip),
 * and how big the offline copy (dist/) is.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** Median over notice pages of gzip(HTML) + gzip of every CSS/JS file it loads, in KB. */
  medianKB: number;
  maxKB: number;
  /** The median page split: its HTML, its CSS, its JS (gzip KB). */
  parts: { htmlKB: number; cssKB: number; jsKB: number };
  /** Raw (uncompressed) size of the median page's HTML, in KB. */
  htmlRawKB: number;
  pages: number;
}

const gzipCache = new Map<string, number>();

/** gzip size (level 6, what servers commonly use) of a file, cached by path. */
export function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 6 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/**
 * Every notice page (`/notices/<id>/index.html`, not its source view): HTML
 * plus the stylesheets (`<link rel=stylesheet>`) and scripts (`<script src>`)
 * it references, and the modules those scripts import statically (fetched
 * before the script runs). Dynamic imports (loaded on demand) are left out.
 */
export function noticePageWeight(dist: string): PageWeight {
  const dir = join(dist, 'notices');
  const rows = readdirSync(dir)
    .map((id) => join(dir, id, 'index.html'))
    .filter((f) => existsSync(f))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const css = [...html.matchAll(/<link\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((t) => /rel=["']?stylesheet/.test(t))
        .flatMap((t) => attr(t, 'href'));
      const js = [...html.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)].flatMap((m) => attr(m[0], 'src'));
      const jsFiles = new Set<string>();
      for (const src of js) staticImports(dist, src, jsFiles);
      const sum = (urls: Iterable<string>) =>
        [...urls]
          .map((u) => localFile(dist, u))
          .filter((f): f is string => f !== undefined)
          .reduce((s, f) => s + gzipBytes(f), 0);
      const htmlGz = gzipSync(html, { level: 6 }).length;
      const cssGz = sum(new Set(css));
      const jsGz = sum(jsFiles);
      return { total: htmlGz + cssGz + jsGz, htmlGz, cssGz, jsGz, htmlRaw: Buffer.byteLength(html) };
    })
    .sort((a, b) => a.total - b.total);
  if (rows.length === 0) throw new Error(`no notice pages under ${dir}`);
  const mid = rows[Math.floor((rows.length - 1) / 2)]!;
  const kb = (b: number) => round(b / 1024);
  return {
    medianKB: kb(median(rows.map((r) => r.total))),
    maxKB: kb(rows.at(-1)!.total),
    parts: { htmlKB: kb(mid.htmlGz), cssKB: kb(mid.cssGz), jsKB: kb(mid.jsGz) },
    htmlRawKB: kb(mid.htmlRaw),
    pages: rows.length,
  };
}

/** A script URL and, recursively, the modules it imports statically. */
function staticImports(dist: string, url: string, seen: Set<string>): void {
  if (seen.has(url)) return;
  seen.add(url);
  const file = localFile(dist, url);
  if (!file) return;
  const code = readFileSync(file, 'utf8');
  // `import x from "./a.js"`, `import "./a.js"`, `export … from "./a.js"`; not `import("./a.js")`.
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
    staticImports(dist, new URL(m[1]!, new URL(url, 'http://x/')).pathname, seen);
  }
}

function attr(tag: string, name: string): string[] {
  const m = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
  const value = m?.[1] ?? m?.[2] ?? m?.[3];
  return value ? [value] : [];
}

/** The file in dist/ a site-absolute URL names (none for other origins). */
function localFile(dist: string, url: string): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
  const path = join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

export interface FolderSize {
  bytes: number;
  files: number;
  /** MB by top-level entry (`notices`, `pagefind`, `_astro`…), largest first. */
  byTop: Array<{ name: string; mb: number; files: number }>;
  /** The largest files, `path: KB`. */
  largest: string[];
}

/** Total bytes under a folder, by top-level entry, and its largest files. */
export function folderBytes(dir: string): FolderSize {
  let bytes = 0;
  let files = 0;
  const top = new Map<string, { name: string; bytes: number; files: number }>();
  const all: Array<{ path: string; size: number }> = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    const name = path.slice(dir.length + 1).split('/')[0]!;
    const t = top.get(name) ?? { name, bytes: 0, files: 0 };
    t.bytes += size;
    t.files++;
    top.set(name, t);
    all.push({ path: path.slice(dir.length), size });
    bytes += size;
    files++;
  }
  return {
    bytes,
    files,
    byTop: [...top.values()]
      .sort((a, b) => b.bytes - a.bytes)
      .map((t) => ({ name: t.name, mb: round(t.bytes / 1024 / 1024), files: t.files })),
    largest: all
      .sort((a, b) => b.size - a.size)
      .slice(0, 6)
      .map((f) => `${f.path}: ${round(f.size / 1024)}`),
  };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
