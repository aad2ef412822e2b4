/**
 * Notice pages and source views are built a batch at a time. Astro spends about a
 * millisecond of its own on every page it writes, whatever the page holds (a bare source
 * view took as long as the full one): 2,000 such pages were 2 s of a 17 s build. So one
 * Astro page renders PAGES_PER_BATCH pages' bodies in the site's layout, each body from the
 * same component the page's own route uses in `astro dev`, and once the build is done
 * src/integrations/page-batches.ts splits every batch page into one file per page.
 *
 * A batch page is the layout, titled TITLE_MARK and with no description, holding per page:
 *
 *   <!--page PATH-->TITLE<!--/title-->HEAD<!--/head-->BODY
 *
 * then `<!--pages end COUNT-->`. HEAD is what the page adds to the layout's <head> after its
 * title (BatchedPage writes its description there as the layout does). Astro escapes every text and attribute it renders (`<` is
 * `&lt;`), so no source, title or file name can produce a `<!--`: the markers are the only ones.
 */

/** Pages one batch page holds (1,000 notices: 5 batch pages of each kind, 2–6 MB each). */
export const PAGES_PER_BATCH = 200;

/** The folder of the batch pages in the built site; it is removed once they are split. */
export const BATCHES = 'build-batches';

/** The batch page's title, where each page's own title goes. */
export const TITLE_MARK = 'batched-page-title-goes-here';

const PAGE = '<!--page ';
/** What follows a page's title in a batch page. */
export const TITLE_END = '<!--/title-->';
/** What follows a page's additions to <head> in a batch page. */
export const HEAD_END = '<!--/head-->';
const END = '<!--pages end ';

/** What starts a page in a batch page: its path in the site, e.g. `/notices/2021-12-01-b8128631/`. */
export function pageStart(path: string): string {
  return `${PAGE}${path}-->`;
}

/** What closes a batch page's pages. */
export function batchEnd(count: number): string {
  return `${END}${count}-->`;
}

/** Items in runs of `size`, in order; the last run may be shorter. */
export function batches<T>(items: readonly T[], size = PAGES_PER_BATCH): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
  return runs;
}

/** One page split from a batch, as the file the site serves. */
export interface BatchedPage {
  path: string;
  /** Under the built site, e.g. `notices/2021-12-01-b8128631/index.html`. */
  file: string;
  html: string;
}

/**
 * Splits a batch page into its pages, each in the layout around the batch with its own title
 * and head. Throws, naming `name`, when the page is not a whole batch: no end marker, a count
 * that does not match, a title mark missing or repeated, a page without its title or head, a
 * path that is not a plain folder path in the site, or a script in a page's body.
 */
export function splitBatch(batch: string, name: string): BatchedPage[] {
  const fail = (problem: string): never => {
    throw new Error(`${name}: not a batch of pages: ${problem}`);
  };
  const first = batch.indexOf(PAGE);
  const end = batch.indexOf(END);
  if (first < 0 || end < first) fail('no pages, or no end marker after them');
  const endClose = batch.indexOf('-->', end);
  const count = Number(batch.slice(end + END.length, endClose));
  const layout = batch.slice(0, first);
  const titleAt = layout.indexOf(TITLE_MARK);
  if (titleAt < 0 || layout.indexOf(TITLE_MARK, titleAt + 1) >= 0) fail(`the layout must hold ${TITLE_MARK} exactly once`);
  const titleClose = layout.indexOf('</title>', titleAt) + '</title>'.length;
  const [beforeTitle, afterMark, afterTitle] = [layout.slice(0, titleAt), layout.slice(titleAt + TITLE_MARK.length, titleClose), layout.slice(titleClose)];
  const tail = batch.slice(endClose + 3);
  const pages = batch
    .slice(first + PAGE.length, end)
    .split(PAGE)
    .map((part) => {
      const path = part.slice(0, part.indexOf('-->'));
      if (!/^\/(?:[a-z0-9][a-z0-9-]*\/)+$/.test(path)) fail(`"${path.slice(0, 60)}" is not a folder path in the site`);
      const titleEnd = part.indexOf(TITLE_END);
      const headEnd = part.indexOf(HEAD_END);
      if (titleEnd < 0 || headEnd < titleEnd) fail(`the page ${path} has no title or no head`);
      const title = part.slice(path.length + 3, titleEnd);
      const head = part.slice(titleEnd + TITLE_END.length, headEnd);
      const body = part.slice(headEnd + HEAD_END.length);
      // Astro writes a script once per page it renders, so only the batch's first page would have it.
      if (body.includes('<script')) fail(`the page ${path} holds a script: put it after the batch's end marker`);
      return { path, file: `${path.slice(1)}index.html`, html: beforeTitle + title + afterMark + head + afterTitle + body + tail };
    });
  if (pages.length !== count) fail(`${pages.length} pages where the end marker counts ${count}`);
  return pages;
}
