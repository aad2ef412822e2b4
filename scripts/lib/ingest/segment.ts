import { isDateLine } from './text/dates.ts';
import { docNumbersIn } from './text/doc-numbers.ts';
import { isOfficialTitle } from './text/doc-kinds.ts';
import type { Block, Lang, Paragraph, Role } from './types.ts';
import type { Normalized } from './normalize.ts';

/** Line patterns that give a paragraph its role in a Chinese notice (GB/T 9704 layout). */
const ZH_ROLES: Array<[Role, RegExp]> = [
  ['cc', /^(?:抄送|抄报|印发|分送)\s*[:：]/],
  ['note', /^[（(]此件[^)）]*[)）]$/],
  ['contact', /^(?:联系人|联系电话|电话|电 话|传真|传 真|邮箱|电子邮箱|电子邮件|地址|邮编|邮政编码)\s*[:：]/],
  ['attachment', /^附件\s*[:：\d]/],
];

const EN_ROLES: Array<[Role, RegExp]> = [
  ['cc', /^(?:CC|Cc|cc|Copied to|Copy to)\s*[:：]/],
  ['contact', /^(?:Contacts?(?: person)?|Tel(?:ephone)?|Phone|Fax|E-?mail)\s*[:：]/i],
  ['attachment', /^(?:Attachments?|Annex(?:es)?)\s*[:：\d]/i],
];

/** An issuing body's name on a signature line ends with one of these. */
const SIGNATORY =
  /(?:部|厅|委|局|办公厅|办公室|政府|委员会|院|署|中心|会|Ministry|Office|Commission|Administration|Department|Bureau|Government)$/;

/**
 * Splits a normalized source into paragraphs (one per block, as the source
 * has them) and gives each its role: title lines, document number, salutation, body,
 * attachment list, contacts, signature, date, publication note, 抄送.
 *
 * @example
 *   segment([{ text: '2021年12月1日' }], { lang: 'zh' })[0].role // 'date'
 */
export function segment(blocks: Array<Block & Normalized>, opts: { lang: Lang }): Paragraph[] {
  const roles = blocks.map((b) => lineRole(b.text, opts.lang));
  markTitles(blocks, roles);
  markSalutation(blocks, roles);
  markSignatures(blocks, roles);
  markAttachmentList(blocks, roles);
  const paragraphs: Paragraph[] = blocks.map((b, i) => ({
    text: b.text,
    ...(b.original !== undefined ? { original: b.original } : {}),
    role: roles[i]!,
    ...(b.align ? { align: b.align } : {}),
  }));
  return joinTitleLines(paragraphs, opts.lang);
}

/**
 * A title broken over lines is one paragraph: one row on the page, one anchor to cite (¶1 is the
 * whole title, not a fragment). Chinese lines join without a space, English lines with one.
 *
 * @example
 *   joinTitleLines([{ text: '…关于', role: 'title' }, { text: '…的通知', role: 'title' }], 'zh')
 *   // [{ text: '…关于…的通知', role: 'title' }]
 */
export function joinTitleLines(paragraphs: Paragraph[], lang: Lang): Paragraph[] {
  const join = (a: string, b: string) => `${a.trim()}${lang === 'zh' ? '' : ' '}${b.trim()}`;
  const joined: Paragraph[] = [];
  for (const p of paragraphs) {
    const last = joined.at(-1);
    if (last?.role !== 'title' || p.role !== 'title') {
      joined.push({ ...p });
      continue;
    }
    const original = last.original !== undefined || p.original !== undefined;
    if (original) last.original = join(last.original ?? last.text, p.original ?? p.text);
    last.text = join(last.text, p.text);
  }
  return joined;
}

function lineRole(text: string, lang: Lang): Role {
  if (lang === 'zh' && isDocNumberLine(text)) return 'number';
  if (isDateLine(text)) return 'date';
  const table = lang === 'zh' ? ZH_ROLES : EN_ROLES;
  return table.find(([, re]) => re.test(text))?.[0] ?? 'body';
}

/** A line that is one document number with its agency code, and nothing else: 建办城函〔2020〕594号. */
function isDocNumberLine(text: string): boolean {
  const numbers = docNumbersIn(text);
  return (
    numbers.length === 1 &&
    numbers[0]!.prefix !== undefined &&
    numbers[0]!.start === 0 &&
    numbers[0]!.end === text.length
  );
}

/** A line that reads as a heading: short, no sentence-ending punctuation inside or at the end. */
function headingLike(text: string): boolean {
  return text.length <= 120 && !/[。；;!?！？]|[.:：,，]$/.test(text);
}

/**
 * Title lines open the document. An official document's title (GB/T 9704:
 * 发文机关 + 关于 + 事由 + 文种) is found among the opening lines and joined
 * when broken over lines; else a run of centered lines, else the first line
 * when it reads as a heading. Number and date lines are never title lines.
 */
function markTitles(blocks: Block[], roles: Role[]): void {
  if (blocks.length < 2) return;
  if (blocks[0]!.heading) {
    roles[0] = 'title';
    return;
  }
  const official = officialTitleLines(blocks, roles);
  if (official) {
    for (let i = official[0]; i < official[1]; i++) roles[i] = 'title';
    return;
  }
  let i = 0;
  while (i < blocks.length && blocks[i]!.align === 'center' && roles[i] === 'body' && headingLike(blocks[i]!.text))
    roles[i++] = 'title';
  if (i === 0 && roles[0] === 'body' && headingLike(blocks[0]!.text)) roles[0] = 'title';
}

/**
 * The lines [start, end) of an official document's title among the first
 * eight: one to four heading-like lines whose joined text is `…关于…的通知`
 * (or another 文种), as GB/T 9704 composes a title.
 */
function officialTitleLines(blocks: Block[], roles: Role[]): [number, number] | undefined {
  const limit = Math.min(blocks.length, 8);
  for (let start = 0; start < limit; start++) {
    let joined = '';
    for (let end = start; end < Math.min(limit, start + 4); end++) {
      const text = blocks[end]!.text.trim();
      if (roles[end] !== 'body' || !headingLike(text)) break;
      joined += text;
      if (isOfficialTitle(joined)) return [start, end + 1];
    }
  }
  return undefined;
}

/** The salutation is the first paragraph after the title (and number) that ends with a colon (各省、自治区…：). */
function markSalutation(blocks: Block[], roles: Role[]): void {
  const first = roles.findIndex((r) => r !== 'title' && r !== 'number');
  if (first === -1) return;
  const text = blocks[first]!.text;
  if (roles[first] === 'body' && /[:：]$/.test(text) && text.length <= 400) roles[first] = 'salutation';
}

/** Short name lines right above the closing date are the signature (issuing bodies). */
function markSignatures(blocks: Block[], roles: Role[]): void {
  roles.forEach((role, d) => {
    if (role !== 'date') return;
    for (let i = d - 1; i >= 0 && roles[i] === 'body'; i--) {
      const text = blocks[i]!.text;
      if (text.length > 60 || !SIGNATORY.test(text) || /[。，,；;]/.test(text)) break;
      roles[i] = 'signature';
    }
  });
}

/** Numbered lines right after an 附件 line continue the attachment list. */
function markAttachmentList(blocks: Block[], roles: Role[]): void {
  roles.forEach((role, a) => {
    if (role !== 'attachment') return;
    for (
      let i = a + 1;
      i < blocks.length && roles[i] === 'body' && /^\d+[.．、]/.test(blocks[i]!.text) && blocks[i]!.text.length <= 80;
      i++
    ) {
      roles[i] = 'attachment';
    }
  });
}
