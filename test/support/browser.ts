import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { staticSite, type Handler } from '../../scripts/lib/serve/static.ts';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium (installed by .ci/run); Playwright downloads no browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Serves a built dist/ on 127.0.0.1 as npm start does (scripts/lib/serve/static.ts). Pass a
 * function to switch folders while keeping the origin (a redeploy).
 */
export interface Served {
  url: string;
  close: () => Promise<void>;
  setDown: (down: boolean) => void;
}

export async function serve(dist: string | (() => string)): Promise<Served> {
  const handlers = new Map<string, Handler>();
  const handlerFor = (dir: string) => handlers.get(dir) ?? handlers.set(dir, staticSite(dir)).get(dir)!;
  let down = false;
  const server: Server = createServer((req, res) => {
    // A cut network: the connection drops before any answer.
    if (down) return req.socket.destroy();
    handlerFor(typeof dist === 'string' ? dist : dist())(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    setDown: (value) => {
      down = value;
      server.closeAllConnections();
    },
  };
}

/** Headless Chromium with the flags this machine needs (no background network, no sandbox as root). */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

export interface Watched {
  page: Page;
  /** Every URL the page requested that is not on the test server. */
  foreign: string[];
  /** Console errors and failed requests (a missing favicon counts). */
  errors: string[];
}

/** A new page that records foreign requests, console errors, page errors and 4xx/5xx responses. */
export async function watchedPage(context: BrowserContext, origin: string): Promise<Watched> {
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  return { page, foreign, errors };
}

/**
 * The built archive served and a browser launched for one test file, closed
 * after it: `const env = servedArchive();` then `env.site.url`, `env.browser`.
 */
export function servedArchive(): { readonly site: Served; readonly browser: Browser } {
  let site: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serve(inject('distDir'));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() {
      return site!;
    },
    get browser() {
      return browser!;
    },
  };
}
