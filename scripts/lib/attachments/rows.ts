/**
 * A pilot list read as rows. Lists come as tables with a header (序号 | 省份 | 城市 | 类别, or 序号 |
 * 承建单位 | 项目名称 for special projects) or as numbered lines ("1. 河北省石家庄市正定县",
 * "北京市：东城区、朝阳区"); either way under headings ("一、新增试点城市", "河北省（3个）") that give
 * the rows their category or province. Nothing is dropped: a row that fits no column is kept with
 * its cells.
 */
import type { EntryType } from '../../../src/schemas/notice.ts';
import type { ListRow, Table } from './types.ts';

type Column = 'n' | 'province' | 'unit' | 'entryType' | 'builder' | 'project';

/** Header cells, by the column they name (spaces removed before matching). */
const HEADERS: Array<[Column, RegExp]> = [
  ['n', /^(?:序号|编号|No\.?)$/i],
  ['province', /^(?:省份|所在省份|省区市|省[(（]区、?市[)）]|省[(（]自治区、直辖市[)）]|省\/区\/市)$/],
  ['project', /^(?:项目名称|专项名称|试点项目|专项试点项目)$/],
  ['builder', /^(?:承建单位|申报单位|牵头单位|实施单位|建设单位)$/],
  ['entryType', /^(?:类别|类型|试点类型|试点类别)$/],
  [
    'unit',
    /^(?:(?:试点)?城市(?:名称)?|试点名称|试点单位|名称|地区|(?:城)?市[(（][^)）]*[)）]|试点城市[(（][^)）]*[)）])$/,
  ],
];

/** The category a heading or a 类别 cell states. */
export function entryTypeOf(text: string): EntryType | undefined {
  if (/扩大范围|扩大试点范围|expanded/i.test(text)) return 'expanded';
  if (/专项|special/i.test(text)) return 'special';
  if (/新增|new/i.test(text)) return 'new';
  return undefined;
}

/** A numbered item: "1.", "1、", "（1）", "1)" before the text; returns the number and the text. */
const NUMBERED = /^\s*(?:[(（](\d{1,4})[)）]|(\d{1,4})\s*[.、．)）]|(\d{1,4})\s+)\s*(.+)$/u;
/** A heading numbered with Chinese numerals: "一、新增试点城市". */
const CHINESE_HEADING = /^\s*[一二三四五六七八九十]+\s*[、.．]/u;
/** "北京市：东城区、朝阳区" — a province and the units under it, on one line. */
const PROVINCE_LINE = /^([^：:]{2,12}?(?:省|市|自治区))\s*[：:]\s*(.+)$/u;

const clean = (cell: string) => cell.replace(/\s+/gu, ' ').trim();

/** The header of a table: which cell names which column, when at least two cells name one. */
function headerOf(cells: string[]): Map<number, Column> | undefined {
  const columns = new Map<number, Column>();
  cells.forEach((cell, i) => {
    const hit = HEADERS.find(([, re]) => re.test(cell.replace(/\s+/gu, '')));
    if (hit) columns.set(i, hit[0]);
  });
  return columns.size >= 2 ? columns : undefined;
}

/** Whether a line of a headerless list is a heading: numbered in Chinese, naming a list or pilots, or a province. */
function isHeading(text: string): boolean {
  return (
    CHINESE_HEADING.test(text) ||
    /名单|试点|[(（]\s*\d+\s*个\s*[)）]/u.test(text) ||
    /^[\p{Script=Han}]{2,8}(?:省|自治区)$/u.test(text)
  );
}

/** Where a heading sits: a category heading starts a new group; a province heading nests under it. */
function pushHeading(headings: string[], text: string): string[] {
  const isCategory = CHINESE_HEADING.test(text) || entryTypeOf(text) !== undefined || /名单|试点/.test(text);
  return isCategory ? [text] : [...headings.filter((h) => CHINESE_HEADING.test(h) || /名单|试点/.test(h)), text];
}

