/**
 * A synthetic seeds folder of N realistic notices for the benchmark.
 *
 * Each notice has the shape of a MOHURD/MIIT notice (GB/T 9704 layout): a
 * title line ending 通知, often a document number (建办城函〔2021〕123号), a
 * salutation ending ：, 3–15 body paragraphs built from stock policy phrases
 * with real prefecture cities, counts, deadlines and cited documents, then
 * attachments, contacts, signature, date line and sometimes 抄送.
 *
 * The mix follows the sources the archive receives: ~30% come with an English
 * translation as a separate file (paragraph for paragraph, same numbers,
 * dates and cities, so the ingest pairs them by text), ~10% are in
 * traditional script, ~10% are GB18030 bytes, a few are full HTML pages or
 * front matter + HTML as a news site republishes them, a few UTF-8 with BOM
 * and CRLF. Deterministic for a seed; every notice has its own text, its own
 * document number and (while the calendar allows) its own date.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { Random } from './prng.ts';
import {
  CITIES,
  CN_NUMBER,
  CN_ORDINAL,
  EN_NUMBER,
  EN_ORDINAL,
  HEADINGS,
  ISSUERS,
  MATERIALS,
  METRICS,
  MONTHS,
  OFFICES,
  PEOPLE,
  PROGRAMS,
  SALUTATIONS,
  STOCK,
  type City,
  type Issuer,
  type Pair,
} from './vocab.ts';

export interface CorpusStats {
  dir: string;
  notices: number;
  files: number;
  bytes: number;
  translations: number;
  traditional: number;
  gb18030: number;
  html: number;
  frontMatter: number;
  bomCrlf: number;
  /** Copies of notices (portal dumps) and news reports about them, with `reposts`. */
  reposts: number;
  reports: number;
  /** How many notices name each city (Chinese short name, e.g. 杭州). */
  cityCounts: Map<string, number>;
}

type Kind = 'organize' | 'batch' | 'apply' | 'evaluate' | 'plan' | 'list';
type Form = 'text' | 'gb18030' | 'bom-crlf' | 'html' | 'front-matter';

interface Reference {
  titleZh: string;
  titleEn: string;
  numberZh: string;
  numberEn: string;
}

/** One notice as parallel rows: `rows[i]` is paragraph i in Chinese and in English. */
interface Draft {
  rows: Pair[];
  /** Rows (by index) to render as signature/date lines in HTML (right-aligned). */
  closing: Set<number>;
  reference: Reference | undefined;
  cities: City[];
  signed: Date;
}

const DAY = 86_400_000;
const LAST_DAY = Date.UTC(2025, 5, 30);

/**
 * With `reposts`, some notices also arrive as copies and are written about (for the witness stage):
 * ~8% get a portal's text dump of them (menus, a source line, one word changed, related links and a
 * footer around the text) and ~3% a news report that quotes their list of cities in its own words
 * (a decoy: never a witness). These come from a random stream of their own, so the notices are
 * the same with or without them.
 */
