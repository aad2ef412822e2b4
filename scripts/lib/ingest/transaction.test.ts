import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexParts, recoverNotices, writeNotices } from './write.ts';

const folder = (files: Record<string, string>) => {
  const out = mkdtempSync(join(tmpdir(), 'ppa-write-'));
  mkdirSync(join(out, 'notices'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, 'notices', name), text);
  return out;
};
const contents = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));

describe('writeNotices', () => {
  it('replaces the folder whole: new files written, unchanged kept, stale and half-written ones gone', () => {
    const out = folder({ 'a.mdx': 'A', 'b.mdx': 'B', 'c.mdx.tmp': 'half', '.gitkeep': '' });
    const report = writeNotices(
      out,
      new Map([
        ['a.mdx', 'A'],
        ['b.mdx', 'B2'],
        ['d.mdx', 'D'],
      ]),
    );
    expect(report).toEqual({ written: ['b.mdx', 'd.mdx'], unchanged: ['a.mdx'], removed: [] });
    expect(contents(join(out, 'notices'))).toEqual({ '.gitkeep': '', 'a.mdx': 'A', 'b.mdx': 'B2', 'd.mdx': 'D' });
    expect(readdirSync(out)).toEqual(['notices']);
  });

  it('touches nothing when nothing changed: the folder is not even swapped', () => {
    const out = folder({ 'a.mdx': 'A' });
    const before = statSync(join(out, 'notices')).ino;
    expect(writeNotices(out, new Map([['a.mdx', 'A']]))).toEqual({ written: [], unchanged: ['a.mdx'], removed: [] });
    expect(statSync(join(out, 'notices')).ino).toBe(before);
    writeNotices(out, new Map([['a.mdx', 'A2']]));
    expect(statSync(join(out, 'notices')).ino).not.toBe(before);
  });
});

describe('recoverNotices', () => {
  it('puts the old folder back when a run died between its two renames, and clears the half-written new one', () => {
    const out = folder({ 'a.mdx': 'old' });
    renameSync(join(out, 'notices'), join(out, '.notices.old'));
    mkdirSync(join(out, '.notices.new'));
    writeFileSync(join(out, '.notices.new', 'a.mdx'), 'new');
    recoverNotices(out);
    expect(readdirSync(out)).toEqual(['notices']);
    expect(contents(join(out, 'notices'))).toEqual({ 'a.mdx': 'old' });
  });

  it('keeps the new folder when the run died after swapping it in, removing the retired one', () => {
    const out = folder({ 'a.mdx': 'new' });
    mkdirSync(join(out, '.notices.old'));
    writeFileSync(join(out, '.notices.old', 'a.mdx'), 'old');
    recoverNotices(out);
    expect(readdirSync(out)).toEqual(['notices']);
    expect(contents(join(out, 'notices'))).toEqual({ 'a.mdx': 'new' });
  });
});

describe('indexParts', () => {
  it('leaves a paragraph of ordinary length whole', () => {
    expect(indexParts('试点城市。'.repeat(100))).toEqual(['试点城市。'.repeat(100)]);
  });

  it('cuts after a sentence end, else white space, else at the limit, and the parts give the text back', () => {
    expect(indexParts('甲乙丙。丁戊己庚。辛', 5)).toEqual(['甲乙丙。', '丁戊己庚。', '辛']);
    expect(indexParts('one two three four', 8)).toEqual(['one two ', 'three ', 'four']);
    expect(indexParts('甲'.repeat(25), 10)).toEqual(['甲'.repeat(10), '甲'.repeat(10), '甲'.repeat(5)]);
    const long = Array.from({ length: 50_000 }, (_, i) => '试点城市，名单'[i % 7]).join('');
    const parts = indexParts(long);
    expect(parts.join('')).toBe(long);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(10_000);
  });

  it('never cuts a character outside the Basic Multilingual Plane in two', () => {
    const parts = indexParts('𠀀'.repeat(10), 5);
    expect(parts.join('')).toBe('𠀀'.repeat(10));
    for (const p of parts) expect(p).toMatch(/^(?:𠀀)+$/u);
  });
});
