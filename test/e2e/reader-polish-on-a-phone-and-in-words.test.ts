import { describe, expect, it } from 'vitest';
import { servedArchive, watchedPage } from '../support/browser.ts';

const env = servedArchive();

async function open(path: string, width: number) {
  const watched = await watchedPage(await env.browser.newContext({ viewport: { width, height: 900 } }), env.site.url);
  await watched.page.goto(`${env.site.url}${path}`);
  return watched;
}

describe('what a reader sees is in words, not internal tokens', () => {
  it('on a source view: form, encoding evidence and line endings in both languages', async () => {
    const { page } = await open('/notices/2021-12-01-b8128631/source/', 1280);
    const text = await page.locator('main').innerText();
    expect(text).toContain('YAML 头信息 + HTML YAML front matter + HTML');
    expect(text).toContain('decodes as strict UTF-8');
    expect(text).toContain('LF (Unix)');
    for (const token of ['frontmatter-html', 'strict-utf-8', '\nlf\n', 'plain-text']) expect(text).not.toContain(token);
  });

  it('on place pages and the place index: the level in words', async () => {
    const { page } = await open('/places/zibo/', 1280);
    const record = await page.locator('.place-record').innerText();
    expect(record).toContain('地级市 prefecture-level city');
    expect(record).not.toMatch(/\bprefecture-city\b/);
  });
});

describe('on a phone', () => {
  it('the copy-link control sits under the ¶ number and makes no row taller', async () => {
    const { page } = await open('/notices/2021-12-01-b8128631/', 375);
    const button = page.locator('#p7 button.copy-link');
    await expect.poll(() => button.count()).toBe(1);
    const [b, num, row] = await Promise.all([
      button.boundingBox(),
      page.locator('#p7 > a.num').boundingBox(),
      page.locator('#p7').boundingBox(),
    ]);
    expect(b!.height).toBeLessThanOrEqual(32);
    expect(b!.x + b!.width).toBeLessThanOrEqual(num!.x + 40);
    // The row is exactly as tall without the control.
    await button.evaluate((el) => ((el as HTMLElement).style.display = 'none'));
    expect((await page.locator('#p7').boundingBox())!.height).toBe(row!.height);
    await button.evaluate((el) => ((el as HTMLElement).style.display = ''));
    expect(await button.getAttribute('title')).toBe('复制链接 Copy link');
    expect(await button.locator('.visually-hidden').innerText()).toBe('复制链接 Copy link ¶7');
  });

  it('the timeline is drawn at a legible size, with a legend naming each marker shape', async () => {
    const { page } = await open('/programs/shuangzhi/', 375);
    const svg = page.locator('.timeline-scroll svg');
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(600);
    expect(box.height).toBeGreaterThanOrEqual(110);
    const yearPx = await page
      .locator('.timeline-scroll text.year')
      .first()
      .evaluate((t) => t.getBoundingClientRect().height);
    expect(yearPx).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.timeline-legend li').allInnerTexts()).toEqual([
      '通知 notice',
      '报道 report',
      '文中所述 stated in a notice',
      '引用文件（本库未收录） cited document, not in archive',
    ]);
  });
});

describe('the map', () => {
  it('labels places in both languages', async () => {
    const { page } = await open('/programs/shuangzhi/', 1280);
    const labels = await page
      .locator('.pm-label')
      .evaluateAll((ts) =>
        ts.map((t) => [t.querySelector('[lang="zh-Hans"]')?.textContent, t.querySelector('[lang="en"]')?.textContent]),
      );
    expect(labels.length).toBeGreaterThan(8);
    expect(labels).toContainEqual(['淄博市', 'Zibo']);
    for (const [zh, en] of labels) expect(zh && en, `${zh} ${en}`).toBeTruthy();
  });
});