export function generateCorpus(
  dir: string,
  notices: number,
  seed = 20_211_201,
  opts: { reposts?: boolean } = {},
): CorpusStats {
  mkdirSync(dir, { recursive: true });
  const rng = new Random(seed);
  const copies = new Random(seed + 1);
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const stats: CorpusStats = {
    dir,
    notices,
    files: 0,
    bytes: 0,
    translations: 0,
    traditional: 0,
    gb18030: 0,
    html: 0,
    frontMatter: 0,
    bomCrlf: 0,
    reposts: 0,
    reports: 0,
    cityCounts: new Map(),
  };

  // Signing dates: all different, counted back from mid-2025 (wider than the real 2012– range once N needs it).
  const span = Math.max(4_600, Math.ceil(notices * 1.2));
  const offsets = rng
    .shuffle(Array.from({ length: span }, (_, i) => i))
    .slice(0, notices)
    .sort((a, b) => b - a);
  const serials = new Map<number, number>();
  const references: Reference[] = [];
  const gbQueue: Array<{ name: string; text: string }> = [];

  for (let i = 0; i < notices; i++) {
    const signed = new Date(LAST_DAY - offsets[i]! * DAY);
    const year = signed.getUTCFullYear();
    const serial = (serials.get(year) ?? rng.int(8, 60)) + rng.int(1, 6);
    serials.set(year, serial);
    const translated = rng.chance(0.3);
    const draft = composeNotice(rng, signed, serial, references, translated);
    for (const c of draft.cities)
      stats.cityCounts.set(c.zh.replace(/市$/, ''), (stats.cityCounts.get(c.zh.replace(/市$/, '')) ?? 0) + 1);

    const traditional = rng.chance(0.1);
    const roll = rng.next();
    const form: Form =
      roll < 0.1 ? 'gb18030' : roll < 0.13 ? 'html' : roll < 0.15 ? 'front-matter' : roll < 0.2 ? 'bom-crlf' : 'text';
    const zhRows = draft.rows.map(([zh]) => (traditional ? toTraditional(zh) : zh));
    const base = `${String(i).padStart(5, '0')}_${createHash('sha256').update(zhRows.join('\n')).digest('hex').slice(0, 16)}`;
    if (traditional) stats.traditional++;

    if (form === 'html') {
      write(stats, dir, `${base}.html`, htmlPage(rng, zhRows, draft.closing, draft.signed));
      stats.html++;
    } else if (form === 'front-matter') {
      write(stats, dir, `${base}.txt`, frontMatterPage(zhRows, draft.signed));
      stats.frontMatter++;
    } else if (form === 'bom-crlf') {
      write(stats, dir, `${base}.txt`, `\uFEFF${zhRows.join('\r\n')}\r\n`);
      stats.bomCrlf++;
    } else if (form === 'gb18030') {
      gbQueue.push({ name: `${base}.txt`, text: `${zhRows.join('\r\n')}\r\n` });
      stats.gb18030++;
    } else {
      write(stats, dir, `${base}.txt`, `${zhRows.join(rng.chance(0.3) ? '\n\n' : '\n')}\n`);
    }

    if (translated) {
      write(stats, dir, `${base}.en.txt`, `${draft.rows.map(([, en]) => en).join('\n')}\n`);
      stats.translations++;
    }
    if (opts.reposts && copies.chance(0.08)) {
      write(
        stats,
        dir,
        `${base}.repost.txt`,
        portalDump(
          copies,
          draft.rows.map(([zh]) => zh),
          draft.signed,
        ),
      );
      stats.reposts++;
    }
    if (opts.reposts && copies.chance(0.03)) {
      write(stats, dir, `${base}.report.txt`, newsReport(copies, draft));
      stats.reports++;
    }
  }
  for (const { name, bytes } of toGb18030(gbQueue)) writeBytes(stats, dir, name, bytes);
  return stats;
}

/** A portal's "save as text" of a notice: menus above, a source line, one word changed, related links and a footer. */
function portalDump(rng: Random, rows: string[], signed: Date): string {
  const body = [...rows];
  const k = 2 + rng.int(0, Math.max(0, body.length - 4));
  body[k] = body[k]!.replace('要', '须');
  const day = signed.toISOString().slice(0, 10);
  return (
    [
      '首页',
      '要闻',
      '政策',
      '服务',
      `${day} 来源：${rng.pick(['某某政务网', '某某新闻网', '某省人民政府网'])}`,
      ...body,
      '相关新闻',
      rng.pick(['城市更新行动持续推进', '多地出台新能源汽车支持政策']),
      '版权所有 © 某某网 京ICP备00000000号',
    ].join('\n') + '\n'
  );
}

