/**
 * The archive's public address. A publication build takes it from the SITE_URL environment
 * variable (README, "Publishing"); a build without it is a local build, whose pages cite the
 * origin they are served from (the page script completes each site-relative URL with
 * `location.origin`) and whose data files carry site-relative paths only. Read by
 * astro.config.mjs, so a bad address stops the build before anything is written.
 */

/**
 * Hosts that can never be the archive's address: the names RFC 2606 and RFC 6761 reserve for
 * examples, tests and invalid names, and loopback names (a build for 127.0.0.1 is a local
 * build: leave SITE_URL unset).
 */
const PLACEHOLDER_HOSTS = [
  /(^|\.)example$/,
  /(^|\.)example\.(com|net|org)$/,
  /(^|\.)invalid$/,
  /(^|\.)test$/,
  /(^|\.)localhost$/,
  /^localhost$/,
  /^127(\.\d+){3}$/,
  /^0\.0\.0\.0$/,
  /^\[::1?\]$/,
];

/**
 * The publication address from the environment, or undefined for a local build. Throws, with
 * what to fix, for an address that is not an absolute http(s) URL of a real host.
 *
 * @example
 *   publicationSite({ SITE_URL: 'https://archive.example.org/' }) // throws: a placeholder
 *   publicationSite({ SITE_URL: 'https://ppa.uni-x.edu' }) // 'https://ppa.uni-x.edu/'
 *   publicationSite({}) // undefined (a local build)
 */
export function publicationSite(env: Record<string, string | undefined>): string | undefined {
  const value = env.SITE_URL?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL=${value}: not an absolute URL; write it as https://your.host/ (or leave SITE_URL unset for a local build)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL=${value}: use an http(s) address, e.g. https://your.host/`);
  if (PLACEHOLDER_HOSTS.some((re) => re.test(url.hostname)))
    throw new Error(
      `SITE_URL=${value}: ${url.hostname} is a placeholder or loopback host, which no reader can reach; set the address the archive is published at, or leave SITE_URL unset for a local build (pages then cite the origin they are served from)`,
    );
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `SITE_URL=${value}: give the origin only (https://your.host/); the archive is served from its root`,
    );
  return url.href;
}

/**
 * The absolute URL of a site path in a publication build; null in a local build, where only the
 * path is known when the files are written.
 *
 * @example
 *   absoluteUrl('https://ppa.uni-x.edu/', '/notices/x/#p5') // 'https://ppa.uni-x.edu/notices/x/#p5'
 *   absoluteUrl(undefined, '/notices/x/') // null
 */
export function absoluteUrl(site: URL | string | undefined, path: string): string | null {
  return site ? new URL(path, site).href : null;
}
