import { describe, expect, it } from 'vitest';
import { batchEnd, batches, splitSourceViews, TITLE_END, TITLE_MARK, viewStart } from './source-views.ts';

const layout = (main: string) =>
  `<!doctype html><html><head><title>${TITLE_MARK} · 试点政策文库</title></head><body><main>${main}</main><footer>f</footer></body></html>`;
const view = (id: string, title: string, body: string) => `${viewStart(id)}${title}${TITLE_END}${body}`;

describe('source views built in batches', () => {
  it('splits a batch page into one file per notice, each in the layout with its own title', () => {
    const page = layout(
      view('2021-12-01-b8128631', '原始来源 Source · 第二批 &amp; more', '<h1>a</h1><pre>&lt;!--not a marker--&gt;</pre>') +
        view('2013-08-05-94e21a7e', '原始来源 Source · 103个城市', '<h1>b</h1>') +
        batchEnd(2),
    );
    expect(splitSourceViews(page, 'batch 1')).toEqual([
      {
        id: '2021-12-01-b8128631',
        file: 'notices/2021-12-01-b8128631/source/index.html',
        html: layout('<h1>a</h1><pre>&lt;!--not a marker--&gt;</pre>').replace(TITLE_MARK, '原始来源 Source · 第二批 &amp; more'),
      },
      {
        id: '2013-08-05-94e21a7e',
        file: 'notices/2013-08-05-94e21a7e/source/index.html',
        html: layout('<h1>b</h1>').replace(TITLE_MARK, '原始来源 Source · 103个城市'),
      },
    ]);
  });

  it('refuses a page that is not a whole batch, naming it', () => {
    const one = view('2021-12-01-b8128631', 't', '<h1>a</h1>');
    expect(() => splitSourceViews(layout(one), 'b/1')).toThrow('b/1: not a batch of source views: no views, or no end marker after them');
    expect(() => splitSourceViews(layout(one + batchEnd(2)), 'b/1')).toThrow('b/1: not a batch of source views: 1 views where the end marker counts 2');
    expect(() => splitSourceViews(layout(one + batchEnd(1)).replace(TITLE_MARK, 'x'), 'b/1')).toThrow(`the layout must hold ${TITLE_MARK} exactly once`);
    expect(() => splitSourceViews(layout(`${viewStart('../../etc')}t${TITLE_END}x${batchEnd(1)}`), 'b/1')).toThrow('"../../etc" is not a notice id');
    expect(() => splitSourceViews(layout(`${viewStart('2021-12-01-b8128631')}t${batchEnd(1)}`), 'b/1')).toThrow('the view of 2021-12-01-b8128631 has no title');
  });

  it('takes notices in runs of the batch size, in order', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toEqual([]);
  });
});