/** A news report about a notice: its cities quoted in a sentence, the rest the reporter's own words. */
function newsReport(rng: Random, draft: Draft): string {
  const cities = draft.cities.map((c) => c.zh).join('、');
  const day = draft.signed.toISOString().slice(0, 10);
  const [mm, dd] = [draft.signed.getUTCMonth() + 1, draft.signed.getUTCDate()];
  const pool = [
    `业内人士表示，试点将带动约${rng.int(20, 900)}亿元相关投资，地方政府正加紧研究配套措施。`,
    `多位专家认为，试点的关键在于把政策落到实处，避免重申报、轻建设，${draft.cities[0]!.zh}等地已先行一步。`,
    `记者了解到，部分城市已经着手编制实施方案，计划于${mm}月底前启动首批${rng.int(3, 40)}个项目建设。`,
    `${draft.cities.at(-1)!.zh}有关负责人告诉记者，当地将设立专项资金，并从高校引进${rng.int(10, 200)}名技术人员。`,
    `据统计，截至${mm}月${dd}日，已有${rng.int(5, 31)}个省份出台了相关支持政策。`,
    `有分析指出，与上一批相比，本批城市更多集中在中西部地区，体现了区域协调发展的考虑。`,
    `一位不愿具名的地方官员坦言，试点考核指标较多，基层落实压力不小。`,
    `专家建议，试点城市之间应加强经验交流，形成可复制、可推广的做法。`,
  ];
  return (
    [
      `${draft.cities[0]!.zh}等${draft.cities.length}地入选新一批试点`,
      `${day} 来源：${rng.pick(['某某日报', '某某晚报', '某某财经网', '某某新闻网'])}`,
      `本报讯（记者 ${rng.pick(['王某', '李某', '张某', '刘某'])}）记者日前从有关部门获悉，${cities}等城市入选新一批试点名单。`,
      ...rng.sample(pool, rng.int(2, 4)),
    ].join('\n') + '\n'
  );
}

function write(stats: CorpusStats, dir: string, name: string, text: string): void {
  writeBytes(stats, dir, name, Buffer.from(text, 'utf8'));
}

function writeBytes(stats: CorpusStats, dir: string, name: string, bytes: Uint8Array): void {
  writeFileSync(join(dir, name), bytes);
  stats.files++;
  stats.bytes += bytes.length;
}

/**
 * GB18030 bytes for many texts with one `iconv` call (no encoder for it in
 * Node): the texts are joined by an ASCII marker line, which GB18030 keeps
 * byte for byte, and the output is split on it again.
 */
function toGb18030(items: Array<{ name: string; text: string }>): Array<{ name: string; bytes: Uint8Array }> {
  if (items.length === 0) return [];
  const marker = '\n@@PPA-BENCH-SPLIT@@\n';
  const out = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], {
    input: items.map((x) => x.text).join(marker),
    maxBuffer: 1 << 30,
  });
  const parts: Buffer[] = [];
  const sep = Buffer.from(marker, 'ascii');
  let from = 0;
  for (let at = out.indexOf(sep); at !== -1; at = out.indexOf(sep, from)) {
    parts.push(out.subarray(from, at));
    from = at + sep.length;
  }
  parts.push(out.subarray(from));
  if (parts.length !== items.length)
    throw new Error(`iconv: expected ${items.length} GB18030 texts, got ${parts.length}`);
  return items.map((x, i) => ({ name: x.name, bytes: parts[i]! }));
}

// ---------------------------------------------------------------- one notice

/**
 * One notice's rows. A notice that will have a translation always prints its
 * document number and a deadline, as notices sent out for translation do: with
 * the signing date these are the facts both texts share, so the ingest can pair
 * them without a sidecar (it needs three).
 */
