import { isDateLine } from '../text/dates.ts';
import { isOfficialTitle } from '../text/doc-kinds.ts';
import type { Block, Removal } from '../types.ts';

/**
 * The main text of a plain-text page dump (no markup to measure), found line by line from general
 * features, as body-text extraction does over tags (Finn et al.'s BTE; text density in CETD/GNE):
 *
 * 1. score: a line of prose (sentence punctuation, or long) scores its length; any other line —
 *    a menu item, a link, a related headline, a footer — costs its length and a fixed toll, more
 *    when it carries chrome marks (URLs, ICP numbers, copyright, separators, share/app prompts);
 * 2. span: the contiguous run of lines with the highest total is the body;
 * 3. structure: the document's own parts just outside that run stay with it — its title above
 *    (a 公文 title anywhere in the lines above with no chrome between, else the nearest heading),
 *    number, dates and salutation; below, its signature, date, contacts, attachments, notes and
 *    抄送, and everything up to a closing date line when no chrome comes between (a list after
 *    "名单如下：" is the notice's, not the page's).
 *
 * Lines outside are removed and recorded (rule `outside-main-text`). Left whole: a text with no
 * prose line; one with neither a chrome mark nor a run of three link-like lines; and one framed as a
 * document — opening with a heading and closing with its date — rather than as a page (menus above,
 * a footer below), whatever markup-like lines it carries. Rules in boilerplate.ts run first; this finds what no
 * rule names.
 *
 * @example
 *   mainTextLines(blocks('首页 新闻', '关于…的通知', '各单位：', '现将…通知如下。', '相关阅读', '京ICP备…'))
 *   // keeps the title, salutation and body; removes the menu, the related list and the footer
 */
export function mainTextLines(blocks: Block[]): { blocks: Block[]; removed: Removal[] } {
  const lines = blocks.map((b) => b.text.trim());
  const chrome = lines.map(chromeMarks);
  if (!chrome.some((c) => c > 0) && !linkRun(lines)) return { blocks, removed: [] };
  if (framedAsDocument(lines, chrome)) return { blocks, removed: [] };
  const scores = lines.map((line, i) => (isProse(line) ? weight(line) : -(weight(line) + 10 + 30 * chrome[i]!)));
  const span = bestSpan(scores);
  if (!span) return { blocks, removed: [] };
  const [start, end] = extend(lines, chrome, span);
  return {
    blocks: blocks.slice(start, end),
    removed: [...blocks.slice(0, start), ...blocks.slice(end)].map((b) => ({
      rule: 'outside-main-text',
      text: b.text.length > 200 ? `${b.text.slice(0, 199)}…` : b.text,
    })),
  };
}

/** The text opens with a heading and closes with a date line, neither of them chrome: a document, not a page dump. */
function framedAsDocument(lines: string[], chrome: number[]): boolean {
  const first = lines.findIndex((line) => line !== '');
  const last = lines.findLastIndex((line) => line !== '');
  if (first < 0 || chrome[first]! > 0 || chrome[last]! > 0) return false;
  return (
    weight(lines[first]!) >= 4 && weight(lines[first]!) <= 60 && !isProse(lines[first]!) && isDateLine(lines[last]!)
  );
}

/** Prose: a sentence mark inside or at the end, and enough text to be a sentence. */
function isProse(line: string): boolean {
  return weight(line) >= 8 && /[。；！？，、]|[.;!?,]\s|[.;!?。：:]$/.test(line);
}

/** Length in reading units: each CJK character, and each Latin word counted as two. */
function weight(line: string): number {
  const cjk = line.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = line.match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return cjk + 2 * words;
}

/** Marks of site chrome on a line, counted: addresses, licences, rights, separators, prompts. */
function chromeMarks(line: string): number {
  return [
    /https?:\/\/|www\.\w/i,
    /ICP\s*[备證证]|公网安备|公網安備/i,
    /版权所有|版權所有|Copyright|©|All Rights Reserved/i,
    /(?:[|｜»]|\s>\s)(?:.*(?:[|｜»]|\s>\s)){2}/,
    /扫一扫|二维码|分享到|客户端|下载APP|关注我们|微信公众号|客服电话|联系我们|网站地图|设为首页|加入收藏/i,
    /^(?:上一篇|下一篇|相关(?:新闻|阅读|文章|链接)|推荐阅读|热门|猜你喜欢|Related|More)\b/i,
  ].filter((re) => re.test(line)).length;
}

