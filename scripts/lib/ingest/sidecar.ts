import { z } from 'astro/zod';
import { docType, isoDate, programId } from '../../../src/schemas/notice.ts';
import { SourceError } from './errors.ts';
import { parseYaml } from './yaml.ts';

/** Sidecars sit beside their source: `seeds/<source file>.meta.yaml`. */
export const SIDECAR_SUFFIX = '.meta.yaml';

/** Ids become `/notices/<id>/` and `<id>.mdx`: well under the 255 bytes a file name may take. */
export const MAX_ID_LENGTH = 80;

/**
 * A date that exists: `2021-13-45` has the shape of `isoDate` but would become
 * a permanent URL and a `<time datetime>` no reader can resolve.
 */
export const realDate = isoDate.refine(
  isRealDate,
  'not a real date (month 01–12, a day the month has, year 1000–2999)',
);

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a day, month or year of the calendar. */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (y < 1000 || y > 2999) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

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
    /** This source is a copy of that one (a repost the text comparison misses): one notice, two witnesses. */
    witnessOf: z.string().optional(),
    /** Never take this source and these files for copies of one document. */
    notWitnessOf: z.array(z.string()).optional(),
    /** Pins the notice id (a published URL must never change). */
    id: z
      .string()
      .max(MAX_ID_LENGTH, `an id is part of a URL and a file name: at most ${MAX_ID_LENGTH} characters`)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is a URL segment: lower-case letters, digits and single hyphens')
      .optional(),
    title: z.object({ zh: z.string().optional(), en: z.string().optional() }).strict().optional(),
    docType: docType.optional(),
    docNumber: z.string().optional(),
    dates: z
      .object({ signed: realDate.optional(), published: realDate.optional(), event: realDate.optional() })
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
  const result = sidecar.safeParse(parseYaml(file, text, 'sidecar') ?? {});
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
    for (const named of [car.translationOf, car.witnessOf, ...(car.notPairedWith ?? []), ...(car.notWitnessOf ?? [])]) {
      if (named !== undefined && !sources.has(named))
        errors.push(new SourceError(file, `sidecar names a missing source: "${named}"`));
    }
  }
  return errors;
}

/**
 * Checks the `translationOf` links between sidecars: a translation names an
 * original that is not itself a translation (no chains, no cycles, not
 * itself), and each original has one translation. One error per sidecar at fault.
 */
export function checkTranslationLinks(sidecars: Map<string, Sidecar>): SourceError[] {
  const errors: SourceError[] = [];
  const claimedBy = new Map<string, string>();
  for (const [source, car] of [...sidecars].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const target = car.translationOf;
    if (target === undefined) continue;
    const file = source + SIDECAR_SUFFIX;
    const targetsTarget = sidecars.get(target)?.translationOf;
    if (target === source) errors.push(new SourceError(file, 'sidecar "translationOf" names the source itself'));
    else if (targetsTarget === source)
      errors.push(
        new SourceError(
          file,
          `sidecar "translationOf": "${target}" says it translates "${source}" in turn (a cycle); only the translation's sidecar names its original`,
        ),
      );
    else if (targetsTarget !== undefined)
      errors.push(
        new SourceError(
          file,
          `sidecar "translationOf": "${target}" is itself a translation (of "${targetsTarget}"); name the original`,
        ),
      );
    else if (claimedBy.has(target))
      errors.push(
        new SourceError(
          file,
          `sidecar "translationOf": "${target}" already has a translation, "${claimedBy.get(target)}"; a notice holds one original and one translation, so keep "translationOf" in one of the two sidecars`,
        ),
      );
    else claimedBy.set(target, source);
  }
  return errors;
}
