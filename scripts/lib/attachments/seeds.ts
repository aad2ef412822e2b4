/**
 * The attachment files of a seeds folder, told from notices and read into rows: the edge stage
 * between reading `seeds/` and the ingest (its parsers are asynchronous, the ingest is not).
 *
 * A file is an attachment by its format (.xls/.xlsx/.doc/.docx/.pdf by their first bytes), or, for
 * an .html/.txt/.md list that could be a notice, when a sidecar says `attachmentOf:` or another
 * source names its file (a 附件说明 link or "（list-1.html）"). Each is kept with its SHA-256; a
 * scan or an encrypted file is kept with the reason it cannot be read; a corrupt file is one error
 * naming it, like any bad source.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { isoDate, type AttachmentFormat, type AttachmentRow } from '../../../src/schemas/notice.ts';
import { cacheKey, type IngestCache } from '../ingest/cache.ts';
import { SourceError } from '../ingest/errors.ts';
import type { SeedFolder } from '../ingest/read.ts';
import { SIDECAR_SUFFIX } from '../ingest/sidecar.ts';
import { parseYaml } from '../ingest/yaml.ts';
import { headingEn } from './headings.ts';
import { matchUnit } from './match.ts';
import { formatOf, readAttachment } from './read.ts';
import { pilotRows } from './rows.ts';
import type { Table } from './types.ts';

/** What an archivist may say beside an attachment (`<file>.meta.yaml`); unknown keys are errors. */
export const attachmentSidecar = z
  .object({
    /** The notice source file this is an attachment of (overrides the 附件说明 match). */
    attachmentOf: z.string().optional(),
    /** Its 附件 number, when the notice's 附件说明 does not give it. */
    n: z.number().int().positive().optional(),
    title: z.object({ zh: z.string().optional(), en: z.string().optional() }).strict().optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    retrieved: isoDate.optional(),
    note: z.string().optional(),
  })
  .strict();

/** An attachment file held in `seeds/`, read. */
export interface HeldAttachment {
  file: string;
  bytes: number;
  sha256: string;
  format: AttachmentFormat;
  sidecar?: z.output<typeof attachmentSidecar> & { file: string };
  /** The list's own title (its first line when that names a list), when the file could be read. */
  title?: string;
  /** Why it cannot be read (kept and listed). */
  unreadable?: string;
  rows: AttachmentRow[];
}

/** The seeds folder without its attachments, and the attachments read; problems join `folder.errors`. */
export interface SeparatedAttachments {
  folder: SeedFolder;
  attachments: HeldAttachment[];
}

const BINARY: AttachmentFormat[] = ['xlsx', 'xls', 'docx', 'doc', 'pdf'];

/**
 * Splits a seeds folder into notice sources and attachments, and reads the attachments (a file
 * whose bytes are unchanged is taken from the cache: a long PDF takes seconds to read).
 */
export async function separateAttachments(folder: SeedFolder, cache?: IngestCache): Promise<SeparatedAttachments> {
  const errors: SourceError[] = [];
  const sidecars = new Map<string, HeldAttachment['sidecar']>();
  const isAttachment = new Set<string>();
  const namedBy = namesNearFujian(folder);
  for (const source of folder.sources) {
    const format = formatOf(source.bytes, source.file);
    const car = folder.sidecars.get(source.file);
    const says = car ? /^\s*attachmentOf\s*:/mu.test(car.text) : false;
    if (format && (BINARY.includes(format) || says || namedByAnother(source.file, namedBy)))
      isAttachment.add(source.file);
  }
  const attachments: HeldAttachment[] = [];
  const firstByHash = new Map<string, string>();
  for (const source of folder.sources.filter((s) => isAttachment.has(s.file))) {
    const sha256 = createHash('sha256').update(source.bytes).digest('hex');
    const first = firstByHash.get(sha256);
    if (first !== undefined) {
      errors.push(
        new SourceError(
          source.file,
          `the same bytes as "${first}" (SHA-256 ${sha256.slice(0, 16)}…): one attachment received twice; keep one copy`,
        ),
      );
      continue;
    }
    firstByHash.set(sha256, source.file);
    const car = folder.sidecars.get(source.file);
    if (car) {
      try {
        const parsed = attachmentSidecar.safeParse(parseYaml(car.file, car.text, 'sidecar') ?? {});
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          const where = issue.path.length > 0 ? ` "${issue.path.join('.')}"` : '';
          errors.push(new SourceError(car.file, `attachment sidecar${where}: ${issue.message}`));
        } else sidecars.set(source.file, { ...parsed.data, file: car.file });
      } catch (error) {
        if (error instanceof SourceError) errors.push(error);
        else throw error;
      }
    }
    const key = cacheKey('attachment', source.file, source.bytes);
    type Read = {
      format: AttachmentFormat;
      corrupt?: string;
      unreadable?: string;
      title?: string;
      rows: AttachmentRow[];
    };
    let read = cache?.get(key) as Read | undefined;
    if (!read) {
      const result = await readAttachment(source.bytes, source.file);
      read = result.ok
        ? { format: result.format, ...listOf(result.tables) }
        : result.reason.startsWith('cannot be read')
          ? { format: result.format, corrupt: result.reason, rows: [] }
          : { format: result.format, unreadable: result.reason, rows: [] };
      if (!read.corrupt) cache?.set(key, read);
    }
    if (read.corrupt) {
      errors.push(new SourceError(source.file, `attachment (${read.format}) ${read.corrupt}; is the file whole?`));
      continue;
    }
    const sidecar = sidecars.get(source.file);
    attachments.push({
      file: source.file,
      bytes: source.bytes.length,
      sha256,
      format: read.format,
      ...(sidecar ? { sidecar } : {}),
      ...(read.title ? { title: read.title } : {}),
      ...(read.unreadable ? { unreadable: read.unreadable } : {}),
      rows: read.rows,
    });
  }
  const rest: SeedFolder = {
    sources: folder.sources.filter((s) => !isAttachment.has(s.file)),
    sidecars: new Map([...folder.sidecars].filter(([source]) => !isAttachment.has(source))),
    translations: folder.translations,
    errors: [...(folder.errors ?? []), ...errors],
  };
  return { folder: rest, attachments };
}

