/**
 * The plain text of each row of a notice's MDX body, read straight from the body the ingest
 * wrote (rows of `<Zh>`/`<En>` elements holding escaped text and `<Term>` links): for the
 * paragraph-level export and for quoting whole phrases. The ingest serialises text with
 * mdast-util-to-markdown, which escapes with backslashes and character references; both are
 * undone here. The e2e test compares the result with each row as the built page shows it.
 */

export interface RowText {
  anchor: string;
  confidence: number;
  zh: string | null;
  en: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of an MDX element's children: tags dropped, escapes and character references undone, white space of the serialiser folded. */
function plain(mdx: string): string {
  return mdx
    .replace(/(?<!\\)<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (m, dec, hex, name) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name] ?? m),
    )
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/**
 * Each row's anchor, confidence and text in either language (null where the row has none).
 *
 * @example
 *   rowTexts('<Row id="p1" confidence="1">\n  <Zh role="body">\n    <Term id="pilot">试点</Term>城市\n  </Zh>\n</Row>')
 *   // [{ anchor: 'p1', confidence: 1, zh: '试点城市', en: null }]
 */
export function rowTexts(body: string): RowText[] {
  return [...body.matchAll(/<Row id="(p\d+)" confidence="([\d.]+)">([\s\S]*?)\n<\/Row>/g)].map(
    ([, anchor, c, inner]) => {
      const zh = /<Zh\b[^>]*>([\s\S]*?)<\/Zh>/.exec(inner!)?.[1];
      const en = /<En\b[^>]*>([\s\S]*?)<\/En>/.exec(inner!)?.[1];
      return {
        anchor: anchor!,
        confidence: Number(c),
        zh: zh === undefined ? null : plain(zh),
        en: en === undefined ? null : plain(en),
      };
    },
  );
}

/**
 * A quote widened to the whole clause it stands in, so that "103 cities (districts" becomes the
 * phrase that says it. Clauses end at 。；; and at a full stop that ends a sentence (not "Aug. 5",
 * "No.594"); in Chinese text also at a comma (，or ,) — never inside brackets, where the list of
 * a count's units ("(区、县、镇)", "(districts, counties, and towns)") lives.
 *
 * @example
 *   wholePhrase('On Aug. 5, it said that 103 cities (districts, counties) were selected. More.', '103 cities (districts')
 *   // 'On Aug. 5, it said that 103 cities (districts, counties) were selected.'
 *   wholePhrase('经评审,确定北京市门头沟区等84个城市(区、县、镇)为新增试点,另有', '84个城市(区、县、镇)为新增试点')
 *   // '确定北京市门头沟区等84个城市(区、县、镇)为新增试点,'
 */
export function wholePhrase(text: string, quote: string): string {
  const at = text.indexOf(quote);
  if (at < 0) return quote;
  const chinese = /[\u4e00-\u9fff]/.test(quote);
  const ends: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('(（[〔【'.includes(c)) depth++;
    else if (')）]〕】'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if ('。；;'.includes(c) || (chinese && '，,'.includes(c))) ends.push(i);
    else if (c === '.' && /^(\s+[A-Z“"]|\s*$)/.test(text.slice(i + 1, i + 3))) ends.push(i);
  }
  const start = ends.filter((i) => i < at).at(-1) ?? -1;
  const end = ends.find((i) => i >= at + quote.length) ?? text.length - 1;
  return text.slice(start + 1, end + 1).trim();
}
