/**
 * The page side of offline use: registers the service worker, shows the
 * size of the offline copy and the save button, progress while saving, the
 * saved/out-of-date state, and a banner when the page came from the copy.
 */

interface Saved {
  version: string;
  savedAt: string;
  totalBytes: number;
}

/** `12.3 MB`, `850 KB`. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** How long a page's own work may hold back the offline copy, at most. */
const SETTLE_TIMEOUT_MS = 10_000;

/** Resolves once the page has loaded and any search it runs has shown its results (or after SETTLE_TIMEOUT_MS). */
function settled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, SETTLE_TIMEOUT_MS);
    const check = () => {
      if (doc.readyState !== 'complete' || doc.body.dataset.searchPending) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(check);
    observer.observe(doc.body, { attributes: true, attributeFilter: ['data-search-pending'] });
    window.addEventListener('load', check, { once: true });
    check();
  });
}

export async function enhanceOffline(doc: Document): Promise<void> {
  const box = doc.querySelector<HTMLElement>('section.offline');
  if (!box || !('serviceWorker' in navigator)) return;
  const button = box.querySelector<HTMLButtonElement>('.save-offline')!;
  const progress = box.querySelector<HTMLProgressElement>('.offline-progress')!;
  const status = box.querySelector<HTMLElement>('.offline-state')!;
  const banner = box.querySelector<HTMLElement>('.offline-banner')!;
  const label = (key: string) => box.dataset[key] ?? '';

  // The worker's first install stores the core of the site: it starts once the page has done its own work.
  await settled(doc);
  await navigator.serviceWorker.register('/sw.js');
  box.hidden = false;
  const summary = await fetch('/offline-summary.json', { cache: 'no-store' })
    .then((r) => (r.ok ? (r.json() as Promise<{ version: string; totalBytes: number }>) : null))
    .catch(() => null);
  if (summary) box.querySelector('.offline-size')!.textContent = `(${formatSize(summary.totalBytes)})`;

  const show = (saved: Saved | null, workerVersion: string) => {
    const outOfDate = summary && (workerVersion !== summary.version || (saved && saved.version !== summary.version));
    status.textContent = outOfDate
      ? label('outOfDate')
      : saved
        ? `${label('saved')}: ${saved.savedAt.slice(0, 10)}`
        : label('notSaved');
    box.dataset.state = outOfDate ? 'out-of-date' : saved ? 'saved' : 'not-saved';
    if (!navigator.onLine && saved) {
      banner.hidden = false;
      banner.querySelector('.offline-banner-date')!.textContent = ` (${saved.savedAt.slice(0, 10)})`;
    }
  };

  navigator.serviceWorker.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type === 'progress') {
      progress.hidden = false;
      progress.value = Math.round((100 * m.bytes) / Math.max(1, m.totalBytes));
      status.textContent = `${label('saving')} ${progress.value}%`;
    } else if (m.type === 'state') {
      progress.hidden = true;
      show(m.saved, m.version);
    } else if (m.type === 'error') {
      progress.hidden = true;
      status.textContent = `${label('error')}: ${m.message}`;
    }
  });
  // A new build's worker takes over once it has stored that build whole: ask it for the state again.
  navigator.serviceWorker.addEventListener('controllerchange', () =>
    navigator.serviceWorker.controller?.postMessage({ type: 'state' }),
  );
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: 'state' });
  button.addEventListener('click', () => {
    status.textContent = label('saving');
    (navigator.serviceWorker.controller ?? registration.active)?.postMessage({ type: 'save' });
  });
}
