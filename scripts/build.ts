/**
 * `npm run build`: seeds/ → content/ → dist/, each step a program of its own, in order. Stops at the
 * first step that fails, with its exit code.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { routeLogLines } from './lib/build/route-log.ts';

/** Runs a Node program; `lines` rewrites what it prints, line by line (a line may become several or none). */
function run(script: string, args: string[], lines?: (line: string) => string[]): Promise<number> {
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['inherit', lines ? 'pipe' : 'inherit', 'inherit'],
  });
  if (lines) createInterface({ input: child.stdout! }).on('line', (line) => lines(line).forEach((l) => console.log(l)));
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

const steps: Array<[string, string[], ((line: string) => string[])?]> = [
  // ingest: seeds/ → content/ (a notice an MDX file), with a summary of what became of each source
  ['scripts/ingest.ts', []],
  // astro: content/ → dist/ (its route log with one route a line)
  ['node_modules/astro/bin/astro.mjs', ['build'], routeLogLines],
  // pagefind: the search index of the notice pages
  ['node_modules/pagefind/lib/runner/bin.cjs', ['--site', 'dist']],
  // offline: the offline manifest and service worker
  ['scripts/offline.ts', []],
];
for (const [script, args, lines] of steps) {
  const code = await run(script, args, lines);
  if (code !== 0) process.exit(code);
}
