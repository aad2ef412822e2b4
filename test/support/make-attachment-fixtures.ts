/**
 * Writes the attachment fixtures: one invented pilot list (real place names, invented entries)
 * in every format attachments come in, and the broken files an archivist meets. Run
 * `node test/support/make-attachment-fixtures.ts` after changing it; the files are committed, so tests need
 * neither this script's packages nor the CJK font it embeds in the PDF.
 */
import * as XLSX from '@e965/xlsx';
import CFB from 'cfb';
import { execFileSync } from 'node:child_process';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import PDFDocument from 'pdfkit';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = join(import.meta.dirname, '../fixtures/attachments');
const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/** 附件1: new and expanded pilots, grouped under category headings, provinces merged down. */
export const LIST = [
  ['国家智慧城市2016年度试点名单'],
  ['一、新增试点城市（5个）'],
  ['序号', '省份', '城市（区、县、镇）'],
  ['1', '河北省', '石家庄市正定县'],
  ['2', '', '唐山市'],
  ['3', '江苏省', '无锡市'],
  ['4', '', '常州市武进区'],
  ['5', '浙江省', '宁波市云湖新城'],
  ['二、扩大范围试点（2个）'],
  ['序号', '省份', '城市（区、县、镇）'],
  ['6', '北京市', '朝阳区'],
  ['7', '山东省', '淄博市'],
];
/** Rows (0-based) whose province cell is merged with the one above. */
const MERGED = [
  [3, 4],
  [5, 6],
];

/** 附件2: special projects, a company and a project each. */
export const PROJECTS = [
  ['国家智慧城市2016年度专项试点名单'],
  ['序号', '承建单位', '项目名称'],
  ['1', '某某城市科技有限公司', '城市运行感知平台'],
  ['2', '某某数据服务股份有限公司', '社区公共服务一体化示范'],
];

function book(rows: string[][]): XLSX.WorkBook {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = MERGED.map(([s, e]) => ({ s: { r: s!, c: 1 }, e: { r: e!, c: 1 } }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheet, '名单');
  return wb;
}

function docx(rows: string[][]): Promise<Buffer> {
  const [title, ...table] = rows;
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph(title![0]!),
          new Table({ rows: table.map((r) => new TableRow({ children: r.map(cell) })) }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function pdf(rows: string[][], withText: boolean): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  if (withText) {
    doc.font(FONT, 'NotoSansCJKsc-Regular').fontSize(11);
    rows.forEach((row, i) => row.forEach((c, j) => doc.text(c, 60 + j * 130, 60 + i * 22, { lineBreak: false })));
  } else {
    // A scan: the page is a picture, with no text layer.
    doc.rect(60, 60, 400, 300).fill('#888');
  }
  doc.end();
  return done.then(() => Buffer.concat(chunks));
}

const html = (rows: string[][]) =>
  `<!doctype html><meta charset="utf-8"><h2>${rows[0]![0]}</h2><table>${rows
    .slice(1)
    .map((r) =>
      r.length === 1 ? `<tr><td colspan="3">${r[0]}</td></tr>` : `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`,
    )
    .join('')}</table>\n`;

/** An OOXML file encrypted with a password is an OLE2 container of EncryptionInfo and EncryptedPackage. */
function encrypted(): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(512, 7));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

const write = (name: string, data: Buffer | Uint8Array | string) => writeFileSync(join(here, name), data);
const xlsx = XLSX.write(book(LIST), { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
write('list-1.xls', XLSX.write(book(LIST), { type: 'buffer', bookType: 'biff8' }) as Buffer);
write('list-1.xlsx', xlsx);
write('list-1.pdf', await pdf(LIST, true));
write('list-1.html', html(LIST));
write('projects-2.docx', await docx(PROJECTS));
// Legacy .doc: no npm package writes Word 97 files, so LibreOffice converts the .docx when it is
// installed (apt-get install libreoffice-writer-nogui); the committed projects-2.doc was made so.
try {
  execFileSync('soffice', ['--headless', '--convert-to', 'doc', '--outdir', here, join(here, 'projects-2.docx')], {
    stdio: 'ignore',
  });
} catch {
  console.warn('soffice not found: projects-2.doc left as it is');
}
write('scan.pdf', await pdf(LIST, false));
write('encrypted.xlsx', encrypted());
write('truncated.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)));
