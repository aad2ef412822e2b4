import { createHash } from 'node:crypto';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { SourceError } from './errors.ts';
import type { DecodedSource, RawSource } from './types.ts';

/**
 * Encodings the archive accepts (the README's list). Chinese sources arrive as
 * UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK/GB2312 or
 * Big5 (CP950, Big5-HKSCS). Everything else is refused by name, even when the
 * page declares it: single-byte Western encodings decode *any* bytes, and
 * Shift_JIS or EUC-KR bytes read as GB18030 or Big5 are garbage, so allowing
 * them would turn a wrong file into silent mojibake instead of an error.
 */
export const ACCEPTED_ENCODINGS =
  'UTF-8, UTF-16 with a byte-order mark, GB18030 (GBK, GB2312), Big5 (CP950, Big5-HKSCS)';

/** Labels a source may declare (HTML meta, XML prolog, `<text encoding>`) mapped to the decoder used. */
const DECLARED = new Map([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['unicode-1-1-utf-8', 'utf-8'],
  ['gb2312', 'gb18030'],
  ['gbk', 'gb18030'],
  ['gb18030', 'gb18030'],
  ['x-gbk', 'gb18030'],
  ['cp936', 'gb18030'],
  ['euc-cn', 'gb18030'],
  ['chinese', 'gb18030'],
  ['big5', 'big5'],
  ['big5-hkscs', 'big5'],
  ['cp950', 'big5'],
  ['x-x-big5', 'big5'],
]);

/**
 * At most this share of a legacy-encoded text may be bytes its encoding
 * cannot map (shown as U+FFFD, with a warning); above it the file is refused.
 * Real pages with a few broken sequences or GBK user-defined codes stay far
 * below (the worst of 69 real pages measured: 0.05%).
 */
export const MAX_REPLACED_SHARE = 0.01;

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  // UTF-32 first: its little-endian mark begins with UTF-16's.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Turns a source's bytes into text, recording which encoding was used and why.
 *
 * Order: byte-order mark (the text after it must be text in that encoding);
 * strict UTF-8 when the bytes are valid UTF-8 (even if the page declares a
 * legacy charset: a page re-saved as UTF-8 keeps its old `<meta charset>`, and
 * GBK text is almost never valid UTF-8, so the bytes win); a charset the
 * document declares (refused by name when the archive does not accept it);
 * then detection limited to GB18030 and Big5. A legacy text with a few
 * unmappable bytes or user-defined codes is read with U+FFFD in their place
 * and the count recorded (`replaced`), which the ingest reports as a warning.
 * Line ends are normalised to `\n` (what they were is kept).
 *
 * @throws SourceError for an empty, binary, undecodable or mostly-invalid file, or an encoding not accepted.
 */
export function decode(source: RawSource): DecodedSource {
  const { file, bytes } = source;
  if (bytes.length === 0) throw new SourceError(file, 'empty file (0 bytes)');

  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom?.encoding.startsWith('utf-32'))
    throw new SourceError(
      file,
      `${bom.encoding.toUpperCase()} (byte-order mark ${hex(bom.bytes)}), which the archive does not accept (accepted: ${ACCEPTED_ENCODINGS}); save it as UTF-8`,
    );
  if (!bom) assertNotBinary(file, bytes);

  const chosen = bom
    ? fromBom(file, bytes, bom.encoding)
    : (fromStrictUtf8(bytes) ?? fromDeclared(file, bytes) ?? fromDetection(bytes, file));
  // Nothing reads it, or the best reading is mostly bytes it cannot map (binary data, another encoding).
  if (!chosen || chosen.replaced > MAX_REPLACED_SHARE * chosen.text.length) {
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
    ...(chosen.replaced > 0 ? { replaced: chosen.replaced } : {}),
  };
}

type Chosen = { encoding: string; evidence: DecodedSource['encodingEvidence']; text: string; replaced: number };

/**
 * The text after a byte-order mark, which must be text in that encoding: a
 * mark followed by random bytes decodes "successfully" as UTF-16 into
 * characters from every corner of Unicode.
 */
function fromBom(file: string, bytes: Uint8Array, encoding: string): Chosen {
  const text = strictDecode(bytes, encoding);
  const share = text === undefined ? 0 : textLikeShare(text);
  if (text === undefined || share < 0.9)
    throw new SourceError(
      file,
      `the bytes after its ${encoding.toUpperCase()} byte-order mark are not ${encoding.toUpperCase()} text` +
        (text === undefined
          ? ' (invalid sequences)'
          : ` (${Math.round((1 - share) * 100)}% of the characters are unassigned, private-use or control codes)`),
    );
  return { encoding, evidence: 'bom', text, replaced: 0 };
}