/** The province a heading names, when it is a province heading ("河北省（3个）", "北京市"). */
function provinceHeading(text: string): string | undefined {
  const m = /^([\p{Script=Han}]{2,10}?(?:省|自治区|市))(?:\s*[(（]\s*\d+\s*个?\s*[)）])?$/u.exec(text.trim());
  return m && !/名单|试点/.test(text) ? m[1] : undefined;
}

/** The entries of a pilot list, in order, each with the columns it has and the headings above it. */
export function pilotRows(tables: Table[]): ListRow[] {
  const rows: ListRow[] = [];
  for (const table of tables) {
    let header: Map<number, Column> | undefined;
    let headings: string[] = [];
    let lastProvince: string | undefined;
    const context = () => ({
      headings,
      entryType: headings.map(entryTypeOf).findLast((t) => t !== undefined),
      province: headings.map(provinceHeading).findLast((p) => p !== undefined),
    });
    for (const raw of table.rows) {
      const cells = raw.map(clean);
      const filled = cells.filter(Boolean);
      if (filled.length === 0) continue;
      const found = headerOf(cells);
      if (found) {
        header = found;
        continue;
      }
      const only = filled.length === 1 ? cells.findIndex(Boolean) : -1;
      if (only >= 0 && !header) {
        // A headerless list: numbered items and province lines are entries, other lines headings.
        const text = filled[0]!;
        const item = NUMBERED.exec(text);
        if (item) rows.push(...lineRows(item[1] ?? item[2] ?? item[3], item[4]!, cells, context(), rows.length));
        else if (PROVINCE_LINE.test(text)) rows.push(...lineRows(undefined, text, cells, context(), rows.length));
        else if (isHeading(text)) headings = pushHeading(headings, text);
        else rows.push(...lineRows(undefined, text, cells, context(), rows.length));
        continue;
      }
      if (only === 0 && header?.get(0) !== 'unit') {
        // Under a header, a line of one cell at the left (often merged across the table) is a heading.
        headings = pushHeading(headings, filled[0]!);
        lastProvince = undefined;
        continue;
      }
      const ctx = context();
      const row: ListRow = { r: rows.length + 1, headings: ctx.headings, cells };
      if (ctx.entryType) row.entryType = ctx.entryType;
      if (ctx.province) row.province = ctx.province;
      for (const [i, column] of header ?? new Map<number, Column>()) {
        const value = cells[i];
        if (!value) continue;
        if (column === 'entryType') row.entryType = entryTypeOf(value) ?? row.entryType;
        else row[column] = value;
      }
      if (!header) row.unit = filled.join(' ');
      // A province cell merged over the rows below it reads as empty in all but the first.
      if (header && [...header.values()].includes('province')) {
        if (row.province) lastProvince = row.province;
        else if (lastProvince) row.province = lastProvince;
      }
      rows.push(row);
    }
  }
  return rows;
}

/** The rows of one numbered or province line: "正定县", or "北京市：东城区、朝阳区" (a row per unit). */
function lineRows(
  n: string | undefined,
  text: string,
  cells: string[],
  ctx: { headings: string[]; entryType?: EntryType; province?: string },
  before: number,
): ListRow[] {
  const base = { headings: ctx.headings, cells, ...(ctx.entryType ? { entryType: ctx.entryType } : {}) };
  const byProvince = PROVINCE_LINE.exec(text);
  if (byProvince) {
    const units = byProvince[2]!
      .split(/[、，,；;]/u)
      .map(clean)
      .filter(Boolean);
    return units.map((unit, i) => ({
      ...base,
      r: before + i + 1,
      ...(n && units.length === 1 ? { n } : {}),
      province: byProvince[1]!,
      unit: unit.replace(/[。.]$/u, ''),
    }));
  }
  return [
    {
      ...base,
      r: before + 1,
      ...(n ? { n } : {}),
      ...(ctx.province ? { province: ctx.province } : {}),
      unit: text.replace(/[。.；;]$/u, ''),
    },
  ];
}
