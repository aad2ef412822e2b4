/**
 * Where a source file is published: under the notice, always with a `.txt`
 * name, so any static server sends it as plain text. A received HTML page
 * served as HTML from the archive's origin would run its scripts.
 *
 * @example
 *   rawSourcePath('2020-11-30-ab12cd34', 'page.html') // '/notices/2020-11-30-ab12cd34/source/page.html.txt'
 */
export function rawSourcePath(id: string, file: string): string {
  return `/notices/${id}/source/${rawSourceName(file)}`;
}

export function rawSourceName(file: string): string {
  return /\.txt$/i.test(file) ? file : `${file}.txt`;
}
