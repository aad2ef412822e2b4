import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, serve, servedArchive, watchedPage, type Served } from '../support/browser.ts';
import { buildSiteFrom, root } from '../support/site.ts';

const PAIRED = '/notices/2021-12-01-b8128631/';

/** Every text file of a built site, by path. */
function textFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : textFiles(path, base);
    return /\.(html|json|csv|xml|txt|js)$/.test(name) ? [path.slice(base.length)] : [];
  });
}

/** What "Cite this" gives (plain text) and what the ¶5 copy-link button puts on the clipboard. */
async function citeAndCopy(page: Page, origin: string) {
  await page.goto(`${origin}${PAIRED}#p3`);
  await page.locator('summary', { hasText: '引用本文' }).click();
  const plain = await page.locator('#cite-plain').innerText();
  await page.locator('#p3 button.copy-link').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  return { plain, copied, cited: /(https?:\/\/\S+)\.$/.exec(plain)?.[1] };
}

describe('a local build (no SITE_URL)', () => {
  const env = servedArchive();
  const dist = () => inject('distDir');

  it('hands out no placeholder address anywhere', () => {
    for (const file of textFiles(dist()))
      expect(readFileSync(join(dist(), file), 'utf8'), file).not.toMatch(/pilot-policy-archive\.example/);
  });

  it('cites the origin the page is served from, says so, and copy-link gives the same URL', async () => {
    const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, errors } = await watchedPage(context, env.site.url);
    const { cited, copied } = await citeAndCopy(page, env.site.url);
    expect(cited).toBe(`${env.site.url}${PAIRED}#p3`);
    expect(copied).toBe(cited);
    expect(await page.locator('.cite-local').innerText()).toContain(`Local build`);
    expect(await page.locator('.cite-origin').innerText()).toBe(env.site.url);
    for (const f of ['bibtex', 'ris', 'csl']) expect(await page.locator(`#cite-${f}`).innerText()).toContain(cited);
    expect(errors).toEqual([]);
  });

  it('writes data files whose URLs are empty and whose site-relative paths all resolve', () => {
    const notices = JSON.parse(readFileSync(join(dist(), 'data/notices.json'), 'utf8'));
    const events = JSON.parse(readFileSync(join(dist(), 'data/events.json'), 'utf8'));
    const csv = parseCsv(readFileSync(join(dist(), 'data/pilot-places.csv'), 'utf8'), { columns: true, bom: true });
    const json = JSON.stringify([notices, events]);
    expect(json).not.toMatch(/"(url|inArchive|evidence)":"/);
    for (const r of csv as Array<Record<string, string>>) expect(r.evidence_url).toBe('');
    const paths = [
      ...(json.match(/"(path|inArchivePath|evidencePath)":"[^"]+"/g) ?? []).map((p) => p.split('":"')[1]!.slice(0, -1)),
      ...(csv as Array<Record<string, string>>).map((r) => r.evidence_path!),
    ];
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) {
      const [file, anchor] = path.split('#');
      const target = join(dist(), file!, file!.endsWith('/') ? 'index.html' : '');
      expect(existsSync(target), path).toBe(true);
      if (anchor) expect(readFileSync(target, 'utf8'), path).toContain(`id="${anchor}"`);
    }
  });
});

describe('a publication build (SITE_URL set)', () => {
  const HOST = 'archive.ppa-demo.net';
  let dist = '';
  let site: Served;
  let browser: Browser;
  let origin = '';

  beforeAll(async () => {
    // Serve first, to know the port the publication address names; Chromium resolves the host to this server.
    site = await serve(() => dist);
    origin = `http://${HOST}:${new URL(site.url).port}`;
    dist = buildSiteFrom(join(root, 'seeds'), { SITE_URL: origin });
    // (Served over https in real life, a secure context with a clipboard; here plain http, so say it is one.)
    browser = await launch([
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
      `--unsafely-treat-insecure-origin-as-secure=${origin}`,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('cites its address, and copy-link agrees, even when the page is read from another origin', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    for (const readFrom of [origin, site.url]) {
      const { page, errors } = await watchedPage(context, readFrom);
      const { cited, copied } = await citeAndCopy(page, readFrom);
      expect(cited).toBe(`${origin}${PAIRED}#p3`);
      expect(copied).toBe(cited);
      expect(await page.locator('.cite-local').count()).toBe(0);
      expect(await page.locator('meta[name="citation_public_url"]').getAttribute('content')).toBe(cited);
      expect(errors).toEqual([]);
    }
  });

  it('writes data files whose every URL is on its address, beside its path, and opens in the browser', async () => {
    const notices = JSON.parse(readFileSync(join(dist, 'data/notices.json'), 'utf8'));
    const events = JSON.parse(readFileSync(join(dist, 'data/events.json'), 'utf8'));
    const csv = parseCsv(readFileSync(join(dist, 'data/pilot-places.csv'), 'utf8'), { columns: true, bom: true });
    const pairs: Array<[string, string]> = [];
    for (const n of notices) {
      pairs.push([n.url, n.path]);
      for (const s of n.sources) pairs.push([s.url, s.path]);
      for (const c of n.cites) pairs.push([c.evidence, c.evidencePath]);
    }
    for (const e of events) pairs.push([e.evidence, e.evidencePath]);
    for (const r of csv as Array<Record<string, string>>) pairs.push([r.evidence_url!, r.evidence_path!]);
    expect(pairs.length).toBeGreaterThan(40);
    for (const [url, path] of pairs) expect(url).toBe(`${origin}${path}`);

    const page = await (await browser.newContext()).newPage();
    const anchors = Map.groupBy(pairs, ([url]) => url.split('#')[0]!);
    for (const [url, withAnchors] of anchors) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      for (const [full] of withAnchors) {
        const anchor = new URL(full).hash.slice(1);
        if (anchor) expect(await page.locator(`[id="${anchor}"]`).count(), full).toBe(1);
      }
    }
  });

  it('refuses a placeholder address, naming what to set', () => {
    let stderr = '';
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', '/tmp/never'],
        {
          cwd: root,
          env: { ...process.env, SITE_URL: 'https://pilot-policy-archive.example', ASTRO_TELEMETRY_DISABLED: '1' },
          stdio: 'pipe',
        },
      );
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr) + String((error as { stdout: Buffer }).stdout);
    }
    expect(stderr).toMatch(
      /SITE_URL=https:\/\/pilot-policy-archive\.example: pilot-policy-archive\.example is a placeholder/,
    );
    expect(existsSync('/tmp/never')).toBe(false);
  });
});
