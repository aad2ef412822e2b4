import { describe, expect, it } from 'vitest';
import { mainTextLines } from './text-lines.ts';

const blocks = (text: string) => text.split('\n').map((line) => ({ text: line }));
const kept = (text: string) => mainTextLines(blocks(text)).blocks.map((b) => b.text);

describe('the main text of a plain-text page dump', () => {
  it('keeps the title, body and closing, and removes the menu, the related list and the footer, each recorded', () => {
    const dump = [
      '网站首页',
      '机构概况',
      '政务公开',
      '办事服务',
      '互动交流',
      '甲市住房和城乡建设局关于开展城市体检试点工作的通知',
      '各区住房和城乡建设局：',
      '为贯彻落实有关工作部署，我局决定在全市开展城市体检试点工作，现将有关事项通知如下。',
      '一、试点范围',
      '乙区、丙区、丁区为本次试点区，试点期为一年，各区要制定工作方案并于月底前报送。',
      '二、工作要求',
      '各区要明确责任分工，加强统筹协调，按时报送工作进展，确保试点工作取得实效。',
      '甲市住房和城乡建设局',
      '2024年3月5日',
      '相关链接',
      '关于公布城市更新项目名单的通知',
      '关于开展燃气安全检查的通知',
      '主办单位：甲市住房和城乡建设局 网站标识码1234567890 甲ICP备12345678号',
    ].join('\n');
    const result = mainTextLines(blocks(dump));
    expect(result.blocks.map((b) => b.text)).toEqual(dump.split('\n').slice(5, 14));
    expect(result.removed.map((r) => r.rule)).toEqual(Array(9).fill('outside-main-text'));
    expect(result.removed.map((r) => r.text)).toContain('关于开展燃气安全检查的通知');
  });

  it('leaves a text with no chrome whole, short headings and all', () => {
    const notice = [
      '城市道路测试管理办法（试行）',
      '第一章 总则',
      '第一条 为规范道路测试，保障交通安全，制定本办法。',
      '第二章 附则',
      '第二条 本办法自发布之日起施行。',
    ].join('\n');
    expect(kept(notice)).toEqual(notice.split('\n'));
  });

  it('keeps a list the notice introduces, up to its closing date, when no chrome comes between', () => {
    const dump = [
      '首页 | 新闻 | 通知公告 | 政策文件',
      '关于公布第二批试点城市名单的通知',
      '各省、自治区住房和城乡建设厅：',
      '经研究，确定以下城市为第二批试点城市，名单如下：',
      '甲市',
      '乙市',
      '丙市',
      '丁市',
      '住房和城乡建设部',
      '2023年6月1日',
      '版权所有：某某网站 © 2023',
    ].join('\n');
    expect(kept(dump)).toEqual(dump.split('\n').slice(1, 10));
  });

  it('reads English dumps by the same features', () => {
    const dump = [
      'Home | News | Policies | Services | Contact',
      'Ministry Names Ten Pilot Cities',
      'The ministry on Monday named ten cities, including Wuhu and Zibo, as pilots for connected vehicles.',
      'The pilots will run for three years, the ministry said in a statement.',
      'Related',
      'Cities race to build charging networks',
      'New rules for autonomous buses',
      'Copyright © 2021 Example Daily. All Rights Reserved.',
    ].join('\n');
    expect(kept(dump)).toEqual(dump.split('\n').slice(1, 4));
  });

  it('leaves a document whole when it opens with its title and closes with its date, URLs and table rules and all', () => {
    const notice = [
      '关于开展数据共享试点的通知',
      '各有关单位：',
      'http://example.org/a',
      'http://example.org/b',
      '现将有关事项通知如下，请遵照执行。',
      '| 城市 | 批次 | 年份 |',
      '| 甲市 | 第一批 | 2022 |',
      'www.example.org',
      '某某部',
      '2022年2月22日',
    ].join('\n');
    expect(kept(notice)).toEqual(notice.split('\n'));
  });
});
