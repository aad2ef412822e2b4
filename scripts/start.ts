/**
 * `npm start`: builds the archive if `dist/` is missing or older than its
 * inputs, then serves `dist/` on http://127.0.0.1:4321/ (PORT to change).
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['seeds', 'content', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json'];
const stamp = join('dist', 'index.html');

/** Newest modification time under a path (files only). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (!existsSync(stamp) || Math.max(...INPUTS.map(newest)) > statSync(stamp).mtimeMs) {
  console.log('start: building the archive (dist/ is missing or out of date)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '4321';
console.log(`start: serving dist/ at http://127.0.0.1:${port}/`);
spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', port], {
  stdio: 'inherit',
}).on('exit', (code) => process.exit(code ?? 0));
