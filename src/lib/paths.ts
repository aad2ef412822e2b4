/** The site's paths for a notice: its page, a paragraph, its source view and its source files. */

/**
 * A notice's page, or one of its paragraphs.
 *
 * @example
 *   noticePath('2021-12-01-b8128631', 'p3') // '/notices/2021-12-01-b8128631/#p3'
 */
export function noticePath(id: string, anchor?: string): string {
  return `/notices/${id}/${anchor ? `#${anchor}` : ''}`;
}

/** A notice's source view: every file it was read from, as received. */
export function sourceViewPath(id: string): string {
  return `/notices/${id}/source/`;
}

/**
 * Where a source file is published: under the notice, always with a `.txt`
 * name, so any static server sends it as plain text. A received HTML page
 * served as HTML from the archive's origin would run its scripts.
 *
 * @example
 *   rawSourcePath('2020-11-30-ab12cd34', 'page.html') // '/notices/2020-11-30-ab12cd34/source/page.html.txt'
 */
export function rawSourcePath(id: string, file: string): string {
  return `${sourceViewPath(id)}${rawSourceName(file)}`;
}

export function rawSourceName(file: string): string {
  return /\.txt$/i.test(file) ? file : `${file}.txt`;
}
