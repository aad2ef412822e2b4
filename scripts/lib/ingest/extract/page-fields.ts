import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { fullDateIn } from '../text/dates.ts';
import type { PageFields } from '../types.ts';

/**
 * The page's own metadata: the field tables of government sites (gov.cn's
 * 索引号/发文机关/成文日期/发文字号/发布日期 table, the 政府信息公开 tables of
 * provincial and city sites), the field lines of law databases
 * (【发文字号】…), and the info lines of news pages (时间/来源/作者/编辑 in any
 * order and separator, `2016-12-08 07:56 来源: …`, `Updated: 2021-05-06`).
 * What they say becomes fields; the lines themselves leave the body (the
 * source view still shows the file as received).
 */

/** Field labels, as the tables and field lines print them (spaces removed), and the field each fills. */
const LABELS: Array<[keyof PageFields | 'other', RegExp]> = [
  ['title', /^(?:标题|標題|文件名称|信息名称|名称|文章标题)$/],
  [
    'issuer',
    /^(?:发文机关|發文機關|发布部门|發布部門|制定机关|颁布部门|发布机构|发文单位|制发机关|发布机关|发布单位|所属机构|公布机关|颁布机关)$/,
  ],
  ['number', /^(?:发文字号|發文字號|文号|文號|文件编号|发文文号|文件字号)$/],
  ['signed', /^(?:成文日期|印发日期|签发日期|制发日期|成文时间)$/],
  ['published', /^(?:发布日期|發布日期|公布日期|发布时间|公开日期|生成日期|发文日期|颁布日期|發佈日期)$/],
  ['indexNumber', /^(?:索引号|索引號)$/],
  ['topic', /^(?:主题分类|主題分類|分类|体裁分类|组配分类|文种分类|服务对象分类|主题词|主題詞|关键词)$/],
  [
    'other',
    /^(?:有效性|时效性|效力级别|效力位阶|公开方式|公开范围|公开时限|公开属性|信息来源|统一编号|登记号|实施日期|施行日期|失效日期|废止日期|时效|体裁|信息类别|内容分类|所属主题|信息分类|效力状态|法规类别|有效期)$/,
  ],
];

/** The field a label names, or undefined when the text is no known label. */
export function labelField(text: string): keyof PageFields | 'other' | undefined {
  const key = text.replace(/[\s\u3000\u00a0:：【】[\]]/g, '');
  if (key.length === 0 || key.length > 8) return undefined;
  return LABELS.find(([, re]) => re.test(key))?.[0];
}

/** Puts a labelled value into the fields (dates read to ISO; the first value of a field wins). */
function setField(fields: PageFields, field: keyof PageFields | 'other', raw: string): boolean {
  const value = raw.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
  if (field === 'other' || value === '' || fields[field] !== undefined) return field === 'other';
  if (field === 'signed' || field === 'published') {
    const date = fullDateIn(value);
    if (!date) return false;
    fields[field] = date;
  } else {
    fields[field] = value;
  }
  return true;
}

/** Elements whose text is one cell of a field table. */
const CELLS = new Set(['td', 'th', 'li', 'dt', 'dd', 'p', 'div', 'span', 'b', 'strong', 'label', 'em', 'font']);
const CONTAINERS = new Set(['table', 'tbody', 'ul', 'ol', 'dl', 'div', 'section']);

function children(node: Element | Root): Element[] {
  return (node.children as ElementContent[]).filter((c): c is Element => c.type === 'element');
}

/**
 * Reads the page's field tables: a cell holding only a label (`发文机关：`)
 * takes the next cell as its value; a cell `发文字号：国发〔2019〕5号` holds both.
 * A container with at least two labelled fields and little else is the
 * metadata block and is returned so that it leaves the body.
 */
export function readFieldTables(tree: Root): { fields: PageFields; blocks: Element[] } {
  const fields: PageFields = {};
  const blocks: Element[] = [];
  const visit = (node: Element | Root) => {
    for (const el of children(node)) {
      if (CONTAINERS.has(el.tagName) && isFieldBlock(el)) {
        readCells(el, fields);
        blocks.push(el);
        continue;
      }
      visit(el);
    }
  };
  visit(tree);
  return { fields, blocks };
}

