import { fullDateIn } from '../text/dates.ts';
import { matchForm } from '../normalize.ts';
import { fieldLine, infoLine } from './page-fields.ts';
import type { Block, Removal, SourceHints } from '../types.ts';

/**
 * A line of site chrome and how to recognise it. Rules are data: each names
 * the real line it was written for, so a reviewer can see why it exists.
 * Rules are matched against the line's match form (pinyin readings removed,
 * simplified script, tidy spaces), so one pattern serves every script.
 */
export interface BoilerplateRule {
  id: string;
  test: RegExp;
  /** `line`: drop this block; `rest`: drop it and everything after it (a sidebar or "related" list starts). */
  cut: 'line' | 'rest';
  /** The real example the rule was written for, and its source file. */
  example: string;
  source: string;
  /** Facts the chrome line carries (publisher, date, URL), kept before the line goes. */
  hints?: (match: RegExpExecArray) => SourceHints;
}

export const BOILERPLATE: BoilerplateRule[] = [
  {
    id: 'breadcrumb',
    test: /^(?:Location|当前位置|您的位置|您现在的位置|位置)\s*[:：]\s*(.*>\s*(.+))$/i,
    cut: 'line',
    example: 'Location:HOME > ISSUES > 2013 No.4 > NEWS IN BRIEF',
    source: '002_21f241258a368e1c.txt',
    hints: (m) => {
      const issue = /\b(\d{4} No\.\s*\d+)\b/i.exec(m[1]!)?.[1];
      return { section: m[2]!.trim(), ...(issue ? { issue } : {}) };
    },
  },
  {
    id: 'publication-line',
    test: /^[-•·]?\s*(?:发布时间|發布時間|发布日期|發布日期)\s*[:：]\s*([\d\- :./年月日]+?)\s*(?:(?:来源|來源)\s*[:：]\s*(\S+))?\s*(?:(?:责任编辑|責任編輯)\s*[:：]\s*\S+)?\s*$/,
    cut: 'line',
    example: '- 發布時間:2015-04-10 16:31:14 來源:住建部網站 責任編輯:羅伯特',
    source: '003_97bb9c47a489c678.txt',
    hints: (m) => ({ published: fullDateIn(m[1]!), ...(m[2] ? { via: m[2] } : {}) }),
  },
  {
    id: 'page-controls',
    test: /^(?:\s*[【[](?:纠错|我要纠错|打印|关闭|收藏|返回顶部|分享|字体[:：]?\s*[大中小\s]*|(?:责任编辑|责编|编辑)[:：][^】\]]{1,12})[】\]]\s*)+$/,
    cut: 'line',
    example: '【纠错】 【责任编辑：郑一】',
    source: 'test/fixtures/wild/news-dateline.txt (the foot of a news agency page)',
  },
  {
    id: 'menu',
    test: /^(?:[^|｜。，,；;：:]{1,14}[|｜]){3,}[^|｜。，,；;：:]{1,14}$/,
    cut: 'line',
    example: '首页 | 新闻 | 政务 | 财经 | 图片 | 视频 | 专题',
    source: 'test/fixtures/wild/news-text-dump.txt (a text copy of a portal page, as archivists save them)',
  },
  {
    id: 'editor-credit',
    test: /^[（(【[]?(?:责任编辑|責任編輯|编辑|編輯|责编|Editor)\s*[:：]\s*[^)）】\]]{1,20}[)）】\]]?$/i,
    cut: 'line',
    example: '编辑:聂杨',
    source: '004_2ec386e290b75517.txt',
  },
  {
    id: 'repost-notice',
    test: /^原创文章\s*[,，]\s*作者\s*[:：]\s*([^,，]+)[,，].*?(?:出处\s*[:：]\s*(\S+))?$/,
    cut: 'line',
    example: '原创文章,作者:nbdnews,如若转载,请注明出处:https://www.nbdnews.cn/13/18/16/7507.html',
    source: '004_2ec386e290b75517.txt',
    hints: (m) => ({ author: m[1]!.trim(), publisher: m[1]!.trim(), ...(m[2] ? { url: m[2] } : {}) }),
  },
  {
    id: 'copyright',
    test: /^(?:Copyright|版权所有|版權所有|©)\s*(?:©\s*)?(?:\d{4}(?:-\d{4})?\s+)?([^.。]*?)\.?\s*(?:All Rights Reserved\.?)?$/i,
    cut: 'line',
    example: 'Copyright © 2014 CCPR. All Rights Reserved',
    source: '002_21f241258a368e1c.txt',
    hints: (m) => (m[1] ? { publisher: m[1].trim() } : {}),
  },
  {
    id: 'icp-licence',
    test: /ICP[备證证]\s*\d+|公网安备\s*\d+/,
    cut: 'line',
    example: '京ICP备13046102号-1 京公网安备 11010802013420号',
    source: '002_21f241258a368e1c.txt',
  },
  {
    id: 'previous-next-link',
    test: /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|Previous|Next)(?:\s*[:：]|\s)\s*(.*)$/i,
    cut: 'line',
    example: '上一篇 2023年12月13日 下午3:22',
    source: '004_2ec386e290b75517.txt',
  },
  {
    id: 'comment-counter',
    test: /^[(（]\d+[)）]$/,
    cut: 'line',
    example: '(0)',
    source: '004_2ec386e290b75517.txt',
  },
  {
    id: 'author-avatar',
    test: /^\S+的头像\S*$/,
    cut: 'line',
    example: 'nbdnews的头像nbdnews',
    source: '004_2ec386e290b75517.txt',
  },
  {
    id: 'app-promotion',
    test: /尽在\S*APP|扫码下载|下载\S*客户端|关注\S*公众号/i,
    cut: 'line',
    example: '海量资讯、精准解读，尽在新浪财经APP',
    source: '001_2a6f7b4620238141.txt',
  },
  {
    // Advertising injected into reposts ("<city>代开发票 <city>办证"): city names that are no part of
    // the text. Two spam words at least, and no sentence, so a notice on 办证 services is not cut.
    id: 'spam',
    test: /^(?!.*[。！？])(?=(?:.*?(?:代开|发票|办证|刻章|秒批|贷款|加微信|加薇信|加V信|加QQ|联系QQ|微信号)){2}).{0,160}$/i,
    cut: 'line',
    example: '贵阳代开发票 金华办证刻章 玉林贷款秒批 加微信 abc123',
    source: 'test/fixtures/designations/portal-dump-with-related-and-spam.txt (spam lines seen in reposts)',
  },
  {
    id: 'related-articles',
    test: /^(?:相关(?:推荐|阅读|文章|新闻|报道|链接|稿件|专题)|推荐阅读|延伸阅读|更多阅读|相關推薦|相關閱讀|Related (?:articles|stories|news))\s*[:：]?\s*$/i,
    cut: 'rest',
    example: '相关推荐',
    source: '004_2ec386e290b75517.txt',
  },
  {
    id: 'comment-form',
    test: /^(?:发表回复|发表评论|您的邮箱地址不会被公开|Leave a (?:reply|comment))/i,
    cut: 'rest',
    example: '发表回复',
    source: '004_2ec386e290b75517.txt',
  },
  {
    id: 'sidebar-widget',
    test: /^(?:热图一览|熱圖一覽|高清图集赏析|高清圖集賞析|\S{2,8} (?:详细|詳細))$/,
    cut: 'rest',
    example: '智慧城市 詳細',
    source: '003_97bb9c47a489c678.txt',
  },
  {
    id: 'stock-ticker',
    test: /^[-•·]?\s*(?:股票名[称稱]\s+最新[价價]|\S{2,8}\s+\d+\.\d{2}\s+[-+]?\d+\.\d{2}%)/,
    cut: 'rest',
    example: '- 股票名稱 最新價 漲跌幅',
    source: '003_97bb9c47a489c678.txt',
  },
];

