import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LockedError, type LockHolder } from './lock.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'ppa-lock-'));
/** A process id that is surely not running: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  await new Promise((resolve) => child.on('close', resolve));
  return child.pid!;
}

describe('acquireLock', () => {
  it('writes a lock naming this process, and removes it on release', () => {
    const d = dir();
    const release = acquireLock(d, { waitMs: 0 });
    const holder = JSON.parse(readFileSync(join(d, '.ingest.lock'), 'utf8')) as LockHolder;
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    release();
    expect(readdirSync(d)).toEqual([]);
  });

  it('takes over the lock of a process that is gone, and clears what half-taken locks left', async () => {
    const d = dir();
    const dead = await deadPid();
    const stale: LockHolder = { pid: dead, host: hostname(), since: '2026-01-01T00:00:00.000Z', command: 'ingest' };
    writeFileSync(join(d, '.ingest.lock'), JSON.stringify(stale));
    writeFileSync(join(d, `.ingest.lock.${dead}.new`), 'x');
    const seen: LockHolder[] = [];
    const release = acquireLock(d, { waitMs: 0, onStale: (h) => seen.push(h) });
    expect(seen).toEqual([stale]);
    expect(readdirSync(d)).toEqual(['.ingest.lock']);
    release();
  });

  it('waits for a live holder, then refuses naming it', () => {
    const d = dir();
    const live: LockHolder = {
      pid: process.ppid,
      host: hostname(),
      since: '2026-01-01T00:00:00.000Z',
      command: 'ingest',
    };
    writeFileSync(join(d, '.ingest.lock'), JSON.stringify(live));
    const waited: LockHolder[] = [];
    expect(() => acquireLock(d, { waitMs: 300, onWait: (h) => waited.push(h) })).toThrow(LockedError);
    expect(waited).toEqual([live]);
    expect(existsSync(join(d, '.ingest.lock'))).toBe(true);
    expect(readdirSync(d)).toEqual(['.ingest.lock']);
  });

  it('never releases a lock another process holds now', () => {
    const d = dir();
    const release = acquireLock(d, { waitMs: 0 });
    writeFileSync(join(d, '.ingest.lock'), JSON.stringify({ pid: process.ppid, host: hostname() }));
    release();
    expect(existsSync(join(d, '.ingest.lock'))).toBe(true);
  });
});
