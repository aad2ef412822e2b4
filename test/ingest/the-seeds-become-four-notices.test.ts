import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readNotices, type WrittenNotice } from '../support/content.ts';
import { root, runIngest } from '../support/site.ts';

let notices: WrittenNotice[];
const bySource = (file: string) => notices.find((n) => n.data.sources.some((s) => s.file.startsWith(file)))!;
const allText = (n: WrittenNotice) =>
  n.rows
    .flatMap((r) => [r.zh, r.zhOriginal, r.en])
    .filter(Boolean)
    .join('\n');

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'ppa-content-'));
  const result = runIngest(join(root, 'seeds'), out);
  expect(result.stderr).toBe('');
  notices = readNotices(out);
});

describe('the five seeds', () => {
  it('become four notices: the 2021 Chinese notice with its English translation, and 002, 003, 004 alone', () => {
    expect(notices.map((n) => n.data.sources.map((s) => `${s.file.slice(0, 3)}:${s.role}`))).toEqual(
      expect.arrayContaining([
        ['001:original', '000:translation'],
        ['002:original'],
        ['003:original'],
        ['004:original'],
      ]),
    );
    expect(notices).toHaveLength(4);
    const paired = bySource('001');
    expect(paired.data.pairing).toBe('text');
    expect(paired.data.languages).toEqual({ zh: 'source', en: 'received-translation' });
    expect(bySource('002').data.languages).toEqual({ zh: 'none', en: 'source' });
    expect(bySource('003').data.languages).toEqual({ zh: 'source', en: 'archive-translation' });
  });
});