/** Label/value pairs of a container, in order: [label field, value text]. */
function pairsIn(container: Element): Array<[keyof PageFields | 'other', string]> {
  const leaves: string[] = [];
  const collect = (el: Element) => {
    const kids = children(el).filter((c) => !['script', 'style'].includes(c.tagName));
    const blockKids = kids.filter((c) => CELLS.has(c.tagName) || CONTAINERS.has(c.tagName) || c.tagName === 'tr');
    if (blockKids.length === 0 || (el.tagName !== 'tr' && !CONTAINERS.has(el.tagName) && isInlineOnly(el))) {
      leaves.push(toText(el).trim());
      return;
    }
    for (const c of kids) collect(c);
  };
  collect(container);
  const pairs: Array<[keyof PageFields | 'other', string]> = [];
  for (let i = 0; i < leaves.length; i++) {
    const text = leaves[i]!;
    const alone = labelField(text);
    if (alone && /[:：]?\s*$/.test(text)) {
      const next = leaves[i + 1];
      if (next !== undefined && labelField(next) === undefined) {
        pairs.push([alone, next]);
        i++;
      } else pairs.push([alone, '']);
      continue;
    }
    const m = /^\s*【?([^:：】]{1,10})[】:：]\s*(.*)$/s.exec(text);
    const field = m ? labelField(m[1]!) : undefined;
    if (m && field) pairs.push([field, m[2]!]);
  }
  return pairs;
}

function isInlineOnly(el: Element): boolean {
  return children(el).every((c) => ['b', 'strong', 'span', 'font', 'em', 'a', 'br', 'label'].includes(c.tagName));
}

/** At least two labelled fields, and the labels and values are most of the container's text. */
function isFieldBlock(el: Element): boolean {
  const pairs = pairsIn(el);
  const labelled = new Set(pairs.map(([f]) => f).filter((f) => f !== 'other'));
  if (pairs.length < 2 || labelled.size < 2) return false;
  const all = toText(el).replace(/[\s\u3000\u00a0]/g, '').length;
  const told = pairs.reduce((n, [, v]) => n + v.replace(/[\s\u3000\u00a0]/g, '').length + 5, 0);
  return all <= told * 1.3 + 20;
}

function readCells(el: Element, fields: PageFields): void {
  for (const [field, value] of pairsIn(el)) setField(fields, field, value);
}

/** What a news page's info line says. */
export interface InfoLine {
  published?: string;
  publisher?: string;
  author?: string;
}

const INFO_LABELS =
  '发布时间|發布時間|发表时间|发表日期|更新时间|发布日期|發布日期|时间|時間|日期|信息来源|文章来源|来源|來源|稿源|出处|作者|记者|责任编辑|責任編輯|编辑|編輯|责编|浏览次数|访问次数|浏览量|阅读数|浏览|点击数|点击|阅读|发布者|发布人|供稿|审核|校对|字号|Source|Updated|Published|Posted|By|Author|Editor|Date';