/** 附件 in UTF-8 and in GB18030/GBK, the encodings notices come in. */
const FUJIAN = [Buffer.from('附件', 'utf8'), Buffer.from([0xb8, 0xbd, 0xbc, 0xfe])];
/** How far from a file name its 附件 may stand: the 附件说明 line before it, or the link's own text after it. */
const NEAR = 300;

/** A file name as notices write it beside 附件: a run of name characters ending in an attachment's extension. */
const FILE_NAME = /[^\s"'<>=()（）【】[\]{}|,，;；:：、]+\.(?:html?|txt|md|markdown|xlsx?|docx?|pdf)(?![\w.])/giu;

/**
 * The file names each source names as an attachment: within a few hundred bytes of a 附件 (a
 * 附件说明 line, a link to it reading "附件1：…"), by the last part of any path. A name alone is not
 * enough: a page's related links name other pages, which may be notices held here. One pass over
 * every source's bytes, whatever the number of files.
 */
function namesNearFujian(folder: SeedFolder): Map<string, Set<string>> {
  const namedBy = new Map<string, Set<string>>();
  for (const s of folder.sources) {
    const bytes = Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength);
    for (const word of FUJIAN) {
      for (let at = bytes.indexOf(word); at >= 0; at = bytes.indexOf(word, at + word.length)) {
        const around = bytes.subarray(Math.max(0, at - NEAR), at + word.length + NEAR).toString('utf8');
        for (const [match] of around.matchAll(FILE_NAME)) {
          const name = match.split(/[/\\]/).at(-1)!;
          (namedBy.get(name) ?? namedBy.set(name, new Set()).get(name)!).add(s.file);
        }
      }
    }
  }
  return namedBy;
}

/** Whether a source other than this file names it as an attachment (namesNearFujian). */
function namedByAnother(file: string, namedBy: Map<string, Set<string>>): boolean {
  if (file.length < 5 || file.endsWith(SIDECAR_SUFFIX)) return false;
  return [...(namedBy.get(file) ?? [])].some((by) => by !== file);
}

/** A readable list: its title and its rows, each unit matched to the gazetteer or flagged. */
function listOf(tables: Table[]): { title?: string; rows: AttachmentRow[] } {
  const first = tables[0]?.rows.find((r) => r.some((c) => c.trim()));
  const title = first && first.filter((c) => c.trim()).length === 1 ? first.find((c) => c.trim())!.trim() : undefined;
  const rows = pilotRows(tables).map((row): AttachmentRow => {
    const isProject = row.entryType === 'special' || row.builder !== undefined || row.project !== undefined;
    const match = !isProject && row.unit ? matchUnit(row) : undefined;
    return {
      anchor: `r${row.r}`,
      ...(row.n ? { n: row.n } : {}),
      ...(row.province ? { province: row.province } : {}),
      ...(row.unit ? { listed: row.unit } : {}),
      ...(match?.matched ? { place: placeFields(match.place) } : {}),
      ...(match && !match.matched ? { flag: match.reason } : {}),
      ...(row.entryType ? { entryType: row.entryType } : {}),
      ...(row.builder ? { builder: row.builder } : {}),
      ...(row.project ? { project: row.project } : {}),
      headings: row.headings.filter((h) => h !== title).map((zh) => ({ zh, en: headingEn(zh) })),
      cells: row.cells,
    };
  });
  return { ...(title && /名单|名录|目录|一览|清单|试点/u.test(title) ? { title } : {}), rows };
}

function placeFields(place: import('../places/index.ts').Place): NonNullable<AttachmentRow['place']> {
  const { code, slug, zh, en, level, province, prefecture, vintage } = place;
  return { code, slug, zh, en, level, province, ...(prefecture ? { prefecture } : {}), vintage };
}
