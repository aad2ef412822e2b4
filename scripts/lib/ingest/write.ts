import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { parse, stringify } from 'yaml';
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
  const parts = (text: string, lang: Lang) => indexParts(text).map((part) => phrasing(part, lang));
  if (row.zh) {
    children.push(textElement('Zh', row.zh, parts(row.zh.text, 'zh')));
    // The received script stays exactly as received: no links inside it.
    if (row.zh.original !== undefined)
      children.push(
        textElement(
          'ZhOriginal',
          row.zh,
          indexParts(row.zh.original).map((part) => [{ type: 'text', value: part }]),
        ),
      );
  }
  if (row.en) children.push(textElement('En', row.en, parts(row.en.text, 'en')));
  return element('Row', [attr('id', row.anchor), attr('confidence', String(row.confidence))], children);
}

function textElement(name: string, paragraph: Paragraph, content: PhrasingContent[][]): MdxJsxFlowElement {
  return element(
    name,
    [attr('role', paragraph.role), ...(paragraph.align ? [attr('align', paragraph.align)] : [])],
    content.map((children) => ({ type: 'paragraph', children })),
  );
}

/**
 * Longest part of a paragraph in one `<p>`. Pagefind's indexing time grows
 * with the square of a block's length (a 400 KB paragraph: 23 s; 800 KB:
 * 88 s), so a longer paragraph is written as several `<p>` parts, which the
 * page's style runs together inline: the reader sees one paragraph, the
 * index sees blocks of bounded length, and the build stays linear.
 */
export const MAX_PART = 10_000;

/**
 * A paragraph's text cut into parts of at most `max` characters, preferably
 * after a sentence end (。！？；.!?;), else after white space, never inside a
 * surrogate pair. The parts joined give the text back exactly.
 *
 * @example indexParts('甲。乙。', 2) // ['甲。', '乙。']
 */
export function indexParts(text: string, max = MAX_PART): string[] {
  const parts: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    const floor = Math.floor(max / 2);
    let cut = Math.max(...['。', '！', '？', '；', '. ', '! ', '? ', '; '].map((end) => window.lastIndexOf(end) + 1));
    if (cut <= floor) cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n')) + 1;
    if (cut <= floor) cut = max;
    const last = text.charCodeAt(start + cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--;
    parts.push(text.slice(start, start + cut));
    start += cut;
  }
  parts.push(text.slice(start));
  return parts;
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

/** Beside `notices/` in the output folder while a write is under way (dotted: Astro never reads them). */
export const STAGING = '.notices.new';
export const RETIRED = '.notices.old';

/**
 * Makes `<out>/notices/` hold exactly these files, all at once (the ingest's
 * only disk write). The new folder is written beside the old one
 * (`.notices.new`: unchanged files hard-linked, changed ones written), then
 * swapped in by two renames: old → `.notices.old`, new → `notices`. A run
 * killed at any point leaves the old folder, or the new one whole; a kill
 * between the two renames leaves the old folder as `.notices.old`, which
 * `recoverNotices` (run first by every ingest, under the lock) puts back.
 * When nothing changed, nothing on disk is touched. Call it holding the
 * output folder's lock.
 */
export function writeNotices(outDir: string, files: Map<string, string>): WriteReport {
  recoverNotices(outDir);
  const dir = join(outDir, 'notices');
  const staging = join(outDir, STAGING);
  const existing = new Set(listOrEmpty(dir));
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  const names = [...files.keys()].sort();
  for (const name of names) {
    if (readOrUndefined(join(dir, name)) === files.get(name)) report.unchanged.push(name);
    else report.written.push(name);
  }
  for (const name of [...existing].sort()) if (name.endsWith('.mdx') && !files.has(name)) report.removed.push(name);
  const strays = [...existing].filter((name) => name.endsWith('.tmp'));
  if (report.written.length === 0 && report.removed.length === 0 && strays.length === 0) return report;

  mkdirSync(staging, { recursive: true });
  const unchanged = new Set(report.unchanged);
  for (const name of names) {
    const target = join(staging, name);
    if (unchanged.has(name)) linkOrCopy(join(dir, name), target);
    else writeFileSync(target, files.get(name)!);
  }
  // Anything else kept in notices/ by hand (a .gitkeep) stays; half-written files of old versions go.
  for (const name of existing)
    if (!name.endsWith('.mdx') && !name.endsWith('.tmp')) linkOrCopy(join(dir, name), join(staging, name));
  if (existsSync(dir)) renameSync(dir, join(outDir, RETIRED));
  renameSync(staging, dir);
  rmSync(join(outDir, RETIRED), { recursive: true, force: true });
  return report;
}

/**
 * Undoes what an interrupted write left: puts the old `notices/` back if the
 * run died between its two renames, and removes the half-written new folder
 * and the retired old one. Leaves a consistent folder as it is.
 */
export function recoverNotices(outDir: string): void {
  const dir = join(outDir, 'notices');
  const retired = join(outDir, RETIRED);
  if (!existsSync(dir) && existsSync(retired)) renameSync(retired, dir);
  rmSync(retired, { recursive: true, force: true });
  rmSync(join(outDir, STAGING), { recursive: true, force: true });
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function listOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The ids notices in `<out>/notices/` already have, by the file of their original: what keeps a
 * notice's id when a further witness of it arrives (see compose). A notice whose front matter cannot
 * be read gives nothing (it is rewritten from its sources).
 */
export function priorIds(outDir: string): Map<string, string> {
  const dir = join(outDir, 'notices');
  const ids = new Map<string, string>();
  for (const name of listOrEmpty(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(readOrUndefined(join(dir, name)) ?? '')?.[1];
    if (!front) continue;
    // Only the two keys needed are parsed, not the whole front matter (places, counts…): at 10,000
    // notices a full parse took 28 s of every re-ingest.
    try {
      const id = parse(/^id: .*$/m.exec(front)?.[0] ?? '') as { id?: unknown } | null;
      const at = front.search(/^sources:$/m);
      const rest = at < 0 ? '' : front.slice(at);
      // the block runs to the next top-level key
      const stop = rest.slice(1).search(/\n\S/);
      const block = parse(stop < 0 ? rest : rest.slice(0, stop + 1)) as {
        sources?: Array<{ file?: unknown; role?: unknown }>;
      } | null;
      const original = block?.sources?.find((s) => s.role === 'original')?.file;
      if (typeof id?.id === 'string' && typeof original === 'string') ids.set(original, id.id);
    } catch {
      continue;
    }
  }
  return ids;
}
