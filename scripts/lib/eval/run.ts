import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agenciesIn } from '../metadata/agencies.ts';
import { asTextDump } from './as-text.ts';
import { docNumbersIn } from '../ingest/text/doc-numbers.ts';
import { IngestErrors } from '../ingest/errors.ts';
import { ingest, readDocument } from '../ingest/index.ts';
import type { NoticeInput } from '../../../src/schemas/notice.ts';
import type { Corpus, Label } from './labels.ts';
import { charBagScore, sameSet, sameText, type TextScore } from './score.ts';

/** The fields the eval scores, in the order it prints them. */
export const FIELDS = ['title', 'docType', 'issuers', 'number', 'signed', 'published', 'event', 'publisher'] as const;
export type Field = (typeof FIELDS)[number];

/** What became of one labelled file: each labelled field right or wrong, and the main-text score. */
export interface FileResult {
  file: string;
  /** Why the ingest refused the file, when it did. */
  refused?: string;
  fields: Partial<Record<Field, { ok: boolean; want: string; got: string }>>;
  text?: TextScore;
  /** The MDX the ingest wrote, by file name, for a look at the misses. */
  mdx: Map<string, string>;
}

/**
 * Ingests one labelled file on its own (as `npm run ingest` would a seeds
 * folder holding only it) and scores what it gave against the label.
 */
export function evaluateFile(corpus: Corpus, label: Label, opts: { asText?: boolean } = {}): FileResult {
  const bytes = new Uint8Array(readFileSync(join(corpus.dir, label.file)));
  const file = label.file.replace(/\//g, '__');
  const received = { file, bytes };
  // --as-text: an HTML page is read as the text dump of it an archivist might receive instead.
  const source = opts.asText && /\.html?$/i.test(file) ? asTextDump(received) : received;
  let notice: NoticeInput;
  let mdx: Map<string, string>;
  let body: string;
  try {
    const result = ingest({ sources: [source], sidecars: new Map(), translations: new Map() });
    notice = result.notices[0]!;
    mdx = result.files;
    body = readDocument(source)
      .paragraphs.filter((p) => p.role !== 'title')
      .map((p) => p.original ?? p.text)
      .join('\n');
  } catch (error) {
    if (!(error instanceof IngestErrors)) throw error;
    const refused = error.errors.map((e) => e.problem).join('; ');
    const fields: FileResult['fields'] = {};
    for (const f of FIELDS) {
      const want = wanted(label, f);
      if (want !== undefined) fields[f] = { ok: false, want, got: '(refused)' };
    }
    return {
      file: label.file,
      refused,
      fields,
      ...(label.mainText !== undefined ? { text: { precision: 0, recall: 0, f1: 0 } } : {}),
      mdx: new Map(),
    };
  }
  const fields: FileResult['fields'] = {};
  const check = (f: Field, got: string, ok: boolean) => {
    const want = wanted(label, f);
    if (want !== undefined) fields[f] = { ok, want, got };
  };
  const title = notice.title.zh ?? notice.title.en ?? '';
  check('title', title, sameText(title, label.title));
  check('docType', notice.docType, notice.docType === label.docType);
  const gotIssuers = notice.issuers.map((a) => a.id);
  const wantIssuers = (label.issuers ?? []).map((name) => agenciesIn(name)[0]?.id ?? name);
  check('issuers', notice.issuers.map((a) => a.zh).join('、'), sameSet(gotIssuers, wantIssuers));
  const number = notice.docNumber ?? '';
  const wantNumber = label.number ? (docNumbersIn(label.number)[0]?.canonical ?? label.number) : undefined;
  check('number', number, sameText(number, wantNumber));
  check('signed', notice.dates.signed ?? '', notice.dates.signed === label.signed);
  check('published', notice.dates.published ?? '', notice.dates.published === label.published);
  check('event', notice.dates.event ?? '', notice.dates.event === label.event);
  const publisher = notice.sources[0]?.publisher ?? '';
  check('publisher', publisher, sameText(publisher, label.publisher));
  return {
    file: label.file,
    fields,
    ...(label.mainText !== undefined ? { text: charBagScore(body, label.mainText) } : {}),
    mdx,
  };
}

function wanted(label: Label, f: Field): string | undefined {
  if (f === 'issuers') return label.issuers?.join('、');
  return label[f];
}

/** Per-field counts over a corpus: how many files label the field, how many the ingest got right. */
export interface CorpusSummary {
  files: number;
  refused: number;
  fields: Partial<Record<Field, { right: number; labelled: number }>>;
  text?: { files: number; precision: number; recall: number; f1: number };
}

export function summarise(results: FileResult[]): CorpusSummary {
  const fields: CorpusSummary['fields'] = {};
  for (const r of results) {
    for (const f of FIELDS) {
      const s = r.fields[f];
      if (!s) continue;
      const entry = (fields[f] ??= { right: 0, labelled: 0 });
      entry.labelled++;
      if (s.ok) entry.right++;
    }
  }
  const scored = results.flatMap((r) => (r.text ? [r.text] : []));
  const mean = (k: keyof TextScore) => scored.reduce((a, s) => a + s[k], 0) / scored.length;
  return {
    files: results.length,
    refused: results.filter((r) => r.refused).length,
    fields,
    ...(scored.length > 0
      ? { text: { files: scored.length, precision: mean('precision'), recall: mean('recall'), f1: mean('f1') } }
      : {}),
  };
}
