/**
 * Reading an attachment's tables, each format by the maintained parser for it: SheetJS for .xlsx
 * and legacy .xls, mammoth for .docx, word-extractor for legacy .doc, PDF.js (through unpdf) for a
 * PDF's text layer, the HTML parser the ingest already uses for HTML tables, and lines for text or
 * Markdown lists. A file that cannot be read (a scan with no text layer, an encrypted or truncated
 * file) gives a reason instead of tables; the caller keeps the file and lists it with that reason.
 */
import * as XLSX from '@e965/xlsx';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import WordExtractor from 'word-extractor';
import type { AttachmentFormat, ReadResult, Table } from './types.ts';

/** The format a file is in: by its first bytes where they tell, else by its name. */
export function formatOf(bytes: Uint8Array, fileName: string): AttachmentFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  if (starts(0x50, 0x4b, 0x03, 0x04)) return ext === 'docx' ? 'docx' : ext === 'xlsx' ? 'xlsx' : undefined; // a ZIP
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return ext === 'doc' ? 'doc' : ext === 'xls' || ext === 'xlsx' ? 'xls' : undefined; // OLE2
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'txt' || ext === 'md' || ext === 'csv') return 'text';
  return undefined;
}

/** The tables of an attachment, or why it cannot be read. */
export async function readAttachment(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const format = formatOf(bytes, fileName);
  if (!format)
    return {
      ok: false,
      format: 'text',
      reason: 'not a format attachments come in (.xls/.xlsx/.doc/.docx/.pdf/.html/.txt/.md)',
    };
  try {
    const tables = await READERS[format](bytes);
    if (tables.every((t) => t.rows.length === 0))
      return { ok: false, format, reason: format === 'pdf' ? 'no text layer (a scanned image?)' : 'no text' };
    return { ok: true, format, tables };
  } catch (error) {
    return { ok: false, format, reason: reasonOf(error) };
  }
}

/** A parser's error as a reader-facing reason. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : '';
  if (/password|encrypt/i.test(message) || name === 'PasswordException') return 'encrypted (password-protected)';
  return `cannot be read: ${message.split('\n')[0]}`;
}

const READERS: Record<AttachmentFormat, (bytes: Uint8Array) => Promise<Table[]>> = {
  xlsx: spreadsheet,
  xls: spreadsheet,
  docx: async (bytes) => htmlTables((await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value),
  doc: async (bytes) => {
    const body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
    // Word's table cells come out separated by tabs, a row a line.
    return [{ rows: lines(body).map((line) => line.split('\t')) }];
  },
  pdf: pdfTables,
  html: async (bytes) => htmlTables(new TextDecoder('utf-8').decode(bytes)),
  text: async (bytes) => [{ rows: lines(new TextDecoder('utf-8').decode(bytes)).flatMap(markdownRow) }],
};

/** Every sheet a table; merged cells read as the value in their first cell, empty in the rest. */
async function spreadsheet(bytes: Uint8Array): Promise<Table[]> {
  const book = XLSX.read(bytes, { type: 'array', WTF: false });
  return book.SheetNames.map((name) => ({
    rows: XLSX.utils.sheet_to_json<string[]>(book.Sheets[name]!, {
      header: 1,
      defval: '',
      raw: false,
      blankrows: false,
    }),
  }));
}

const lines = (text: string) => text.split(/\r\n|\r|\n/u).filter((l) => l.trim());

/** A Markdown table line as cells ("| 1 | 河北省 |"), its rule line as nothing; any other line as one cell. */
function markdownRow(line: string): string[][] {
  const t = line.trim();
  if (!t.startsWith('|')) return [[t]];
  if (/^\|[\s:|-]+\|$/u.test(t)) return [];
  return [t.replace(/^\||\|$/gu, '').split('|')];
}

/** An HTML document's tables in document order, with the text blocks between them as one-cell rows. */
function htmlTables(html: string): Table[] {
  const rows: string[][] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && node.tagName === 'table') {
      for (const tr of descendants(node, 'tr'))
        rows.push(tr.children.filter(isCell).map((cell) => toText(cell, { whitespace: 'normal' }).trim()));
      return;
    }
    if (node.type === 'element' && /^(?:p|h[1-6]|li|caption|dt|dd)$/u.test(node.tagName)) {
      const text = toText(node, { whitespace: 'normal' }).trim();
      if (text) rows.push([text]);
      return;
    }
    for (const child of node.children) walk(child);
  };
  walk(fromHtml(html));
  return [{ rows }];
}

const isCell = (n: RootContent): n is Element => n.type === 'element' && (n.tagName === 'td' || n.tagName === 'th');

/** The elements named `tag` below `node`, not descending into nested tables. */
function descendants(node: Element, tag: string): Element[] {
  return node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    if (child.tagName === tag) return [child];
    if (child.tagName === 'table') return [];
    return descendants(child, tag);
  });
}

/**
 * A PDF's text layer as rows: text items on one baseline make a row, and a gap wider than a
 * character between items on it starts a new cell. PDF.js gives items with their position.
 */
async function pdfTables(bytes: Uint8Array): Promise<Table[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const lines: Array<Array<{ text: string; x: number }>> = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    const items = content.items
      .filter((i): i is typeof i & { str: string; transform: number[]; width: number } => 'str' in i && !!i.str.trim())
      .map((i) => ({
        text: i.str,
        x: i.transform[4]!,
        y: i.transform[5]!,
        width: i.width,
        size: Math.abs(i.transform[0]!) || 10,
      }));
    const byLine = new Map<number, typeof items>();
    for (const item of items) {
      const key = [...byLine.keys()].find((y) => Math.abs(y - item.y) < item.size / 2) ?? item.y;
      byLine.set(key, [...(byLine.get(key) ?? []), item]);
    }
    for (const y of [...byLine.keys()].sort((a, b) => b - a)) {
      const line = byLine.get(y)!.sort((a, b) => a.x - b.x);
      const cells: Array<{ text: string; x: number }> = [];
      let end = -Infinity;
      for (const item of line) {
        if (cells.length && item.x - end < item.size) cells.at(-1)!.text += item.text;
        else cells.push({ text: item.text, x: item.x });
        end = item.x + item.width;
      }
      lines.push(cells);
    }
  }
  await pdf.cleanup();
  // A PDF has no cells, only positions: the columns are where the widest line's cells start, and a
  // cell goes to the column it starts in, so an empty cell (a merged province) stays empty.
  const widest = lines.reduce((a, b) => (b.length > a.length ? b : a), []);
  const starts = widest.map((c) => c.x);
  const rows = lines.map((cells) => {
    if (cells.length < 2 || starts.length < 2) return cells.map((c) => c.text.trim());
    const row = starts.map(() => '');
    for (const c of cells) {
      const column = starts.findLastIndex((x) => x <= c.x + 2);
      row[Math.max(0, column)] += c.text.trim();
    }
    return row;
  });
  return [{ rows }];
}
