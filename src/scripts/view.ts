/** The three ways to read a notice, kept in the URL as `?view=`. */
export const VIEWS = ['zh', 'both', 'en'] as const;
export type View = (typeof VIEWS)[number];

/**
 * The view a URL asks for; anything else means both languages.
 *
 * @example
 *   viewFrom('?view=en') // 'en'
 *   viewFrom('?view=fr') // 'both'
 */
export function viewFrom(search: string): View {
  const asked = new URLSearchParams(search).get('view');
  return (VIEWS as readonly string[]).includes(asked ?? '') ? (asked as View) : 'both';
}

/** The same URL showing another view; the paragraph anchor is kept, `both` drops the parameter. */
export function withView(href: string, view: View): string {
  const url = new URL(href);
  if (view === 'both') url.searchParams.delete('view');
  else url.searchParams.set('view', view);
  return url.href;
}
