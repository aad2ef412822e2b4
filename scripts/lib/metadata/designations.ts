/**
 * Designations, not mentions: the places a document designates or reports as pilots (the list
 * after 确定…为…试点, 列入…名单, 第X批试点城市包括…, 名单如下：…, "named … as the second batch of
 * pilot cities"), each with its sentence, apart from the places it merely names (addressees,
 * 抄送, addresses, the subject of a meeting report). Only designations feed batches, maps,
 * place pages' pilot status and pilot-places.csv.
 */
import type { Lang, Paragraph } from '../ingest/types.ts';
import { findPlaces, isWithin, type Place, type PlaceMention } from '../places/index.ts';
import { maskNotPlaces, type Span } from './not-places.ts';
import { batchIn, countsIn, programsIn, type EntryType, type ProgramId, type StatedCount } from './programs.ts';

/** A place a document designates or reports as a pilot, with the sentence that says so. */
export interface Designation {
  place: Place;
  /** Index of the paragraph. */
  paragraph: number;
  /** The sentence, as printed (a list under 名单如下 quotes its line). */
  quote: string;
  /** The program the sentence names, when it names one. */
  program?: ProgramId;
  batch?: number;
  entryType: EntryType;
  /** Index (in the document's counts) of the stated count whose list it is in, when there is one. */
  count?: number;
}

/** Paragraph roles whose text can designate: the body and attachment lists (never addressees, 抄送, contacts). */
const DESIGNATING_ROLES = new Set(['body', 'attachment']);

/** Sentences of a paragraph, with offsets: Chinese ends at 。；！？, English at . ! ? before a capital. */
export function sentencesOf(text: string, lang: Lang): Span[] {
  const spans: Span[] = [];
  if (lang === 'zh') {
    for (const m of text.matchAll(/[^。；;！？!?]+[。；;！？!?]?/g))
      if (m[0].trim()) spans.push([m.index, m.index + m[0].length]);
    return spans;
  }
  // English: a full stop ends a sentence only before a capital, and not after Aug. or No.
  let start = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s+[A-Z"“(])/g)) {
    const end = m.index + m[0].length;
    if (/\b(?:No|Aug|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Mr|Ms|Dr|St|[A-Z])\.$/.test(text.slice(start, end)))
      continue;
    if (text.slice(start, end).trim()) spans.push([start, end]);
    start = end;
  }
  if (text.slice(start).trim()) spans.push([start, text.length]);
  return spans;
}

/**
 * Chinese: a clause whose list stands before the pilot words: `X、Y等N个城市为…试点`,
 * `X获批第一批试点城市`, `X列入…试点名单`, `X入选…试点`. The verb must be followed, in the same
 * clause, by 试点/示范/名单.
 */
const ZH_BEFORE =
  /(?:被)?(?:确定为|认定为|批准为|命名为|列为|选为|作为|(?<![设造建展])成为|(?<![认因行以更称视成作])为(?![了主此何])|获批(?:为)?|入选(?:为)?|列入|纳入|入围)(?=[^，,；;。]*?(?:试点|示范|名单))/;

/** The verb that opens a list inside the clause (确定X为…): the list starts after it. */
const ZH_OPENER = /.*(?:确定|同意|批准|公布|遴选|选定|认定|命名|将|把|经研究)/;

/** Chinese: a list after the pilot words: `第一批试点城市包括X、Y`, `试点城市名单如下：X`, `以下城市为…试点：`. */
const ZH_AFTER =
  /(?:试点|示范)(?:城市|地区|县|区|单位)?(?:名单)?(?:(?:公布)?如下|包括|分别是|分别为|有|是|为)?\s*[:：]|(?:试点|示范)(?:城市|地区)(?:名单)?(?:包括|分别是|分别为)/;

/** A list under 名单如下： runs on in the paragraphs after it. */
const ZH_LIST_FOLLOWS = /(?:名单|如下)\s*[:：]\s*$/;

/** So does a list's own title on a line of its own: `附件：第三批试点城市名单`, `国家智慧城市2015年度试点名单`. */
const ZH_LIST_TITLE = /^(?:附件\s*\d*\s*[:：]?\s*)?[^。，,；;：:]{0,40}(?:试点|示范)[^。，,；;：:]{0,12}名单\s*$/;

/** English: "X, Y and Z were selected as … pilot", "103 cities, including X, were named as the national pilot …". */
const EN_BEFORE =
  /\b(?:(?:have|has)\s+been|had\s+been|were|was|are|is|been|being)\s+(?:selected|named|designated|approved|chosen|identified|listed|included|confirmed|picked)\s+(?:as|among|in|on|for)\b(?=[^.;]*?\b(?:pilots?|demonstration)\b)/i;

