import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { docType, isoDate, programId } from '../../../src/schemas/notice.ts';
import { SourceError } from './errors.ts';

/** Sidecars sit beside their source: `seeds/<source file>.meta.yaml`. */
export const SIDECAR_SUFFIX = '.meta.yaml';

/**
 * What an archivist may add or correct beside a source: facts a machine
 * cannot derive (an English title, which file translates which, a document
 * number the text does not print) and corrections of derived metadata.
 * Unknown keys are errors, so a typo never passes silently.
 */
export const sidecar = z
  .object({
    /** This source translates that one (a file name in the same folder). */
    translationOf: z.string().optional(),
    /** Who made the translation this source is; default `received-translation`. */
    translationProvenance: z.enum(['received-translation', 'official-translation', 'archive-translation']).optional(),
    /** Never pair this source automatically with these files. */
    notPairedWith: z.array(z.string()).optional(),
    /** Pins the notice id (a published URL must never change). */
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .optional(),
    title: z.object({ zh: z.string().optional(), en: z.string().optional() }).strict().optional(),
    docType: docType.optional(),
    docNumber: z.string().optional(),
    dates: z
      .object({ signed: isoDate.optional(), published: isoDate.optional(), event: isoDate.optional() })
      .strict()
      .optional(),
    programs: z.array(programId).optional(),
    batch: z
      .object({ program: programId, number: z.number().int().positive().optional(), year: z.number().int().optional() })
      .strict()
      .optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    /** When the archive took this copy from `url` (the archivist records it; no source states it). */
    retrieved: isoDate.optional(),
    /** Free text for the next archivist: where a correction comes from. */
    note: z.string().optional(),
  })
  .strict();

export type Sidecar = z.output<typeof sidecar>;

/**
 * Parses a sidecar's text.
 *
 * @throws SourceError naming the sidecar and the key or line to fix.
 */
export function parseSidecar(file: string, text: string): Sidecar {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = text.slice(0, error.pos[0]).split('\n').length;
    throw new SourceError(file, `sidecar is not valid YAML at line ${line}: ${error.message.split('\n')[0]}`);
  }
  const result = sidecar.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the sidecar';
    throw new SourceError(file, `sidecar ${where}: ${issue.message}`);
  }
  return result.data;
}

/**
 * Checks that every sidecar belongs to a source and names only sources that exist.
 * Returns one error per problem so the archivist sees them all at once.
 */
export function checkSidecarTargets(sidecars: Map<string, Sidecar>, sources: Set<string>): SourceError[] {
  const errors: SourceError[] = [];
  for (const [source, car] of sidecars) {
    const file = source + SIDECAR_SUFFIX;
    if (!sources.has(source))
      errors.push(new SourceError(file, `sidecar for a missing source: no file "${source}" beside it`));
    for (const named of [car.translationOf, ...(car.notPairedWith ?? [])]) {
      if (named !== undefined && !sources.has(named))
        errors.push(new SourceError(file, `sidecar names a missing source: "${named}"`));
    }
  }
  return errors;
}
