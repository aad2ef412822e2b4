/**
 * The issuing bodies named in pilot-program notices, with the standard
 * English names and abbreviations they use for themselves (ministry websites'
 * English pages). Aliases are the forms found in sources: full, short (住建部),
 * with the state prefix (中华人民共和国…), and English.
 */
export interface Agency {
  id: string;
  zh: string;
  en: string;
  abbr?: string;
  /** Forms seen in sources; matched longest first. */
  aliases: string[];
}

export const AGENCIES: Agency[] = [
  {
    id: 'mohurd-general-office',
    zh: '住房和城乡建设部办公厅',
    en: 'General Office of the Ministry of Housing and Urban-Rural Development',
    aliases: [
      '中华人民共和国住房和城乡建设部办公厅',
      '住房和城乡建设部办公厅',
      '住房城乡建设部办公厅',
      'General Office of the Ministry of Housing and Urban-Rural Development',
    ],
  },
  {
    id: 'mohurd',
    zh: '住房和城乡建设部',
    en: 'Ministry of Housing and Urban-Rural Development',
    abbr: 'MOHURD',
    aliases: [
      '中华人民共和国住房和城乡建设部',
      '住房和城乡建设部',
      '住房城乡建设部',
      '住建部',
      'Ministry of Housing and Urban-Rural Development',
      'MOHURD',
    ],
  },
  {
    id: 'miit-general-office',
    zh: '工业和信息化部办公厅',
    en: 'General Office of the Ministry of Industry and Information Technology',
    aliases: ['工业和信息化部办公厅', 'General Office of the Ministry of Industry and Information Technology'],
  },
  {
    id: 'miit',
    zh: '工业和信息化部',
    en: 'Ministry of Industry and Information Technology',
    abbr: 'MIIT',
    aliases: [
      '中华人民共和国工业和信息化部',
      '工业和信息化部',
      '工信部',
      'Ministry of Industry and Information Technology',
      'MIIT',
    ],
  },
  {
    id: 'most-general-office',
    zh: '科学技术部办公厅',
    en: 'General Office of the Ministry of Science and Technology',
    aliases: [
      '中华人民共和国科学技术部办公厅',
      '科学技术部办公厅',
      '科技部办公厅',
      'General Office of the Ministry of Science and Technology',
    ],
  },
  {
    id: 'most',
    zh: '科学技术部',
    en: 'Ministry of Science and Technology',
    abbr: 'MOST',
    aliases: ['中华人民共和国科学技术部', '科学技术部', '科技部', 'Ministry of Science and Technology', 'MOST'],
  },
  {
    id: 'ndrc',
    zh: '国家发展和改革委员会',
    en: 'National Development and Reform Commission',
    abbr: 'NDRC',
    aliases: [
      '国家发展和改革委员会',
      '国家发展改革委',
      '发展改革委',
      'National Development and Reform Commission',
      'NDRC',
    ],
  },
  {
    id: 'sac',
    zh: '国家标准化管理委员会',
    en: 'Standardization Administration of China',
    abbr: 'SAC',
    aliases: ['国家标准化管理委员会', '国家标准委', 'Standardization Administration of China'],
  },
];

/** Every alias, longest first, so 住房和城乡建设部办公厅 wins over 住房和城乡建设部. */
const ALIASES = AGENCIES.flatMap((agency) => agency.aliases.map((alias) => ({ alias, agency }))).sort(
  (a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias),
);

/**
 * Bodies named in a text, in order of first mention, each once. Overlapping
 * mentions resolve to the longest alias; an English abbreviation must stand
 * as a whole word.
 *
 * @example
 *   agenciesIn('住房和城乡建设部、工业和信息化部组织').map((a) => a.abbr) // ['MOHURD', 'MIIT']
 */
export function agenciesIn(text: string): Agency[] {
  const taken: boolean[] = [];
  const hits: Array<{ at: number; agency: Agency }> = [];
  for (const { alias, agency } of ALIASES) {
    let at = text.indexOf(alias);
    while (at !== -1) {
      const end = at + alias.length;
      const whole = !/^[A-Z]+$/.test(alias) || (!/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[end] ?? ''));
      if (whole && !taken.slice(at, end).some(Boolean)) {
        for (let i = at; i < end; i++) taken[i] = true;
        hits.push({ at, agency });
      }
      at = text.indexOf(alias, end);
    }
  }
  const seen = new Set<string>();
  return hits
    .sort((a, b) => a.at - b.at)
    .filter(({ agency }) => !seen.has(agency.id) && seen.add(agency.id))
    .map(({ agency }) => agency);
}
