/**
 * Notice pages and source views are built a batch at a time. Astro spends about a millisecond
 * of its own on every page it writes, whatever the page holds (a bare source view took as long
 * as the full one): 2,000 such pages were 2 s of a 17 s build. So one Astro page renders
 * PAGES_PER_BATCH pages' bodies in the site's layout, each body from the same component the
 * page's own route uses in `astro dev`, and once the build is done
 * src/integrations/page-batches.ts splits every batch page into one file per page.
 *
 * A batch page is the layout, titled TITLE_MARK and with no description, holding per page:
 *
 *   <!--"page" PATH-->TITLE<!--"/title"-->HEAD<!--"/head"-->BODY
 *
 * then `<!--"pages end" COUNT-->`. HEAD is what the page adds to the layout's <head> after
 * its title (BatchedPage writes its description there as the layout does).
 *
 * The markers cannot be forged by what a page shows: every marker holds both `<` and `"`, and
 * Astro escapes `<` and `"` in text and `"` in attribute values. (A `<` in an attribute value
 * stays as it is, so a marker without a `"` could be written by a title.) The split also counts
 * every marker. It assumes the layout's <head> is the same for every page in a batch: true while
 * a notice's MDX imports nothing (the ingest writes none) and pages add only a description.
 */

declare global {
  /** True in `astro build`, where notice pages and source views render in batches (defined by src/integrations/page-batches.ts). */
  const __BATCHED_PAGES__: boolean;
}

/** Pages one batch page holds (1,000 notices: 5 batch pages of each kind, 2–6 MB each). */
export const PAGES_PER_BATCH = 200;

/** The folder of the batch pages in the built site; it is removed once they are split. */
export const BATCH_FOLDER = 'build-batches';

/** The batch page's title, where each page's own title goes. */
export const TITLE_MARK = 'batched-page-title-goes-here';

const PAGE = '<!--"page" ';
/** What follows a page's title in a batch page. */
export const TITLE_END = '<!--"/title"-->';
/** What follows a page's additions to <head> in a batch page. */
export const HEAD_END = '<!--"/head"-->';
const END = '<!--"pages end" ';
/** How Astro writes a script; a script written once in a batch would be on its first page only. */
const SCRIPT = '<script type="module"';

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
export interface SplitPage {
  path: string;
  /** Under the built site, e.g. `notices/2021-12-01-b8128631/index.html`. */
  file: string;
  html: string;
}

/**
 * Splits a batch page into its pages, each in the layout around the batch with its own title
 * and head. Throws, naming `file`, when the page is not a whole batch: an end marker missing or
 * repeated, markers that do not all count the same, a title mark missing or repeated, a path
 * that is not a plain folder path in the site, or a script in a page's body.
 */
export function splitBatch(batch: string, file: string): SplitPage[] {
  const fail = (problem: string): never => {
    throw new Error(`${file}: not a batch of pages: ${problem}`);
  };
  const occurrences = (marker: string) => batch.split(marker).length - 1;
  const end = batch.indexOf(END);
  if (end < 0 || occurrences(END) !== 1) fail('it needs exactly one end marker');
  const endClose = batch.indexOf('-->', end);
  const count = Number(batch.slice(end + END.length, endClose));
  for (const [name, marker] of [
    ['page', PAGE],
    ['title', TITLE_END],
    ['head', HEAD_END],
  ] as const) {
    if (occurrences(marker) !== count)
      fail(`${occurrences(marker)} ${name} markers where the end marker counts ${count}`);
    if (batch.lastIndexOf(marker) > end) fail(`a ${name} marker after the end marker`);
  }
  const first = batch.indexOf(PAGE);
  if (count === 0 || first > end) fail('no pages before the end marker');
  const layout = batch.slice(0, first);
  const titleAt = layout.indexOf(TITLE_MARK);
  const titleClose = layout.indexOf('</title>', titleAt);
  if (titleAt < 0 || layout.indexOf(TITLE_MARK, titleAt + 1) >= 0 || titleClose < 0)
    fail(`the layout must hold ${TITLE_MARK} once, in its <title>`);
  const beforeTitle = layout.slice(0, titleAt);
  const restOfTitle = layout.slice(titleAt + TITLE_MARK.length, titleClose + '</title>'.length);
  const afterTitle = layout.slice(titleClose + '</title>'.length);
  const tail = batch.slice(endClose + '-->'.length);
  return batch
    .slice(first + PAGE.length, end)
    .split(PAGE)
    .map((part) => {
      const path = part.slice(0, part.indexOf('-->'));
      if (!/^\/(?:[a-z0-9][a-z0-9-]*\/)+$/.test(path)) fail(`"${path.slice(0, 60)}" is not a folder path in the site`);
      const titleEnd = part.indexOf(TITLE_END);
      const headEnd = part.indexOf(HEAD_END);
      if (titleEnd < 0 || headEnd < titleEnd) fail(`the page ${path} has no title or no head`);
      const title = part.slice(path.length + '-->'.length, titleEnd);
      const head = part.slice(titleEnd + TITLE_END.length, headEnd);
      const body = part.slice(headEnd + HEAD_END.length);
      if (body.includes(SCRIPT)) fail(`the page ${path} holds a script: put it after the batch's end marker`);
      return {
        path,
        file: `${path.slice(1)}index.html`,
        html: beforeTitle + title + restOfTitle + head + afterTitle + body + tail,
      };
    });
}
