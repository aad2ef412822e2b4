/**
 * Which programs a text is about (the registry, src/schemas/programs.ts, says how sources name
 * them), and the batches and counts notices state.
 */
import { PROGRAMS, PROGRAM_IDS, type ProgramId } from '../../../src/schemas/programs.ts';

export { PROGRAM_IDS, type ProgramId };

/** Programs a text is about (by the registry's detection patterns), in registry order. */
export function programsIn(text: string): ProgramId[] {
  return PROGRAMS.filter((p) => p.detect.some((re) => re.test(text))).map((p) => p.id);
}

import type { EntryType } from '../../../src/schemas/notice.ts';
export type { EntryType };

/** A count a notice states: "等84个城市(区、县、镇)为…新增试点". */
export interface StatedCount {
  value: number;
  /** What is counted, as the text says it: `个城市(区、县、镇)`, `cities (districts, counties, and towns)`. */
  unit: string;
  entryType: EntryType;
  batch?: number;
  start: number;
}

const ORDINAL_ZH: Record<string, number> = {
  首: 1,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const ORDINAL_EN: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/** `第二批`, `首批`, `second batch` → 2 / 1 / 2. */
export function batchIn(text: string): number | undefined {
  const zh = /(?:第([一二三四五六七八九十\d]+)|(首))批/.exec(text);
  if (zh) return ORDINAL_ZH[zh[2] ?? zh[1]!] ?? (Number(zh[1]) || undefined);
  const en = /\b(first|second|third|fourth|fifth|sixth)\s+batch\b/i.exec(text);
  return en ? ORDINAL_EN[en[1]!.toLowerCase()] : undefined;
}

function entryTypeIn(clause: string): EntryType {
  if (/扩大范围|expanded scope|expansion/i.test(clause)) return 'expanded';
  if (/专项试点|special(?:ized)? project/i.test(clause)) return 'special';
  return 'new';
}

const ZH_COUNT = /(\d+)\s*个(城市|项目)((?:\([^)]{1,12}\)|（[^）]{1,12}）)?)/g;
const EN_COUNT = /\b(\d+)\s+(cities|projects|pilot cities)((?:\s*\([^)]{1,60}\))?)/gi;

/**
 * Counts of pilots a text states, each with the entry type and batch its
 * clause names. Only counts whose clause speaks of pilots (试点 / pilot) count.
 *
 * @example
 *   countsIn('沧州、芜湖、淄博等10个城市为…第二批试点城市')
 *   // [{ value: 10, unit: '个城市', entryType: 'new', batch: 2, … }]
 */
export function countsIn(text: string): StatedCount[] {
  const found: StatedCount[] = [];
  for (const [re, lang] of [
    [ZH_COUNT, 'zh'],
    [EN_COUNT, 'en'],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + (lang === 'zh' ? 40 : 160));
      const clause = (lang === 'zh' ? after.split(/[，,；;。]/)[0]! : after.split(/[.;]/)[0]!) ?? '';
      if (!/试点|pilot/i.test(clause)) continue;
      const batch = batchIn(clause);
      const unit = lang === 'zh' ? `个${m[2]}${m[3] ?? ''}` : `${m[2]}${m[3] ?? ''}`.trim();
      found.push({
        value: Number(m[1]),
        unit,
        entryType: entryTypeIn(clause),
        ...(batch ? { batch } : {}),
        start: m.index!,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words before a program's name in a title: the act (开展, 公布…), a batch or year, an article. */
/** The act a title names before a program (开展…试点, 公布…试点城市, X入选…试点): the name follows it. */
const ACT = /关于|开展|公布|确定|印发|入选|列入|纳入|获批|成为|启动/;
/** A batch or year beside a program's name: 第二批, 首批, 2024年度. */
const BATCH = '第[一二三四五六七八九十\\d]+批|首批|\\d{4}年度?|年度|新一批';
/** Words before a program's name once the act is taken off: more acts, a batch or year, an article. */
const LEAD = new RegExp(
  `^(?:做好|推进|组织|申报|实施|加快|深化|推广|进一步|国家级?|全国|有关|的|和|及|与|等|${BATCH})+`,
);
const TRAIL = new RegExp(`(?:${BATCH})$`);

/**
 * Pilot programs a title names that the registry does not follow: `关于开展"无废城市"建设试点工作的
 * 通知` → `无废城市建设试点`. The name is the run of Han characters before 试点 (quotes dropped),
 * after its last act and without the batch or year around it; one the registry detects is not "other".
 */
export function otherProgramsIn(title: string): string[] {
  const names = new Set<string>();
  for (const [, run] of title.replace(/[“”"「」『』‘’]/g, '').matchAll(/([\u3400-\u9fff]+?)试点/g)) {
    const name = run!.split(ACT).at(-1)!.replace(LEAD, '').replace(TRAIL, '');
    const full = `${name}试点`;
    if (name.length < 2 || PROGRAMS.some((p) => p.detect.some((re) => re.test(full)))) continue;
    names.add(full);
  }
  return [...names];
}
