import { linkSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Who holds the output folder: written into the lock file, read by the next ingest. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder took the lock (ISO time). */
  since: string;
  /** The holder's start time in clock ticks since boot (Linux), so a reused pid is not taken for the holder. */
  processStart?: string;
  command: string;
}

/** The lock file: a dotfile in the output folder, which Astro never reads. */
export const LOCK_FILE = '.ingest.lock';

/** Another ingest holds the folder and did not finish in time. */
export class LockedError extends Error {
  readonly holder: LockHolder;
  constructor(path: string, holder: LockHolder, waitedMs: number) {
    super(
      `${path}: another ingest is writing here (${describeHolder(holder)}); waited ${Math.round(waitedMs / 1000)} s. ` +
        `If that process is gone (another machine, a container), delete the lock file and run again.`,
    );
    this.name = 'LockedError';
    this.holder = holder;
  }
}

export function describeHolder(h: LockHolder): string {
  return `pid ${h.pid} on ${h.host}, since ${h.since}: ${h.command}`;
}

/**
 * Takes the output folder's lock, waiting up to `waitMs` for a live holder to
 * finish. The lock is a file created whole in one step (written aside, then
 * hard-linked to its name, which fails if the name exists), naming its
 * holder. A crash leaves it behind, still naming the holder; the next ingest
 * on this machine sees that process is gone and takes the lock over.
 *
 * @returns a function that releases the lock (only if this process still holds it).
 * @throws LockedError naming the holder when it is still running after `waitMs`.
 */
export function acquireLock(
  dir: string,
  opts: { waitMs: number; onWait?: (holder: LockHolder) => void; onStale?: (holder: LockHolder) => void },
): () => void {
  const path = join(dir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    ...(processStart(process.pid) ? { processStart: processStart(process.pid)! } : {}),
    command: process.argv.slice(1).join(' '),
  };
  const mine = `${JSON.stringify(me)}\n`;
  const aside = `${path}.${process.pid}.new`;
  writeFileSync(aside, mine);
  const started = Date.now();
  let told = false;
  try {
    for (;;) {
      try {
        linkSync(aside, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const seen = readOrUndefined(path);
      if (seen === undefined) continue; // released between our attempt and the read
      const holder = parseHolder(seen);
      if (!holder || (holder.host === me.host && !isRunning(holder))) {
        if (holder) opts.onStale?.(holder);
        breakStale(path, seen);
        continue;
      }
      if (Date.now() - started >= opts.waitMs) throw new LockedError(path, holder, Date.now() - started);
      if (!told) opts.onWait?.(holder);
      told = true;
      sleep(100);
    }
  } finally {
    unlinkSync(aside);
  }
  removeLeftovers(dir);
  return () => {
    if (readOrUndefined(path) === mine) unlinkSync(path);
  };
}

/** Files of lock takers killed half-way (`.ingest.lock.<pid>.new|stale`): their process is gone. */
function removeLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = new RegExp(`^${LOCK_FILE.replace('.', '\\.')}\\.(\\d+)\\.(?:new|stale)$`).exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(dir, name), { force: true });
    }
  }
}

/** True while the holder's process runs (and is the same process: its start time matches). */
function isRunning(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(holder.pid);
  return !(holder.processStart && start && start !== holder.processStart);
}

/**
 * Removes a stale lock — only the one we read: it is renamed aside first and
 * checked, and put back if another ingest replaced it meanwhile.
 */
function breakStale(path: string, seen: string): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else broke it first
  }
  if (readOrUndefined(aside) !== seen) {
    try {
      linkSync(aside, path);
    } catch {
      // a third ingest took the lock meanwhile; the one we moved was live but is now shadowed
    }
  }
  unlinkSync(aside);
}

/** The process's start time (field 22 of /proc/<pid>/stat), where the system has one. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as LockHolder;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? h : undefined;
  } catch {
    return undefined;
  }
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
