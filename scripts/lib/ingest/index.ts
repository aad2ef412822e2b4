import { describe } from '../metadata/index.ts';
import { align, type AlignUnit } from './align.ts';
import { composeNotice, type ArchiveEnglish, type ComposedNotice, type DescribedDocument } from './compose.ts';
import { decode } from './decode.ts';
import { IngestErrors, SourceError } from './errors.ts';
import { extract } from './extract/index.ts';
import { normalizeSource } from './normalize.ts';
import { pair, type Pairing } from './pair.ts';
import type { SeedFolder } from './read.ts';
import { segment } from './segment.ts';
import { checkRows, describeMismatch } from './consistency.ts';
import { checkSidecarTargets, parseSidecar, type Sidecar } from './sidecar.ts';
import { termMatcher } from './terms.ts';
import { parseTranslation, translatedParagraphs } from './translation.ts';
import type { GlossaryTerm } from '../../../src/schemas/glossary.ts';
import type { CleaningStep, RawSource, Removal } from './types.ts';
import { toMdx } from './write.ts';

export interface IngestResult {
  /** MDX text by file name (`<id>.mdx`), ready for the write stage. */
  files: Map<string, string>;
  notices: ComposedNotice[];
  /** One line per source: what became of it. */
  summary: string[];
  /** Received translations whose numbers or dates differ from the source (reported, not fatal: sources are never edited). */
  warnings: string[];
}

/**
 * Every stage between reading `seeds/` and writing `content/`, on plain data.
 * Each source goes through decode → extract → normalize → segment → metadata;
 * then sources pair into notices, their paragraphs align into rows, and each
 * notice is validated and serialised.
 *
 * @throws IngestErrors listing every bad source at once; nothing is returned to write then.
 */
export function ingest(folder: SeedFolder, opts: { glossary?: GlossaryTerm[] } = {}): IngestResult {
  const errors: SourceError[] = [];
  const sidecars = new Map<string, Sidecar>();
  for (const [source, { file, text }] of folder.sidecars) {
    collect(errors, () => sidecars.set(source, parseSidecar(file, text)));
  }
  errors.push(...checkSidecarTargets(sidecars, new Set(folder.sources.map((s) => s.file))));

  const docs = new Map<string, DescribedDocument>();
  for (const source of folder.sources) collect(errors, () => docs.set(source.file, readDocument(source)));
  const sourceNames = new Set(folder.sources.map((s) => s.file));
  for (const [source, { file }] of folder.translations) {
    if (!sourceNames.has(source)) errors.push(new SourceError(file, `translation of a missing source: no file "${source}" beside it`));
  }
  if (errors.length > 0) throw new IngestErrors(errors);

  // archive translations: the archive's English of a Chinese source, paragraph for paragraph
  const archive = new Map<string, ArchiveEnglish>();
  for (const [source, { file, text }] of folder.translations) {
    collect(errors, () => {
      const translation = parseTranslation(file, text);
      archive.set(source, { file, translator: translation.translator, title: translation.title, paragraphs: translatedParagraphs(file, translation, docs.get(source)!.paragraphs) });
    });
  }
  // pair: a translation and its original become one notice (sidecar first, then shared facts)
  const pairings = pair([...docs.values()].filter((d) => !archive.has(d.file)), sidecars);
  for (const file of archive.keys()) pairings.push({ original: file, by: 'single' });
  pairings.sort((a, b) => a.original.localeCompare(b.original));
  // align: Chinese and English paragraphs into rows; compose: one notice's data
  const notices = pairings.map((p) => composeNotice(p, docs, sidecars, alignPairing(p, docs, archive), archive.get(p.original)));
  // consistency: in every row, source and translation agree on numbers, dates and document numbers
  const warnings: string[] = [];
  for (const n of notices) {
    const mismatches = checkRows(n.rows.map((r) => ({ row: r.anchor, ...(r.zh ? { zh: r.zh } : {}), ...(r.en ? { en: r.en } : {}) })));
    const translationFile = archive.get(n.data.sources[0]!.file)?.file;
    for (const m of mismatches) {
      if (translationFile) errors.push(new SourceError(translationFile, describeMismatch(m)));
      else warnings.push(`${n.data.sources.map((s) => s.file).join(' + ')}: ${describeMismatch(m)} — received translation, kept as is`);
    }
  }
  // write (formatting half): validate against the shared schema, serialise to MDX
  const files = new Map<string, string>();
  const terms = opts.glossary ? termMatcher(opts.glossary) : undefined;
  for (const n of notices) {
    collect(errors, () => {
      const name = `${n.data.id}.mdx`;
      if (files.has(name)) throw new SourceError(n.data.sources.map((s) => s.file).join(' + '), `notice id "${n.data.id}" is taken by another notice; pin a different one with a sidecar "id:"`);
      files.set(name, toMdx(n, terms ? { terms } : {}));
    });
  }
  if (errors.length > 0) throw new IngestErrors(errors);
  return { files, notices, summary: summarise(pairings, docs, notices), warnings };
}

