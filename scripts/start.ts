/**
 * `npm start`: builds the archive if `dist/` is missing or older than its inputs, then serves it on
 * http://127.0.0.1:4321/ (PORT to change).
 *
 * `node scripts/start.ts --dist DIR` serves a folder built elsewhere (a copy on a laptop, a test's
 * build) and builds nothing.
 */
import { spawnSync } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listen, listenError, staticSite } from './lib/serve/static.ts';

const INPUTS = ['seeds', 'content', 'src', 'public', 'scripts', 'astro.config.mjs', 'package.json'];
const HOST = '127.0.0.1';

/** Newest modification time under a path (files only). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const port = Number(process.env.PORT ?? '4321');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`start: PORT=${process.env.PORT} is not a port number (0–65535)`);
  process.exit(2);
}

// The port first: a port in use is said at once, before a build that could rewrite the dist/ another
// server is serving. Until the archive is ready, requests are answered "503 building".
let handler = (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' });
  res.end('The archive is being built; try again in a moment.');
};
let listening: { port: number };
try {
  listening = await listen((req, res) => handler(req, res), HOST, port);
} catch (error) {
  console.error(`start: ${listenError(error as NodeJS.ErrnoException, HOST, port)}`);
  process.exit(1);
}

let dist = resolve('dist');
if (values.dist) {
  dist = resolve(values.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`start: ${values.dist} holds no built archive (no index.html)`);
    process.exit(2);
  }
} else {
  const stamp = join(dist, 'index.html');
  if (!existsSync(stamp) || Math.max(...INPUTS.map(newest)) > statSync(stamp).mtimeMs) {
    console.log('start: building the archive (dist/ is missing or out of date)…');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}
handler = staticSite(dist);
console.log(`start: serving ${values.dist ?? 'dist/'} at http://${HOST}:${listening.port}/ (Ctrl-C to stop)`);
