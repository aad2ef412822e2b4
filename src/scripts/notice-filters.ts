/**
 * The notice index's filters: each select narrows the list (an item matches when its
 * data-<filter> holds the chosen value), and the choice is kept in the URL so a filtered list
 * can be linked. Pure matching is `matches`, for the tests.
 */

export const FILTERS = ['program', 'year', 'type', 'languages'] as const;
export type Filter = (typeof FILTERS)[number];

/**
 * Whether an item's data attributes satisfy the chosen filters (empty choices match all; a
 * space-separated attribute matches any of its words).
 *
 * @example
 *   matches({ program: 'shuangzhi national-smart-city', year: '2021' }, { program: 'shuangzhi' }) // true
 */
export function matches(data: Partial<Record<Filter, string>>, chosen: Partial<Record<Filter, string>>): boolean {
  return FILTERS.every((f) => !chosen[f] || (data[f] ?? '').split(' ').includes(chosen[f]!));
}

export function enhanceNoticeFilters(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form.notice-filters');
  if (!form) return;
  const items = [...doc.querySelectorAll<HTMLElement>('.notice-list > li')];
  const count = form.querySelector<HTMLElement>('.filter-count')!;
  const params = new URLSearchParams(location.search);
  for (const f of FILTERS) {
    const select = form.elements.namedItem(f) as HTMLSelectElement | null;
    if (select && params.get(f)) select.value = params.get(f)!;
  }
  const apply = () => {
    const chosen = Object.fromEntries(
      FILTERS.map((f) => [f, (form.elements.namedItem(f) as HTMLSelectElement | null)?.value ?? '']),
    );
    let shown = 0;
    for (const li of items) {
      li.hidden = !matches(li.dataset as Partial<Record<Filter, string>>, chosen);
      if (!li.hidden) shown += 1;
    }
    count.textContent = (form.dataset.shown ?? '')
      .replaceAll('{n}', String(shown))
      .replaceAll('{total}', String(items.length));
    const url = new URL(location.href);
    for (const f of FILTERS) {
      if (chosen[f]) url.searchParams.set(f, chosen[f]);
      else url.searchParams.delete(f);
    }
    history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}
