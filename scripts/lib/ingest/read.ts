import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { glossary, type GlossaryTerm } from '../../../src/schemas/glossary.ts';
import { SourceError } from './errors.ts';
import { SIDECAR_SUFFIX } from './sidecar.ts';
import { TRANSLATION_SUFFIX } from './translation.ts';
import type { RawSource } from './types.ts';
import { parseYaml } from './yaml.ts';

/**
 * Size limits of what `seeds/` may hold (stated in the README). A source
 * over them is refused by name before it is read.
 */
export const READ_LIMITS = {
  /** One source file: 64 MiB (the largest notice with its attachments inlined is a few MB). */
  maxSourceBytes: 64 * 1024 * 1024,
  /** One sidecar, archive translation or glossary: 4 MiB. */
  maxYamlBytes: 4 * 1024 * 1024,
} as const;

export interface SeedFolder {
  sources: RawSource[];
  /** Sidecar texts by the source file they sit beside. */
  sidecars: Map<string, { file: string; text: string }>;
  /** Archive translations (`<source>.en.yaml`) by the source file they translate. */
  translations: Map<string, { file: string; text: string }>;
  /** Entries refused before reading: links, pipes, folders named like sources, unreadable or oversized files. */
  errors?: SourceError[];
}

/**
 * Reads every source and sidecar in the seeds folder (the ingest's only disk
 * read). `seeds/` is a closed world: only regular files directly inside it are
 * read, opened without following links, so nothing outside the folder is ever
 * read. A symbolic link (even to a file in `seeds/`: its target can change
 * without the folder changing), a FIFO, socket or device, and a folder named
 * like a source are refused by name. Files are sorted by name so that we
 * proceed in a stable order each run; dotfiles and plain folders are skipped.
 */
export function readSeeds(dir: string): SeedFolder {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const folder = {
    sources: [],
    sidecars: new Map(),
    translations: new Map(),
    errors: [],
  } satisfies Required<SeedFolder> as Required<SeedFolder>;
  for (const entry of entries) {
    const { name } = entry;
    const isYaml = name.endsWith(SIDECAR_SUFFIX) || name.endsWith(TRANSLATION_SUFFIX);
    const refusal = refuseEntry(entry);
    if (refusal === 'skip') continue;
    if (refusal) {
      folder.errors.push(new SourceError(name, refusal));
      continue;
    }
    const read = readRegularFile(join(dir, name), isYaml ? READ_LIMITS.maxYamlBytes : READ_LIMITS.maxSourceBytes);
    if (typeof read === 'string') {
      folder.errors.push(new SourceError(name, read));
      continue;
    }
    if (isYaml) {
      const text = strictUtf8(name, read);
      if (text instanceof SourceError) folder.errors.push(text);
      else if (name.endsWith(SIDECAR_SUFFIX))
        folder.sidecars.set(name.slice(0, -SIDECAR_SUFFIX.length), { file: name, text });
      else folder.translations.set(name.slice(0, -TRANSLATION_SUFFIX.length), { file: name, text });
    } else folder.sources.push({ file: name, bytes: read });
  }
  return folder;
}

/** Why an entry of `seeds/` is not read (a problem), `skip` for a plain folder, undefined for a regular file. */
function refuseEntry(entry: Dirent): string | 'skip' | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink())
    return 'a symbolic link; seeds/ holds files only (nothing outside it is read): copy the file itself here';
  if (entry.isDirectory())
    return /\.\w+$/.test(entry.name) ? 'a folder named like a source; sources are files directly in seeds/' : 'skip';
  if (entry.isFIFO()) return 'a named pipe (FIFO), not a file; sources are regular files';
  if (entry.isSocket()) return 'a socket, not a file; sources are regular files';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device, not a file; sources are regular files';
  return undefined; // type unknown to readdir: readRegularFile checks it on the open file
}

/**
 * The bytes of a regular file, or the problem. Opened with O_NOFOLLOW and
 * O_NONBLOCK and checked on the open descriptor, so an entry swapped for a
 * link or a pipe after the listing is still refused, never followed or waited on.
 */
function readRegularFile(path: string, maxBytes: number): Uint8Array | string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'a symbolic link; seeds/ holds files only (nothing outside it is read)';
    if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied (make it readable)';
    if (code === 'ENOENT') return 'vanished while the folder was read';
    return `cannot be read (${code ?? String(error)})`;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return 'not a regular file; sources are regular files';
    if (stat.size > maxBytes)
      return `too large: ${stat.size} bytes (the limit is ${maxBytes} bytes, ${maxBytes / 1024 / 1024} MiB)`;
    const bytes = new Uint8Array(stat.size);
    let offset = 0;
    while (offset < bytes.length) {
      const n = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return offset === bytes.length ? bytes : bytes.subarray(0, offset);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return 'a folder named like a source; sources are files directly in seeds/';
    return `cannot be read (${code ?? String(error)})`;
  } finally {
    closeSync(fd);
  }
}

/**
 * Sidecars, translations and the glossary are the archive's own files: strict
 * UTF-8 (a byte-order mark is allowed and dropped).
 */
export function strictUtf8(file: string, bytes: Uint8Array): string | SourceError {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return new SourceError(
      file,
      `not UTF-8: invalid byte 0x${bytes[offset]!.toString(16).padStart(2, '0').toUpperCase()} at offset ${offset}; save it as UTF-8`,
    );
  }
}

/** Offset of the first byte of the first invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the longest valid prefix (a cut inside a sequence is tolerated by stream mode).
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The valid prefix may end inside a sequence the next byte breaks: point at the sequence's first byte.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo));
  } catch {
    let start = lo;
    while (start > 0 && (bytes[start - 1]! & 0xc0) === 0x80) start--;
    if (start > 0 && bytes[start - 1]! >= 0xc0) lo = start - 1;
  }
  return Math.min(lo, bytes.length - 1);
}

/**
 * The glossary the ingest links terms to (`content/glossary.yaml`), or none
 * when the file does not exist; its problems come back as errors (one line
 * naming the file and the line or entry), reported with every other.
 */
export function readGlossary(path: string): { terms?: GlossaryTerm[]; errors: SourceError[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { errors: [] };
    return { errors: [new SourceError(path, `cannot be read (${(error as NodeJS.ErrnoException).code})`)] };
  }
  const text = strictUtf8(path, bytes);
  if (text instanceof SourceError) return { errors: [text] };
  try {
    const result = glossary.safeParse(parseYaml(path, text, 'glossary'));
    if (result.success) return { terms: result.data, errors: [] };
    const issue = result.error.issues[0]!;
    return { errors: [new SourceError(path, `glossary entry "${issue.path.join('.')}": ${issue.message}`)] };
  } catch (error) {
    if (error instanceof SourceError) return { errors: [error] };
    throw error;
  }
}
