import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runIngest } from '../support/site.ts';

/** Every file under a folder with its bytes, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else files[p.slice(dir.length)] = readFileSync(p, 'base64');
    }
  };
  walk(dir);
  return files;
}

describe('bad sources', () => {
  it('stop the ingest with one line per bad file, all in one run, and leave the output folder exactly as it was', () => {
    const out = mkdtempSync(join(tmpdir(), 'ppa-out-'));
    cpSync(join(root, 'content'), out, { recursive: true });
    const before = snapshot(out);
    const seeds = join(root, 'test/fixtures/bad');

    const result = runIngest(seeds, out);

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${seeds}/good-notice.txt.meta.yaml: sidecar names a missing source: "nowhere.txt"`,
      `${seeds}/missing-source.txt.meta.yaml: sidecar for a missing source: no file "missing-source.txt" beside it`,
      `${seeds}/binary.png: binary file (NUL byte at offset 8); sources must be text`,
      `${seeds}/broken-front-matter.txt: front matter is not valid YAML at line 4: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${seeds}/empty.txt: empty file (0 bytes)`,
      `${seeds}/undecodable.txt: undecodable bytes: not valid UTF-8, GB18030 or Big5 (save it as UTF-8, or declare its charset)`,
      `ingest: 6 problem(s) in 6 file(s); nothing written to ${out}/`,
    ]);
    expect(snapshot(out)).toEqual(before);
  });
});
