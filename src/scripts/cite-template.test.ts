import { describe, expect, it } from 'vitest';
import { citations, PARA_TOKEN, URL_TOKEN } from '../lib/cite.ts';
import { citedUrl, fillCitation, TOKENS } from './cite-template.ts';
import type { Citable } from '../lib/cite.ts';

const notice: Citable = {
  id: '2021-12-01-b8128631',
  title: { zh: '关于确定第二批试点城市的通知', en: 'Notice on the Second Batch' },
  docType: 'notice',
  docNumber: '建城函〔2021〕114号',
  issuers: [{ id: 'mohurd', zh: '住房和城乡建设部', en: 'Ministry of Housing and Urban-Rural Development' }],
  dates: { signed: '2021-12-01' },
  languages: { zh: 'source', en: 'received-translation' },
  sources: [
    {
      file: 'a.txt',
      lang: 'zh',
      role: 'original',
      form: 'plain-text',
      sha256: 'a'.repeat(64),
      bytes: 1,
      encoding: 'utf-8',
      encodingEvidence: 'strict-utf-8',
      bom: false,
      lineEndings: 'lf',
      publisher: '新浪财经',
      cleaning: [],
    },
  ],
};

describe('citation templates', () => {
  it('use the same stand-ins as the citations they are made from', () => {
    expect(TOKENS).toEqual({ URL_TOKEN, PARA_TOKEN });
  });

  it('filled for the whole notice equal the citation written with the URL', () => {
    const url = 'https://ppa.uni-x.edu/notices/2021-12-01-b8128631/';
    const whole = citations(notice, URL_TOKEN);
    const para = citations(notice, URL_TOKEN, `p${PARA_TOKEN}`);
    for (const f of ['plain', 'bibtex', 'ris', 'csl'] as const) {
      expect(fillCitation({ whole: whole[f], para: para[f] }, url)).toBe(citations(notice, url)[f]);
      expect(fillCitation({ whole: whole[f], para: para[f] }, url, 'p5')).toBe(citations(notice, url, 'p5')[f]);
    }
  });

  it('cite the publication address when there is one, else the origin the page is served from', () => {
    expect(citedUrl('', '/notices/x/', 'http://127.0.0.1:4518')).toBe('http://127.0.0.1:4518/notices/x/');
    expect(citedUrl('https://ppa.uni-x.edu/', '/notices/x/', 'http://mirror.test')).toBe(
      'https://ppa.uni-x.edu/notices/x/',
    );
  });
});

describe('a paragraph citation', () => {
  it('says which paragraph in plain text, with 文号, issuer and the copy’s publisher', () => {
    const plain = citations(notice, 'https://ppa.uni-x.edu/notices/x/', 'p5').plain;
    expect(plain).toBe(
      '住房和城乡建设部. 2021. 关于确定第二批试点城市的通知 [Notice on the Second Batch]. 建城函〔2021〕114号. 1 December 2021. Copy published by 新浪财经. Pilot Policy Archive (试点政策文库), para. 5. https://ppa.uni-x.edu/notices/x/#p5.',
    );
  });

  it('of a news item names no issuer: its publisher is the container', () => {
    const news = { ...notice, docType: 'news-report' as const, docNumber: null };
    const { plain, ris } = citations(news, '/notices/x/');
    expect(plain.startsWith('关于确定第二批试点城市的通知 [Notice on the Second Batch]. 2021. 新浪财经.')).toBe(true);
    expect(ris).not.toContain('AU  - ');
    expect(ris).toContain('T2  - 新浪财经');
  });
});
