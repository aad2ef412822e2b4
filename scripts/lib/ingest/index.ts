import { describe } from '../metadata/index.ts';
import { align, type AlignUnit } from './align.ts';
import { cacheKey, throughCache, type IngestCache } from './cache.ts';
import { composeNotice, type ArchiveEnglish, type ComposedNotice, type DescribedDocument } from './compose.ts';
import { decode } from './decode.ts';
import { IngestErrors, SourceError } from './errors.ts';
import { extract } from './extract/index.ts';
import { normalizeSource } from './normalize.ts';
import { pair, type Pairing } from './pair.ts';
import type { SeedFolder } from './read.ts';
import { segment } from './segment.ts';
import { checkRows, describeMismatch, type Mismatch } from './consistency.ts';
import { checkSidecarTargets, checkTranslationLinks, parseSidecar, type Sidecar } from './sidecar.ts';
import { assertWithinLimits } from './limits.ts';
import { createHash } from 'node:crypto';
import { termMatcher, type TermMatcher } from './terms.ts';
import { parseTranslation, translatedParagraphs } from './translation.ts';
import type { GlossaryTerm } from '../../../src/schemas/glossary.ts';
import type { NoticeInput } from '../../../src/schemas/notice.ts';
import type { CleaningStep, Lang, RawSource, Removal } from './types.ts';
import { toMdx } from './write.ts';
import { groupWitnesses, isOfficialCopy, type WitnessGroup } from './witnesses.ts';
import { agenciesIn } from '../metadata/agencies.ts';
import { attachmentSummary, attachTo } from '../attachments/attach.ts';
import type { HeldAttachment } from '../attachments/seeds.ts';

export interface IngestOptions {
  glossary?: GlossaryTerm[];
  /** Stage results of earlier runs: an unchanged source is not read again, an unchanged notice not composed again. */
  cache?: IngestCache;
  /**
   * Reads the ids notices already have, by the file of their original (from `content/`, by the
   * CLI): a notice keeps its id when a further witness arrives, even one that becomes its text.
   * Called once, and only when some notice has several witnesses.
   */
  priorIds?: () => Map<string, string>;
  /** Attachment files of the folder, read (scripts/lib/attachments/seeds.ts); each notice takes those it announces. */
  attachments?: HeldAttachment[];
}

