import { z } from 'astro/zod';

/**
 * A key term of the notices, in `content/glossary.yaml`: the archive's chosen
 * rendering, the renderings found in the sources, and a short definition.
 * Read by the site (/glossary/) and by the ingest, which links the first
 * occurrence of each term in a notice to its entry.
 */
export const glossaryTerm = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    zh: z.string().min(1),
    zhAlternatives: z.array(z.string()).default([]),
    en: z.string().min(1),
    alternatives: z.array(z.string()).default([]),
    /** Renderings found in the received sources, with the source, e.g. "intelligent networked vehicles (000)". */
    found: z.array(z.string()).default([]),
    definition: z.string().min(1),
    definitionZh: z.string().min(1),
  })
  .strict();

export const glossary = z.array(glossaryTerm);
export type GlossaryTerm = z.output<typeof glossaryTerm>;
