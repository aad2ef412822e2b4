/**
 * The kinds of official document (文种): the fifteen of the 党政机关公文处理工作条例
 * (2012, art. 8) and the kinds a notice issues (印发) as its attachment, with
 * the English the archive gives them. A title names its kind last:
 * `…关于…的通知`, `…关于印发…方案的通知`, `…的指导意见`.
 */
import type { DocumentKind } from '../../../../src/schemas/notice.ts';

/** 文种 words, longest first, each with its kind; a title ends with one (then perhaps `（试行）`). */
const KINDS: Array<[string, DocumentKind]> = [
  ['指导意见', 'opinion'],
  ['实施意见', 'opinion'],
  ['实施方案', 'plan'],
  ['工作方案', 'plan'],
  ['实施细则', 'rules'],
  ['决议', 'resolution'],
  ['决定', 'decision'],
  ['命令', 'order'],
  ['公报', 'communique'],
  ['公告', 'announcement'],
  ['通告', 'public-notice'],
  ['意见', 'opinion'],
  ['通知', 'notice'],
  ['通报', 'circular'],
  ['报告', 'report'],
  ['请示', 'request'],
  ['批复', 'reply'],
  ['答复', 'reply'],
  ['议案', 'motion'],
  ['复函', 'letter'],
  ['函', 'letter'],
  ['纪要', 'minutes'],
  ['办法', 'measures'],
  ['方案', 'plan'],
  ['规定', 'regulations'],
  ['条例', 'regulations'],
  ['细则', 'rules'],
  ['规划', 'plan'],
  ['计划', 'plan'],
  ['令', 'order'],
];

const KIND_WORDS = KINDS.map(([w]) => w).join('|');
/** `…关于…的通知` (the 的 may be left out: 关于印发…方案的通知, 关于…问题的批复), perhaps `（试行）` after. */
const TITLE = new RegExp(`关于.{2,}?(?:${KIND_WORDS})(?:[(（][^()（）]{1,10}[)）])?$`);

/** Whether a line (or lines joined) reads as an official document's title. */
export function isOfficialTitle(text: string): boolean {
  const t = text.replace(/[\s\u3000]/g, '');
  return t.length <= 120 && TITLE.test(t) && !/[。；;！？!?]/.test(t);
}

/**
 * The 文种 a title names, read from its end: `…关于印发…方案的通知` is a
 * notice (it issues a plan); `…的指导意见` an opinion.
 *
 * @example
 *   documentKindOf('国务院关于2018年度国家科学技术奖励的决定') // 'decision'
 */
export function documentKindOf(title: string): DocumentKind | undefined {
  const t = title.replace(/[\s\u3000]/g, '').replace(/[(（][^()（）]{1,10}[)）]$/, '');
  return KINDS.find(([w]) => t.endsWith(w))?.[1];
}

/** The issuing bodies' part of an official title: what stands before its 关于. */
export function issuerPartOf(title: string): string | undefined {
  const at = title.indexOf('关于');
  return at > 0 ? title.slice(0, at) : undefined;
}
