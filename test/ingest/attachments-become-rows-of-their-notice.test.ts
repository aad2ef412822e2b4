import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNotices } from '../support/content.ts';
import { root, runIngest } from '../support/site.ts';

const fixtures = join(root, 'test/fixtures/attachments');
const NOTICE = 'notice-2016-list.txt';

/** A seeds folder of attachment fixtures (with their sidecars when `withSidecars`). */
function seeds(files: string[], withSidecars = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'ppa-attach-'));
  for (const f of files) {
    copyFileSync(join(fixtures, f), join(dir, f));
    if (withSidecars && readdirSync(fixtures).includes(`${f}.meta.yaml`))
      copyFileSync(join(fixtures, `${f}.meta.yaml`), join(dir, `${f}.meta.yaml`));
  }
  return dir;
}

function ingestOk(dir: string) {
  const out = mkdtempSync(join(tmpdir(), 'ppa-out-'));
  const result = runIngest(dir, out, '--no-cache');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { ...result, notices: readNotices(out) };
}

/** What a researcher takes from a list: each row's anchor, unit as listed, code, level, flag and entry type. */
const rowsOf = (a: { rows: Array<Record<string, unknown>> }) =>
  a.rows.map((r) => {
    const place = r.place as { code: string; level: string } | undefined;
    return [r.anchor, r.listed ?? r.project, place?.code ?? null, place?.level ?? null, r.flag ?? null, r.entryType];
  });

const LIST_ROWS = [
  ['r1', '石家庄市正定县', '130123', 'county', null, 'new'],
  ['r2', '唐山市', '130200', 'prefecture-city', null, 'new'],
  ['r3', '无锡市', '320200', 'prefecture-city', null, 'new'],
  ['r4', '常州市武进区', '320412', 'district', null, 'new'],
  ['r5', '宁波市云湖新城', null, null, 'not in the gazetteer: 宁波市云湖新城 (浙江省)', 'new'],
  ['r6', '朝阳区', '110105', 'district', null, 'expanded'],
  ['r7', '淄博市', '370300', 'prefecture-city', null, 'expanded'],
];

