import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { glossary, type GlossaryTerm } from '../../../src/schemas/glossary.ts';
import { IngestErrors, SourceError } from './errors.ts';
import { join } from 'node:path';
import { SIDECAR_SUFFIX } from './sidecar.ts';
import { TRANSLATION_SUFFIX } from './translation.ts';
import type { RawSource } from './types.ts';

export interface SeedFolder {
  sources: RawSource[];
  /** Sidecar texts by the source file they sit beside. */
  sidecars: Map<string, { file: string; text: string }>;
  /** Archive translations (`<source>.en.yaml`) by the source file they translate. */
  translations: Map<string, { file: string; text: string }>;
}

/**
 * Reads every source and sidecar in the seeds folder (the ingest's only disk
 * read). Files are sorted by name so that we proceed in a stable order each
 * run; dotfiles and folders are skipped.
 */
export function readSeeds(dir: string): SeedFolder {
  const names = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort();
  const sources: RawSource[] = [];
  const sidecars = new Map<string, { file: string; text: string }>();
  const translations = new Map<string, { file: string; text: string }>();
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    if (name.endsWith(SIDECAR_SUFFIX))
      sidecars.set(name.slice(0, -SIDECAR_SUFFIX.length), { file: name, text: bytes.toString('utf8') });
    else if (name.endsWith(TRANSLATION_SUFFIX))
      translations.set(name.slice(0, -TRANSLATION_SUFFIX.length), { file: name, text: bytes.toString('utf8') });
    else sources.push({ file: name, bytes: new Uint8Array(bytes) });
  }
  return { sources, sidecars, translations };
}

/**
 * The glossary the ingest links terms to (`content/glossary.yaml`), or none
 * when the file does not exist.
 *
 * @throws IngestErrors naming the file and the entry to fix.
 */
export function readGlossary(path: string): GlossaryTerm[] | undefined {
  if (!existsSync(path)) return undefined;
  const result = glossary.safeParse(parse(readFileSync(path, 'utf8')));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new IngestErrors([new SourceError(path, `glossary entry "${issue.path.join('.')}": ${issue.message}`)]);
}
