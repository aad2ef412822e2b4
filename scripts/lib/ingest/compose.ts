import type { NoticeInput } from '../../../src/schemas/notice.ts';
import type { DocumentMeta } from '../metadata/index.ts';
import { docNumbersIn } from '../metadata/doc-numbers.ts';
import type { Pairing } from './pair.ts';
import type { Sidecar } from './sidecar.ts';
import type { AlignedRow, Document, Lang, Paragraph } from './types.ts';
import type { WitnessDifferences } from './witnesses.ts';

/** A source after every per-file stage: its cleaned paragraphs and what they say. */
export interface DescribedDocument extends Document {
  meta: DocumentMeta;
}

/** One row of the notice body: the anchor both languages share, and their paragraphs. */
export interface RowContent {
  anchor: string;
  zh?: Paragraph;
  en?: Paragraph;
  confidence: number;
}

/** The archive's own English for a Chinese source, from `<source>.en.yaml`. */
export interface ArchiveEnglish {
  file: string;
  translator: string;
  title: string;
  paragraphs: Paragraph[];
}

export interface ComposedNotice {
  data: NoticeInput;
  rows: RowContent[];
}

/**
 * Puts a pairing's documents, their alignment and their sidecars together
 * into one notice: the metadata of the original, filled in from the
 * translation, overridden by sidecars; paragraph indexes become row anchors.
 */
export function composeNotice(
  pairing: Pairing,
  docs: Map<string, DescribedDocument>,
  sidecars: Map<string, Sidecar>,
  aligned: AlignedRow[],
  archive?: ArchiveEnglish,
  witnesses: {
    /** Other copies of the original or the translation, with how each differs from the text shown. */
    copies?: Array<{ doc: DescribedDocument; differences: WitnessDifferences }>;
    /** Ids the members already have in content/ (the best witness's first). */
    priorIds?: string[];
  } = {},
): ComposedNotice {
  const original = docs.get(pairing.original)!;
  const translation = pairing.translation ? docs.get(pairing.translation) : undefined;
  const byLang: Partial<Record<Lang, DescribedDocument>> = {
    [original.lang]: original,
    ...(translation ? { [translation.lang]: translation } : {}),
  };
  const car: Sidecar = { ...(translation ? sidecars.get(translation.file) : {}), ...sidecars.get(original.file) };
  const translationCar = translation ? sidecars.get(translation.file) : undefined;

  const rows: RowContent[] = aligned.map((r, i) => ({
    anchor: `p${i + 1}`,
    ...(r.zh !== undefined ? { zh: byLang.zh!.paragraphs[r.zh]! } : {}),
    ...(r.en !== undefined ? { en: (archive?.paragraphs ?? byLang.en!.paragraphs)[r.en]! } : {}),
    confidence: r.confidence,
  }));
  const anchorOf = (doc: DescribedDocument, paragraph: number) => {
    const i = aligned.findIndex((r) => r[doc.lang] === paragraph);
    return `p${i + 1}`;
  };

  const m = original.meta;
  const t = translation?.meta;
  const dates = { ...t?.dates, ...m.dates, ...car.dates };
  const programs = car.programs ?? [...new Set([...m.programs, ...(t?.programs ?? [])])].sort();
  const batchNumber = m.batch ?? t?.batch;
  const batchYear = m.batchYear ?? t?.batchYear;
  const batch =
    car.batch ??
    (programs[0] && (batchNumber || batchYear)
      ? {
          program: programs[0],
          ...(batchNumber ? { number: batchNumber } : {}),
          ...(batchYear ? { year: batchYear } : {}),
        }
      : null);
  const provenance = (lang: Lang) =>
    lang === 'en' && archive
      ? 'archive-translation'
      : byLang[lang] === undefined
        ? 'none'
        : byLang[lang] === original
          ? 'source'
          : (translationCar?.translationProvenance ?? 'received-translation');

  const data: NoticeInput = {
    id: car.id ?? witnesses.priorIds?.[0] ?? noticeId(dates, original.decoded.sha256),
    title: {
      zh: car.title?.zh ?? byLang.zh?.meta.title ?? null,
      en: car.title?.en ?? archive?.title ?? byLang.en?.meta.title ?? null,
    },
    docType: car.docType ?? m.docType,
    docNumber: car.docNumber ?? m.docNumber?.canonical ?? m.docNumber?.text ?? m.docNumberText ?? null,
    ...((car.docType ?? m.docType) === 'notice' && (m.documentKind ?? t?.documentKind)
      ? { documentKind: m.documentKind ?? t?.documentKind }
      : {}),
    issuers: (m.issuers.length > 0 ? m.issuers : (t?.issuers ?? [])).map(agencyFields),
    ...(m.bodiesNamed.length > 0 || (t?.bodiesNamed.length ?? 0) > 0
      ? { bodiesNamed: (m.bodiesNamed.length > 0 ? m.bodiesNamed : t!.bodiesNamed).map(agencyFields) }
      : {}),
    ...((car.publisher ?? original.hints.publisher ?? translation?.hints.publisher)
      ? { publisher: car.publisher ?? original.hints.publisher ?? translation?.hints.publisher }
      : {}),
    ...((m.indexNumber ?? t?.indexNumber) ? { indexNumber: m.indexNumber ?? t?.indexNumber } : {}),
    dates,
    programs,
    ...(m.otherPrograms.length > 0 && !car.programs ? { otherPrograms: m.otherPrograms } : {}),
    batch,
    places: placesOf([original, ...(translation ? [translation] : [])], anchorOf),
    designations: designationsOf([original, ...(translation ? [translation] : [])], programs, anchorOf),
    counts: countsOf([original, ...(translation ? [translation] : [])], anchorOf),
    statements: original.meta.statements.map((st) => ({ ...st, paragraph: anchorOf(original, st.paragraph) })),
    cites: citesOf(original, translation, anchorOf),
    languages: { zh: provenance('zh'), en: provenance('en') },
    pairing: pairing.by,
    rows: rows.length,
    sources: [
      ...[original, ...(translation ? [translation] : [])].map((doc) =>
        sourceRecord(doc, doc === original ? 'original' : 'translation', sidecars),
      ),
      ...(witnesses.copies ?? []).map(({ doc, differences }) => ({
        ...sourceRecord(doc, 'witness', sidecars),
        differences,
      })),
    ],
    ...(archive ? { archiveTranslation: { file: archive.file, translator: archive.translator } } : {}),
  };
  // The number read into its parts (a sidecar's number too): the site matches citations on them and
  // never re-parses.
  const number = car.docNumber ? docNumbersIn(car.docNumber)[0] : m.docNumber;
  if (number) data.number = numberParts(number);
  const supplied = suppliedBySidecars([original, ...(translation ? [translation] : [])], sidecars);
  if (supplied.length > 0) data.supplied = supplied;
  // ids other members had before they were found to be one document: their URLs lead here
  const aliases = [...new Set(witnesses.priorIds ?? [])].filter((id) => id !== data.id).sort();
  if (aliases.length > 0) data.aliases = aliases;
  return { data, rows };
}

