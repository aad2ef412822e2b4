import { createHash } from 'node:crypto';
import chardet from 'chardet';
import { SourceError } from './errors.ts';
import type { DecodedSource, RawSource } from './types.ts';

/**
 * Encodings the archive accepts. Chinese sources arrive as UTF-8 (with or
 * without BOM), UTF-16 with BOM, GB18030/GBK or Big5. Single-byte Western
 * encodings are left out on purpose: they decode *any* bytes, so allowing them
 * would turn a corrupt file into silent mojibake instead of an error.
 */
const DETECTABLE = new Map([
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
  ['UTF-8', 'utf-8'],
]);

/** Labels a source may declare (HTML meta, XML prolog) mapped to WHATWG names. */
const DECLARED = new Map([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['gb2312', 'gb18030'],
  ['gbk', 'gb18030'],
  ['gb18030', 'gb18030'],
  ['x-gbk', 'gb18030'],
  ['big5', 'big5'],
  ['big5-hkscs', 'big5'],
]);

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Turns a source's bytes into text, recording which encoding was used and why.
 *
 * Order (as browsers do, with detection last): byte-order mark, a charset the
 * document declares, strict UTF-8, then statistical detection limited to
 * GB18030 and Big5. Line ends are normalised to `\n` (what they were is kept).
 *
 * @throws SourceError for an empty, binary or undecodable file.
 */
export function decode(source: RawSource): DecodedSource {
  const { file, bytes } = source;
  if (bytes.length === 0) throw new SourceError(file, 'empty file (0 bytes)');

  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (!bom) assertNotBinary(file, bytes);

  const chosen = bom
    ? { encoding: bom.encoding, evidence: 'bom' as const, text: strictDecode(bytes, bom.encoding) }
    : (fromDeclared(bytes) ?? fromStrictUtf8(bytes) ?? fromDetection(bytes));
  if (!chosen || chosen.text === undefined) {
    throw new SourceError(
      file,
      'undecodable bytes: not valid UTF-8, GB18030 or Big5 (save it as UTF-8, or declare its charset)',
    );
  }
  const text = chosen.text;
  if (text.trim() === '') throw new SourceError(file, `empty file (${bytes.length} bytes of white space)`);
  assertNoControlCharacters(file, text);

  return {
    file,
    text: text.replace(/\r\n?/g, '\n'),
    encoding: chosen.encoding,
    encodingEvidence: chosen.evidence,
    bom: Boolean(bom),
    lineEndings: lineEndingsOf(text),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    byteLength: bytes.length,
  };
}

type Chosen = { encoding: string; evidence: DecodedSource['encodingEvidence']; text: string | undefined };

/** `<meta charset>` / `http-equiv` / XML prolog within the first 2 KB, read as ASCII. */
function fromDeclared(bytes: Uint8Array): Chosen | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label =
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1];
  const encoding = label && DECLARED.get(label.toLowerCase());
  if (!encoding) return undefined;
  const text = strictDecode(bytes, encoding);
  // A wrong declaration is common on republished pages; fall through to the next step then.
  return text === undefined ? undefined : { encoding, evidence: 'declared', text };
}

function fromStrictUtf8(bytes: Uint8Array): Chosen | undefined {
  const text = strictDecode(bytes, 'utf-8');
  return text === undefined ? undefined : { encoding: 'utf-8', evidence: 'strict-utf-8', text };
}

function fromDetection(bytes: Uint8Array): Chosen | undefined {
  const guesses = chardet.analyse(bytes).flatMap((m) => DETECTABLE.get(m.name) ?? []);
  // chardet can miss on short texts; GB18030 then Big5 are the likeliest Chinese encodings.
  for (const encoding of new Set([...guesses, 'gb18030', 'big5'])) {
    const text = strictDecode(bytes, encoding);
    if (text !== undefined) return { encoding, evidence: 'detected', text };
  }
  return undefined;
}

/** Decodes or returns undefined; a byte-order mark is consumed, never kept as text. */
function strictDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function assertNotBinary(file: string, bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new SourceError(file, `binary file (NUL byte at offset ${nul}); sources must be text`);
}

/** C0 controls other than tab/newline/CR/form feed mean the "text" is really binary data. */
function assertNoControlCharacters(file: string, text: string): void {
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = text.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length / 1000)) {
    throw new SourceError(file, `binary file (${controls} control characters); sources must be text`);
  }
}

function lineEndingsOf(text: string): DecodedSource['lineEndings'] {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
  const kinds = [crlf && 'crlf', lf && 'lf', cr && 'cr'].filter(Boolean) as Array<'crlf' | 'lf' | 'cr'>;
  return kinds.length === 0 ? 'none' : kinds.length === 1 ? kinds[0]! : 'mixed';
}
