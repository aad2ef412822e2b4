import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../decode.ts';
import { extract } from './index.ts';
import { stripBoilerplate } from './boilerplate.ts';

const seed = (file: string) =>
  extract(decode({ file, bytes: new Uint8Array(readFileSync(new URL(`../../../../seeds/${file}`, import.meta.url))) }));
const fixture = (file: string) =>
  extract(
    decode({
      file,
      bytes: new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/${file}`, import.meta.url))),
    }),
  );
const texts = (e: ReturnType<typeof extract>) => e.blocks.map((b) => b.text).join('\n');

describe('extract', () => {
  it('reads the Sina republication (front matter + HTML) down to the notice, keeping contacts, signature, date and 抄送', () => {
    const e = seed('001_2a6f7b4620238141.txt');
    expect(e.form).toBe('frontmatter-html');
    const text = texts(e);
    for (const kept of [
      '联系人：住房和城乡建设部城市建设司',
      '010-58933961',
      '2021年12月1日',
      '（此件主动公开）',
      '抄送：重庆市',
    ])
      expect(text).toContain(kept);
    for (const gone of ['责任编辑', '新浪财经APP', 'appendQr', 'sinaimg', 'news_keyword_pub'])
      expect(text).not.toContain(gone);
    expect(e.hints).toEqual({
      headline: '住建部、工信部研究确定10个城市为智慧城市基础设施与智能网联汽车协同发展第二批试点城市',
      publisher: '新浪财经',
      published: '2021-12-03',
    });
    expect(
      e.removed
        .filter((r) => r.rule === 'media')
        .map((r) => r.text)
        .every((t) => t.includes('sinaimg.cn')),
    ).toBe(true);
  });

  it('keeps the centered, bold title lines of 001 marked as such', () => {
    const [first] = seed('001_2a6f7b4620238141.txt').blocks;
    expect(first).toMatchObject({ align: 'center', strong: true });
  });

  it('drops the breadcrumb, copyright and ICP lines of the CCPR brief, keeping what they say', () => {
    const e = seed('002_21f241258a368e1c.txt');
    expect(texts(e)).not.toMatch(/Location:|Copyright|ICP/);
    expect(e.hints).toEqual({ publisher: 'CCPR', section: 'NEWS IN BRIEF', issue: '2013 No.4' });
    expect(e.blocks[0]!.text).toBe('103 Cities Listed as National Pilot Smart Cities');
  });

  it('drops the stock ticker and news sidebar of the traditional-script repost, and its publication line', () => {
    const e = seed('003_97bb9c47a489c678.txt');
    const text = texts(e);
    expect(text).not.toMatch(/股票名稱|祥龍電業|熱圖一覽|監管重壓|發(\(fā\))?布時間/);
    expect(e.blocks.at(-1)!.text).toBe('2015年4月7日');
    expect(e.hints).toEqual({ published: '2015-04-10', via: '住建部网站' });
  });

  it('drops the duplicated headline, column tag, editor credit, prev/next links and "related articles" tail of the report', () => {
    const e = seed('004_2ec386e290b75517.txt');
    const text = texts(e);
    expect(e.blocks[0]!.text).toBe('程用文出席智慧城市基础设施与智能网联汽车协同发展试点工作经验交流会');
    expect(e.blocks[1]!.text).toMatch(/^12月13日/);
    expect(text).not.toMatch(/编辑:聂杨|原创文章|上一篇|下一篇|相关推荐|武汉科技大学招聘|发表回复|的头像/);
    expect(e.blocks.at(-1)!.text).toBe('市委常委、武汉经开区党工委书记刘子清参加活动。');
    expect(e.hints).toMatchObject({
      section: 'e网评',
      published: '2023-12-13',
      publisher: 'nbdnews',
      url: 'https://www.nbdnews.cn/13/18/16/7507.html',
    });
    expect(new Set(e.removed.map((r) => r.rule))).toEqual(
      new Set([
        'duplicate-title',
        'column-tag',
        'editor-credit',
        'repost-notice',
        'comment-counter',
        'author-avatar',
        'previous-next-link',
        'related-articles',
      ]),
    );
  });

  it('reads a full HTML page: article only, no script, style, nav, share bar, iframe, footer or foreign image', () => {
    const e = fixture('forms/full-page-shuangzhi-launch.html');
    expect(e.form).toBe('html-page');
    const text = texts(e);
    expect(e.blocks[0]!.text).toMatch(/^住房和城乡建设部办公厅 工业和信息化部办公厅关于组织开展/);
    expect(text).toContain('建办城函〔2020〕594号');
    expect(text).toContain('2020年11月30日');
    expect(text).not.toMatch(/alert|dataLayer|分享到|首页|相关文章|版权所有|ICP|injected|font-family|横幅/);
    expect(e.hints).toMatchObject({
      publisher: '示例政务网',
      published: '2020-12-04',
      url: 'https://www.example.gov.cn/zwgk/2020/1204/notice.html',
    });
    const rules = new Set(e.removed.map((r) => r.rule));
    for (const rule of ['script', 'style', 'media', 'embedded-frame']) expect(rules).toContain(rule);
  });

  it('reports broken front matter with the file and line', () => {
    expect(() => fixture('bad/broken-front-matter.txt')).toThrow(
      /^bad\/broken-front-matter\.txt: front matter is not valid YAML at line 4: Flow sequence in block collection must be sufficiently indented and end with a \]$/,
    );
  });

  it('drops a spam line naming cities, but keeps a sentence on 办证 services', () => {
    const e = fixture('designations/portal-dump-with-related-and-spam.txt');
    expect(texts(e)).not.toMatch(/贵阳|金华|玉林/);
    expect(e.removed.filter((r) => r.rule === 'spam').map((r) => r.text)).toEqual([
      '贵阳代开发票 金华办证刻章 玉林贷款秒批 加微信 abc123',
    ]);
    const kept = stripBoilerplate([{ text: '市政务服务中心推行办证“一窗受理”，群众办理发票业务更加便捷。' }]);
    expect(kept.removed).toEqual([]);
  });

  it('leaves no seed without text, and every removal is recorded with its rule', () => {
    for (const file of readdirSync(new URL('../../../../seeds/', import.meta.url))) {
      const e = seed(file);
      expect(e.blocks.length).toBeGreaterThan(0);
      for (const r of e.removed) expect(r.rule).toMatch(/^[a-z-]+$/);
    }
  });
});
