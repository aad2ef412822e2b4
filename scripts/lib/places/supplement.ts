/**
 * Units that pilot lists name but that have no GB/T 2260 (or NBS) code of
 * their own. Each row names the list it comes from and the coded unit it is
 * administered within, which gives it its province and prefecture.
 */
import type { PlaceLevel } from './types.ts';

export interface SupplementUnit {
  /** Slug, chosen by hand: the usual English abbreviation after the city. */
  slug: string;
  zh: string;
  en: string;
  level: PlaceLevel;
  /** Other names sources use for the unit, matched like the full name. */
  zhAliases: string[];
  enAliases: string[];
  /** Code of the coded unit it lies within (its province and prefecture come from there). */
  administeredWithin: string;
  /** Why the row exists: the list that names the unit. */
  source: { title: string; docNumber?: string; date: string; url?: string };
  /** Year of that source. */
  vintage: string;
}

export const SUPPLEMENT: SupplementUnit[] = [
  {
    slug: 'beijing-etdz',
    zh: '北京经济技术开发区',
    en: 'Beijing Economic and Technological Development Zone',
    level: 'development-zone',
    zhAliases: ['北京经开区'],
    enAliases: [
      'Beijing Economic-Technological Development Area',
      'Beijing Economic and Technological Development Area',
    ],
    // Yizhuang (亦庄); the zone also reaches into 通州区, but is listed under 大兴区.
    administeredWithin: '110115',
    // "确定北京经济技术开发区等103个城市(区、县、镇)为2013年度国家智慧城市试点";
    // the list was made public on 5 August 2013 (gov.cn report, url).
    source: {
      title: '住房城乡建设部办公厅关于公布2013年度国家智慧城市试点名单的通知',
      docNumber: '建办科〔2013〕22号',
      date: '2013-08-05',
      url: 'http://www.gov.cn/gzdt/2013-08/08/content_2463169.htm',
    },
    vintage: '2013',
  },
];