/** `<meta charset>` / `http-equiv` / XML prolog / an old crawler's `<text … encoding="…">` line, within the first 2 KB. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ??
    /<text\s[^>]*\bencoding\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
  )?.toLowerCase();
}

function fromDeclared(file: string, bytes: Uint8Array): Chosen | undefined {
  const label = declaredCharset(bytes);
  if (!label) return undefined;
  const encoding = DECLARED.get(label);
  // A label no encoding has ("unset", "none") declares nothing: detection decides.
  if (!encoding && !isEncodingLabel(label)) return undefined;
  if (!encoding)
    throw new SourceError(
      file,
      `declares charset "${label}", which the archive does not accept (accepted: ${ACCEPTED_ENCODINGS})`,
    );
  if (encoding === 'utf-8') return undefined; // declared UTF-8 but not valid UTF-8: detection decides
  const declared = legacyDecode(bytes, encoding);
  // A wrong declaration is common on republished pages: the other legacy encoding may read it cleanly.
  if (declared.replaced === 0) return { ...declared, evidence: 'declared' };
  const detected = fromDetection(bytes, file);
  return detected && detected.replaced < declared.replaced ? detected : { ...declared, evidence: 'declared' };
}

/** True for a label the Encoding Standard knows (`shift_jis`, `latin1`…), false for `unset` or `none`. */
function isEncodingLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function fromStrictUtf8(bytes: Uint8Array): Chosen | undefined {
  const text = strictDecode(bytes, 'utf-8');
  return text === undefined ? undefined : { encoding: 'utf-8', evidence: 'strict-utf-8', text, replaced: 0 };
}

/**
 * GB18030 or Big5, in the order chardet ranks them: the first clean reading
 * wins, else the first with at most a few unmappable bytes. Not the reading
 * with the fewest: GBK bytes
 * read as Big5-HKSCS, whose table covers most byte pairs, can come out with
 * fewer replacements and every character wrong.
 */
function fromDetection(bytes: Uint8Array, file: string): Chosen | undefined {
  const analysis = chardet.analyse(bytes);
  assertNotOtherCjk(file, analysis);
  const guesses = analysis.flatMap((m) => (m.name === 'GB18030' ? ['gb18030'] : m.name === 'Big5' ? ['big5'] : []));
  // chardet can miss on short texts; GB18030 then Big5 are the likeliest Chinese encodings.
  const readings: Chosen[] = [];
  for (const encoding of new Set([...guesses, 'gb18030', 'big5'])) {
    const reading: Chosen = { ...legacyDecode(bytes, encoding), evidence: 'detected' };
    if (reading.replaced === 0) return reading;
    readings.push(reading);
  }
  return (
    readings.find((r) => r.replaced <= MAX_REPLACED_SHARE * r.text.length) ??
    readings.reduce((a, b) => (b.replaced < a.replaced ? b : a))
  );
}

/** Japanese and Korean multi-byte encodings: GB18030 reads their bytes "cleanly", as garbage. */
const OTHER_CJK = new Set(['Shift_JIS', 'EUC-JP', 'EUC-KR', 'ISO-2022-JP', 'ISO-2022-KR', 'ISO-2022-CN']);

/**
 * Refuses an undeclared Japanese or Korean file by name. chardet ranks every
 * real Chinese page measured (47 GBK pages, 4 GBK/Big5 corpora) GB18030 or
 * Big5 first with confidence 97–100, and Shift_JIS, EUC-JP and EUC-KR texts
 * first at 100 with GB18030 and Big5 at 68 or less.
 */
function assertNotOtherCjk(file: string, analysis: ReturnType<typeof chardet.analyse>): void {
  const top = analysis[0];
  const chinese = Math.max(
    0,
    ...analysis.filter((m) => m.name === 'GB18030' || m.name === 'Big5').map((m) => m.confidence),
  );
  if (top && OTHER_CJK.has(top.name) && top.confidence >= 90 && chinese < 90)
    throw new SourceError(
      file,
      `looks like ${top.name} (no charset declared), which the archive does not accept (accepted: ${ACCEPTED_ENCODINGS})`,
    );
}

/**
 * Decodes GB18030 or Big5 leniently, counting what could not be mapped. GBK
 * user-defined codes come out of the GB18030 decoder as private-use
 * characters no font shows; they count as replacements too. Big5 goes through
 * iconv-lite's Big5-HKSCS table (a superset of CP950's): Node's decoder turns
 * HKSCS letters into private-use characters. The label says `big5` when the
 * standard table reads the text the same, `big5-hkscs` when it needed HKSCS.
 */
function legacyDecode(bytes: Uint8Array, encoding: string): Omit<Chosen, 'evidence'> {
  let text: string;
  let label = encoding;
  if (encoding === 'big5') {
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5hkscs');
    if (strictDecode(bytes, 'big5') !== text) label = 'big5-hkscs';
  } else text = new TextDecoder(encoding).decode(bytes);
  let replaced = 0;
  text = text.replace(/[\uFFFD\uE000-\uF8FF]/g, () => {
    replaced++;
    return '\uFFFD';
  });
  return { encoding: label, text, replaced };
}

/** Decodes or returns undefined; a byte-order mark is consumed, never kept as text. */
function strictDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The share of characters that real text is made of: letters, digits and
 * punctuation of the scripts the archive holds, CJK, symbols, white space.
 * Random 16-bit units land mostly elsewhere (Hangul, Yi, private use,
 * surrogates, rare blocks).
 */
function textLikeShare(text: string): number {
  if (text.length === 0) return 1;
  const ok = text.match(
    /[\t\n\r\u0020-\u007e\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u2000-\u206f\u2100-\u22ff\u2460-\u24ff\u2500-\u25ff\u3000-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/g,
  );
  return (ok?.length ?? 0) / text.length;
}

function hex(bytes: number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');
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