function composeNotice(rng: Random, signed: Date, serial: number, references: Reference[], translated: boolean): Draft {
  const year = signed.getUTCFullYear();
  const issuer = rng.pick(ISSUERS);
  const code = rng.pick(issuer.codes);
  const numberZh = `${code}〔${year}〕${serial}号`;
  const numberEn = `${issuer.abbr} [${year}] No.${serial}`;
  const [progZh, progEn] = rng.pick(PROGRAMS);
  const kind = rng.pick<Kind>(['organize', 'batch', 'apply', 'evaluate', 'plan', 'list']);
  const cities = rng.sample(
    CITIES,
    kind === 'batch' || kind === 'list' || kind === 'evaluate' ? rng.int(3, 12) : rng.int(1, 4),
  );
  const batch = rng.int(0, 4);
  const ctx = { rng, issuer, progZh, progEn, cities, signed, year, batch };

  const title = titleOf(kind, ctx);
  const reference =
    references.length > 0 && rng.chance(0.35) ? rng.pick(references) : rng.chance(0.3) ? LAUNCH_NOTICE : undefined;
  const rows: Pair[] = [title];
  if (translated || rng.chance(0.9)) rows.push([numberZh, numberEn]);
  rows.push(rng.pick(SALUTATIONS));

  // Body: the opening, then numbered requirements, then unnumbered paragraphs; 3–15 in all.
  const bodyCount = rng.chance(0.75) ? rng.int(3, 8) : rng.int(9, 15);
  rows.push(opening(kind, ctx, reference));
  const headings = rng.sample(HEADINGS, Math.min(HEADINGS.length, bodyCount - 1));
  for (let k = 0; k < bodyCount - 1; k++) {
    const [zh, en] = paragraph(ctx, rng.int(1, 6));
    const heading = headings[k];
    rows.push(heading ? [`${CN_ORDINAL[k]}、${heading[0]}。${zh}`, `${k + 1}. ${heading[1]}. ${en}`] : [zh, en]);
  }
  if (translated) {
    const [zh, en] = rows.pop()!;
    const [dz, de] = factSentence(ctx, 0);
    rows.push([zh + dz, `${en} ${de}`]);
  }
  if (rng.chance(0.2)) rows.push([`附件：${progZh}试点城市名单`, `Attachment: List of Pilot Cities for ${progEn}`]);
  if (rng.chance(0.6)) {
    for (let k = rng.int(1, 2); k > 0; k--) {
      const [nameZh, nameEn] = rng.pick(PEOPLE);
      const phone = `010-${rng.int(5000_0000, 6999_9999)}`;
      rows.push([`联系人：${nameZh}，电话：${phone}`, `Contact: ${nameEn}, Tel: ${phone}`]);
    }
  }
  const closing = new Set<number>();
  for (const line of issuer.sign) closing.add(rows.push(line) - 1);
  closing.add(rows.push([zhDate(signed), enDate(signed)]) - 1);
  if (rng.chance(0.15)) {
    const cc = rng.sample(CITIES, rng.int(2, 5));
    rows.push([
      `抄送：${cc.map((c) => `${c.zh}人民政府`).join('、')}。`,
      `CC: People's Governments of ${enList(cc.map((c) => c.en))}.`,
    ]);
  }

  references.push({ titleZh: title[0], titleEn: title[1], numberZh, numberEn });
  return { rows, closing, reference, cities, signed };
}

interface Ctx {
  rng: Random;
  issuer: Issuer;
  progZh: string;
  progEn: string;
  cities: City[];
  signed: Date;
  year: number;
  batch: number;
}

/** The real launch notice of the Shuangzhi pilots, which many later notices cite. */
const LAUNCH_NOTICE: Reference = {
  titleZh:
    '住房和城乡建设部办公厅 工业和信息化部办公厅关于组织开展智慧城市基础设施与智能网联汽车协同发展试点工作的通知',
  titleEn:
    'Notice of the General Offices of MOHURD and MIIT on Organizing the Pilot Work of Coordinated Development of Smart City Infrastructure and Intelligent Connected Vehicles',
  numberZh: '建办城函〔2020〕594号',
  numberEn: 'J.B.C.H. [2020] No.594',
};

function titleOf(kind: Kind, c: Ctx): Pair {
  const by = c.issuer.zh;
  const of = `Notice of ${c.issuer.en}`;
  switch (kind) {
    case 'organize':
      return [`${by}关于组织开展${c.progZh}试点工作的通知`, `${of} on Organizing Pilots of ${c.progEn}`];
    case 'batch':
      return [
        `${by}关于确定${c.progZh}第${CN_ORDINAL[c.batch]}批试点城市的通知`,
        `${of} on the ${cap(EN_ORDINAL[c.batch]!)} Batch of Pilot Cities for ${c.progEn}`,
      ];
    case 'apply':
      return [
        `${by}关于开展${c.year}年${c.progZh}试点申报工作的通知`,
        `${of} on the ${c.year} Applications for Pilots of ${c.progEn}`,
      ];
    case 'evaluate':
      return [`${by}关于开展${c.progZh}试点评估工作的通知`, `${of} on Evaluating Pilots of ${c.progEn}`];
    case 'plan':
      return [`${by}关于印发${c.progZh}试点工作方案的通知`, `${of} on Issuing the Work Plan for Pilots of ${c.progEn}`];
    case 'list':
      return [
        `${by}关于公布${c.year}年度${c.progZh}试点名单的通知`,
        `${of} on the List of ${c.year} Pilots of ${c.progEn}`,
      ];
  }
}