describe('attachments beside their notice', () => {
  it('are linked by the 附件说明, kept with their SHA-256, and read into rows with codes, flags and entry types', () => {
    const { notices, stdout } = ingestOk(seeds([NOTICE, 'list-1.xls', 'projects-2.docx']));
    expect(notices).toHaveLength(1);
    const n = notices[0]!.data;
    expect(n.attachments.map((a) => [a.n, a.file, a.format, a.title.zh, a.provenance.linkedBy])).toEqual([
      [1, 'list-1.xls', 'xls', '国家智慧城市2016年度试点名单', 'announcement'],
      [2, 'projects-2.docx', 'docx', '国家智慧城市2016年度专项试点名单', 'announcement'],
    ]);
    const [list, projects] = n.attachments;
    const sha = createHash('sha256')
      .update(readFileSync(join(fixtures, 'list-1.xls')))
      .digest('hex');
    expect([list!.sha256, list!.bytes]).toEqual([sha, readFileSync(join(fixtures, 'list-1.xls')).length]);
    // Each links back to the paragraph of the 附件说明 that announces it.
    const row = (anchor: string) => notices[0]!.rows.find((r) => r.id === anchor)!;
    expect(row(list!.provenance.paragraph!).zh).toContain('1.国家智慧城市2016年度试点名单');
    expect(row(projects!.provenance.paragraph!).zh).toContain('2.国家智慧城市2016年度专项试点名单');
    expect(rowsOf(list!)).toEqual(LIST_ROWS);
    expect(list!.rows[0]!.headings).toEqual([{ zh: '一、新增试点城市（5个）', en: '1. New pilots (5)' }]);
    // Special projects are projects, not places.
    expect(projects!.rows.map((r) => [r.anchor, r.builder, r.project, r.entryType, r.place ?? null])).toEqual([
      ['r1', '某某城市科技有限公司', '城市运行感知平台', 'special', null],
      ['r2', '某某数据服务股份有限公司', '社区公共服务一体化示范', 'special', null],
    ]);
    expect(stdout).toContain('list-1.xls: attachment (xls), 7 rows, 1 not in the gazetteer → 2016-05-10-');
    // The counts the notice states (5 new, 2 expanded, 2 special) are what the lists hold: no mismatch line.
    expect(stdout).not.toMatch(/the notice states/);
  });

  it('give the same rows from .xlsx, a text-layer PDF and an HTML table (tied by a sidecar) as from .xls', () => {
    for (const file of ['list-1.xlsx', 'list-1.pdf', 'list-1.html']) {
      const { notices } = ingestOk(seeds([NOTICE, file], true));
      const [a] = notices[0]!.data.attachments;
      expect([file, a!.n, a!.file]).toEqual([file, 1, file]);
      expect(rowsOf(a!)).toEqual(LIST_ROWS);
    }
  });

  it('give the same special projects from a legacy Word 97 .doc as from the .docx', () => {
    const { notices } = ingestOk(seeds([NOTICE, 'list-1.xls', 'projects-2.doc']));
    const projects = notices[0]!.data.attachments.find((a) => a.file === 'projects-2.doc')!;
    expect([projects.n, projects.format, projects.title.zh]).toEqual([2, 'doc', '国家智慧城市2016年度专项试点名单']);
    expect(projects.rows.map((r) => [r.anchor, r.builder, r.project, r.entryType, r.place ?? null])).toEqual([
      ['r1', '某某城市科技有限公司', '城市运行感知平台', 'special', null],
      ['r2', '某某数据服务股份有限公司', '社区公共服务一体化示范', 'special', null],
    ]);
  });

  it('tell an HTML list from a notice when the notice names its file, with no sidecar', () => {
    const dir = seeds(['list-1.html']);
    const text = readFileSync(join(fixtures, NOTICE), 'utf8').replace(
      '附件：1.国家智慧城市2016年度试点名单',
      '附件：1.国家智慧城市2016年度试点名单（list-1.html）',
    );
    writeFileSync(join(dir, NOTICE), text);
    const { notices, stdout } = ingestOk(dir);
    expect(notices).toHaveLength(1);
    const [a] = notices[0]!.data.attachments;
    expect([a!.n, a!.file, a!.format, a!.provenance.linkedBy]).toEqual([1, 'list-1.html', 'html', 'announcement']);
    expect(rowsOf(a!)).toEqual(LIST_ROWS);
    expect(stdout).toMatch(/^ingest: 1 sources and 1 attachments → 1 notices/m);
  });

  it('keep an unreadable scan on its notice with the reason, and report an encrypted file no notice announces', () => {
    const { notices, stdout } = ingestOk(seeds([NOTICE, 'list-1.xls', 'scan.pdf', 'encrypted.xlsx'], true));
    const scan = notices[0]!.data.attachments.find((a) => a.file === 'scan.pdf')!;
    expect([scan.n, scan.unreadable, scan.rows, scan.provenance.linkedBy, scan.title.en]).toEqual([
      3,
      'no text layer (a scanned image?)',
      [],
      'sidecar',
      'Scan of attachment 1',
    ]);
    expect(notices[0]!.data.attachments.some((a) => a.file === 'encrypted.xlsx')).toBe(false);
    expect(stdout).toContain(
      'encrypted.xlsx: attachment (xls), unreadable: encrypted (password-protected); kept, listed without rows — no notice held announces it',
    );
  });

  it('report an attachment whose notice is not held, and keep the notices as they are', () => {
    const dir = seeds([NOTICE]);
    copyFileSync(join(fixtures, 'list-1.xlsx'), join(dir, 'list-2017.xlsx'));
    writeFileSync(join(dir, 'list-2017.xlsx.meta.yaml'), 'attachmentOf: notice-2017.txt\n');
    const { notices, stdout } = ingestOk(dir);
    expect(notices[0]!.data.attachments).toEqual([]);
    expect(stdout).toContain(
      'list-2017.xlsx: attachment (xlsx), 7 rows, 1 not in the gazetteer — its notice "notice-2017.txt" is not held; kept in seeds/',
    );
    expect(stdout).toMatch(/^ingest: 1 sources and 1 attachments → 1 notices/m);
  });

  it('report a list whose rows differ from the count the notice states', () => {
    const dir = seeds(['list-1.xls']);
    const text = readFileSync(join(fixtures, NOTICE), 'utf8').replace('等5个城市', '等6个城市');
    writeFileSync(join(dir, NOTICE), text);
    const { notices, stdout } = ingestOk(dir);
    expect(stdout).toContain(`${notices[0]!.data.id}: the notice states 6 new but its attachments list 5`);
  });

  it('stop on a truncated .xlsx with one line naming it, writing nothing', () => {
    const dir = seeds([NOTICE, 'list-1.xls', 'truncated.xlsx']);
    const out = mkdtempSync(join(tmpdir(), 'ppa-out-'));
    cpSync(join(root, 'content'), out, { recursive: true });
    const before = readdirSync(join(out, 'notices'));
    const result = runIngest(dir, out, '--no-cache');
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^${dir}/truncated\\.xlsx: attachment \\(xlsx\\) cannot be read: .+; is the file whole\\?$`),
    );
    expect(lines[1]).toBe(`ingest: 1 problem(s) in 1 file(s); nothing written to ${out}/`);
    expect(readdirSync(join(out, 'notices'))).toEqual(before);
  });

  it('refuse the same attachment received twice under two names, naming the copy', () => {
    const dir = seeds([NOTICE, 'list-1.xls']);
    copyFileSync(join(fixtures, 'list-1.xls'), join(dir, 'list-1 (1).xls'));
    const result = runIngest(dir, mkdtempSync(join(tmpdir(), 'ppa-out-')), '--no-cache');
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')[0]).toMatch(
      new RegExp(
        `^${dir}/list-1\\.xls: the same bytes as "list-1 \\(1\\)\\.xls" \\(SHA-256 [0-9a-f]{16}…\\): one attachment received twice; keep one copy$`,
      ),
    );
  });

  it('are read once: a second ingest takes them from the cache and writes the same bytes', () => {
    const dir = seeds([NOTICE, 'list-1.pdf', 'projects-2.docx'], true);
    const cacheDir = mkdtempSync(join(tmpdir(), 'ppa-cache-'));
    const outs = [0, 1].map(() => {
      const out = mkdtempSync(join(tmpdir(), 'ppa-out-'));
      expect(runIngest(dir, out, '--cache-dir', cacheDir).code).toBe(0);
      return readNotices(out);
    });
    expect(outs[1]!.map((n) => n.mdx)).toEqual(outs[0]!.map((n) => n.mdx));
    expect(outs[0]![0]!.data.attachments.map((a) => a.rows.length)).toEqual([7, 2]);
    expect(
      readdirSync(readdirSync(cacheDir).map((v) => join(cacheDir, v))[0]!).filter((f) => f.startsWith('attachment-')),
    ).toHaveLength(2);
  });
});
