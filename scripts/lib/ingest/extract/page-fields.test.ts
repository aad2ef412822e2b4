import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { fieldLine, infoLine, readFieldTables } from './page-fields.ts';

describe('page fields', () => {
  it('reads a gov.cn style table of labels and values, and hands back the table so it leaves the body', () => {
    const tree = fromHtml(
      `<table><tr><td><b>索 引 号：</b></td><td>000014349/2020-00001</td><td><b>主题分类：</b></td><td>城乡建设</td></tr>
       <tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2020年01月02日</td></tr>
       <tr><td><b>标　　题：</b></td><td colspan="3">国务院办公厅关于某项工作的通知</td></tr>
       <tr><td><b>发文字号：</b></td><td>国办发〔2020〕1号</td><td><b>发布日期：</b></td><td>2020年01月05日</td></tr></table>
       <div><p>正文第一段，说明事项。</p></div>`,
      { fragment: true },
    );
    const { fields, blocks } = readFieldTables(tree);
    expect(fields).toEqual({
      indexNumber: '000014349/2020-00001',
      topic: '城乡建设',
      issuer: '国务院办公厅',
      signed: '2020-01-02',
      title: '国务院办公厅关于某项工作的通知',
      number: '国办发〔2020〕1号',
      published: '2020-01-05',
    });
    expect(blocks.map((b) => b.tagName)).toEqual(['table']);
  });

  it('does not take a layout table that holds the text for a metadata table', () => {
    const tree = fromHtml(
      `<table><tr><td>发布日期：2020-01-05</td><td>来源：某网</td></tr>
       <tr><td colspan="2"><p>${'正文很长的一段话，讲述了事情的经过。'.repeat(10)}</p></td></tr></table>`,
      { fragment: true },
    );
    expect(readFieldTables(tree).blocks).toEqual([]);
  });

  it('reads news info lines in any order and separator', () => {
    expect(infoLine('2016-12-08 07:56 來源: 新华网')).toEqual({ published: '2016-12-08', publisher: '新华网' });
    expect(infoLine('来源:光明网-《光明日报》2023-11-18 06:05')).toEqual({
      published: '2023-11-18',
      publisher: '光明网-《光明日报》',
    });
    expect(infoLine('作者：吴十 | 来源：示例日报 | 2022.08.15 08:30')).toEqual({
      published: '2022-08-15',
      publisher: '示例日报',
      author: '吴十',
    });
    expect(infoLine('发布时间：2022-03-11 09:30  来源：城市管理监督局  【字体：大 中 小】')).toEqual({
      published: '2022-03-11',
      publisher: '城市管理监督局',
    });
    expect(infoLine('China Daily | Updated: 2021-05-06 09:12')).toEqual({
      published: '2021-05-06',
      publisher: 'China Daily',
    });
  });

  it("never reads a notice's own date line, or a sentence, as an info line", () => {
    expect(infoLine('2021年12月1日')).toBeUndefined();
    expect(infoLine('会议于2021年12月1日 9:30在北京召开，来源广泛。')).toBeUndefined();
    expect(infoLine('联系人：张三 电话：010-12345678')).toBeUndefined();
  });

  it('reads law-database and disclosure field lines, and only lines made of known labels', () => {
    expect(fieldLine('【发文字号】国发〔2019〕5号')).toEqual({ number: '国发〔2019〕5号' });
    expect(fieldLine('文 号：粤建信〔2021〕201号 发布日期：2021-11-12')).toEqual({
      number: '粤建信〔2021〕201号',
      published: '2021-11-12',
    });
    expect(fieldLine('联系人：城市建设司 张三')).toBeUndefined();
    expect(fieldLine('一、总体要求：坚持以人民为中心')).toBeUndefined();
  });
});
