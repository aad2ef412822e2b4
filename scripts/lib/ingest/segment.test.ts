import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';
import { extract } from './extract/index.ts';
import { normalizeSource } from './normalize.ts';
import { describe as describeDocument } from '../metadata/index.ts';
import { joinTitleLines, segment } from './segment.ts';

const paragraphs = (file: string) => {
  const n = normalizeSource(
    extract(decode({ file, bytes: new Uint8Array(readFileSync(new URL(`../../../seeds/${file}`, import.meta.url))) })),
  );
  return segment(n.blocks, { lang: n.lang });
};

describe('segment', () => {
  it('gives the 2021 notice its title (three lines joined into one paragraph), salutation, body, contacts, signature, date, note and 抄送', () => {
    const ps = paragraphs('001_2a6f7b4620238141.txt');
    expect(ps[0]!.text).toBe(
      '住房和城乡建设部 工业和信息化部关于确定智慧城市基础设施与智能网联汽车协同发展第二批试点城市的通知',
    );
    expect(ps.map((p) => p.role)).toEqual([
      'title',
      'salutation',
      'body',
      'body',
      'body',
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
  });

  it('reads the 2015 notice: numbered items stay body, the attachment list and two signatories are found', () => {
    const ps = paragraphs('003_97bb9c47a489c678.txt');
    expect(ps.map((p) => p.role)).toEqual([
      'title',
      'salutation',
      'body',
      'body',
      'body',
      'body',
      'body',
      'body',
      'attachment',
      'attachment',
      'signature',
      'signature',
      'date',
    ]);
    expect(ps[10]!.text).toBe('中华人民共和国住房和城乡建设部办公厅');
  });

  it('treats the English translation as salutation plus three body paragraphs', () => {
    expect(paragraphs('000_c367052cba3a141c.txt').map((p) => p.role)).toEqual(['salutation', 'body', 'body', 'body']);
  });

  it('joins title lines without a space in Chinese and with one in English, keeping the received script', () => {
    const title = (text: string, original?: string) => ({
      text,
      role: 'title' as const,
      ...(original ? { original } : {}),
    });
    expect(
      joinTitleLines(
        [title('关于开展', '關於開展'), title('试点的通知', '試點的通知'), { text: '各省：', role: 'salutation' }],
        'zh',
      ),
    ).toEqual([title('关于开展试点的通知', '關於開展試點的通知'), { text: '各省：', role: 'salutation' }]);
    expect(joinTitleLines([title('Notice on the Second'), title(' Batch of Pilot Cities')], 'en')).toEqual([
      title('Notice on the Second Batch of Pilot Cities'),
    ]);
  });

  it('takes a news headline as the title', () => {
    expect(paragraphs('002_21f241258a368e1c.txt')[0]).toMatchObject({
      role: 'title',
      text: '103 Cities Listed as National Pilot Smart Cities',
    });
    expect(paragraphs('004_2ec386e290b75517.txt').map((p) => p.role)).toEqual([
      'title',
      'body',
      'body',
      'body',
      'body',
      'body',
    ]);
  });

  it('finds the date line in every form the metadata stage reads, so the signed date is kept', () => {
    const notice = (date: string, lang: 'zh' | 'en') => {
      const lines =
        lang === 'zh'
          ? ['关于开展试点工作的通知', '各省住房和城乡建设厅：', '现将有关事项通知如下。', '住房和城乡建设部', date]
          : [
              'Notice on the Pilot Work',
              'To the housing departments of all provinces:',
              'The matters are notified as follows.',
              'Ministry of Housing and Urban-Rural Development',
              date,
            ];
      const paragraphs = segment(
        lines.map((text) => ({ text })),
        { lang },
      );
      return { role: paragraphs.at(-1)!.role, signed: describeDocument({ lang, paragraphs, hints: {} }).dates.signed };
    };
    expect(notice('二〇二一年十二月一日', 'zh')).toEqual({ role: 'date', signed: '2021-12-01' });
    expect(notice('2021-12-01', 'zh')).toEqual({ role: 'date', signed: '2021-12-01' });
    expect(notice('1 December 2021', 'en')).toEqual({ role: 'date', signed: '2021-12-01' });
    expect(notice('December 1, 2021', 'en')).toEqual({ role: 'date', signed: '2021-12-01' });
  });

  it('reads a document-number line in any bracket form the metadata stage reads, and not a sentence citing one', () => {
    const roles = (lines: string[]) =>
      segment(
        lines.map((text) => ({ text })),
        { lang: 'zh' },
      ).map((p) => p.role);
    expect(roles(['关于开展试点工作的通知', '建办城函【2020】594号', '各省住房和城乡建设厅：'])[1]).toBe('number');
    expect(roles(['关于开展试点工作的通知', '建办城函〔2020〕594号', '各省住房和城乡建设厅：'])[1]).toBe('number');
    expect(roles(['关于开展试点工作的通知', '根据建办城函〔2020〕594号', '各省住房和城乡建设厅：'])[1]).not.toBe(
      'number',
    );
  });
});
