import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import type { ComposedNotice } from './compose.ts';
import { termMatcher } from './terms.ts';
import { toMdx } from './write.ts';

/** Every line of the hostile fixture: MDX, JSX, HTML and Markdown syntax that must stay text. */
const hostile = readFileSync(new URL('../../../test/fixtures/hostile/hostile-notice.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean);

const notice = (texts: string[]): ComposedNotice => ({
  data: {
    id: '2022-02-22-deadbeef',
    title: { zh: texts[0]!, en: null },
    docType: 'notice',
    docNumber: null,
    issuers: [],
    dates: {},
    programs: [],
    batch: null,
    places: [],
    counts: [],
    cites: [],
    languages: { zh: 'source', en: 'none' },
    pairing: 'single',
    rows: texts.length,
    sources: [
      {
        file: 'h.txt',
        lang: 'zh',
        role: 'original',
        form: 'plain-text',
        sha256: 'a'.repeat(64),
        bytes: 1,
        encoding: 'utf-8',
        encodingEvidence: 'strict-utf-8',
        bom: false,
        lineEndings: 'lf',
        cleaning: [],
      },
    ],
  },
  rows: texts.map((text, i) => ({ anchor: `p${i + 1}`, zh: { text, role: 'body' }, confidence: 1 })),
});

/** Parses MDX the way @mdx-js does and returns the text each <Zh> element holds, plus any ESM or expression nodes. */
function parse(mdx: string) {
  const body = mdx.slice(mdx.indexOf('---', 3) + 3);
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Root;
  const code: string[] = [];
  const zh: string[] = [];
  type Node = { type: string; name?: string | null; value?: string; children?: Node[] };
  const visit = (node: Node) => {
    if (['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'].includes(node.type)) code.push(node.value!);
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Zh') zh.push(toString(node as Root));
    if (
      node.type === 'mdxJsxTextElement' ||
      (node.type === 'mdxJsxFlowElement' && !['Row', 'Zh', 'En', 'ZhOriginal'].includes(node.name ?? ''))
    )
      code.push(`<${node.name}>`);
    node.children?.forEach(visit);
  };
  visit(tree as Node);
  return { code, zh };
}

describe('write', () => {
  it('serialises hostile source text so MDX reads back exactly the same characters and no code', () => {
    const { code, zh } = parse(toMdx(notice(hostile)));
    expect(code).toEqual([]);
    expect(zh).toEqual(hostile);
  });

  it('puts metadata in YAML front matter that reads back identical, dates staying strings', () => {
    const n = notice(hostile);
    n.data.dates = { signed: '2022-02-22' };
    const mdx = toMdx(n);
    // js-yaml is what Astro reads front matter with; it turns unquoted dates into Date objects.
    // …plus the glossary terms the body links (none without a glossary).
    expect(load(mdx.slice(4, mdx.indexOf('\n---\n', 4)))).toEqual({ ...n.data, terms: [] });
  });

  it('lists in the front matter the glossary terms the body links, sorted', () => {
    const glossary = [
      { id: 'shuangzhi', zh: '双智', en: 'Shuangzhi' },
      { id: 'icv', zh: '智能网联汽车', en: 'intelligent connected vehicles' },
      { id: 'unused', zh: '未出现', en: 'absent' },
    ].map((t) => ({ zhAlternatives: [], alternatives: [], found: [], definition: 'd', definitionZh: 'd', ...t }));
    const mdx = toMdx(notice(['双智试点：智能网联汽车', '双智']), { terms: termMatcher(glossary) });
    expect((load(mdx.slice(4, mdx.indexOf('\n---\n', 4))) as { terms: string[] }).terms).toEqual(['icv', 'shuangzhi']);
    expect(mdx.match(/<Term id="shuangzhi">/g)).toHaveLength(1);
  });

  it('refuses a notice that breaks the schema, naming its source and the field', () => {
    const bad = notice(['x']);
    bad.data.dates = { signed: '1 Dec 2021' };
    expect(() => toMdx(bad)).toThrow(
      'h.txt: notice metadata invalid at "dates.signed": a date looks like 2021-12-01 (or 2021-05, 2021)',
    );
  });
});