function opening(kind: Kind, c: Ctx, ref: Reference | undefined): Pair {
  const body = c.issuer.zh.replaceAll('办公厅', '').replace(' ', '、');
  const zhCities = c.cities.map((x) => x.zh).join('、');
  const enCities = enList(c.cities.map((x) => x.en));
  const n = c.cities.length;
  const cite: Pair = ref
    ? [
        `按照《${ref.titleZh}》（${ref.numberZh}）要求，`,
        `In accordance with the requirements of the ${ref.titleEn} (${ref.numberEn}), `,
      ]
    : ['按照有关工作安排，', 'According to the relevant work arrangements, '];
  switch (kind) {
    case 'organize':
      return [
        `${cite[0]}为推动${c.progZh}，${body}决定组织开展${c.progZh}试点工作。现将有关事项通知如下：`,
        `${cite[1]}and in order to promote ${c.progEn}, ${c.issuer.en} decided to organize pilots of ${c.progEn}. The relevant matters are hereby notified as follows:`,
      ];
    case 'batch':
      return [
        `${cite[0]}在各城市自愿申报基础上，经组织专家评审和实地调研，${body}研究确定${zhCities}等${n}个城市为${c.progZh}第${CN_ORDINAL[c.batch]}批试点城市。`,
        `${cite[1]}on the basis of voluntary applications by cities and after expert review and field research, ${c.issuer.en} identified ${n} cities including ${enCities} as the ${EN_ORDINAL[c.batch]} batch of pilot cities for ${c.progEn}.`,
      ];
    case 'apply':
      return [
        `${cite[0]}为做好${c.year}年${c.progZh}试点申报工作，现将有关事项通知如下：`,
        `${cite[1]}and in order to do a good job in the ${c.year} applications for pilots of ${c.progEn}, the relevant matters are hereby notified as follows:`,
      ];
    case 'evaluate': {
      const y = c.year - c.rng.int(1, 3);
      return [
        `${cite[0]}${body}决定对${y}年确定的${n}个试点城市开展评估，评估对象包括${zhCities}。`,
        `${cite[1]}${c.issuer.en} decided to evaluate the ${n} pilot cities identified in ${y}, namely ${enCities}.`,
      ];
    }
    case 'plan':
      return [
        `${cite[0]}为深入推进${c.progZh}，我们组织编制了${c.progZh}试点工作方案，现印发给你们，请结合实际认真贯彻落实。`,
        `${cite[1]}and in order to further advance ${c.progEn}, we have prepared the work plan for pilots of ${c.progEn}, which is hereby issued to you. Please implement it conscientiously in light of actual conditions.`,
      ];
    case 'list':
      return [
        `${cite[0]}经各地申报、省级推荐和专家评审，确定${zhCities}等${n}个城市（区、县）为${c.year}年度${c.progZh}试点。`,
        `${cite[1]}after local applications, provincial recommendations and expert review, ${n} cities (districts, counties) including ${enCities} were identified as ${c.year} pilots of ${c.progEn}.`,
      ];
  }
}

/** A body paragraph of `sentences` sentences: stock phrases with some that carry facts. */
function paragraph(c: Ctx, sentences: number): Pair {
  const zh: string[] = [];
  const en: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const [z, e] = c.rng.chance(0.3) ? factSentence(c) : c.rng.pick(STOCK);
    zh.push(z);
    en.push(e);
  }
  return [zh.join(''), en.join(' ')];
}

