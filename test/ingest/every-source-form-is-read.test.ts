import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readNotices, type WrittenNotice } from '../support/content.ts';
import { runIngest, seedsFrom } from '../support/site.ts';

let notices: WrittenNotice[];
const bySource = (file: string) => notices.find((n) => n.data.sources.some((s) => s.file === file))!;
const zhText = (n: WrittenNotice) => n.rows.map((r) => r.zh ?? '').join('\n');

beforeAll(() => {
  const forms = [
    'gb18030-evaluation-notice.txt',
    'big5-standards-pilot-notice.txt',
    'utf8-bom-crlf-notice.txt',
    'full-page-shuangzhi-launch.html',
    'pair-zh-standards-notice.txt',
    'pair-en-standards-notice.txt',
    'en-only-news-brief.txt',
    'zh-only-news-report.txt',
  ];
  const out = mkdtempSync(join(tmpdir(), 'ppa-forms-'));
  const result = runIngest(seedsFrom(forms.map((f) => `forms/${f}`)), out);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  notices = readNotices(out);
});

describe('sources in forms beyond the seeds', () => {
  it('reads GB18030 bytes, recording the encoding, with its own document number and counts', () => {
    const n = bySource('gb18030-evaluation-notice.txt');
    expect(n.data.sources[0]).toMatchObject({ encoding: 'gb18030', encodingEvidence: 'detected' });
    expect(n.data.docNumber).toBe('建办科函〔2016〕88号');
    expect(n.data.dates.signed).toBe('2016-03-02');
    expect(zhText(n)).toContain('请于2016年6月30日前将评估报告报送我部建筑节能与科技司。');
  });

  it('reads Big5 bytes and shows them in simplified script, original kept', () => {
    const n = bySource('big5-standards-pilot-notice.txt');
    expect(n.data.sources[0]).toMatchObject({ encoding: 'big5', script: 'Hant' });
    expect(n.rows[0]).toMatchObject({
      zh: '科学技术部办公厅关于智慧城市技术和标准试点的通知',
      zhOriginal: '科學技術部辦公廳關於智慧城市技術和標準試點的通知',
    });
    expect(n.data.issuers.map((a) => a.id)).toEqual(['most-general-office']);
  });

  it('reads UTF-8 with a byte-order mark and CRLF line ends', () => {
    const n = bySource('utf8-bom-crlf-notice.txt');
    expect(n.data.sources[0]).toMatchObject({ encoding: 'utf-8', bom: true, lineEndings: 'crlf' });
    expect(n.rows.map((r) => r.zh)).toEqual([
      '工业和信息化部关于智能网联汽车道路测试的通知',
      '各省、自治区、直辖市工业和信息化主管部门：',
      '现就智能网联汽车道路测试有关事项通知如下，请认真贯彻执行。',
      '工业和信息化部',
      '2018年4月3日',
    ]);
  });

  it('reads a full HTML page down to its article', () => {
    const n = bySource('full-page-shuangzhi-launch.html');
    expect(n.data.sources[0]).toMatchObject({
      form: 'html-page',
      publisher: '示例政务网',
      url: 'https://www.example.gov.cn/zwgk/2020/1204/notice.html',
    });
    expect(n.data).toMatchObject({
      docNumber: '建办城函〔2020〕594号',
      dates: { signed: '2020-11-30', published: '2020-12-04' },
      programs: ['shuangzhi'],
    });
    expect(zhText(n)).not.toMatch(/alert|分享|首页|相关文章|版权所有|injected/);
    expect(n.data.sources[0]!.cleaning.map((c) => c.rule)).toEqual(
      expect.arrayContaining(['script', 'style', 'media', 'embedded-frame', 'site-chrome']),
    );
  });

  it('pairs a translation arriving as a separate file, with no sidecar, from the facts both texts state', () => {
    const n = bySource('pair-zh-standards-notice.txt');
    expect(n.data.sources.map((s) => [s.file, s.role])).toEqual([
      ['pair-zh-standards-notice.txt', 'original'],
      ['pair-en-standards-notice.txt', 'translation'],
    ]);
    expect(n.data.pairing).toBe('text');
    expect(n.data.title).toEqual({
      zh: '国家标准化管理委员会关于发布智慧城市评价指标的通知',
      en: 'Notice of the Standardization Administration of China on Issuing the Smart City Evaluation Indicators',
    });
    expect(n.rows.filter((r) => r.zh && r.en)).toHaveLength(4);
  });

  it('keeps an English-only and a Chinese-only source as notices of their own', () => {
    expect(bySource('en-only-news-brief.txt').data.languages).toEqual({ zh: 'none', en: 'source' });
    expect(bySource('zh-only-news-report.txt').data.languages).toEqual({ zh: 'source', en: 'none' });
    expect(bySource('en-only-news-brief.txt').data.dates.event).toBe('2016-03-03');
    expect(notices).toHaveLength(7);
  });
});