export interface IngestResult {
  /** MDX text by file name (`<id>.mdx`), ready for the write stage. */
  files: Map<string, string>;
  notices: NoticeInput[];
  /** How many documents and notices came from the cache. */
  reused: { documents: number; notices: number };
  /** One line per source: what became of it. */
  summary: string[];
  /**
   * Received translations whose numbers or dates differ from the source, and sources read with a few
   * unmappable bytes (reported, not fatal: sources are never edited).
   */
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
export function ingest(folder: SeedFolder, opts: IngestOptions = {}): IngestResult {
  const { cache } = opts;
  const reused = { documents: 0, notices: 0 };
  // read: entries of seeds/ refused before reading (links, pipes, unreadable or oversized files)
  const errors: SourceError[] = [...(folder.errors ?? [])];
  const sidecars = new Map<string, Sidecar>();
  for (const [source, { file, text }] of folder.sidecars) {
    collect(errors, () => sidecars.set(source, parseSidecar(file, text)));
  }
  const sourceNames = new Set([...folder.sources.map((s) => s.file), ...refusedSources(folder)]);
  errors.push(...checkSidecarTargets(sidecars, sourceNames), ...checkTranslationLinks(sidecars));
  // the same bytes under two names are one document received twice, not two notices
  const duplicates = duplicateSources(folder.sources);
  errors.push(...duplicates.errors);

  // decode … metadata, per source; a source whose bytes are unchanged is taken from the cache
  const docs = new Map<string, DescribedDocument>();
  const docKeys = new Map(
    folder.sources.map((source) => [source.file, cacheKey('document', source.file, source.bytes)]),
  );
  for (const source of folder.sources) {
    if (duplicates.copies.has(source.file)) continue;
    collectFrom(source.file, errors, () => {
      const doc = throughCache(cache, docKeys.get(source.file)!, () => readDocument(source));
      if (doc.reused) reused.documents++;
      docs.set(source.file, doc.value);
    });
  }
  for (const [source, { file }] of folder.translations) {
    if (!sourceNames.has(source))
      errors.push(new SourceError(file, `translation of a missing source: no file "${source}" beside it`));
  }
  if (errors.length > 0) throw new IngestErrors(errors);

  // archive translations: the archive's English of a Chinese source, paragraph for paragraph
  const archive = new Map<string, ArchiveEnglish>();
  for (const [source, { file, text }] of folder.translations) {
    collect(errors, () => {
      const translation = parseTranslation(file, text);
      archive.set(source, {
        file,
        translator: translation.translator,
        title: translation.title,
        paragraphs: translatedParagraphs(file, translation, docs.get(source)!.paragraphs),
      });
    });
  }
  // witnesses: copies of one document received from several places become one notice, its text from the best copy
  const pinned = pinnedSources(sidecars, archive);
  const witnesses = groupWitnesses(
    [...docs.values()].map((d) => witnessable(d, pinned.has(d.file))),
    witnessLinks(sidecars),
  );
  let prior: Map<string, string> | undefined;
  const priorId = (file: string) => (prior ??= opts.priorIds?.() ?? new Map()).get(file);
  const copyOf = new Map(
    [...witnesses.values()].flatMap((g) => g.others.map(({ doc }) => [doc.file, g.best.file] as const)),
  );
  // pair: a translation and its original become one notice (sidecar first, then shared facts)
  const pairings = pair(
    [...docs.values()].filter((d) => !archive.has(d.file) && !copyOf.has(d.file)),
    sidecars,
  );
  for (const file of archive.keys()) pairings.push({ original: file, by: 'single' });
  pairings.sort((a, b) => a.original.localeCompare(b.original));
  // align, compose, check, serialise: per notice; a notice whose inputs are all unchanged is taken from the cache
  const terms = opts.glossary ? termMatcher(opts.glossary) : undefined;
  const glossaryKey = JSON.stringify(opts.glossary ?? null);
  const attachmentsKey = JSON.stringify(opts.attachments ?? []);
  const built: BuiltNotice[] = [];
  for (const p of pairings) {
    collectFrom([p.original, ...(p.translation ? [p.translation] : [])].join(' + '), errors, () => {
      const copies = [p.original, p.translation].flatMap((f) => (f ? (witnesses.get(f)?.others ?? []) : []));
      const members = [p.original, ...(p.translation ? [p.translation] : []), ...copies.map((c) => c.doc.file)];
      // a notice of several copies keeps the id it had before a further copy arrived (see README: Ids)
      const priorIds = copies.length > 0 ? members.flatMap((file) => priorId(file) ?? []) : [];
      const key = cacheKey(
        'notice',
        JSON.stringify(p),
        glossaryKey,
        JSON.stringify(priorIds),
        attachmentsKey,
        ...members.flatMap((file) => [
          docKeys.get(file)!,
          folder.sidecars.get(file)?.text ?? '',
          folder.translations.get(file)?.text ?? '',
        ]),
      );
      const notice = throughCache(cache, key, () => {
        const composed = composeNotice(p, docs, sidecars, alignPairing(p, docs, archive), archive.get(p.original), {
          copies,
          priorIds,
        });
        // attachments: the 附件 files its 附件说明 announces (or a sidecar ties to it), read into rows
        return buildNotice(attachTo(composed, opts.attachments), terms);
      });
      if (notice.reused) reused.notices++;
      built.push(notice.value);
    });
  }
  // consistency: in every row, source and translation agree on numbers, dates and document numbers
  const warnings: string[] = [...docs.values()].flatMap((doc) =>
    doc.decoded.replaced
      ? [
          `${doc.file}: ${doc.decoded.replaced} byte sequence(s) ${doc.decoded.encoding.toUpperCase()} cannot map (broken sequences or user-defined codes) shown as U+FFFD`,
        ]
      : [],
  );
  const files = new Map<string, string>();
  for (const { data, mdx, mismatches } of built) {
    const translationFile = archive.get(data.sources[0]!.file)?.file;
    const sources = data.sources.map((s) => s.file).join(' + ');
    for (const m of mismatches) {
      if (translationFile) errors.push(new SourceError(translationFile, describeMismatch(m)));
      else warnings.push(`${sources}: ${describeMismatch(m)} — received translation, kept as is`);
    }
    const name = `${data.id}.mdx`;
    if (files.has(name))
      errors.push(
        new SourceError(
          sources,
          `notice id "${data.id}" is taken by another notice; pin a different one with a sidecar "id:"`,
        ),
      );
    files.set(name, mdx);
  }
  if (errors.length > 0) throw new IngestErrors(errors);
  const notices = built.map((b) => b.data);
  const summary = [...summarise(pairings, docs, notices, witnesses), ...attachmentSummary(notices, opts.attachments)];
  return { files, notices, reused, summary, warnings };
}

/** A notice ready to write: its data, its MDX, and the rows where source and translation disagree. */
interface BuiltNotice {
  data: NoticeInput;
  mdx: string;
  mismatches: Mismatch[];
}

/**
 * The per-notice stages after composing: the consistency check of every row,
 * then validation against the shared schema and serialisation to MDX.
 *
 * @throws SourceError when the notice's data breaks the schema.
 */
function buildNotice(n: ComposedNotice, terms: TermMatcher | undefined): BuiltNotice {
  const mismatches = checkRows(
    n.rows.map((r) => ({ row: r.anchor, ...(r.zh ? { zh: r.zh } : {}), ...(r.en ? { en: r.en } : {}) })),
  );
  // Flagged rows go into the front matter for the reader (written only when there are some).
  const shown = (xs: string[]) => xs.map((x) => x.replace(/^\w+:/, ''));
  const consistency = mismatches.map((m) => ({
    paragraph: m.row,
    onlyInSource: shown(m.onlyInSource),
    onlyInTranslation: shown(m.onlyInTranslation),
  }));
  const flagged = consistency.length ? { ...n, data: { ...n.data, consistency } } : n;
  return { data: flagged.data, mdx: toMdx(flagged, terms ? { terms } : {}), mismatches };
}

/** The per-file stages, from bytes to a described document. */
export function readDocument(source: RawSource): DescribedDocument {
  // decode: BOM, strict UTF-8, declared charset, then detection (GB18030, Big5)
  const decoded = decode(source);
  // limits: HTML nested deeper than the readers can walk is refused by name
  assertWithinLimits(source.file, decoded.text);
  // extract: main text only; chrome removed and recorded, its facts kept as hints
  const extracted = extract(decoded);
  // normalize: pinyin readings out, traditional → simplified (original kept), white space
  const normalized = normalizeSource(extracted);
  // segment: paragraphs as the source has them, each with its role
  const paragraphs = segment(normalized.blocks, { lang: normalized.lang });
  if (paragraphs.length === 0)
    throw new SourceError(source.file, 'no text left after removing site chrome; is this the right file?');
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
  const units = (lang: Lang): AlignUnit[] => {
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

function summarise(
  pairings: Pairing[],
  docs: Map<string, DescribedDocument>,
  notices: NoticeInput[],
  witnesses: Map<string, WitnessGroup<DescribedDocument>>,
): string[] {
  const pairingOf = new Map(
    pairings.flatMap((p, i) => [[p.original, i] as const, ...(p.translation ? [[p.translation, i] as const] : [])]),
  );
  const copyOf = new Map(
    [...witnesses.values()].flatMap((g) => g.others.map((o) => [o.doc.file, { best: g.best.file, ...o }] as const)),
  );
  return [...docs.values()].map((doc) => {
    const copy = copyOf.get(doc.file);
    const i = pairingOf.get(copy?.best ?? doc.file)!;
    const d = copy?.differences;
    const role = copy
      ? `witness of ${copy.best}: ${d!.missing.length} paragraph(s) missing, ${d!.extra.length} extra, ${d!.changed.length} changed`
      : pairings[i]!.original === doc.file
        ? 'original'
        : `translation (paired by ${pairings[i]!.by})`;
    const removed = chromeRemoved(doc);
    const script = doc.script ? ` ${doc.script}` : '';
    const other = copy ? [] : doc.meta.otherPrograms;
    const others = other.length > 0 ? `; other program (not in the registry): ${other.join(', ')}` : '';
    // An English source left alone that may still translate a Chinese one: the archivist decides.
    const possible = copy ? undefined : pairings[i]!.possible;
    const maybe = possible
      ? `; possible translation of ${possible.original} (evidence: ${possible.evidence.join(', ')}; not paired: ${possible.doubt}): confirm with translationOf in a sidecar`
      : '';
    return `${doc.file}: ${doc.lang}${script}, ${doc.decoded.encoding}, ${doc.form}, ${doc.paragraphs.length} paragraphs, ${removed} chrome items removed → ${notices[i]!.id} (${role}${others})${maybe}`;
  });
}

/** What the witness stage needs of a document: its text, type, and whether an official site published it. */
function witnessable(doc: DescribedDocument, pinned: boolean) {
  const publisher = doc.hints.publisher;
  return {
    ...doc,
    docType: doc.meta.docType,
    facts: {
      ...(doc.meta.docNumber ? { number: doc.meta.docNumber.canonical ?? doc.meta.docNumber.text } : {}),
      ...((doc.meta.dates.signed ?? doc.meta.dates.event)
        ? { date: doc.meta.dates.signed ?? doc.meta.dates.event }
        : {}),
      places: doc.meta.places.map((p) => p.place.slug),
    },
    official: isOfficialCopy(doc.hints.url, publisher ? agenciesIn(publisher).length > 0 : false),
    repost: Boolean(doc.hints.via),
    chrome: chromeRemoved(doc),
    pinned,
  };
}

/** Items of site chrome the extract stage removed (white space and script conversion are not chrome). */
function chromeRemoved(doc: DescribedDocument): number {
  return doc.cleaning
    .filter((c) => !['white-space', 'traditional-to-simplified'].includes(c.rule))
    .reduce((n, c) => n + c.count, 0);
}

/** Sources an archivist tied something to (an archive translation, a translationOf, an id): always a notice's text. */
function pinnedSources(sidecars: Map<string, Sidecar>, archive: Map<string, ArchiveEnglish>): Set<string> {
  const pinned = new Set(archive.keys());
  for (const [file, car] of sidecars) {
    if (car.translationOf) pinned.add(file).add(car.translationOf);
    if (car.id) pinned.add(file);
  }
  return pinned;
}

/** The archivist's witness links and vetoes, from the sidecars. */
function witnessLinks(sidecars: Map<string, Sidecar>) {
  const witnessOf = new Map<string, string>();
  const notWitnessOf = new Map<string, string[]>();
  for (const [file, car] of sidecars) {
    if (car.witnessOf) witnessOf.set(file, car.witnessOf);
    if (car.notWitnessOf) notWitnessOf.set(file, car.notWitnessOf);
  }
  return { witnessOf, notWitnessOf };
}

/** Names in seeds/ refused before reading: a sidecar beside one is not "for a missing source". */
function refusedSources(folder: SeedFolder): string[] {
  return (folder.errors ?? []).map((e) => e.file);
}

/** The second and later files holding the same bytes as an earlier one (by name order), each with its error. */
function duplicateSources(sources: SeedFolder['sources']): { copies: Set<string>; errors: SourceError[] } {
  const firstByHash = new Map<string, string>();
  const copies = new Set<string>();
  const errors: SourceError[] = [];
  for (const { file, bytes } of sources) {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const first = firstByHash.get(hash);
    if (first === undefined) {
      firstByHash.set(hash, file);
      continue;
    }
    copies.add(file);
    errors.push(
      new SourceError(
        file,
        `the same bytes as "${first}" (SHA-256 ${hash.slice(0, 16)}…): one document received twice; keep one copy (put what you know of the other in the sidecar)`,
      ),
    );
  }
  return { copies, errors };
}

/**
 * Like `collect`, for one source's own stages: whatever goes wrong becomes one
 * line naming the file (a stack overflow on a pathological file, a bug met by
 * an input no test had), and the other sources are still read and reported.
 */
function collectFrom(file: string, errors: SourceError[], step: () => unknown): void {
  try {
    step();
  } catch (error) {
    if (error instanceof SourceError) errors.push(error);
    else if (error instanceof RangeError && /call stack/i.test(error.message))
      errors.push(new SourceError(file, 'too deeply nested to read (the stack ran out); is this the right file?'));
    else
      errors.push(
        new SourceError(
          file,
          `the ingest failed on this file (${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}); please report it with the file`,
        ),
      );
  }
}

function collect(errors: SourceError[], step: () => unknown): void {
  try {
    step();
  } catch (error) {
    if (error instanceof SourceError) errors.push(error);
    else throw error;
  }
}