/** A column tag before a headline, e.g. `e网评|`: kept as the section, not as title text. */
const COLUMN_TAG = /^([^\s|｜]{1,8})[|｜](?=\S)/u;

export interface Cleaned {
  blocks: Block[];
  hints: SourceHints;
  removed: Removal[];
}

/**
 * Removes site chrome from a source's blocks, collecting what it removed and
 * the facts the chrome carried. The first matching rule wins.
 *
 * @example
 *   stripBoilerplate([{ text: '编辑:聂杨' }]).removed // [{ rule: 'editor-credit', text: '编辑:聂杨' }]
 */
export function stripBoilerplate(blocks: Block[], rules: BoilerplateRule[] = BOILERPLATE): Cleaned {
  const kept: Block[] = [];
  const removed: Removal[] = [];
  let hints: SourceHints = {};
  let prose = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const key = matchForm(block.text);
    const rule = rules.find((r) => r.test.test(key));
    // above the text: the page's own field lines (【发文字号】…) and news info lines (时间/来源/作者…)
    const fields = !rule && !prose ? fieldLine(key) : undefined;
    if (fields) {
      hints = { ...hints, fields: { ...fields, ...hints.fields } };
      removed.push({ rule: 'page-metadata', text: clip(block.text) });
      continue;
    }
    const info = !rule && !prose ? infoLine(key) : undefined;
    if (info) {
      hints = {
        ...(info.published ? { published: info.published } : {}),
        ...(info.publisher ? { via: info.publisher } : {}),
        ...(info.author ? { author: info.author } : {}),
        ...hints,
      };
      removed.push({ rule: 'info-line', text: clip(block.text) });
      continue;
    }
    if (!rule) {
      kept.push(block);
      prose ||= isProse(block.text);
      continue;
    }
    const match = rule.test.exec(key)!;
    hints = { ...rule.hints?.(match), ...hints };
    // A tail (related list, comments, sidebar) follows the text: a "rest" rule cuts only once a paragraph of prose
    // has been read, so a 发表评论 link above an article (old portal pages) drops the link, not the article.
    const tail = rule.cut === 'rest' && prose;
    const gone = tail ? blocks.slice(i) : [block];
    for (const g of gone) removed.push({ rule: rule.id, text: clip(g.text) });
    if (tail) break;
  }
  hints = { ...publishedFromNeighbours(removed), ...hints };
  return dropRepeatedBlocks(dropDuplicateTitle(stripColumnTag({ blocks: kept, hints, removed })));
}