/**
 * A notice id: its date and the first 8 hex digits of its original's SHA-256,
 * e.g. `2021-12-01-2a6f7b46`. Both come from the notice alone, so adding other
 * sources never changes it; a sidecar `id` pins it if a date is ever corrected.
 */
export function noticeId(dates: { signed?: string; event?: string; published?: string }, sha256: string): string {
  const date = dates.signed ?? dates.event ?? dates.published ?? 'undated';
  return `${date}-${sha256.slice(0, 8)}`;
}

type AnchorOf = (doc: DescribedDocument, paragraph: number) => string;

function agencyFields({ id, zh, en, abbr }: DocumentMeta['issuers'][number]) {
  return { id, zh, en, ...(abbr ? { abbr } : {}) };
}

function numberParts(n: NonNullable<DocumentMeta['docNumber']>): NonNullable<NoticeInput['number']> {
  return {
    text: n.text,
    ...(n.canonical ? { canonical: n.canonical } : {}),
    ...(n.prefix ? { prefix: n.prefix } : {}),
    year: n.year,
    serial: n.serial,
  };
}

function placesOf(docs: DescribedDocument[], anchorOf: AnchorOf): NoticeInput['places'] {
  const bySlug = new Map<string, NoticeInput['places'][number]>();
  for (const doc of docs) {
    for (const { place, paragraphs } of doc.meta.places) {
      const entry = bySlug.get(place.slug) ?? { ...placeFields(place), paragraphs: [] };
      for (const p of paragraphs)
        if (!entry.paragraphs.includes(anchorOf(doc, p))) entry.paragraphs.push(anchorOf(doc, p));
      bySlug.set(place.slug, entry);
    }
  }
  const rowNumber = (a: string) => Number(a.slice(1));
  return [...bySlug.values()]
    .map((p) => ({ ...p, paragraphs: p.paragraphs.sort((a, b) => rowNumber(a) - rowNumber(b)) }))
    .sort((a, b) => rowNumber(a.paragraphs[0]!) - rowNumber(b.paragraphs[0]!) || a.slug.localeCompare(b.slug));
}

function placeFields(place: DocumentMeta['places'][number]['place']) {
  const { code, slug, zh, en, level, province, prefecture, vintage } = place;
  return { code, slug, zh, en, level, province, ...(prefecture ? { prefecture } : {}), vintage };
}

/**
 * Designations from both languages, once per place, program, batch and entry type (the
 * translation's "Chongqing, …, Zibo" repeats the original's list), in row order. A sentence that
 * names no program designates for the notice's program when it has only one.
 */
