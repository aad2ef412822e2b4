import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';

const bytesOf = (...parts: Array<string | number[] | Uint8Array>): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))));
/** A notice-shaped sentence of our own, long enough for detection, in a legacy encoding. */
const notice =
  '住房和城乡建设部办公厅关于开展智慧城市试点工作的通知。各省、自治区住房城乡建设厅：现将有关事项通知如下。';
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));

const fixture = (name: string) => ({
  file: name,
  bytes: new Uint8Array(readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url))),
});

describe('decode', () => {
  it('reads the seeds as strict UTF-8 and fingerprints the exact bytes', () => {
    const bytes = readFileSync(new URL('../../../seeds/001_2a6f7b4620238141.txt', import.meta.url));
    const d = decode({ file: '001_2a6f7b4620238141.txt', bytes: new Uint8Array(bytes) });
    expect(d.encoding).toBe('utf-8');
    expect(d.encodingEvidence).toBe('strict-utf-8');
    expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d.byteLength).toBe(bytes.length);
  });

  it('detects GB18030 bytes and decodes them without loss', () => {
    const d = decode(fixture('forms/gb18030-evaluation-notice.txt'));
    expect(d.encoding).toBe('gb18030');
    expect(d.encodingEvidence).toBe('detected');
    expect(d.text).toContain('建办科函〔2016〕88号');
  });

  it('detects Big5 bytes in traditional script', () => {
    const d = decode(fixture('forms/big5-standards-pilot-notice.txt'));
    expect(d.encoding).toBe('big5');
    expect(d.text).toContain('科學技術部辦公廳');
  });

  it('consumes a UTF-8 byte-order mark and normalises CRLF line ends, recording both', () => {
    const d = decode(fixture('forms/utf8-bom-crlf-notice.txt'));
    expect(d).toMatchObject({ encoding: 'utf-8', encodingEvidence: 'bom', bom: true, lineEndings: 'crlf' });
    expect(d.text.startsWith('工业和信息化部')).toBe(true);
    expect(d.text).not.toContain('\r');
  });

  it('follows a charset the HTML declares', () => {
    const html = '<html><head><meta charset="gbk"></head><body><p>试点</p></body></html>';
    const gbk = new Uint8Array([
      ...Buffer.from(html.slice(0, html.indexOf('试'))),
      0xca,
      0xd4,
      0xb5,
      0xe3,
      ...Buffer.from(html.slice(html.indexOf('点') + 1)),
    ]);
    const d = decode({ file: 'page.html', bytes: gbk });
    expect(d).toMatchObject({ encoding: 'gb18030', encodingEvidence: 'declared' });
    expect(d.text).toContain('<p>试点</p>');
  });

  it('refuses an empty file, naming it', () => {
    expect(() => decode(fixture('bad/empty.txt'))).toThrow('bad/empty.txt: empty file (0 bytes)');
  });

  it('refuses a binary file, naming it', () => {
    expect(() => decode(fixture('bad/binary.png'))).toThrow(
      'bad/binary.png: binary file (NUL byte at offset 8); sources must be text',
    );
  });

  it('refuses bytes that are no supported encoding rather than guessing', () => {
    expect(() => decode(fixture('bad/undecodable.txt'))).toThrow(
      'bad/undecodable.txt: undecodable bytes: not valid UTF-8, GB18030 or Big5 (save it as UTF-8, or declare its charset)',
    );
  });

  describe('encodings in the wild', () => {
    it('lets the bytes win when a page declares gb2312 but is valid UTF-8', () => {
      const d = decode({ file: 'resaved.html', bytes: bytesOf('<meta charset="gb2312"><p>', notice, '</p>') });
      expect(d).toMatchObject({ encoding: 'utf-8', encodingEvidence: 'strict-utf-8' });
      expect(d.text).toContain(notice);
    });

    it('refuses a declared Shift_JIS or EUC-KR page by name instead of reading it as GB18030 or Big5', () => {
      const sjis = bytesOf(
        '<meta charset="Shift_JIS"><p>',
        iconv.encode('これは日本語の文書です。試験都市の一覧。', 'shift_jis'),
      );
      expect(() => decode({ file: 'japanese.html', bytes: sjis })).toThrow(
        'japanese.html: declares charset "shift_jis", which the archive does not accept (accepted: UTF-8, UTF-16 with a byte-order mark, GB18030 (GBK, GB2312), Big5 (CP950, Big5-HKSCS))',
      );
      const euckr = bytesOf(
        '<?xml version="1.0" encoding="EUC-KR"?><p>',
        iconv.encode('이것은 한국어 문서입니다. 시범 도시 목록.', 'euc-kr'),
      );
      expect(() => decode({ file: 'korean.xml', bytes: euckr })).toThrow('korean.xml: declares charset "euc-kr"');
    });

    it('refuses UTF-32 by name rather than reading it as UTF-16 with a NUL after every character', () => {
      const utf32 = bytesOf(
        [0xff, 0xfe, 0, 0],
        ...[...'试点城市'].map((c) => [c.codePointAt(0)! & 0xff, c.codePointAt(0)! >> 8, 0, 0]),
      );
      expect(() => decode({ file: 'wide.txt', bytes: utf32 })).toThrow(
        'wide.txt: UTF-32LE (byte-order mark FF FE 00 00), which the archive does not accept',
      );
    });

    it('refuses random bytes behind a UTF-16 byte-order mark', () => {
      let x = 12345;
      const noise = Array.from({ length: 4000 }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x >> 16) & 0xff);
      expect(() => decode({ file: 'noise.txt', bytes: bytesOf([0xff, 0xfe], noise) })).toThrow(
        /^noise\.txt: the bytes after its UTF-16LE byte-order mark are not UTF-16LE text/,
      );
    });

    it('still reads real UTF-16 text behind its byte-order mark', () => {
      const d = decode({ file: 'utf16.txt', bytes: bytesOf([0xff, 0xfe], Buffer.from(notice, 'utf16le')) });
      expect(d).toMatchObject({ encoding: 'utf-16le', encodingEvidence: 'bom', text: notice });
    });

    it('reads a GBK page with a user-defined code and a broken sequence, counting the two replacements', () => {
      const body = gbk(notice.repeat(6));
      const bytes = bytesOf(body.subarray(0, 40), [0xaa, 0xa1], body.subarray(40, 80), [0x81, 0x20], body.subarray(80));
      const d = decode({ file: 'gbk-page.txt', bytes });
      expect(d).toMatchObject({ encoding: 'gb18030', encodingEvidence: 'detected', replaced: 2 });
      expect(d.text.match(/\uFFFD/g)).toHaveLength(2);
      expect(d.text).not.toMatch(/[\uE000-\uF8FF]/);
      expect(d.text).toContain('现将有关事项通知如下');
    });

    it('still refuses a file that is mostly bytes no accepted encoding maps', () => {
      const body = gbk(notice);
      const broken = bytesOf(...Array.from({ length: 20 }, () => [0x81, 0x20, 0xff, 0x41]), body);
      expect(() => decode({ file: 'mostly-broken.txt', bytes: broken })).toThrow(
        'mostly-broken.txt: undecodable bytes',
      );
    });

    it('reads Big5-HKSCS letters as the characters they are, not private-use codes', () => {
      // 啲 (9DF8), 咗 (9DF7), 嘅 (FB48) are HKSCS; Node's big5 decoder gives U+ECDA, U+ECD9, U+E0A5 for them.
      const bytes = bytesOf(
        iconv.encode('香港特別行政區政府發展局通告：', 'big5'),
        [0x9d, 0xf8, 0x9d, 0xf7, 0xfb, 0x48],
        iconv.encode('試點計劃名單。'.repeat(3), 'big5'),
      );
      const d = decode({ file: 'hk.txt', bytes });
      expect(d.encoding).toBe('big5-hkscs');
      expect(d.text).toContain('啲咗嘅');
      expect(d.text).not.toMatch(/[\uE000-\uF8FF\uFFFD]/);
    });

    it('reads CP950 (Big5 with its ETEN extensions) without loss', () => {
      // F9D6 is 碁, an ETEN extension WHATWG's Big5 also maps; 0xA145 is ‧ (U+2027).
      const bytes = bytesOf(
        iconv.encode('臺灣地區智慧城市試點名單公告', 'big5'),
        [0xf9, 0xd6, 0xa1, 0x45],
        iconv.encode('共計十二處。', 'big5'),
      );
      const d = decode({ file: 'tw.txt', bytes });
      expect(d.encoding).toBe('big5');
      expect(d.text).toContain('公告碁‧共計');
    });

    it('reads the charset an old crawler wrapper declares in a <text … encoding> line', () => {
      const bytes = bytesOf(
        '<text id="http://example.org/a" title="t" encoding="gb2312">\\n<p>',
        gbk(notice),
        '</p>\\n</text>',
      );
      const d = decode({ file: 'wrapped.html', bytes });
      expect(d).toMatchObject({ encoding: 'gb18030', encodingEvidence: 'declared' });
      expect(d.text).toContain(notice);
    });

    it('ignores a charset label that names no encoding ("unset") and detects instead', () => {
      const d = decode({ file: 'unset.html', bytes: bytesOf('<meta charset="unset"><p>', gbk(notice), '</p>') });
      expect(d).toMatchObject({ encoding: 'gb18030', encodingEvidence: 'detected' });
    });

    it('refuses undeclared Japanese or Korean bytes by name instead of reading them as GB18030', () => {
      const sjis = iconv.encode('これは日本語の文書です。試験都市の一覧を公表します。'.repeat(3), 'shift_jis');
      expect(() => decode({ file: 'ja.txt', bytes: bytesOf(sjis) })).toThrow(
        'ja.txt: looks like Shift_JIS (no charset declared), which the archive does not accept',
      );
      const euckr = iconv.encode('이것은 한국어 문서입니다. 시범 도시 목록을 발표합니다.'.repeat(3), 'euc-kr');
      expect(() => decode({ file: 'ko.txt', bytes: bytesOf(euckr) })).toThrow('ko.txt: looks like EUC-KR');
    });
  });
});
