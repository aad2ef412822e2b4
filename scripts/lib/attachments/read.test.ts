import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAttachment } from './read.ts';
import { matchUnit } from './match.ts';
import { pilotRows } from './rows.ts';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/attachments');
const read = (name: string) => readAttachment(new Uint8Array(readFileSync(join(fixtures, name))), name);

/** What a researcher needs of each row: where it is, what it lists, and what it matched. */
async function listOf(name: string) {
  const result = await read(name);
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return pilotRows(result.tables).map((row) => {
    const m = matchUnit(row);
    return {
      r: row.r,
      province: row.province,
      unit: row.unit,
      entryType: row.entryType,
      code: m.matched ? m.place.code : null,
      level: m.matched ? m.place.level : null,
    };
  });
}

describe('an attachment pilot list', () => {
  it('gives the same rows from .xls, .xlsx, a text-layer PDF and an HTML table', async () => {
    const fromXls = await listOf('list-1.xls');
    expect(fromXls).toEqual([
      { r: 1, province: '河北省', unit: '石家庄市正定县', entryType: 'new', code: '130123', level: 'county' },
      { r: 2, province: '河北省', unit: '唐山市', entryType: 'new', code: '130200', level: 'prefecture-city' },
      { r: 3, province: '江苏省', unit: '无锡市', entryType: 'new', code: '320200', level: 'prefecture-city' },
      { r: 4, province: '江苏省', unit: '常州市武进区', entryType: 'new', code: '320412', level: 'district' },
      { r: 5, province: '浙江省', unit: '宁波市云湖新城', entryType: 'new', code: null, level: null },
      { r: 6, province: '北京市', unit: '朝阳区', entryType: 'expanded', code: '110105', level: 'district' },
      { r: 7, province: '山东省', unit: '淄博市', entryType: 'expanded', code: '370300', level: 'prefecture-city' },
    ]);
    for (const other of ['list-1.xlsx', 'list-1.pdf', 'list-1.html']) expect(await listOf(other)).toEqual(fromXls);
  });

  it('reads special projects from a .docx table as builder and project', async () => {
    const result = await read('projects-2.docx');
    expect(result.ok).toBe(true);
    const rows = pilotRows(result.ok ? result.tables : []);
    expect(rows.map((r) => [r.r, r.builder, r.project, r.entryType])).toEqual([
      [1, '某某城市科技有限公司', '城市运行感知平台', 'special'],
      [2, '某某数据服务股份有限公司', '社区公共服务一体化示范', 'special'],
    ]);
  });

  it('says why a scan, an encrypted file or a truncated file cannot be read', async () => {
    expect(await read('scan.pdf')).toEqual({ ok: false, format: 'pdf', reason: 'no text layer (a scanned image?)' });
    expect(await read('encrypted.xlsx')).toEqual({
      ok: false,
      format: 'xls',
      reason: 'encrypted (password-protected)',
    });
    const truncated = await read('truncated.xlsx');
    expect(truncated.ok).toBe(false);
    expect(truncated.ok ? '' : truncated.reason).toMatch(/^cannot be read: /);
  });
});
