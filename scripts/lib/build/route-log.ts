/**
 * Astro's route log, made readable. With `build.concurrency` above 1 Astro prints each route's path when
 * its render starts and the render time when it ends, with no line break between, so the lines of
 * pages rendered at once run together ("├─ /about/index.html├─ /data/…") and the times land on the
 * wrong lines. This puts every route on a line of its own, keeps a time only where it follows its own
 * path, and says what the batch routes are (rendered 200 pages to a route and split into those pages
 * after the build: src/integrations/page-batches.ts), so no reader hunts dist/ for them.
 */

/** A route as Astro starts its line: an optional time stamp, then the tree mark and the path. */
const ROUTE = /(\d\d:\d\d:\d\d\s+)?├─ (.*?)(?=(?:\d\d:\d\d:\d\d\s+)?├─ |$)/gu;
/** A render time: "(+238ms)", "(+1.2s)". */
const TIME = /\s*\(\+[\d.]+m?s\)\s*$/u;

/** The lines one line of Astro's log becomes: a line per route, none for a stray time, else the line. */
export function routeLogLines(line: string): string[] {
  if (!line.includes('├─ ')) return TIME.test(line) && !line.replace(TIME, '').trim() ? [] : [line];
  const routes = [...line.matchAll(ROUTE)];
  return routes.map(([, stamp = '', route = ''], i) => {
    // A time right after a route belongs to it only when it is the last on the line.
    const path = i < routes.length - 1 ? route.replace(TIME, '') : route.trimEnd();
    const batch = /\/build-batches\//u.test(path) ? '  (a batch: split into its pages after the build)' : '';
    return `${stamp.trimEnd()}   ├─ ${path}${batch}`.trimStart();
  });
}

/** A whole log, one route a line. */
export function readableRouteLog(text: string): string {
  return text.split('\n').flatMap(routeLogLines).join('\n');
}
