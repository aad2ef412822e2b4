import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, inject, it } from 'vitest';

const dist = () => inject('distDir');
const read = (path: string) => readFileSync(join(dist(), path), 'utf8');
const page = (path: string) => fromHtml(read(join(path, 'index.html')));

/** Does this archive path's (or URL's) #pN exist on its notice page? */
function resolves(url: string): boolean {
  const { pathname, hash } = new URL(url, 'http://archive.invalid');
  try {
    return Boolean(select(`[id="${hash.slice(1)}"]`, page(pathname)));
  } catch {
    return false;
  }
}

function events(path: string) {
  return selectAll('ol.events > li', page(path)).map((li) => ({
    datetime: String(select('time', li)!.properties.dateTime),
    text: toText(li).replace(/\s+/g, ' '),
    href: String(select('a.evidence', li)!.properties.href),
  }));
}

describe('program timelines', () => {
  it('list the Shuangzhi events in date order, each with <time datetime> and a paragraph that exists', () => {
    const list = events('programs/shuangzhi');
    expect(list.map((e) => e.datetime)).toEqual([...list.map((e) => e.datetime)].sort());
    const find = (re: RegExp) => list.find((e) => re.test(e.text));
    expect(find(/建办城函〔2020〕594号/)?.text).toMatch(/本库未收录|not in archive/);
    expect(find(/2021年5月.*6个城市获批第一批试点城市/)?.datetime).toBe('2021-05');
    expect(find(/第二批试点城市的通知/)?.datetime).toBe('2021-12-01');
    expect(find(/程用文出席/)?.datetime).toBe('2023-12-13');
    expect(find(/验收考核结果公布/)?.text).toMatch(/on or before the report's date/);
    for (const e of list) expect(resolves(e.href), e.href).toBe(true);
  });

  it('list the national events: the 2013 list, the 2015 notice and its 2014 call for applications, not held', () => {
    const list = events('programs/national-smart-city');
    expect(list.find((e) => /103 Cities Listed/.test(e.text))?.datetime).toBe('2013-08-05');
    expect(list.find((e) => /2014年度试点名单的通知/.test(e.text))?.datetime).toBe('2015-04-07');
    expect(list.find((e) => /建办科函〔2014〕515号/.test(e.text))?.text).toMatch(/not in archive/);
    expect(list.map((e) => e.datetime)).toEqual([...list.map((e) => e.datetime)].sort());
  });

  it('state each batch with its count, the places named, and say when the full list is not held', () => {
    const batches = selectAll('section.batch', page('programs/national-smart-city')).map((b) =>
      toText(b).replace(/\s+/g, ' '),
    );
    expect(batches.find((b) => b.includes('103'))).toMatch(/full list is not in the archive/);
    expect(batches.find((b) => /\b84\b/.test(b))).toMatch(/门头沟区/);
    expect(batches.find((b) => /\b41\b/.test(b))).toMatch(/company projects, not places/);
  });
});

describe('pilot-places.csv', () => {
  const csv = () => read('data/pilot-places.csv');
  const rows = () => parseCsv(csv(), { columns: true, bom: true }) as Array<Record<string, string>>;

  it('is UTF-8 with a byte-order mark', () => {
    expect(csv().charCodeAt(0)).toBe(0xfeff);
  });

  it('has all sixteen Shuangzhi cities with their GB/T 2260 codes, batch and year, each linked to an existing paragraph', () => {
    const sz = rows().filter((r) => r.program === 'shuangzhi');
    const byBatch = (b: string) =>
      Object.fromEntries(sz.filter((r) => r.batch === b).map((r) => [r.name_zh, r.admin_code]));
    expect(byBatch('1')).toEqual({
      武汉市: '420100',
      北京市: '110000',
      上海市: '310000',
      广州市: '440100',
      长沙市: '430100',
      无锡市: '320200',
    });
    expect(byBatch('2')).toEqual({
      重庆市: '500000',
      深圳市: '440300',
      厦门市: '350200',
      南京市: '320100',
      济南市: '370100',
      成都市: '510100',
      合肥市: '340100',
      沧州市: '130900',
      芜湖市: '340200',
      淄博市: '370300',
    });
    for (const r of sz) {
      expect(r.batch_year).toBe('2021');
      expect(resolves(r.evidence_path!), r.evidence_path).toBe(true);
    }
  });

  it("has the national program's named places with their batch and entry type", () => {
    const nat = rows().filter((r) => r.program === 'national-smart-city');
    expect(nat.map((r) => [r.name_zh, r.batch_year, r.entry_type, r.admin_code])).toEqual(
      expect.arrayContaining([
        ['北京经济技术开发区', '2013', 'new', ''],
        ['门头沟区', '2014', 'new', '110109'],
        ['正定县', '2014', 'expanded', '130123'],
      ]),
    );
    for (const r of nat) expect(resolves(r.evidence_path!)).toBe(true);
  });
});

describe('the data downloads', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  it.each([
    ['notices.json', 'notices.schema.json'],
    ['events.json', 'events.schema.json'],
  ])('%s validates against %s, and every evidence link resolves', (file, schema) => {
    const data = JSON.parse(read(`data/${file}`));
    const validate = ajv.compile(JSON.parse(read(`data/${schema}`)));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // A local build: paths only (the publication build's URLs: every-url-the-archive-hands-out-resolves).
    const links =
      JSON.stringify(data)
        .match(/"\/notices\/[^"]+#p\d+"/g)
        ?.map((l) => l.slice(1, -1)) ?? [];
    expect(links.length).toBeGreaterThan(2);
    for (const url of links) expect(resolves(url), url).toBe(true);
  });

  it('pilot-places.csv validates row by row against its schema', () => {
    const validate = ajv.compile(JSON.parse(read('data/pilot-places.schema.json')));
    const rows = parseCsv(read('data/pilot-places.csv'), { columns: true, bom: true });
    expect(rows.length).toBeGreaterThanOrEqual(19);
    expect(validate(rows), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
