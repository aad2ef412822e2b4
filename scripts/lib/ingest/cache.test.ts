import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, codeVersion, folderCache, throughCache } from './cache.ts';

describe('cacheKey', () => {
  it('tells apart parts that concatenate alike, and kinds', () => {
    expect(cacheKey('document', 'ab', 'c')).not.toBe(cacheKey('document', 'a', 'bc'));
    expect(cacheKey('document', 'a')).not.toBe(cacheKey('notice', 'a'));
    expect(cacheKey('document', new TextEncoder().encode('a'))).toBe(cacheKey('document', 'a'));
  });
});

describe('codeVersion', () => {
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), 'ppa-code-'));
    for (const dir of ['scripts/lib/ingest', 'scripts/lib/metadata', 'scripts/lib/places', 'src/schemas'])
      mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'scripts/lib/ingest/index.ts'), "export { a } from './decode.ts';");
    writeFileSync(join(root, 'scripts/lib/ingest/decode.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'scripts/lib/ingest/decode.test.ts'), 'test');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    return root;
  };

  it('changes with the pipeline code and the installed packages, not with its tests', () => {
    const root = project();
    const before = codeVersion(root);
    writeFileSync(join(root, 'scripts/lib/ingest/decode.test.ts'), 'another test');
    expect(codeVersion(root)).toBe(before);
    writeFileSync(join(root, 'scripts/lib/ingest/decode.ts'), 'export const a = 2;');
    const edited = codeVersion(root);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    expect(codeVersion(root)).not.toBe(edited);
  });
});

describe('folderCache', () => {
  it('gives back what was stored, through JSON, and nothing for an unknown or unreadable entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppa-cache-'));
    const cache = folderCache(dir, 'v1');
    cache.set('k', { a: [1, 'b'], gone: undefined });
    expect(cache.get('k')).toEqual({ a: [1, 'b'] });
    expect(cache.get('unknown')).toBeUndefined();
    writeFileSync(join(dir, 'v1', 'bad.json'), '{ half');
    expect(cache.get('bad')).toBeUndefined();
  });

  it('drops the entries of other code versions when it opens', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppa-cache-'));
    folderCache(dir, 'v1').set('k', 1);
    const cache = folderCache(dir, 'v2');
    expect(readdirSync(dir)).toEqual(['v2']);
    expect(cache.get('k')).toBeUndefined();
  });
});

describe('throughCache', () => {
  it('computes and stores a value once, then gives back the stored one', () => {
    const cache = folderCache(mkdtempSync(join(tmpdir(), 'ppa-cache-')), 'v1');
    let runs = 0;
    const compute = () => ({ n: ++runs });
    expect(throughCache(cache, 'k', compute)).toEqual({ value: { n: 1 }, reused: false });
    expect(throughCache(cache, 'k', compute)).toEqual({ value: { n: 1 }, reused: true });
    expect(throughCache(undefined, 'k', compute)).toEqual({ value: { n: 2 }, reused: false });
  });
});

describe('codeVersion, by imports', () => {
  it('follows what the ingest imports: a change there is a new version, a change elsewhere is not', () => {
    const root = mkdtempSync(join(tmpdir(), 'ppa-code-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('package-lock.json', '{}');
    write('scripts/lib/ingest/index.ts', "import { a } from './a.ts';\nexport const x = a;\n");
    write(
      'scripts/lib/ingest/a.ts',
      "import data from '../data/table.json' with { type: 'json' };\nexport const a = data;\n",
    );
    write('scripts/lib/data/table.json', '[1]');
    write('src/pages/unrelated.ts', 'export const y = 1;\n');
    const first = codeVersion(root);
    write('src/pages/unrelated.ts', 'export const y = 2;\n');
    expect(codeVersion(root)).toBe(first);
    write('scripts/lib/data/table.json', '[2]');
    expect(codeVersion(root)).not.toBe(first);
  });
});
