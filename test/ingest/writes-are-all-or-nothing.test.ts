import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/lib/bench/corpus.ts';
import { root, runIngest, seedsPlus } from '../support/site.ts';

/** Every file under a folder with its bytes (dotfiles too), to compare whole outputs. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else files[p.slice(dir.length)] = readFileSync(p, 'base64');
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

const ingestArgs = (seeds: string, out: string, cache: string, ...more: string[]) => [
  join(root, 'scripts/ingest.ts'),
  '--seeds',
  seeds,
  '--out',
  out,
  '--cache-dir',
  cache,
  ...more,
];

function start(
  seeds: string,
  out: string,
  cache: string,
  ...more: string[]
): ChildProcess & { done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, ingestArgs(seeds, out, cache, ...more), {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return Object.assign(child, { done });
}

/**
 * Busy-waits until `ready()` or the child has exited; true if ready. The event
 * loop is blocked meanwhile (to kill within a millisecond), so exit is read
 * from /proc: a finished child is a zombie until it is reaped.
 */
function waitFor(ready: () => boolean, child: ChildProcess, timeoutMs = 60_000): boolean {
  const until = Date.now() + timeoutMs;
  const exited = () => {
    try {
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
    } catch {
      return true;
    }
  };
  while (Date.now() < until) {
    if (ready()) return true;
    if (exited()) return false;
  }
  return false;
}

