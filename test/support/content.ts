import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse } from 'yaml';
import { notice, type Notice } from '../../src/schemas/notice.ts';

export interface WrittenRow {
  id: string;
  confidence: number;
  zh?: string;
  zhRole?: string;
  zhOriginal?: string;
  en?: string;
  enRole?: string;
}

export interface WrittenNotice {
  file: string;
  data: Notice;
  mdx: string;
  /** Rows read back from the MDX body by a real MDX parser. */
  rows: WrittenRow[];
}

/** Reads every notice the ingest wrote into `<out>/notices/`, validating each against the schema. */
export function readNotices(out: string): WrittenNotice[] {
  const dir = join(out, 'notices');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const mdx = readFileSync(join(dir, file), 'utf8');
      const end = mdx.indexOf('\n---\n', 4);
      return { file, mdx, data: notice.parse(parse(mdx.slice(4, end))), rows: rowsOf(mdx.slice(end + 5)) };
    });
}

type Node = { type: string; name?: string; attributes?: Array<{ name: string; value: string }>; children?: Node[] };

function rowsOf(body: string): WrittenRow[] {
  const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as unknown as Node;
  const attr = (node: Node, name: string) => node.attributes?.find((a) => a.name === name)?.value;
  return (tree.children ?? [])
    .filter((n) => n.type === 'mdxJsxFlowElement' && n.name === 'Row')
    .map((row) => {
      const part = (name: string) => row.children?.find((c) => c.name === name);
      const [zh, original, en] = [part('Zh'), part('ZhOriginal'), part('En')];
      return {
        id: attr(row, 'id')!,
        confidence: Number(attr(row, 'confidence')),
        ...(zh ? { zh: toString(zh as never), zhRole: attr(zh, 'role')! } : {}),
        ...(original ? { zhOriginal: toString(original as never) } : {}),
        ...(en ? { en: toString(en as never), enRole: attr(en, 'role')! } : {}),
      };
    });
}
