import { z } from 'astro/zod';
import { SourceError } from './errors.ts';
import { parseYaml } from './yaml.ts';
import type { Paragraph } from './types.ts';

/** An archive translation sits beside its source: `seeds/<source file>.en.yaml`. */
export const TRANSLATION_SUFFIX = '.en.yaml';

/**
 * The archive's own translation of a Chinese source, paragraph for paragraph.
 * Each entry repeats the Chinese paragraph it translates, so a translation
 * can never drift onto the wrong paragraph unnoticed.
 */
export const archiveTranslation = z
  .object({
    provenance: z.literal('archive-translation'),
    translator: z.string().min(1),
    title: z.string().min(1),
    paragraphs: z.array(z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict()).min(1),
  })
  .strict();

export type ArchiveTranslation = z.output<typeof archiveTranslation>;

/** @throws SourceError naming the file and the key or line to fix. */
export function parseTranslation(file: string, text: string): ArchiveTranslation {
  const result = archiveTranslation.safeParse(parseYaml(file, text, 'translation'));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new SourceError(file, `translation "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  return result.data;
}

/**
 * The English paragraphs of an archive translation, matched one to one with
 * the Chinese paragraphs of its source (same roles).
 *
 * @throws SourceError when the counts differ or an entry's Chinese is not the source paragraph.
 */
export function translatedParagraphs(file: string, translation: ArchiveTranslation, source: Paragraph[]): Paragraph[] {
  if (translation.paragraphs.length !== source.length) {
    throw new SourceError(
      file,
      `translation has ${translation.paragraphs.length} paragraphs, the source has ${source.length}`,
    );
  }
  return translation.paragraphs.map((entry, i) => {
    if (entry.zh.trim() !== source[i]!.text) {
      throw new SourceError(
        file,
        `paragraph ${i + 1} translates "${entry.zh.slice(0, 20)}…" but the source paragraph is "${source[i]!.text.slice(0, 20)}…"`,
      );
    }
    return { text: entry.en.trim(), role: source[i]!.role, ...(source[i]!.align ? { align: source[i]!.align } : {}) };
  });
}
