import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * What a labelled corpus says one file should give. Every field is optional:
 * a corpus labels what it labels, and only labelled fields are scored.
 */
export interface Label {
  /** Path of the source file, relative to the corpus folder. */
  file: string;
  title?: string;
  docType?: string;
  /** Issuing bodies by name, as the corpus writes them (国务院、中央军委). */
  issuers?: string[];
  number?: string;
  signed?: string;
  published?: string;
  /** For a news report: when what it reports happened. */
  event?: string;
  publisher?: string;
  /** The hand-copied main text, when the corpus has one. */
  mainText?: string;
}

/** A folder of sources with `labels.csv` (and optional `cleaned/` main texts), as in `../shared/real/`. */
export interface Corpus {
  dir: string;
  name: string;
  labels: Label[];
}

/**
 * Reads a corpus's `labels.csv`. Columns are recognised by name, so the
 * layouts of `../shared/real/` and of the archive's own fixtures both read:
 * `file`, `title`, `doc_type`, `issuer`/`issuers` (separated by 、 ; |),
 * `doc_number`/`number`, `signed`, `published`, `publisher`, `label_date`
 * (a page's own date, read as its publication date), `crawl_url` (a URL path
 * with `/YYYY-MM/DD/` gives the publication date), `label_content_file` or
 * `cleaned/<name>.txt` beside it (main text). `UNKNOWN` and empty cells are
 * no label.
 */
export function readCorpus(dir: string): Corpus {
  const csv = join(dir, 'labels.csv');
  if (!existsSync(csv)) throw new Error(`${csv}: no labels.csv in this folder`);
  const rows = parse(readFileSync(csv, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Array<
    Record<string, string>
  >;
  const labels = rows.map((row) => labelOf(dir, row));
  return { dir, name: basename(dir.replace(/\/+$/, '')), labels };
}

function labelOf(dir: string, row: Record<string, string>): Label {
  const cell = (...keys: string[]) => {
    for (const key of keys) {
      const v = row[key]?.trim();
      if (v && !/^UNKN?OWN$|^UNKNWON$/i.test(v)) return v;
    }
    return undefined;
  };
  const file = cell('file')!;
  const label: Label = { file };
  const title = cell('title');
  if (title) label.title = title;
  const docType = cell('doc_type', 'docType');
  if (docType) label.docType = docType;
  const issuers = cell('issuers', 'issuer');
  if (issuers)
    label.issuers = issuers
      .split(/[、;；|]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const number = cell('doc_number', 'number');
  if (number) label.number = number;
  const signed = cell('signed') ?? signedInPageTable(join(dir, file));
  const signedDay = signed && isoDay(signed);
  if (signedDay) label.signed = signedDay;
  const published = cell('published') ?? cell('label_date') ?? urlDate(cell('crawl_url'));
  const publishedDay = published && isoDay(published);
  if (publishedDay) label.published = publishedDay;
  const event = cell('event');
  const eventDay = event && isoDay(event);
  if (eventDay) label.event = eventDay;
  const publisher = cell('publisher');
  if (publisher) label.publisher = publisher;
  const content =
    cell('label_content_file') ??
    (existsSync(join(dir, 'cleaned', `${basename(file).replace(/\.[^.]+$/, '')}.txt`))
      ? join('cleaned', `${basename(file).replace(/\.[^.]+$/, '')}.txt`)
      : undefined);
  if (content) label.mainText = readFileSync(join(dir, content), 'utf8');
  return label;
}

/** `2005-5-7 21:23:57`, `2019年01月27日`, `2021/12/01` → `2005-05-07`. */
export function isoDay(text: string): string | undefined {
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** gov.cn and many sites file a page under its publication day: `/content/2019-02/15/…`. */
function urlDate(url: string | undefined): string | undefined {
  const m = url && /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * gov.cn pages state their 成文日期 in the page's own table; govcn/ labels no
 * dates, so the eval reads that cell from the raw page with a regular
 * expression of its own (not the ingest's table reader) as the label.
 */
function signedInPageTable(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const raw = readFileSync(path, 'utf8');
  return /成文日期[：:]\s*(?:<[^>]*>\s*)*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)/.exec(raw)?.[1];
}
