/** The site's paths: notices (a paragraph, the source view, the source files), places and programs. */

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

/** A source file's published name: its own, with `.txt` added unless it has it. */
export function rawSourceName(file: string): string {
  return /\.txt$/i.test(file) ? file : `${file}.txt`;
}

/** The page of a year's notices. */
export function yearPath(year: string): string {
  return `/years/${year}/`;
}

/** A place's page. */
export function placePath(slug: string): string {
  return `/places/${slug}/`;
}

/** A program's page, or one of its year pages, or a section of either. */
export function programPath(program: string, opts: { year?: string; anchor?: string } = {}): string {
  return `/programs/${program}/${opts.year ? `${opts.year}/` : ''}${opts.anchor ? `#${opts.anchor}` : ''}`;
}
