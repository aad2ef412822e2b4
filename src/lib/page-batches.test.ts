import { describe, expect, it } from 'vitest';
import { batchEnd, batches, HEAD_END, pageStart, splitBatch, TITLE_END, TITLE_MARK } from './page-batches.ts';

const layout = (title: string, head: string, main: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title} · 试点政策文库</title>${head}<meta name="referrer" content="no-referrer"></head><body><main>${main}</main><footer>f</footer></body></html>`;
const page = (path: string, title: string, head: string, body: string) =>
  `${pageStart(path)}${title}${TITLE_END}${head}${HEAD_END}${body}`;
const batch = (main: string) => layout(TITLE_MARK, '', main);
const description = '<meta name="description" content="Second &quot;batch&quot;">';

describe('pages built in batches', () => {
  it('splits a batch page into one file per page, each in the layout with its own title and head', () => {
    const pages = [
      page('/notices/2021-12-01-b8128631/', '第二批 &amp; more', description, '<h1>a</h1>'),
      page('/notices/2013-08-05-94e21a7e/source/', '原始来源 Source · 103个城市', '', '<h1>b</h1>'),
    ];
    expect(splitBatch(batch(pages.join('') + batchEnd(2)), 'batch 1')).toEqual([
      {
        path: '/notices/2021-12-01-b8128631/',
        file: 'notices/2021-12-01-b8128631/index.html',
        html: layout('第二批 &amp; more', description, '<h1>a</h1>'),
      },
      {
        path: '/notices/2013-08-05-94e21a7e/source/',
        file: 'notices/2013-08-05-94e21a7e/source/index.html',
        html: layout('原始来源 Source · 103个城市', '', '<h1>b</h1>'),
      },
    ]);
  });

  it('cannot be misled by a title that spells the markers: Astro leaves `<` in attributes but escapes `"`', () => {
    // What Astro writes for an English title set to the markers themselves, in a description and a data attribute.
    const forged = (s: string) => s.replaceAll('"', '&quot;');
    const title = `x${HEAD_END}<h1>injected</h1>${batchEnd(1)}${pageStart('/notices/evil/')}`;
    const head = `<meta name="description" content="${forged(title)}">`;
    const body = `<h1 data-title="${forged(title)}">a</h1>`;
    const [only, ...more] = splitBatch(
      batch(page('/notices/2021-12-01-b8128631/', 't', head, body) + batchEnd(1)),
      'b/1',
    );
    expect(more).toEqual([]);
    expect(only!.html).toBe(layout('t', head, body));
  });

  it('refuses a page that is not a whole batch, naming it', () => {
    const one = page('/notices/2021-12-01-b8128631/', 't', '', '<h1>a</h1>');
    const problem = (html: string) => () => splitBatch(html, 'b/1');
    expect(problem(batch(one))).toThrow('b/1: not a batch of pages: it needs exactly one end marker');
    expect(problem(batch(one + batchEnd(1) + batchEnd(1)))).toThrow('it needs exactly one end marker');
    expect(problem(batch(one + batchEnd(2)))).toThrow(
      'b/1: not a batch of pages: 1 page markers where the end marker counts 2',
    );
    expect(problem(batch(one + HEAD_END + batchEnd(1)))).toThrow('2 head markers where the end marker counts 1');
    expect(problem(batch(batchEnd(0)))).toThrow('no pages before the end marker');
    const other = page('/notices/2013-08-05-94e21a7e/', 't', '', '<h1>b</h1>');
    expect(problem(batch(one + batchEnd(2) + other))).toThrow('a page marker after the end marker');
    expect(problem(layout('x', '', one + batchEnd(1)))).toThrow(
      `the layout must hold ${TITLE_MARK} once, in its <title>`,
    );
    expect(problem(batch(one + batchEnd(1)).replace('</title>', ''))).toThrow(
      `the layout must hold ${TITLE_MARK} once, in its <title>`,
    );
    expect(problem(batch(page('/notices/../../etc/', 't', '', 'x') + batchEnd(1)))).toThrow(
      '"/notices/../../etc/" is not a folder path in the site',
    );
    expect(problem(batch(`${pageStart('/notices/a/')}t${HEAD_END}x${TITLE_END}${batchEnd(1)}`))).toThrow(
      'the page /notices/a/ has no title or no head',
    );
    expect(
      problem(batch(page('/notices/a/', 't', '', '<script type="module" src="/x.js"></script>') + batchEnd(1))),
    ).toThrow("the page /notices/a/ holds a script: put it after the batch's end marker");
  });

  it('takes pages in runs of the batch size, in order', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toEqual([]);
  });
});
