import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';
import { extract } from './extract/index.ts';
import { normalizeSource } from './normalize.ts';
import { segment } from './segment.ts';

const paragraphs = (file: string) => {
  const n = normalizeSource(extract(decode({ file, bytes: new Uint8Array(readFileSync(new URL(`../../../seeds/${file}`, import.meta.url))) })));
  return segment(n.blocks, { lang: n.lang });
};

describe('segment', () => {
  it('gives the 2021 notice its three title lines, salutation, body, contacts, signature, date, note and 抄送', () => {
    expect(paragraphs('001_2a6f7b4620238141.txt').map((p) => p.role)).toEqual([
      'title', 'title', 'title', 'salutation', 'body', 'body', 'body',
      'contact', 'contact', 'contact', 'contact', 'signature', 'signature', 'date', 'note', 'cc',
    ]);
  });

  it('reads the 2015 notice: numbered items stay body, the attachment list and two signatories are found', () => {
    const ps = paragraphs('003_97bb9c47a489c678.txt');
    expect(ps.map((p) => p.role)).toEqual([
      'title', 'salutation', 'body', 'body', 'body', 'body', 'body', 'body', 'attachment', 'attachment', 'signature', 'signature', 'date',
    ]);
    expect(ps[10]!.text).toBe('中华人民共和国住房和城乡建设部办公厅');
  });

  it('treats the English translation as salutation plus three body paragraphs', () => {
    expect(paragraphs('000_c367052cba3a141c.txt').map((p) => p.role)).toEqual(['salutation', 'body', 'body', 'body']);
  });

  it('takes a news headline as the title', () => {
    expect(paragraphs('002_21f241258a368e1c.txt')[0]).toMatchObject({ role: 'title', text: '103 Cities Listed as National Pilot Smart Cities' });
    expect(paragraphs('004_2ec386e290b75517.txt').map((p) => p.role)).toEqual(['title', 'body', 'body', 'body', 'body', 'body']);
  });

  it('reads a document-number line in any bracket form the metadata stage reads, and not a sentence citing one', () => {
    const roles = (lines: string[]) => segment(lines.map((text) => ({ text })), { lang: 'zh' }).map((p) => p.role);
    expect(roles(['关于开展试点工作的通知', '建办城函【2020】594号', '各省住房和城乡建设厅：'])[1]).toBe('number');
    expect(roles(['关于开展试点工作的通知', '建办城函〔2020〕594号', '各省住房和城乡建设厅：'])[1]).toBe('number');
    expect(roles(['关于开展试点工作的通知', '根据建办城函〔2020〕594号', '各省住房和城乡建设厅：'])[1]).not.toBe('number');
  });
});
