import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';

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
});