/** A short line with no sentence mark: a menu item, a link, a headline in a list. */
function linkLike(line: string): boolean {
  return !isProse(line) && weight(line) > 0 && weight(line) <= 30;
}

/** Three link-like lines in a row that are not the document's own closing: a menu or a list of links. */
function linkRun(lines: string[]): boolean {
  let run = 0;
  for (const line of lines) {
    run = linkLike(line) && !closingPart(line) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/** The maximum-sum contiguous run [start, end) (Kadane), when its sum is positive. */
function bestSpan(scores: number[]): [number, number] | undefined {
  let best: [number, number, number] | undefined;
  let sum = 0;
  let from = 0;
  scores.forEach((s, i) => {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += s;
    if (sum > 0 && (!best || sum > best[2])) best = [from, i + 1, sum];
  });
  return best && [best[0], best[1]];
}

const TITLE_LIMIT = 12;
/** A line ending in a document number: 建城函〔2021〕114号. */
const DOC_NUMBER = /[〔[（(]\d{4}[〕\]）)]\s*\d+\s*号$/;
const CLOSING_LIMIT = 60;

/** The run widened to the document's own parts on either side (see mainTextLines). */
function extend(lines: string[], chrome: number[], [start, end]: [number, number]): [number, number] {
  // above: an official title with nothing but plain lines between (and its 发文机关标志 above it),
  // else up to two heading lines (a headline, an info or chapter line) and any number or date lines
  let top = start;
  let official = false;
  for (let i = start - 1; i >= Math.max(0, start - TITLE_LIMIT) && chrome[i] === 0; i--) {
    const joined = [1, 2, 3, 4].map((k) => lines.slice(i, Math.min(i + k, start)).join(''));
    if (joined.some(isOfficialTitle)) {
      top = i;
      official = true;
      break;
    }
  }
  if (official) while (top > 0 && chrome[top - 1] === 0 && /文件$/.test(lines[top - 1]!)) top--;
  else {
    let headings = 0;
    while (top > 0 && chrome[top - 1] === 0 && openingPart(lines[top - 1]!)) {
      const line = lines[top - 1]!;
      if (!isDateLine(line) && !DOC_NUMBER.test(line) && !/[:：]$/.test(line) && ++headings > 2) break;
      top--;
    }
  }

  // below: closing parts one by one; then through a closing date line when no chrome comes between
  let bottom = end;
  while (bottom < lines.length && chrome[bottom] === 0 && closingPart(lines[bottom]!)) bottom++;
  for (let i = bottom; i < Math.min(lines.length, bottom + CLOSING_LIMIT) && chrome[i] === 0; i++) {
    if (isDateLine(lines[i]!)) {
      bottom = i + 1;
      while (bottom < lines.length && chrome[bottom] === 0 && closingPart(lines[bottom]!)) bottom++;
      break;
    }
  }
  return [top, bottom];
}

/** Above the body: a heading (title line), a number or date line, a salutation. */
function openingPart(line: string): boolean {
  return (
    (weight(line) >= 4 && weight(line) <= 60 && !/[。；！？]/.test(line)) ||
    isDateLine(line) ||
    DOC_NUMBER.test(line) ||
    /[:：]$/.test(line)
  );
}

/** Below the body: a signature, date, contact, attachment, note, 抄送 or editor line. */
function closingPart(line: string): boolean {
  return (
    isDateLine(line) ||
    /^(?:附件|抄送|抄报|印发|联系人|联系电话|电\s*话|传\s*真|邮箱|地址|邮编|Attachments?|Annex|Contacts?|Tel|Fax|E-?mail)\s*[:：\d]/i.test(
      line,
    ) ||
    /^[（(]此件[^)）]*[)）]$/.test(line) ||
    /^\d+[.．、]\s*\S.{0,60}$/.test(line) ||
    /(?:部|厅|委|局|办公厅|办公室|政府|委员会|院|署|中心|Ministry|Office|Commission|Administration|Department|Bureau|Government)$/.test(
      line,
    )
  );
}
