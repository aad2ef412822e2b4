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

/**
 * The link to a published source file: `rawSourcePath` with the name
 * percent-encoded, so a received name holding `#`, `?`, `%`, a space or a
 * newline still resolves (the file on disk keeps the name as received).
 *
 * @example
 *   rawSourceUrl('2020-11-30-ab12cd34', 'a#1?.html') // '/notices/2020-11-30-ab12cd34/source/a%231%3F.html.txt'
 */
export function rawSourceUrl(id: string, file: string): string {
  return `${sourceViewPath(id)}${encodeURIComponent(rawSourceName(file))}`;
}

/**
 * A source file's published name: its own, with `.txt` added unless it has it.
 * A name holding a character some static servers do not decode back from its
 * percent-escape (`#`, `?`, `%`, `&`, `;`… sirv, for one, decodes with
 * `decodeURI`) or a control character gets those replaced by `_` and a short
 * hash of the whole name, so its link resolves on any server and two such
 * names never collide. Names without them are published unchanged.
 *
 * @example rawSourceName('a#1.txt') // 'a_1-39a18012.txt'
 */
export function rawSourceName(file: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot stand in a file name on a server
  const unsafe = /[#?%&;,:@=+$/\\\u0000-\u001f\u007f]/g;
  const safe = unsafe.test(file) ? `${file.replace(unsafe, '_').replace(/(\.txt)?$/i, '')}-${fnv1a(file)}` : file;
  return /\.txt$/i.test(safe) ? safe : `${safe}.txt`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable tag for a name (not a security hash). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
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

/**
 * An attachment's page (its table, rows anchored `#r1`…), or one of its rows.
 *
 * @example attachmentPath('2016-05-10-d79e04e0', 1, 'r3') // '/notices/2016-05-10-d79e04e0/attachments/1/#r3'
 */
export function attachmentPath(id: string, n: number, anchor?: string): string {
  return `/notices/${id}/attachments/${n}/${anchor ? `#${anchor}` : ''}`;
}

/**
 * An attachment's published file name: a spreadsheet, document or PDF keeps its name (made safe
 * for any server as rawSourceName makes it); an HTML or text list gets `.txt`, so no server sends
 * a received HTML page as HTML from the archive's origin.
 *
 * @example attachmentFileName('list-1.xls', 'xls') // 'list-1.xls'
 * @example attachmentFileName('list-1.html', 'html') // 'list-1.html.txt'
 */
export function attachmentFileName(file: string, format: string): string {
  const name = rawSourceName(file);
  if (format === 'html' || format === 'text') return name;
  return /\.txt$/i.test(file) ? name : name.slice(0, -'.txt'.length);
}

/** The link to an attachment's file as received, under its page. */
export function attachmentFileUrl(id: string, n: number, file: string, format: string): string {
  return `${attachmentPath(id, n)}${encodeURIComponent(attachmentFileName(file, format))}`;
}