/** The per-file stages, from bytes to a described document. */
export function readDocument(source: RawSource): DescribedDocument {
  // decode: BOM, declared charset, strict UTF-8, then detection (GB18030, Big5)
  const decoded = decode(source);
  // extract: main text only; chrome removed and recorded, its facts kept as hints
  const extracted = extract(decoded);
  // normalize: pinyin readings out, traditional → simplified (original kept), white space
  const normalized = normalizeSource(extracted);
  // segment: paragraphs as the source has them, each with its role
  const paragraphs = segment(normalized.blocks, { lang: normalized.lang });
  if (paragraphs.length === 0) throw new SourceError(source.file, 'no text left after removing site chrome; is this the right file?');
  const { text: _text, ...decodedFacts } = decoded;
  const doc = {
    file: source.file,
    lang: normalized.lang,
    ...(normalized.script ? { script: normalized.script } : {}),
    decoded: decodedFacts,
    form: extracted.form,
    paragraphs,
    hints: extracted.hints,
    cleaning: [...removalSteps(extracted.removed), ...normalized.cleaning],
  };
  // metadata: title, type, issuers, dates, cited documents, programs, batch, places, counts
  return { ...doc, meta: describe(doc) };
}

function alignPairing(p: Pairing, docs: Map<string, DescribedDocument>, archive: Map<string, ArchiveEnglish>) {
  // An archive translation is made paragraph for paragraph: its rows are given, not guessed.
  const own = archive.get(p.original);
  if (own) return own.paragraphs.map((_, i) => ({ zh: i, en: i, confidence: 1 }));
  const members = [docs.get(p.original)!, ...(p.translation ? [docs.get(p.translation)!] : [])];
  const units = (lang: 'zh' | 'en'): AlignUnit[] => {
    const doc = members.find((d) => d.lang === lang);
    if (!doc) return [];
    return doc.paragraphs.map((para, i) => ({
      text: para.text,
      role: para.role,
      anchors: doc.meta.places.filter((pl) => pl.paragraphs.includes(i)).map((pl) => `place:${pl.place.slug}`),
    }));
  };
  return align(units('zh'), units('en'));
}

/** Removals grouped by rule, each with its count and first example, for the source view. */
function removalSteps(removed: Removal[]): CleaningStep[] {
  const steps = new Map<string, CleaningStep>();
  for (const r of removed) {
    const step = steps.get(r.rule) ?? { rule: r.rule, count: 0, example: r.text };
    step.count++;
    steps.set(r.rule, step);
  }
  return [...steps.values()];
}

function summarise(pairings: Pairing[], docs: Map<string, DescribedDocument>, notices: ComposedNotice[]): string[] {
  return [...docs.values()].map((doc) => {
    const i = pairings.findIndex((p) => p.original === doc.file || p.translation === doc.file);
    const role = pairings[i]!.original === doc.file ? 'original' : `translation (paired by ${pairings[i]!.by})`;
    const removed = doc.cleaning.filter((c) => !['white-space', 'traditional-to-simplified'].includes(c.rule)).reduce((n, c) => n + c.count, 0);
    const script = doc.script ? ` ${doc.script}` : '';
    return `${doc.file}: ${doc.lang}${script}, ${doc.decoded.encoding}, ${doc.form}, ${doc.paragraphs.length} paragraphs, ${removed} chrome items removed → ${notices[i]!.data.id} (${role})`;
  });
}

function collect(errors: SourceError[], step: () => unknown): void {
  try {
    step();
  } catch (error) {
    if (error instanceof SourceError) errors.push(error);
    else throw error;
  }
}
