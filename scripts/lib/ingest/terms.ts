import type { GlossaryTerm } from '../../../src/schemas/glossary.ts';
import type { Lang } from './types.ts';

/** A piece of a paragraph: plain text, or a glossary term as printed with the id of its entry. */
export type Piece = { text: string; term?: string };

export interface TermMatcher {
  /** Splits a paragraph into pieces, linking each term not yet linked in this notice. */
  split: (text: string, lang: Lang, linked: Set<string>) => Piece[];
}

/**
 * Builds a matcher over the glossary: Chinese forms matched as substrings,
 * English forms as whole words (any case), longest form first.
 *
 * @example
 *   matcher([{ id: 'shuangzhi', zh: '双智', en: 'Shuangzhi', … }]).split('双智试点', 'zh', new Set())
 *   // [{ text: '双智', term: 'shuangzhi' }, { text: '试点' }]
 */
export function termMatcher(terms: GlossaryTerm[]): TermMatcher {
  const forms = (lang: Lang) =>
    terms
      .flatMap((t) =>
        (lang === 'zh' ? [t.zh, ...t.zhAlternatives] : [t.en.replace(/\s*\(.*\)$/, ''), ...t.alternatives]).map(
          (form) => ({ form, id: t.id }),
        ),
      )
      .filter(({ form }) => form.length >= (lang === 'zh' ? 2 : 4))
      .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = {
    zh: forms('zh'),
    en: forms('en'),
  };
  const regex = {
    zh: patterns.zh.length ? new RegExp(patterns.zh.map((f) => escape(f.form)).join('|'), 'g') : null,
    en: patterns.en.length ? new RegExp(`\\b(?:${patterns.en.map((f) => escape(f.form)).join('|')})\\b`, 'gi') : null,
  };
  // Form (any case) → term id; the longest form was sorted first, and the first entry for a form wins.
  const ids = {
    zh: new Map([...patterns.zh].reverse().map((f) => [f.form.toLowerCase(), f.id])),
    en: new Map([...patterns.en].reverse().map((f) => [f.form.toLowerCase(), f.id])),
  };
  return {
    split(text, lang, linked) {
      const re = regex[lang];
      if (!re) return [{ text }];
      const pieces: Piece[] = [];
      let last = 0;
      for (const m of text.matchAll(re)) {
        const id = ids[lang].get(m[0].toLowerCase())!;
        if (linked.has(id)) continue;
        linked.add(id);
        if (m.index! > last) pieces.push({ text: text.slice(last, m.index) });
        pieces.push({ text: m[0], term: id });
        last = m.index! + m[0].length;
      }
      if (last < text.length) pieces.push({ text: text.slice(last) });
      return pieces;
    },
  };
}