/** A paragraph of running text: long, with sentence punctuation. */
function isProse(text: string): boolean {
  return text.length >= 40 && /[，。；,;]|\.\s/.test(text);
}

/**
 * A page without its own date often shows the dates of the previous and next
 * articles; when both fall on one day, this article was published that day.
 */
function publishedFromNeighbours(removed: Removal[]): SourceHints {
  const dates = removed.filter((r) => r.rule === 'previous-next-link').map((r) => fullDateIn(r.text));
  if (dates.length === 2 && dates[0] && dates[0] === dates[1]) return { published: dates[0] };
  return {};
}

function stripColumnTag(cleaned: Cleaned): Cleaned {
  const [first, ...rest] = cleaned.blocks;
  const m = first && COLUMN_TAG.exec(first.text);
  if (!first || !m) return cleaned;
  const untag = (b: Block) => (b.text.startsWith(m[0]) ? { ...b, text: b.text.slice(m[0].length) } : b);
  const tagged = cleaned.blocks.filter((b) => b.text.startsWith(m[0])).length;
  return {
    blocks: [untag(first), ...rest.map(untag)],
    hints: { section: m[1], ...cleaned.hints },
    removed: [...cleaned.removed, ...Array.from({ length: tagged }, () => ({ rule: 'column-tag', text: m[0] }))],
  };
}

/** Republished pages often print the headline twice (page title, then article title). */
function dropDuplicateTitle(cleaned: Cleaned): Cleaned {
  const [first, second] = cleaned.blocks;
  if (!first || !second || matchForm(first.text) !== matchForm(second.text)) return cleaned;
  return {
    ...cleaned,
    blocks: cleaned.blocks.slice(1),
    removed: [...cleaned.removed, { rule: 'duplicate-title', text: clip(second.text) }],
  };
}

/**
 * A page that prints its text twice (a print copy, a hidden mobile copy) gives
 * each long paragraph twice: the second copy goes. Short lines (dates, 略, list
 * markers) may repeat in a notice and stay.
 */
function dropRepeatedBlocks(cleaned: Cleaned): Cleaned {
  const seen = new Set<string>();
  const blocks: Block[] = [];
  const removed = [...cleaned.removed];
  for (const b of cleaned.blocks) {
    const key = b.text.replace(/[\s\u3000\u00a0]/g, '');
    if (key.length >= 20 && seen.has(key)) {
      removed.push({ rule: 'repeated-paragraph', text: clip(b.text) });
      continue;
    }
    seen.add(key);
    blocks.push(b);
  }
  return { ...cleaned, blocks, removed };
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