/** English: "named X, Y and Z as the second batch of pilot cities". */
const EN_VERB_AS =
  /\b(?:selected|named|designated|approved|chose|chosen|identified|listed|included|confirmed|picked)\s+(.+?)\s+as\s+(?=[^.;]*?\bpilots?\b)/i;

/** English: "the pilot cities are X, Y", "the third batch of pilot cities includes X", "pilot cities: X". */
const EN_AFTER =
  /\bpilot (?:cities|city|areas|counties|districts)\b(?:\s+\([^)]*\))?\s*(?:are|were|include|includes|included|comprise|comprises|:)\s/i;

/** Whether a paragraph is a list line of places: places, numbering, separators, province headings and little else. */
function isPlaceList(text: string, mentions: PlaceMention[]): boolean {
  if (mentions.length === 0) return false;
  let rest = text;
  for (const m of [...mentions].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  rest = rest
    .replace(/^\s*(?:[（(]?[\d一二三四五六七八九十]+[）)、.．]?)/, '')
    .replace(/[\s、，,；;：:。.（）()]/g, '');
  return [...rest].length <= 4;
}

/** The places a sentence lists as designated, by the patterns above. */
function listedIn(text: string, sentence: Span, mentions: PlaceMention[], lang: Lang): PlaceMention[] {
  const s = text.slice(...sentence);
  const inSpan = (a: number, b: number) =>
    mentions.filter((m) => m.start >= sentence[0] + a && m.end <= sentence[0] + b);
  const found = new Set<PlaceMention>();
  if (lang === 'zh') {
    // Cited titles (《…》) name documents, not designations: blanked, offsets kept.
    const own = s.replace(/《[^》]*》/g, (t) => '　'.repeat(t.length));
    // Table cells (| 山东省 | …) are clauses of their own.
    const clauses = [...own.matchAll(/[^，,；;。！？|｜]+/g)];
    for (const c of clauses) {
      const before = ZH_BEFORE.exec(c[0]);
      if (!before) continue;
      const head = c[0].slice(0, before.index);
      const opener = ZH_OPENER.exec(head);
      const list = head.slice(opener ? opener[0].length : 0);
      // 以X为核心的示范区, 以…技术为特征的…试点: "with X at its core", not a designation (以X为试点城市 is one).
      const rest = c[0].slice(before.index + before[0].length);
      if (before[0].endsWith('为') && /以/.test(list) && /^[^试示]*的/.test(rest)) continue;
      // A bare 为 also means "for" (北京市政府为试点城市提供支持): it designates after a verb that
      // designates (确定X为), a count (X等5个城市为), or when the pilot words end the clause (X为试点城市).
      if (
        /^为/.test(before[0]) &&
        !opener &&
        !/\d+个/.test(list) &&
        !/^[^，,；;。]*?(?:试点|示范)(?:城市|地区|区域|县|区|镇|单位|项目|名单)?[”"」）)]*\s*$/.test(rest)
      )
        continue;
      // 列入/纳入 also put things into plans and groups (纳入…示范区部际协调小组统筹指导): only a list
      // or a scope of pilots counts (列入…第三批试点城市名单).
      if (
        /^(?:列入|纳入)/.test(before[0]) &&
        !/(?:试点|示范)(?:[^，,；;。]*?(?:名单|范围|城市|地区|区|县))?[”"」）)]*\s*$/.test(rest)
      )
        continue;
      for (const m of inSpan(c.index + head.length - list.length, c.index + before.index)) found.add(m);
    }
    const after = ZH_AFTER.exec(own);
    if (after) for (const m of inSpan(after.index + after[0].length, s.length)) found.add(m);
  } else {
    const before = EN_BEFORE.exec(s);
    if (before) {
      const head = s.slice(0, before.index);
      const lead = /.*\b(?:that|whereby|which|after|when)\b/i.exec(head)?.[0].length ?? 0;
      for (const m of inSpan(lead, before.index)) found.add(m);
    }
    const verbAs = EN_VERB_AS.exec(s);
    if (verbAs) {
      const from = verbAs.index + verbAs[0].indexOf(verbAs[1]!);
      for (const m of inSpan(from, from + verbAs[1]!.length)) found.add(m);
    }
    const after = EN_AFTER.exec(s);
    if (after) for (const m of inSpan(after.index + after[0].length, s.length)) found.add(m);
  }
  return mentions.filter((m) => found.has(m));
}

/** Place mentions of a paragraph, datelines, bylines and romanised document numbers left out. */
export function placeMentionsOf(text: string, lang: Lang): PlaceMention[] {
  return findPlaces(maskNotPlaces(text, lang), lang).map((m) => ({ ...m, matched: text.slice(m.start, m.end) }));
}

/** What a sentence says of its pilots when no count does: its entry type and batch. */
function entryTypeIn(text: string): EntryType {
  if (/扩大范围|expanded scope|expansion/i.test(text)) return 'expanded';
  if (/专项试点|special(?:ized)? project/i.test(text)) return 'special';
  return 'new';
}

/**
 * The designations of a document's paragraphs, with the count each belongs to. `counts` are
 * the document's stated counts with their paragraph, in document order (countsIn per paragraph);
 * a designated place goes to the nearest count after it in its sentence, else the last before
 * (X等84个…，Y等13个…), as the count's list.
 *
 * @example
 *   designationsIn([{ text: '确定保定、洛阳等2个城市为第三批试点城市。', role: 'body' }], 'zh')
 *     .map((d) => d.place.slug) // ['baoding', 'luoyang']
 */
export function designationsIn(
  paragraphs: Array<Pick<Paragraph, 'text' | 'role'>>,
  lang: Lang,
  counts: Array<StatedCount & { paragraph: number }> = [],
  /** Each paragraph's place mentions, when the caller has found them already (placeMentionsOf). */
  mentionsOf: (i: number) => PlaceMention[] = (i) => placeMentionsOf(paragraphs[i]!.text, lang),
): Designation[] {
  const found: Designation[] = [];
  let listFollows: { quote: string; program?: ProgramId; batch?: number; entryType: EntryType } | undefined;
  paragraphs.forEach((p, i) => {
    if (!DESIGNATING_ROLES.has(p.role)) {
      listFollows = undefined;
      return;
    }
    const mentions = mentionsOf(i);
    // Lines of a list announced by 名单如下： above: each place on them is designated.
    if (listFollows && isPlaceList(p.text, mentions)) {
      for (const m of mentions) found.push({ place: m.place, paragraph: i, ...listFollows, quote: p.text.trim() });
      return;
    }
    listFollows = undefined;
    const sentences = sentencesOf(p.text, lang);
    for (const sentence of sentences) {
      const quote = p.text.slice(...sentence).trim();
      const listed = listedIn(p.text, sentence, mentions, lang);
      const program = programsIn(quote)[0];
      const base = { ...(program ? { program } : {}) };
      for (const mention of listed) {
        const count = countFor(mention, sentence, i, counts);
        const c = count === undefined ? undefined : counts[count]!;
        const batch = c ? c.batch : batchIn(quote);
        found.push({
          place: mention.place,
          paragraph: i,
          quote,
          ...base,
          ...(batch ? { batch } : {}),
          entryType: c ? c.entryType : entryTypeIn(quote),
          ...(count === undefined ? {} : { count }),
        });
      }
      if (lang === 'zh' && ((ZH_LIST_FOLLOWS.test(quote) && /试点|示范/.test(quote)) || ZH_LIST_TITLE.test(quote))) {
        const batch = batchIn(quote);
        listFollows = { quote, ...base, ...(batch ? { batch } : {}), entryType: entryTypeIn(quote) };
      }
    }
  });
  return withoutHeadings(once(found));
}

/** The count a designated place belongs to: in its sentence, the nearest count after it, else the last before. */
function countFor(
  mention: PlaceMention,
  sentence: Span,
  paragraph: number,
  counts: Array<StatedCount & { paragraph: number }>,
): number | undefined {
  const same = counts
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.paragraph === paragraph && c.start >= sentence[0] && c.start < sentence[1]);
  return (same.find(({ c }) => c.start >= mention.end) ?? same.at(-1))?.k;
}

/** One designation per place, program, batch and entry type: the one in a count's list, else the first. */
function once(list: Designation[]): Designation[] {
  const byKey = new Map<string, Designation>();
  for (const d of list) {
    const key = `${d.place.slug}|${d.program ?? ''}|${d.batch ?? ''}|${d.entryType}`;
    const had = byKey.get(key);
    if (!had || (had.count === undefined && d.count !== undefined)) byKey.set(key, d);
  }
  return list.filter((d) => byKey.get(`${d.place.slug}|${d.program ?? ''}|${d.batch ?? ''}|${d.entryType}`) === d);
}

/** A province heading a list (一、河北省：唐山市、承德市) groups the places under it; it is not itself designated. */
function withoutHeadings(list: Designation[]): Designation[] {
  return list.filter(
    (d) =>
      !['province', 'autonomous-region'].includes(d.place.level) ||
      !list.some((o) => o !== d && o.paragraph === d.paragraph && isWithin(o.place, d.place)),
  );
}

/** The counts of a document's paragraphs, each with its paragraph (countsIn per paragraph, titles left out). */
export function countsOfParagraphs(
  paragraphs: Array<Pick<Paragraph, 'text' | 'role'>>,
): Array<StatedCount & { paragraph: number }> {
  return paragraphs.flatMap((p, i) =>
    p.role === 'title' ? [] : countsIn(p.text).map((c) => ({ ...c, paragraph: i })),
  );
}