describe('the write', () => {
  // Two versions of a 150-notice archive: "old" from the first 80% of the sources, "new" from the last 80%.
  let oldSeeds: string;
  let newSeeds: string;
  let cache: string;
  let oldOut: Record<string, string>;
  let newOut: Record<string, string>;
  let oldDir: string;

  beforeAll(() => {
    const corpus = mkdtempSync(join(tmpdir(), 'ppa-corpus-'));
    generateCorpus(corpus, 150);
    const names = readdirSync(corpus).sort();
    const sourcesOf = (keep: (i: number) => boolean) => {
      const dir = mkdtempSync(join(tmpdir(), 'ppa-seeds-'));
      // a source and its sidecars travel together
      const sources = names.filter((n) => !/\.(meta|en)\.yaml$/.test(n));
      sources.forEach((n, i) => {
        if (!keep(i)) return;
        for (const f of names.filter((m) => m === n || m.startsWith(`${n}.`))) cpSync(join(corpus, f), join(dir, f));
      });
      return dir;
    };
    const count = names.filter((n) => !/\.(meta|en)\.yaml$/.test(n)).length;
    oldSeeds = sourcesOf((i) => i < count * 0.8);
    newSeeds = sourcesOf((i) => i >= count * 0.2);
    cache = mkdtempSync(join(tmpdir(), 'ppa-cache-'));
    oldDir = mkdtempSync(join(tmpdir(), 'ppa-old-'));
    const newDir = mkdtempSync(join(tmpdir(), 'ppa-new-'));
    expect(spawnSync(process.execPath, ingestArgs(oldSeeds, oldDir, cache), { cwd: root }).status).toBe(0);
    expect(spawnSync(process.execPath, ingestArgs(newSeeds, newDir, cache), { cwd: root }).status).toBe(0);
    oldOut = snapshot(join(oldDir, 'notices'));
    newOut = snapshot(join(newDir, 'notices'));
    expect(Object.keys(oldOut).length).toBeGreaterThan(50);
    expect(oldOut).not.toEqual(newOut);
  }, 600_000);

  const freshOut = () => {
    const out = mkdtempSync(join(tmpdir(), 'ppa-out-'));
    cpSync(oldDir, out, { recursive: true });
    return out;
  };

  it('leaves the output exactly as it was when the run fails, even on a problem found after other notices are ready', () => {
    const out = mkdtempSync(join(tmpdir(), 'ppa-out-'));
    cpSync(join(root, 'content'), out, { recursive: true });
    const before = snapshot(out);
    const seeds = seedsPlus(['bad/good-notice.txt']);
    writeFileSync(join(seeds, 'good-notice.txt.meta.yaml'), `id: ${'a'.repeat(300)}\n`);

    const result = runIngest(seeds, out, '--no-cache');

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${seeds}/good-notice.txt.meta.yaml: sidecar "id": an id is part of a URL and a file name: at most 80 characters`,
      `ingest: 1 problem(s) in 1 file(s); nothing written to ${out}/`,
    ]);
    expect(snapshot(out)).toEqual(before);
  });

  it('leaves the old notices or the new ones, never a mix, when the ingest is killed (SIGKILL) while writing; a re-run needs no repair', async () => {
    let killedMidWrite = 0;
    // Kill as the new folder appears, a little later, and as the old one is moved aside.
    const moments: Array<{ wait: (out: string) => boolean; after: number }> = [
      { wait: (out) => existsSync(join(out, '.notices.new')), after: 0 },
      { wait: (out) => existsSync(join(out, '.notices.new')), after: 2 },
      { wait: (out) => existsSync(join(out, '.notices.new')), after: 8 },
      { wait: (out) => existsSync(join(out, '.notices.new')), after: 30 },
      { wait: (out) => existsSync(join(out, '.notices.old')), after: 0 },
    ];
    for (const { wait, after } of moments) {
      const out = freshOut();
      const child = start(newSeeds, out, cache);
      const ready = waitFor(() => wait(out), child);
      if (ready) {
        const until = Date.now() + after;
        while (Date.now() < until);
        child.kill('SIGKILL');
      }
      const { signal } = await child.done;
      if (signal === 'SIGKILL' && existsSync(join(out, '.notices.new'))) killedMidWrite++;

      // What is left: the old folder, the new one whole, or (killed between the two renames) the old one set aside.
      const notices = snapshot(join(out, 'notices'));
      const left = existsSync(join(out, 'notices')) ? notices : snapshot(join(out, '.notices.old'));
      expect([oldOut, newOut]).toContainEqual(left);
      if (!existsSync(join(out, 'notices'))) expect(left).toEqual(oldOut);
      if (signal === 'SIGKILL' && existsSync(join(out, '.ingest.lock')))
        expect(JSON.parse(readFileSync(join(out, '.ingest.lock'), 'utf8'))).toMatchObject({ pid: child.pid });

      // The next run takes over the dead holder's lock and finishes the job: no repair by hand.
      const rerun = await start(newSeeds, out, cache).done;
      expect(rerun.code).toBe(0);
      expect(snapshot(join(out, 'notices'))).toEqual(newOut);
      expect(readdirSync(out).sort()).toEqual(['notices']);
    }
    expect(killedMidWrite).toBeGreaterThan(0);
  }, 300_000);

  it('lets two ingests at once into one folder take turns: both succeed and the output is whole', async () => {
    const out = freshOut();
    const runs = await Promise.all([0, 1, 2].map(() => start(newSeeds, out, cache).done));

    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    // they did overlap: at least one waited for another's lock
    expect(runs.some((r) => r.stderr.includes('ingest: waiting for the ingest already writing to'))).toBe(true);
    expect(runs.map((r) => r.stderr).join('')).not.toMatch(/ENOENT|Error/);
    expect(snapshot(join(out, 'notices'))).toEqual(newOut);
    expect(readdirSync(out).sort()).toEqual(['notices']);
  });

  it('refuses, naming the holder, when another ingest still holds the folder after the wait', async () => {
    const out = freshOut();
    const holder = spawn('sleep', ['60']);
    const lock = {
      pid: holder.pid,
      host: hostname(),
      since: '2026-12-02T17:00:00.000Z',
      command: 'scripts/ingest.ts --out elsewhere',
    };
    writeFileSync(join(out, '.ingest.lock'), `${JSON.stringify(lock)}\n`);
    try {
      const run = await start(newSeeds, out, cache, '--lock-wait', '1').done;
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        `ingest: waiting for the ingest already writing to ${out}/ (pid ${holder.pid} on ${hostname()}, since 2026-12-02T17:00:00.000Z: scripts/ingest.ts --out elsewhere)`,
        `${out}/.ingest.lock: another ingest is writing here (pid ${holder.pid} on ${hostname()}, since 2026-12-02T17:00:00.000Z: scripts/ingest.ts --out elsewhere); waited 1 s. If that process is gone (another machine, a container), delete the lock file and run again.`,
      ]);
      expect(snapshot(join(out, 'notices'))).toEqual(oldOut);
    } finally {
      holder.kill('SIGKILL');
    }
    // Once the holder is gone, its lock is taken over.
    await new Promise((resolve) => holder.on('close', resolve));
    const run = await start(newSeeds, out, cache).done;
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`ingest: taking over the lock of an ingest that is gone (pid ${holder.pid} on`);
    expect(snapshot(join(out, 'notices'))).toEqual(newOut);
    rmSync(out, { recursive: true });
  });
});
