/**
 * Source views are built a batch at a time. Astro spends about a millisecond of its own on
 * every page it writes, whatever the page holds: for 1,000 source views that was 1.0 s of a
 * 17 s build, and a view built bare took as long as the full one. So one Astro page renders
 * the views of SOURCE_VIEWS_PER_BATCH notices in the site's layout, each one's markup coming
 * from the same SourceView component a single view uses, and once the build is done
 * src/integrations/source-views.ts splits every batch page into one file per notice.
 *
 * A batch page is the layout with TITLE_MARK for its title and, in <main>, per notice:
 *
 *   <!--source-view ID-->TITLE<!--/title-->VIEW
 *
 * then `<!--source-views end COUNT-->`. Astro escapes every text it renders (`<` is `&lt;`),
 * so a source, a title or a file name cannot produce a `<!--`: the markers are the only ones.
 */
import type { Notice } from '../schemas/notice.ts';
import { noticeTitle } from './notices.ts';
import { sourceViewPath } from './paths.ts';

/** Notices whose views one batch page holds (1,000 notices: 5 pages of about 2 MB). */
export const SOURCE_VIEWS_PER_BATCH = 200;

/** The folder of the batch pages under the built site; it is removed once they are split. */
export const SOURCE_VIEW_BATCHES = 'build-source-views';

/** The batch page's title, where each view's own title goes. */
export const TITLE_MARK = 'source-view-title-goes-here';

/** A source view's title (the layout adds the archive's name). */
export function sourceViewTitle(n: Pick<Notice, 'title' | 'id'>): string {
  return `原始来源 Source · ${noticeTitle(n)}`;
}

/** Items in runs of `size`, in order; the last run may be shorter. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
  return runs;
}

const VIEW = '<!--source-view ';
/** What follows a view's title in a batch page. */
export const TITLE_END = '<!--/title-->';
const END = '<!--source-views end ';

/** What goes before a notice's view in a batch page (then its title, then TITLE_END). */
export function viewStart(id: string): string {
  return `${VIEW}${id}-->`;
}

/** What closes a batch page's views. */
export function batchEnd(count: number): string {
  return `${END}${count}-->`;
}

/** One notice's source view, as the file the site serves. */
export interface SourceViewFile {
  id: string;
  /** Under the built site, e.g. `notices/2021-12-01-b8128631/source/index.html`. */
  file: string;
  html: string;
}

/**
 * Splits a batch page into its views, each in the layout around the batch with its own
 * title. Throws, naming `name`, when the page is not a whole batch: no end marker, a count
 * that does not match, a title mark missing or repeated, or an id that is not a notice id.
 */
export function splitSourceViews(page: string, name: string): SourceViewFile[] {
  const fail = (problem: string): never => {
    throw new Error(`${name}: not a batch of source views: ${problem}`);
  };
  const first = page.indexOf(VIEW);
  const end = page.indexOf(END);
  if (first < 0 || end < first) fail('no views, or no end marker after them');
  const endClose = page.indexOf('-->', end);
  const count = Number(page.slice(end + END.length, endClose));
  const head = page.slice(0, first);
  const tail = page.slice(endClose + 3);
  const titleAt = head.indexOf(TITLE_MARK);
  if (titleAt < 0 || head.indexOf(TITLE_MARK, titleAt + 1) >= 0) fail(`the layout must hold ${TITLE_MARK} exactly once`);
  const views = page
    .slice(first + VIEW.length, end)
    .split(VIEW)
    .map((part) => {
      const id = part.slice(0, part.indexOf('-->'));
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`"${id.slice(0, 40)}" is not a notice id`);
      const titleEnd = part.indexOf(TITLE_END);
      if (titleEnd < 0) fail(`the view of ${id} has no title`);
      const title = part.slice(id.length + 3, titleEnd);
      const view = part.slice(titleEnd + TITLE_END.length);
      const html = head.slice(0, titleAt) + title + head.slice(titleAt + TITLE_MARK.length) + view + tail;
      return { id, file: `${sourceViewPath(id).slice(1)}index.html`, html };
    });
  if (views.length !== count) fail(`${views.length} views where the end marker counts ${count}`);
  return views;
}
