import { describe, expect, it } from 'vitest';
import type { SeedFolder } from '../ingest/read.ts';
import { separateAttachments } from './seeds.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const folder = (sources: Record<string, string | Uint8Array>, sidecars: Record<string, string> = {}): SeedFolder => ({
  sources: Object.entries(sources).map(([file, body]) => ({
    file,
    bytes: typeof body === 'string' ? utf8(body) : body,
  })),
  sidecars: new Map(Object.entries(sidecars).map(([source, text]) => [source, { file: `${source}.meta.yaml`, text }])),
  translations: new Map(),
});
const LIST = '<table><tr><td>序号</td><td>城市</td></tr><tr><td>1</td><td>无锡市</td></tr></table>';

describe('separateAttachments', () => {
  it('takes an HTML list as an attachment when a notice names it in its 附件说明, or its sidecar says so', async () => {
    const named = await separateAttachments(
      folder({ 'n.txt': '通知正文。\n附件：<a href="list.html">1.试点名单</a>\n', 'list.html': LIST }),
    );
    expect(named.folder.sources.map((s) => s.file)).toEqual(['n.txt']);
    expect(named.attachments.map((a) => [a.file, a.format, a.rows.length])).toEqual([['list.html', 'html', 1]]);
    const bySidecar = await separateAttachments(
      folder({ 'n.txt': '通知正文。\n', 'list.html': LIST }, { 'list.html': 'attachmentOf: n.txt\n' }),
    );
    expect(bySidecar.attachments.map((a) => [a.file, a.sidecar?.attachmentOf])).toEqual([['list.html', 'n.txt']]);
    expect(bySidecar.folder.sidecars.size).toBe(0);
  });

  it('leaves a page another page merely links to (related articles) a notice', async () => {
    const { folder: rest, attachments } = await separateAttachments(
      folder({
        'a.html': '<p>正文</p><ul><li><a href="b.html">相关新闻</a></li></ul>',
        'b.html': '<p>另一篇通知正文</p>',
      }),
    );
    expect(rest.sources.map((s) => s.file)).toEqual(['a.html', 'b.html']);
    expect(attachments).toEqual([]);
  });

  it('refuses an unknown key in an attachment sidecar by name', async () => {
    const { folder: rest } = await separateAttachments(
      folder({ 'n.txt': '通知', 'list.html': LIST }, { 'list.html': 'attachmentOf: n.txt\nattachmentFor: x\n' }),
    );
    expect(rest.errors?.map((e) => e.message)).toEqual([
      'list.html.meta.yaml: attachment sidecar: Unrecognized key: "attachmentFor"',
    ]);
  });
});