describe('clean text', () => {
  it('has no pinyin readings and shows 003 in simplified script with the traditional original kept', () => {
    for (const n of notices) expect(allText(n)).not.toMatch(/[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/);
    const rows = bySource('003').rows;
    expect(rows[0]).toMatchObject({
      zh: '住房城乡建设部办公厅 科学技术部办公厅关于公布国家智慧城市2014年度试点名单的通知',
      zhOriginal: '住房城鄉建設部辦公廳 科學技術部辦公廳關于公布國家智慧城市2014年度試點名單的通知',
    });
    // Every row keeps its received form, except the one whose characters are the same in both scripts.
    expect(rows.filter((r) => r.zhOriginal === undefined).map((r) => r.zh)).toEqual(['2015年4月7日']);
  });

  it('has no site chrome in any notice', () => {
    const chrome =
      /股票名称|祥龙电业|热图一览|高清图集|相关推荐|上一篇|下一篇|发表回复|的头像|原创文章|编辑:|责任编辑|Copyright|ICP备|公网安备|Location:|新浪财经APP|发布时间/;
    for (const n of notices) expect(allText(n)).not.toMatch(chrome);
    // the duplicated headline of 004 appears once
    expect(
      bySource('004').rows.filter((r) => r.zh === '程用文出席智慧城市基础设施与智能网联汽车协同发展试点工作经验交流会')
        .length,
    ).toBe(1);
  });

  it("keeps 001's contacts, signature, date, publication note and 抄送 line", () => {
    const text = allText(bySource('001'));
    for (const kept of [
      '联系人：住房和城乡建设部城市建设司 张旭亮',
      '电 话：010-58933961',
      '联系人：工业和信息化部装备工业一司 陈春梅',
      '电 话：010-68205629',
      '2021年12月1日',
      '（此件主动公开）',
      '抄送：重庆市、深圳市、厦门市、南京市、济南市、成都市、合肥市、沧州市、芜湖市、淄博市人民政府。',
    ]) {
      expect(text).toContain(kept);
    }
    expect(
      bySource('001')
        .rows.filter((r) => r.zhRole === 'signature')
        .map((r) => r.zh),
    ).toEqual(['住房和城乡建设部', '工业和信息化部']);
  });

  it('lets no image, script or style from another host into any notice body', () => {
    for (const n of notices) {
      const body = n.mdx.slice(n.mdx.indexOf('\n---\n', 4));
      expect(body).not.toMatch(/<img|<script|<style|<iframe|sinaimg|https?:\/\/(?!www\.mohurd\.gov\.cn)/);
    }
  });
});

describe('metadata derived from the text', () => {
  it('dates each notice', () => {
    expect(bySource('001').data.dates).toEqual({ signed: '2021-12-01', published: '2021-12-03' });
    expect(bySource('003').data.dates).toEqual({ signed: '2015-04-07', published: '2015-04-10' });
    expect(bySource('002').data.dates).toEqual({ event: '2013-08-05' });
    expect(bySource('004').data.dates).toEqual({ event: '2023-12-13', published: '2023-12-13' });
  });

  it('names the issuing bodies in Chinese and English', () => {
    const issuers = (f: string) => bySource(f).data.issuers.map((a) => `${a.zh} / ${a.en}`);
    expect(issuers('001')).toEqual([
      '住房和城乡建设部 / Ministry of Housing and Urban-Rural Development',
      '工业和信息化部 / Ministry of Industry and Information Technology',
    ]);
    expect(issuers('003')).toEqual([
      '住房和城乡建设部办公厅 / General Office of the Ministry of Housing and Urban-Rural Development',
      '科学技术部办公厅 / General Office of the Ministry of Science and Technology',
    ]);
  });

  it('gives a news report a publisher and the bodies it names, never issuers', () => {
    const named = (f: string) => (bySource(f).data.bodiesNamed ?? []).map((a) => `${a.zh} / ${a.en}`);
    expect(bySource('002').data.issuers).toEqual([]);
    expect(named('002')).toEqual(['住房和城乡建设部 / Ministry of Housing and Urban-Rural Development']);
    expect(bySource('002').data.publisher).toBe('CCPR');
    expect(bySource('004').data.issuers).toEqual([]);
    expect(named('004')).toEqual([
      '住房和城乡建设部 / Ministry of Housing and Urban-Rural Development',
      '工业和信息化部 / Ministry of Industry and Information Technology',
    ]);
    expect(bySource('001').data.publisher).toBe('新浪财经');
  });

  it('lists the documents cited, with 594号 recognised in the English translation too', () => {
    const c594 = bySource('001').data.cites.find((c) => c.serial === 594)!;
    expect(c594).toMatchObject({
      number: '建办城函〔2020〕594号',
      canonical: '建办城函〔2020〕594号',
      renderings: ['J.H. [2020] No.594'],
    });
    expect(c594.title).toBe(
      '住房和城乡建设部办公厅 工业和信息化部办公厅关于组织开展智慧城市基础设施与智能网联汽车协同发展试点工作的通知',
    );
    const numbers003 = bySource('003').data.cites.flatMap((c) => (c.number ? [c.number] : []));
    expect(numbers003).toEqual(['建办科函[2014]515号', '发改高技[2014]1770号']);
  });

  it('assigns each notice its program and batch', () => {
    expect(bySource('001').data).toMatchObject({ programs: ['shuangzhi'], batch: { program: 'shuangzhi', number: 2 } });
    expect(bySource('004').data.programs).toEqual(['shuangzhi']);
    expect(bySource('003').data).toMatchObject({
      programs: ['national-smart-city'],
      batch: { program: 'national-smart-city', year: 2014 },
    });
    expect(bySource('002').data).toMatchObject({
      programs: ['national-smart-city'],
      batch: { program: 'national-smart-city', year: 2013 },
    });
  });

  it('names places with GB/T 2260 codes', () => {
    const codes = (f: string) => bySource(f).data.places.map((p) => p.code);
    expect(codes('001')).toEqual(
      expect.arrayContaining([
        '500000',
        '440300',
        '350200',
        '320100',
        '370100',
        '510100',
        '340100',
        '130900',
        '340200',
        '370300',
      ]),
    );
    expect(codes('004')).toEqual(expect.arrayContaining(['420100', '110000', '310000', '440100', '430100', '320200']));
    expect(codes('003')).toEqual(expect.arrayContaining(['110109', '130123']));
    const zibo = bySource('001').data.places.find((p) => p.code === '370300')!;
    expect(zibo).toMatchObject({ zh: '淄博市', en: 'Zibo', province: { code: '370000' } });
    expect(bySource('002').data.places.map((p) => p.slug)).toContain('beijing-etdz');
  });

  it('records the counts each notice states', () => {
    const counts = (f: string) => bySource(f).data.counts.map((c) => `${c.value} ${c.entryType}`);
    expect(counts('002')).toEqual(['103 new']);
    expect(counts('003')).toEqual(['84 new', '13 expanded', '41 special']);
    expect(counts('001')).toEqual(['10 new']);
    expect(counts('004')).toEqual(['6 new']);
  });

  it('records each source file with its SHA-256, encoding and cleaning', () => {
    const s = bySource('003').data.sources[0]!;
    expect(s).toMatchObject({ file: '003_97bb9c47a489c678.txt', encoding: 'utf-8', script: 'Hant', via: '住建部网站' });
    expect(s.cleaning.map((c) => c.rule)).toEqual(
      expect.arrayContaining(['sidebar-widget', 'publication-line', 'pinyin-readings', 'traditional-to-simplified']),
    );
  });
});

describe('alignment of 000 with 001', () => {
  it('shares a row between the salutation and each body paragraph and its translation', () => {
    const rows = bySource('001').rows;
    const pairs = rows.filter((r) => r.zh && r.en);
    expect(pairs.map((r) => [r.zhRole, r.en!.slice(0, 20)])).toEqual([
      ['salutation', 'All provinces, autono'.slice(0, 20)],
      ['body', 'According to the rele'.slice(0, 20)],
      ['body', 'All pilot cities are '.slice(0, 20)],
      ['body', 'In order to strengthe'.slice(0, 20)],
    ]);
    expect(pairs.find((r) => r.zh!.includes('淄博'))!.en).toContain('Zibo');
    for (const r of pairs) expect(r.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps the title (one row), contacts, signature, date and 抄送 as Chinese-only rows with a confidence', () => {
    const rows = bySource('001').rows;
    const alone = rows.filter((r) => !r.en).map((r) => r.zhRole);
    expect(alone).toEqual([
      'title',
      'contact',
      'contact',
      'contact',
      'contact',
      'signature',
      'signature',
      'date',
      'note',
      'cc',
    ]);
    expect(rows.map((r) => r.id)).toEqual(rows.map((_, i) => `p${i + 1}`));
    for (const r of rows) expect(r.confidence).toBeGreaterThanOrEqual(0);
  });
});
