import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { notice } from '../../../src/schemas/notice.ts';
import type { ComposedNotice, RowContent } from './compose.ts';
import { SourceError } from './errors.ts';
import type { TermMatcher } from './terms.ts';
import type { Lang, Paragraph } from './types.ts';

/**
 * Serialises a notice to MDX. Source text never becomes code: the body is an
 * mdast tree of JSX elements holding *text nodes*, and the MDX serializer
 * escapes whatever MDX would read as syntax (`{`, `<`, `*`, `#`, leading
 * `import`…). Metadata goes in YAML front matter, validated first.
 *
 * @throws SourceError naming the notice's source files when the data breaks the schema.
 */
export function toMdx(composed: ComposedNotice, opts: { terms?: TermMatcher } = {}): string {
  // The first occurrence of each glossary term in each language links to its entry.
  const linked = { zh: new Set<string>(), en: new Set<string>() };
  const body: Root = {
    type: 'root',
    children: composed.rows.map((row) =>
      rowElement(row, (text, lang) => phrasing(text, lang, opts.terms, linked[lang])),
    ),
  };
  const data = { ...composed.data, terms: [...new Set([...linked.zh, ...linked.en])].sort() };
  const result = notice.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const files = data.sources.map((s) => s.file).join(' + ');
    throw new SourceError(files, `notice metadata invalid at "${issue.path.join('.')}": ${issue.message}`);
  }
  // Every string double-quoted: Astro's YAML reader would turn an unquoted 2021-12-01 into a Date.
  const frontMatter = stringify(data, {
    lineWidth: 0,
    aliasDuplicateObjects: false,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
  });
  return `---\n${frontMatter}---\n\n${toMarkdown(body, { extensions: [mdxToMarkdown()] })}`;
}

type Phrasing = (text: string, lang: Lang) => PhrasingContent[];

/** `<Row id="p3" confidence="0.92">` holding a `<Zh>` (and `<ZhOriginal>`) and/or an `<En>`. */
function rowElement(row: RowContent, phrasing: Phrasing): RootContent {
  const children: MdxJsxFlowElement[] = [];
  if (row.zh) {
    children.push(textElement('Zh', row.zh, phrasing(row.zh.text, 'zh')));
    // The received script stays exactly as received: no links inside it.
    if (row.zh.original !== undefined)
      children.push(textElement('ZhOriginal', row.zh, [{ type: 'text', value: row.zh.original }]));
  }
  if (row.en) children.push(textElement('En', row.en, phrasing(row.en.text, 'en')));
  return element('Row', [attr('id', row.anchor), attr('confidence', String(row.confidence))], children);
}

function textElement(name: string, paragraph: Paragraph, content: PhrasingContent[]): MdxJsxFlowElement {
  return element(
    name,
    [attr('role', paragraph.role), ...(paragraph.align ? [attr('align', paragraph.align)] : [])],
    [{ type: 'paragraph', children: content }],
  );
}

/** Text nodes, with glossary terms as `<Term id="…">` elements around their text. */
function phrasing(text: string, lang: Lang, terms: TermMatcher | undefined, linked: Set<string>): PhrasingContent[] {
  if (!terms) return [{ type: 'text', value: text }];
  return terms.split(text, lang, linked).map((piece): PhrasingContent =>
    piece.term
      ? ({
          type: 'mdxJsxTextElement',
          name: 'Term',
          attributes: [attr('id', piece.term)],
          children: [{ type: 'text', value: piece.text }],
        } as PhrasingContent)
      : { type: 'text', value: piece.text },
  );
}

function element(
  name: string,
  attributes: MdxJsxAttribute[],
  children: MdxJsxFlowElement['children'],
): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Makes `<out>/notices/` hold exactly these files (the ingest's only disk
 * write). Unchanged files are not touched; each changed file is written to a
 * temporary name and renamed, so a reader never sees half a file; files of
 * notices that no longer exist are removed.
 */
export function writeNotices(outDir: string, files: Map<string, string>): WriteReport {
  const dir = join(outDir, 'notices');
  mkdirSync(dir, { recursive: true });
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  for (const [name, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(dir, name);
    if (readOrUndefined(path) === text) {
      report.unchanged.push(name);
      continue;
    }
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
    report.written.push(name);
  }
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.mdx') && !files.has(name)) {
      rmSync(join(dir, name));
      report.removed.push(name);
    }
  }
  return report;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
