/**
 * The program registry: every pilot program the archive follows, in one place. The notice schema's
 * program ids, the ingest's detection, the UI's program names and summaries, the search filter and
 * every export read it; adding a program is adding an entry here.
 */

/** A fact about a program the archive may or may not hold the document for, and who says so. */
export interface KnownBatch {
  /** The batch's number (Shuangzhi) or list year (national smart-city pilots). */
  batch: number;
  /** The document that designated it, when its number is known. */
  docNumber?: string;
  /** When it was dated or announced (ISO). */
  date?: string;
  /** How many pilots it named, by entry type, as reported. */
  counts: { new?: number; expanded?: number; special?: number };
  /** Where the fact comes from. */
  source: string;
}

export interface ProgramEntry {
  /** Lowercase slug, the program's URL segment: `/programs/<id>/`. */
  id: string;
  name: { zh: string; en: string };
  summary: { zh: string; en: string };
  /** Ids of the bodies that run it (the issuer register's ids). */
  bodies: readonly string[];
  /** How sources name it: a text matching any of these is about the program. */
  detect: readonly RegExp[];
  /** How its batches are counted: 第N批 (`number`) or 年度 lists (`year`). */
  batchesBy: 'number' | 'year';
  known: readonly KnownBatch[];
}

export const PROGRAMS = [
  {
    id: 'national-smart-city',
    name: { zh: '国家智慧城市试点', en: 'National Smart City Pilots' },
    summary: {
      zh: '住房和城乡建设部会同科技部于2012—2015年分批确定的国家智慧城市试点城市（区、县、镇）及专项试点。',
      en: 'The national smart-city pilots: cities, districts, counties and towns, and special projects, designated in batches by the Ministry of Housing and Urban-Rural Development with the Ministry of Science and Technology from 2012 to 2015.',
    },
    bodies: ['mohurd', 'most'],
    // 国家智慧城市2014年度试点; "national pilot smart cities".
    detect: [/国家智慧城市/, /智慧城市试点/, /national (?:pilot )?smart[- ]cit(?:y|ies)(?: pilot)?/i],
    batchesBy: 'year',
    known: [
      {
        batch: 2012,
        date: '2013-01-29',
        counts: { new: 90 },
        source: 'public reporting of the first list (37 prefecture-level cities, 50 districts and counties, 3 towns)',
      },
      {
        batch: 2013,
        docNumber: '建办科〔2013〕22号',
        date: '2013-08-05',
        counts: { new: 103 },
        source: 'the 2013 list as reported on its release (the archive holds a brief on it)',
      },
      {
        batch: 2014,
        date: '2015-04-07',
        counts: { new: 84, expanded: 13, special: 41 },
        source: 'the notice publishing the 2014 list (held)',
      },
    ],
  },
  {
    id: 'shuangzhi',
    name: {
      zh: '智慧城市基础设施与智能网联汽车协同发展试点（双智）',
      en: 'Smart City Infrastructure and Intelligent Connected Vehicles Pilots (Shuangzhi)',
    },
    summary: {
      zh: '住房和城乡建设部、工业和信息化部自2021年起分批确定的智慧城市基础设施与智能网联汽车协同发展（“双智”）试点城市。',
      en: 'The "Shuangzhi" pilots for the coordinated development of smart city infrastructure and intelligent connected vehicles, designated in batches from 2021 by the Ministry of Housing and Urban-Rural Development and the Ministry of Industry and Information Technology.',
    },
    bodies: ['mohurd', 'miit'],
    // The full name, its short form 双智, and the English forms translators use ("intelligent networked vehicles").
    detect: [
      /智慧城市基础设施与智能网联汽车/,
      /双智/,
      /smart city infrastructure and intelligent (?:networked|connected) vehicles/i,
      /Shuangzhi/i,
    ],
    batchesBy: 'number',
    known: [
      {
        batch: 1,
        docNumber: '建城函〔2021〕51号',
        date: '2021-05-06',
        counts: { new: 6 },
        source: 'news reports of the first batch (the launch notice was 建办城函〔2020〕594号)',
      },
      {
        batch: 2,
        docNumber: '建城函〔2021〕114号',
        date: '2021-12-01',
        counts: { new: 10 },
        source: 'the notice naming the second batch (held)',
      },
    ],
  },
] as const satisfies readonly ProgramEntry[];

export type ProgramId = (typeof PROGRAMS)[number]['id'];

/** Every program id, in registry order. */
export const PROGRAM_IDS = PROGRAMS.map((p) => p.id) as [ProgramId, ...ProgramId[]];

/** A program's registry entry. */
export function programEntry(id: ProgramId): ProgramEntry {
  return PROGRAMS.find((p) => p.id === id)!;
}
