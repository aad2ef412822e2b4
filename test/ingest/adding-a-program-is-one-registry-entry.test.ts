import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, runIngest, seedsFrom } from '../support/site.ts';

/**
 * A reviewer adds a program: one entry in src/schemas/programs.ts, nothing else. A copy of the
 * project gets the entry, ingests a notice designating the program's first batch, and builds; the
 * program must then be everywhere programs are: its pages, the notice and search filters, and the
 * three exports. The same notice in the archive as it is (no entry) is archived as an "other program".
 */
const ENTRY = `
  {
    id: 'city-health-check',
    name: { zh: '城市体检试点', en: 'City Health Check Pilots' },
    summary: {
      zh: '住房和城乡建设部分批确定的城市体检试点城市。',
      en: 'Cities named in batches by the Ministry of Housing and Urban-Rural Development to pilot city health checks.',
    },
    bodies: ['mohurd'],
    detect: [/城市体检/, /city health check/i],
    batchesBy: 'number',
    known: [],
  },
`;
const NOTICE = 'programs/city-check-notice.txt';

describe('a program added to the registry', () => {
  let dist: string;

  beforeAll(() => {
    const project = mkdtempSync(join(tmpdir(), 'ppa-program-'));
    for (const entry of readdirSync(root))
      if (!['node_modules', '.git', 'dist', '.astro', 'content', 'seeds', 'test'].includes(entry))
        cpSync(join(root, entry), join(project, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
    mkdirSync(join(project, 'content'));
    cpSync(join(root, 'content/glossary.yaml'), join(project, 'content/glossary.yaml'));
    // the one change: an entry in the registry
    const registry = join(project, 'src/schemas/programs.ts');
    const source = readFileSync(registry, 'utf8');
    expect(source).toContain('] as const satisfies readonly ProgramEntry[];');
    writeFileSync(registry, source.replace('] as const satisfies', `${ENTRY}] as const satisfies`));

    const seeds = seedsFrom([NOTICE]);
    const node = (...args: string[]) =>
      execFileSync(process.execPath, args, {
        cwd: project,
        encoding: 'utf8',
        stdio: 'pipe',
        env: {
          ...process.env,
          SITE_URL: '',
          ARCHIVE_SEEDS_DIR: seeds,
          ARCHIVE_CACHE_DIR: join(project, '.cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      });
    node('scripts/ingest.ts', '--seeds', seeds, '--out', 'content', '--no-cache');
    dist = join(project, 'dist');
    node('node_modules/astro/bin/astro.mjs', 'build', '--force');
  }, 600_000);

  const page = (path: string) => fromHtml(readFileSync(join(dist, path), 'utf8'));
  const texts = (path: string, selector: string) => selectAll(selector, page(path)).map((el) => toText(el).trim());

  it('has its pages: the program page with its batch and map, and a card on /programs/', () => {
    expect(existsSync(join(dist, 'programs/city-health-check/index.html'))).toBe(true);
    expect(texts('programs/city-health-check/index.html', 'h1').join(' ')).toContain('城市体检试点');
    expect(texts('programs/index.html', '.program-card h2').join(' ')).toContain('City Health Check Pilots');
    expect(texts('programs/city-health-check/index.html', 'main').join(' ')).toMatch(/沧州/);
  });

  it('is an option of the notice and search filters', () => {
    for (const path of ['notices/index.html', 'search/index.html']) {
      const values = selectAll('option, input[type=checkbox], input[type=radio]', page(path)).map((el) =>
        String(el.properties.value ?? ''),
      );
      expect(values, path).toContain('city-health-check');
    }
  });

  it('is in all three exports: notices, events and pilot places with their evidence', () => {
    const notices = JSON.parse(readFileSync(join(dist, 'data/notices.json'), 'utf8')) as Array<{ programs: string[] }>;
    expect(notices.filter((n) => n.programs.includes('city-health-check'))).toHaveLength(1);
    const events = JSON.parse(readFileSync(join(dist, 'data/events.json'), 'utf8')) as Array<{ program: string }>;
    expect(events.some((e) => e.program === 'city-health-check')).toBe(true);
    const csv = readFileSync(join(dist, 'data/pilot-places.csv'), 'utf8').split('\n');
    const rows = csv.filter((line) => line.startsWith('city-health-check,'));
    expect(rows.map((r) => r.split(',')[4]).sort()).toEqual(['沧州市', '淄博市', '芜湖市']);
  });
});

describe('a program the registry does not follow', () => {
  it('is still archived, and named in the ingest summary as another program', () => {
    const out = mkdtempSync(join(tmpdir(), 'ppa-program-'));
    const run = runIngest(seedsFrom([NOTICE]), out, '--no-cache');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/city-check-notice\.txt: .*other program \(not in the registry\): 城市体检试点\)/);
    expect(readdirSync(join(out, 'notices'))).toHaveLength(1);
  });
});
