import { describe, expect, it } from 'vitest';
import { IngestErrors } from '../../scripts/lib/ingest/errors.ts';
import { ingest } from '../../scripts/lib/ingest/index.ts';
import type { SeedFolder } from '../../scripts/lib/ingest/read.ts';

const zh =
  '某市人民政府关于开展智慧城市试点工作的通知\n\n各区人民政府：\n\n2021年5月，确定6个试点城市。\n\n某市人民政府\n2021年6月1日\n';
const en =
  'Notice of the People’s Government of a City on Smart City Pilots\n\nIn May 2021, 6 pilot cities were named.\n\nJune 1, 2021\n';

/** A seeds folder in memory: sources by name, sidecar texts by the source they sit beside. */
function folder(sources: Record<string, string>, sidecars: Record<string, string> = {}): SeedFolder {
  return {
    sources: Object.entries(sources).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) })),
    sidecars: new Map(
      Object.entries(sidecars).map(([source, text]) => [source, { file: `${source}.meta.yaml`, text }]),
    ),
    translations: new Map(),
  };
}

function problems(f: SeedFolder): string[] {
  try {
    ingest(f);
  } catch (error) {
    if (error instanceof IngestErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('sidecar values', () => {
  it('refuse a date that does not exist, which would become a permanent URL', () => {
    expect(problems(folder({ 'a.txt': zh }, { 'a.txt': 'dates: { signed: 2021-13-45 }\n' }))).toEqual([
      'a.txt.meta.yaml: sidecar "dates.signed": not a real date (month 01–12, a day the month has, year 1000–2999)',
    ]);
    expect(problems(folder({ 'a.txt': zh }, { 'a.txt': 'dates: { signed: 2021-02-29 }\n' }))).toHaveLength(1);
    expect(
      problems(folder({ 'a.txt': zh }, { 'a.txt': 'dates: { signed: 2020-02-29, published: 2021-06 }\n' })),
    ).toEqual([]);
  });

  it('refuse an id that is no URL segment', () => {
    expect(problems(folder({ 'a.txt': zh }, { 'a.txt': 'id: 2021--pilot-\n' }))).toEqual([
      'a.txt.meta.yaml: sidecar "id": an id is a URL segment: lower-case letters, digits and single hyphens',
    ]);
  });

  it('refuse a translationOf cycle instead of publishing two notices', () => {
    expect(
      problems(
        folder({ 'a.txt': zh, 'b.txt': en }, { 'a.txt': 'translationOf: b.txt\n', 'b.txt': 'translationOf: a.txt\n' }),
      ),
    ).toEqual([
      'a.txt.meta.yaml: sidecar "translationOf": "b.txt" says it translates "a.txt" in turn (a cycle); only the translation\'s sidecar names its original',
      'b.txt.meta.yaml: sidecar "translationOf": "a.txt" says it translates "b.txt" in turn (a cycle); only the translation\'s sidecar names its original',
    ]);
  });

  it('refuse two translations claiming one original, saying so rather than "id taken"', () => {
    const en2 = en.replace('Notice of', 'A Notice from');
    expect(
      problems(
        folder(
          { 'a.txt': zh, 'b.txt': en, 'c.txt': en2 },
          { 'b.txt': 'translationOf: a.txt\n', 'c.txt': 'translationOf: a.txt\n' },
        ),
      ),
    ).toEqual([
      'c.txt.meta.yaml: sidecar "translationOf": "a.txt" already has a translation, "b.txt"; a notice holds one original and one translation, so keep "translationOf" in one of the two sidecars',
    ]);
  });

  it('report the same bytes under two names as one document received twice', () => {
    expect(problems(folder({ 'a.txt': zh, 'copy of a.txt': zh }))).toEqual([
      expect.stringMatching(
        /^copy of a\.txt: the same bytes as "a\.txt" \(SHA-256 [0-9a-f]{16}…\): one document received twice; keep one copy/,
      ),
    ]);
  });
});
