/**
 * What the benchmark prints: a line per figure as it is measured, then the
 * README table row, and last a single JSON line with every figure.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { CHROMIUM } from '../../../test/support/browser.ts';
import { round } from './weight.ts';

export function step(title: string): void {
  console.log(`\n▸ ${title}`);
}

export function figure(label: string, value: string | number | undefined, note = ''): void {
  const shown = value === undefined ? 'n/a' : typeof value === 'number' ? String(round(value, 2)) : value;
  console.log(`  ${label.padEnd(28)} ${shown}${note ? `  ${note}` : ''}`);
}

export interface Machine {
  date: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
}

export function machine(): Machine {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .replace(/ built on.*$/, '');
  } catch {
    // reported as unknown
  }
  return {
    date: new Date().toISOString().slice(0, 10),
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  };
}

/** The row for README.md's Performance table. */
export function tableRow(r: Record<string, unknown>): string {
  const v = (k: string) => (r[k] === undefined || r[k] === null ? 'n/a' : String(r[k]));
  return `| ${Number(r.notices).toLocaleString('en')} | ${v('ingestSeconds')} | ${v('buildSeconds')} | ${v('bareBuildSeconds')} | ${v('buildToBare')} | ${v('peakRssMB')} | ${v('noticePageKB')} | ${v('searchFirstQueryKB')} | ${v('searchFirstResultMs')} |`;
}

/** Rounds every number in a flat record (seconds and sizes to 0.1, ratios to 0.01, ms to whole). */
export function tidy(r: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(r).map(([k, v]) => [
      k,
      typeof v === 'number'
        ? round(v, /Ms$|notices|pages|files|Requests$|Results$/.test(k) ? 0 : /ToBare$/.test(k) ? 2 : 1)
        : v,
    ]),
  );
}

/**
 * Samples the 1-minute load average every 2 s while the bench runs: on a
 * shared 2-core machine, other work (a test suite, a second build) slows
 * every figure, and the report should say so.
 */
export function loadSampler(): { stop: () => { loadAtStart: number; loadMax: number } } {
  const start = loadavg()[0]!;
  let max = start;
  const timer = setInterval(() => (max = Math.max(max, loadavg()[0]!)), 2000);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return { loadAtStart: round(start, 2), loadMax: round(max, 2) };
    },
  };
}
