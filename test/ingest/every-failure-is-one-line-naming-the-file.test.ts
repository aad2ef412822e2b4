import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runIngest, seedsFrom } from '../support/site.ts';

/** Nine levels of nine aliases each: a few hundred bytes that expand to 9^7 strings. */
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...['b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => {
    const prev = 'abcdefg'[i];
    return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`;
  }),
].join('\n');

const notice =
  '某市人民政府关于开展智慧城市试点工作的通知\n\n各区人民政府：\n\n请认真做好试点工作。\n\n某市人民政府\n2020年1月1日\n';

describe('every failure', () => {
  it('is one line naming the file and the line, never a stack trace, and every bad file is reported in one run', () => {
    const seeds = seedsFrom(['bad/good-notice.txt']);
    const deep = 10_000;
    writeFileSync(
      join(seeds, 'deep.html'),
      `<html><body>\n${'<div>'.repeat(deep)}<p>某市试点</p>${'</div>'.repeat(deep)}\n</body></html>\n`,
    );
    writeFileSync(
      join(seeds, 'bomb-front-matter.txt'),
      `---\ntitle: 通知\n${aliasBomb}\n---\n<p>某市关于试点的通知</p>\n`,
    );
    writeFileSync(join(seeds, 'bomb-sidecar.txt'), notice.replace('某市', '乙市'));
    writeFileSync(join(seeds, 'bomb-sidecar.txt.meta.yaml'), `note: where it came from\n${aliasBomb}\n`);
    writeFileSync(join(seeds, 'nested.txt'), notice.replace('某市', '丙市'));
    writeFileSync(join(seeds, 'nested.txt.meta.yaml'), `note: ok\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    // A date at the very edge of JavaScript's range (+8 hours for Beijing falls off it): read as no date.
    writeFileSync(
      join(seeds, 'far-future.txt'),
      `---\ntitle: 通知\ndate: Sat, 13 Sep 275760 00:00:00 GMT\n---\n<p>丁市人民政府关于开展试点工作的通知</p><p>请认真做好试点工作。</p>\n`,
    );
    const glossary = join(mkdtempSync(join(tmpdir(), 'ppa-glossary-')), 'glossary.yaml');
    writeFileSync(glossary, '- id: pilot\n  zh: 试点\n  en: [pilot\n');
    const out = mkdtempSync(join(tmpdir(), 'ppa-out-'));
    cpSync(join(root, 'content/notices'), join(out, 'notices'), { recursive: true });
    const before = readdirSync(join(out, 'notices'));

    const result = runIngest(seeds, out, '--no-cache', '--glossary', glossary);

    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${glossary}: glossary is not valid YAML at line 4: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${seeds}/bomb-sidecar.txt.meta.yaml: sidecar expands YAML aliases beyond the limit (50) from line 3: an alias bomb? Write the values out instead`,
      `${seeds}/nested.txt.meta.yaml: sidecar is nested too deeply at line 2 (over 64 levels)`,
      `${seeds}/bomb-front-matter.txt: front matter expands YAML aliases beyond the limit (50) from line 4: an alias bomb? Write the values out instead`,
      `${seeds}/deep.html: HTML nested too deeply: 10000 elements open at once at line 2 (the limit is 400)`,
      `ingest: 5 problem(s) in 5 file(s); nothing written to ${out}/`,
    ]);
    expect(readdirSync(join(out, 'notices'))).toEqual(before);
  });
});