function designationsOf(
  docs: DescribedDocument[],
  programs: NoticeInput['programs'],
  anchorOf: AnchorOf,
): NonNullable<NoticeInput['designations']> {
  const seen = new Set<string>();
  const rowNumber = (a: string) => Number(a.slice(1));
  return docs
    .flatMap((doc) =>
      doc.meta.designations.flatMap((d) => {
        const program = d.program ?? (programs.length === 1 ? programs[0] : undefined);
        const key = `${d.place.slug}|${program ?? ''}|${d.batch ?? ''}|${d.entryType}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [
          {
            place: d.place.slug,
            paragraph: anchorOf(doc, d.paragraph),
            quote: d.quote,
            ...(program ? { program } : {}),
            ...(d.batch ? { batch: d.batch } : {}),
            entryType: d.entryType,
          },
        ];
      }),
    )
    .sort((a, b) => rowNumber(a.paragraph) - rowNumber(b.paragraph));
}

/** Counts from both languages, once each: the translation's "10 cities" repeats the original's 10个城市. */
function countsOf(docs: DescribedDocument[], anchorOf: AnchorOf): NoticeInput['counts'] {
  const seen = new Set<string>();
  return docs.flatMap((doc) =>
    doc.meta.counts.flatMap((c) => {
      const key = `${c.value}:${c.entryType}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const text = doc.paragraphs[c.paragraph]!.text;
      const quote = text
        .slice(c.start)
        .split(/[，,；;。]|\.\s/)[0]!
        .slice(0, 80);
      return [
        {
          value: c.value,
          unit: c.unit,
          entryType: c.entryType,
          ...(c.batch ? { batch: c.batch } : {}),
          paragraph: anchorOf(doc, c.paragraph),
          quote,
          places: c.places,
        },
      ];
    }),
  );
}

/** Cited documents of the original; the translation's renderings of the same numbers join them. */
function citesOf(
  original: DescribedDocument,
  translation: DescribedDocument | undefined,
  anchorOf: AnchorOf,
): NoticeInput['cites'] {
  const cites: NoticeInput['cites'] = original.meta.cites.map((c) => ({
    ...(c.number
      ? {
          number: c.number.text,
          year: c.number.year,
          serial: c.number.serial,
          ...(c.number.canonical ? { canonical: c.number.canonical } : {}),
        }
      : {}),
    renderings: [],
    ...(c.title ? { title: c.title } : {}),
    paragraph: anchorOf(original, c.paragraph),
  }));
  for (const c of translation?.meta.cites ?? []) {
    const same = c.number && cites.find((o) => o.year === c.number!.year && o.serial === c.number!.serial);
    if (same && c.number) same.renderings!.push(c.number.text);
    else if (c.number) {
      cites.push({
        number: c.number.text,
        year: c.number.year,
        serial: c.number.serial,
        ...(c.number.canonical ? { canonical: c.number.canonical } : {}),
        renderings: [],
        paragraph: anchorOf(translation!, c.paragraph),
      });
    }
  }
  return cites.sort(
    (a, b) =>
      Number(a.paragraph.slice(1)) - Number(b.paragraph.slice(1)) ||
      (a.number ?? a.title ?? '').localeCompare(b.number ?? b.title ?? ''),
  );
}

/** Notice-level values a sidecar sets, for readers to see as the archive's (the original's sidecar wins, as in composeNotice). */
const SUPPLIED_KEYS = [
  'title.zh',
  'title.en',
  'docType',
  'docNumber',
  'dates.signed',
  'dates.published',
  'dates.event',
  'programs',
  'batch',
];

function suppliedBySidecars(
  docs: DescribedDocument[],
  sidecars: Map<string, Sidecar>,
): NonNullable<NoticeInput['supplied']> {
  const found = new Map<string, { field: string; sidecar: string; note?: string }>();
  for (const doc of [...docs].reverse()) {
    const car = sidecars.get(doc.file);
    if (!car) continue;
    for (const field of SUPPLIED_KEYS) {
      const value = field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], car);
      if (value !== undefined)
        found.set(field, { field, sidecar: `${doc.file}.meta.yaml`, ...(car.note ? { note: car.note } : {}) });
    }
  }
  return SUPPLIED_KEYS.flatMap((k) => (found.has(k) ? [found.get(k)!] : []));
}

function sourceRecord(
  doc: DescribedDocument,
  role: 'original' | 'translation' | 'witness',
  sidecars: Map<string, Sidecar>,
): NoticeInput['sources'][number] {
  const { decoded, hints } = doc;
  const car = sidecars.get(doc.file);
  return {
    file: doc.file,
    lang: doc.lang,
    role,
    form: doc.form,
    sha256: decoded.sha256,
    bytes: decoded.byteLength,
    encoding: decoded.encoding,
    encodingEvidence: decoded.encodingEvidence,
    bom: decoded.bom,
    lineEndings: decoded.lineEndings,
    ...(doc.script ? { script: doc.script } : {}),
    ...(hints.headline ? { headline: hints.headline } : {}),
    ...((car?.publisher ?? hints.publisher) ? { publisher: car?.publisher ?? hints.publisher } : {}),
    ...(hints.published ? { published: hints.published } : {}),
    ...((car?.url ?? hints.url) ? { url: car?.url ?? hints.url } : {}),
    ...(car?.retrieved ? { retrieved: car.retrieved } : {}),
    ...(hints.via ? { via: hints.via } : {}),
    ...(hints.issue ? { issue: hints.issue } : {}),
    ...(hints.section ? { section: hints.section } : {}),
    ...(car ? { sidecar: `${doc.file}.meta.yaml` } : {}),
    cleaning: doc.cleaning,
  };
}
