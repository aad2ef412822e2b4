import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { root, runIngest, seedsFrom } from '../support/site.ts';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

describe('seeds/ is a closed world', () => {
  it('refuses links, pipes, sockets and folders named like sources by name, reads nothing outside it, writes nothing', async () => {
    const seeds = seedsFrom(['bad/good-notice.txt']);
    symlinkSync('/etc/passwd', join(seeds, 'passwd.txt'));
    symlinkSync('good-notice.txt', join(seeds, 'inside.txt'));
    symlinkSync('/nowhere/at/all.txt', join(seeds, 'gone.txt'));
    execFileSync('mkfifo', [join(seeds, 'pipe.txt')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(seeds, 'socket.txt'), resolve));
    closers.push(() => server.close());
    mkdirSync(join(seeds, 'folder.txt'));
    writeFileSync(join(seeds, 'folder.txt', 'inner.txt'), '某市关于试点工作的通知\n');
    // A plain folder (no extension) is not named like a source: skipped, as before.
    mkdirSync(join(seeds, 'notes'));
    const out = mkdtempSync(join(tmpdir(), 'ppa-out-'));

    const result = runIngest(seeds, out, '--no-cache');

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${seeds}/folder.txt: a folder named like a source; sources are files directly in seeds/`,
      `${seeds}/gone.txt: a symbolic link; seeds/ holds files only (nothing outside it is read): copy the file itself here`,
      `${seeds}/inside.txt: a symbolic link; seeds/ holds files only (nothing outside it is read): copy the file itself here`,
      `${seeds}/passwd.txt: a symbolic link; seeds/ holds files only (nothing outside it is read): copy the file itself here`,
      `${seeds}/pipe.txt: a named pipe (FIFO), not a file; sources are regular files`,
      `${seeds}/socket.txt: a socket, not a file; sources are regular files`,
      `ingest: 6 problem(s) in 6 file(s); nothing written to ${out}/`,
    ]);
    expect(result.stdout + result.stderr).not.toContain('root:');
    expect(readdirSync(out).filter((name) => !name.startsWith('.'))).toEqual([]);
  });

  it('names a file it may not read, and still reports the other bad files of the run', () => {
    const seeds = seedsFrom(['bad/good-notice.txt', 'bad/empty.txt']);
    writeFileSync(join(seeds, 'secret.txt'), '某市关于试点工作的通知\n');
    chmodSync(join(seeds, 'secret.txt'), 0o000);
    chmodSync(seeds, 0o755);
    const out = mkdtempSync(join(tmpdir(), 'ppa-out-'));
    chmodSync(out, 0o777);
    // root reads any file: run the ingest as "nobody" then, as an archivist's account would be.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(
      process.execPath,
      [join(root, 'scripts/ingest.ts'), '--seeds', seeds, '--out', out, '--no-cache', '--glossary', '/nonexistent'],
      { cwd: root, encoding: 'utf8', ...asNobody },
    );

    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${seeds}/secret.txt: cannot be read: permission denied (make it readable)`,
      `${seeds}/empty.txt: empty file (0 bytes)`,
      `ingest: 2 problem(s) in 2 file(s); nothing written to ${out}/`,
    ]);
  });
});