const LABELLED = new RegExp(`(${INFO_LABELS})\\s*[:：]\\s*`, 'gi');
const DATE_TIME =
  /((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s*(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?))?\s*(?:更新|发布)?/;
const CONTROLS =
  /[【[]\s*(?:字体|字号|字號)\s*[:：]?\s*[大中小默认\s]*[】\]]|[【[]\s*(?:打印|关闭|收藏|返回|打印本页|关闭窗口|我要打印|纠错)\s*[】\]]|(?:打印本页|关闭窗口|分享到)\s*[:：]?|\b(?:www\.|https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.(?:com|cn|net|org)(?:\.cn)?\b/gi;

/**
 * Reads a news info line (publication date and time, source, author,
 * editor, counters, in any order), or undefined when the line says
 * anything else. A line needs a full date with a time or a label to be one:
 * a notice's own date line (`2021年12月1日`) is not an info line.
 *
 * @example
 *   infoLine('2016-12-08 07:56 來源: 新华网') // { published: '2016-12-08', publisher: '新华网' }
 *   infoLine('来源:光明网-《光明日报》2023-11-18 06:05') // { published: '2023-11-18', publisher: '光明网-《光明日报》' }
 */
export function infoLine(line: string): InfoLine | undefined {
  const text = line.replace(/[\u00a0\u3000]/g, ' ').trim();
  if (text.length === 0 || text.length > 120 || /[。！？!?；;]/.test(text)) return undefined;
  const info: InfoLine = {};
  let rest = text.replace(CONTROLS, ' ');
  let labelled = false;
  // labelled values: each runs to the next label, a date, or two spaces
  const parts = rest.split(LABELLED);
  // parts: [before, label1, value1, label2, value2, …]
  let unlabelled = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    labelled = true;
    const label = parts[i]!.toLowerCase();
    let value = parts[i + 1] ?? '';
    const dt = DATE_TIME.exec(value);
    if (dt && !/时间|時間|日期|date|updated|published|posted/.test(label)) {
      // a date after a source's name: 来源:光明网-《光明日报》2023-11-18 06:05
      unlabelled += ` ${value.slice(dt.index)}`;
      value = value.slice(0, dt.index);
    }
    value = value.split(/\s{2,}|\t|\|/)[0]!.trim();
    if (/时间|時間|日期|date|updated|published|posted/.test(label)) {
      const date = fullDateIn(value);
      if (date) info.published ??= date;
      else if (value !== '') return undefined;
    } else if (/来源|來源|稿源|出处|source/.test(label)) {
      const name = value.replace(/^[[［(（\s]+|[\]］)）\s]+$/g, '');
      if (name !== '') info.publisher ??= name;
    } else if (/作者|记者|by|author/.test(label)) {
      if (value !== '') info.author ??= value;
    }
  }
  rest = unlabelled;
  const dt = DATE_TIME.exec(rest);
  if (dt) {
    const date = fullDateIn(dt[1]!);
    if (!date) return undefined;
    if (!labelled && !dt[2] && !/更新|发布/.test(dt[0])) return undefined;
    info.published ??= date;
    rest = rest.slice(0, dt.index) + ' ' + rest.slice(dt.index + dt[0].length);
  } else if (!labelled) return undefined;
  // what is left may only be a short name (the outlet after a dateline) and separators
  const left = rest
    .replace(/(?:发表于|发布于|更新于)/g, '')
    .replace(/[|｜/·•\-—_>»\s]+/g, ' ')
    .trim();
  if (left !== '') {
    if (left.length > 16 || /\s\S+\s/.test(left)) return undefined;
    if (!info.publisher && !/^\d+$/.test(left)) info.publisher = left;
  }
  return info.published || info.publisher ? info : undefined;
}

/** The element's text, one line per block, for reading info lines outside the main text. */
export function leafLines(tree: Root): Array<{ node: Element; text: string }> {
  const out: Array<{ node: Element; text: string }> = [];
  const visit = (node: Element | Root) => {
    for (const c of node.children as ElementContent[]) {
      if (c.type !== 'element' || ['script', 'style', 'head', 'noscript'].includes(c.tagName)) continue;
      const kids = children(c);
      if (kids.length === 0 || isInlineOnly(c)) {
        for (const line of toText(c).split('\n')) if (line.trim() !== '') out.push({ node: c, text: line });
      } else visit(c);
    }
  };
  visit(tree);
  return out;
}

const FIELD_LABEL_AT = /【([^】]{1,10})】\s*[:：]?|((?:[\u4e00-\u9fff][ \u3000]*){2,6})[:：]/g;

/**
 * Reads a line of labelled fields as law databases and text copies of
 * disclosure pages print them: `【发文字号】国发〔2019〕5号`, `索 引 号：… 主题分类：…`.
 * Every label on the line must be a known field label, and the line must
 * open with one; otherwise it is text, not metadata.
 *
 * @example
 *   fieldLine('【发文字号】国发〔2019〕5号') // { number: '国发〔2019〕5号' }
 */
export function fieldLine(line: string): PageFields | undefined {
  const text = line.trim();
  // a label run may start inside the value before it (201号 发布日期：): the label is its longest known tail
  const labels = [...text.matchAll(FIELD_LABEL_AT)].map((m) => {
    const raw = m[1] ?? m[2]!;
    for (let cut = 0; cut < raw.length - 1; cut++) {
      const field = labelField(raw.slice(cut));
      if (field) return { index: m.index + cut, end: m.index + m[0].length, field };
    }
    return { index: m.index, end: m.index + m[0].length, field: undefined };
  });
  if (labels.length === 0 || labels[0]!.index !== 0) return undefined;
  const fields: PageFields = {};
  let known = 0;
  for (let i = 0; i < labels.length; i++) {
    const m = labels[i]!;
    const field = m.field;
    if (!field) return undefined;
    const value = text.slice(m.end, labels[i + 1]?.index ?? text.length);
    if (setField(fields, field, value) || field === 'other') known++;
  }
  return known > 0 ? fields : undefined;
}
