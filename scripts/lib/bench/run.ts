/**
 * Runs one Node child (ingest, astro build, pagefind…) the way the benchmark
 * measures it: wall time around the process, and its peak resident set size
 * from GNU time (`/usr/bin/time -f %M`, which covers the processes the child
 * waits for, so pagefind's native binary counts too). Output goes to a log
 * file; on failure the log's tail is thrown.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChildRun {
  seconds: number;
  /** Peak RSS in MB, or undefined where GNU time is missing. */
  peakRssMB: number | undefined;
  /** Path of the child's combined stdout/stderr. */
  log: string;
}

const GNU_TIME = '/usr/bin/time';

export async function runNode(
  name: string,
  args: string[],
  opts: { cwd: string; logDir: string; env?: Record<string, string> },
): Promise<ChildRun> {
  const log = join(opts.logDir, `${name}.log`);
  const rssFile = join(opts.logDir, `${name}.rss`);
  const fd = openSync(log, 'w');
  const withTime = existsSync(GNU_TIME);
  const [cmd, argv] = withTime
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]]
    : [process.execPath, args];
  const started = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(cmd, argv, {
      cwd: opts.cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env },
      stdio: ['ignore', fd, fd],
    });
    child.on('error', reject);
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(fd);
  if (code !== 0) {
    const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${name} failed (exit ${code}); last lines of ${log}:\n${tail}`);
  }
  const kb = withTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : NaN;
  return { seconds, peakRssMB: Number.isFinite(kb) ? kb / 1024 : undefined, log };
}

/** The log without terminal colours. */
export function readLog(run: ChildRun): string {
  // eslint-disable-next-line no-control-regex -- ESC starts a terminal colour code
  return readFileSync(run.log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
}
