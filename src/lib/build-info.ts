import { execFileSync } from 'node:child_process';

/**
 * What build this is, for /data/: the date it ran and the commit it was built from ("unknown"
 * outside a git checkout). Build-time only (Node), never shipped to the browser.
 */
export function buildInfo(): { date: string; commit: string } {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    // Not a git checkout (a copied folder): say so rather than guess.
  }
  return { date: new Date().toISOString().slice(0, 10), commit };
}