function factSentence(c: Ctx, which?: number): Pair {
  const { rng } = c;
  const city = rng.pick(c.cities);
  const later = new Date(c.signed.getTime() + rng.int(15, 120) * DAY);
  switch (which ?? rng.int(0, 7)) {
    case 0: {
      const [mz, me] = rng.pick(MATERIALS);
      const [oz, oe] = rng.pick(OFFICES);
      return [`请于${zhDate(later)}前将${mz}报送${oz}。`, `Please submit ${me} to ${oe} before ${enDate(later)}.`];
    }
    case 1: {
      const k = rng.int(2, 5);
      return [`试点期限为${CN_NUMBER[k]}年。`, `The pilot period is ${EN_NUMBER[k]} years.`];
    }
    case 2: {
      const [mz, me] = rng.pick(METRICS);
      const y = c.year + rng.int(1, 5);
      const p = rng.int(6, 19) * 5;
      return [
        `到${y}年，试点城市${mz}覆盖率达到${p}%以上。`,
        `By ${y}, the coverage of ${me} in pilot cities should reach more than ${p}%.`,
      ];
    }
    case 3: {
      const y = c.year - rng.int(0, 1);
      const m = rng.int(1, 12);
      return [
        `${y}年${m}月，${city.zh}召开试点工作推进会，交流工作经验。`,
        `In ${MONTHS[m - 1]} ${y}, ${city.en} held a meeting to advance the pilot work and exchange experience.`,
      ];
    }
    case 4: {
      const y = c.year - 1;
      const a = rng.int(12, 480);
      const b = rng.int(20, 2400);
      return [
        `截至${y}年底，${city.zh}已建成智能化路口${a}个，部署路侧感知设备${b}套。`,
        `By the end of ${y}, ${city.en} had built ${a} intelligent intersections and deployed ${b} sets of roadside sensing equipment.`,
      ];
    }
    case 5: {
      const other = rng.pick(CITIES.filter((x) => x !== city));
      return [
        `推动${city.zh}、${other.zh}等城市开展跨区域协同，共建共享测试场地。`,
        `Promote cross-regional cooperation among cities such as ${city.en} and ${other.en} to jointly build and share testing sites.`,
      ];
    }
    case 6:
      return [`本通知自${zhDate(later)}起施行。`, `This notice shall come into force on ${enDate(later)}.`];
    default: {
      const k = rng.int(1, 3);
      return [
        `各试点城市请确定${k}名工作联系人。`,
        `Each pilot city is requested to designate ${k} work contact persons.`,
      ];
    }
  }
}

// ---------------------------------------------------------------- forms

const SITES = ['示例政务网', '城市建设信息网', '智慧城市观察'];

/** A full government-site page: chrome around an <article>, as test/fixtures/forms/full-page-shuangzhi-launch.html. */
function htmlPage(rng: Random, rows: string[], closing: Set<number>, signed: Date): string {
  const site = rng.pick(SITES);
  const published = isoDate(new Date(signed.getTime() + rng.int(0, 5) * DAY));
  const [title, ...rest] = rows.map(escapeHtml);
  const paras = rest.map((text, i) =>
    closing.has(i + 1) ? `<p style="text-align:right">${text}</p>` : `<p>${text}</p>`,
  );
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}_政务公开_${site}</title>
<meta name="PubDate" content="${published} 10:00">
<link rel="stylesheet" href="https://cdn.example.com/site.css">
<script src="https://analytics.example.com/track.js"></script>
</head>
<body>
<header class="site-header"><div class="logo">${site}</div></header>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="share-bar"><a href="#">分享到微博</a><a href="#">分享到微信</a></div>
<article>
<h1>${title}</h1>
${paras.join('\n')}
</article>
<aside class="related"><h3>相关文章</h3><ul><li><a href="/a">另一篇新闻</a></li></ul></aside>
<footer class="site-footer"><p>版权所有 © ${site}</p><p>京ICP备00000000号</p></footer>
</body>
</html>
`;
}

/** A news site's republication: YAML front matter, then HTML paragraphs, as seeds/001. */
function frontMatterPage(rows: string[], signed: Date): string {
  const [title, ...rest] = rows.map(escapeHtml);
  const published = new Date(signed.getTime() + 2 * DAY).toUTCString();
  return `
---
title: '${rows[0]!.replaceAll("'", "''")}'
categories:
 - 新浪财经
author: 新浪财经
comments: false
date: ${published}
---

<div>
<p style="text-align: center;">　　<strong>${title}</strong></p>
${rest.map((p) => `<p cms-style="font-L">　　${p}</p>`).join('\n')}
</div>
`;
}

function escapeHtml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

// ---------------------------------------------------------------- helpers

function zhDate(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

function enDate(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function enList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** The cities to search for: the most often named ones (a reader's likely queries), by short name, busiest first. */
export function busiestCities(stats: CorpusStats, k: number): Array<{ name: string; notices: number }> {
  return [...stats.cityCounts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, k)
    .map(([name, notices]) => ({ name, notices }));
}
