/* Pilot Policy Archive — service worker. scripts/offline.ts writes it into dist/ with this build's version.
 *
 * One cache per build (`ppa-<version>`): a new build installs a new worker, which fills a new cache
 * and deletes the old ones when it takes over, so readers never see a mix of two builds.
 * Pages and data: network first (always fresh online), the cache when the network is gone.
 * Hashed assets (/_astro/, /pagefind/): cache first.
 */
const VERSION = '__VERSION__';
const AUTO_SAVE_BYTES = __AUTO_SAVE_BYTES__;
const CACHE = `ppa-${VERSION}`;
/** A synthetic entry recording that the reader saved the whole archive, and when. */
const SAVED = '/__offline-saved';
/** What every first visit stores: the core pages, styles, small scripts and Pagefind's start (scripts/lib/offline/manifest.ts). */
const CORE = __CORE__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const summary = await (await fetch('/offline-summary.json', { cache: 'no-store' })).json();
      const wasSaved = await previouslySaved();
      // Small archives, and archives the reader saved before, are stored whole right away; others store the core.
      if (wasSaved || summary.totalBytes <= AUTO_SAVE_BYTES)
        await saveAll(cache, await (await fetch('/offline-manifest.json', { cache: 'no-store' })).json(), () => {});
      else await cache.addAll(CORE);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('ppa-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function previouslySaved() {
  for (const name of await caches.keys()) {
    if (!name.startsWith('ppa-')) continue;
    if (await (await caches.open(name)).match(SAVED)) return true;
  }
  return false;
}

/** Stores every file of the manifest, reporting progress; records the save when complete. */
async function saveAll(cache, manifest, progress) {
  let done = 0;
  let bytes = 0;
  const queue = manifest.files.slice();
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const response = await fetch(f.url, { cache: 'no-store' });
      if (!response.ok) throw new Error(`${f.url}: ${response.status}`);
      await cache.put(f.url, response);
      done += 1;
      bytes += f.bytes;
      progress({ done, total: manifest.files.length, bytes, totalBytes: manifest.totalBytes });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  // The summary (size and version) is left out of the manifest to come fresh online; the saved copy keeps one for offline.
  await cache.put('/offline-summary.json', await fetch('/offline-summary.json', { cache: 'no-store' }));
  const record = {
    version: VERSION,
    savedAt: new Date().toISOString(),
    files: manifest.files.length,
    totalBytes: manifest.totalBytes,
  };
  await cache.put(SAVED, new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
  return record;
}

async function state() {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(SAVED);
  return { version: VERSION, saved: saved ? await saved.json() : null };
}

self.addEventListener('message', (event) => {
  const reply = (message) => event.source && event.source.postMessage(message);
  if (event.data?.type === 'state') state().then((s) => reply({ type: 'state', ...s }));
  if (event.data?.type === 'save') {
    (async () => {
      try {
        const manifest = await (await fetch('/offline-manifest.json', { cache: 'no-store' })).json();
        const record = await saveAll(await caches.open(CACHE), manifest, (p) => reply({ type: 'progress', ...p }));
        reply({ type: 'state', version: VERSION, saved: record });
      } catch (error) {
        reply({ type: 'error', message: String(error) });
      }
    })();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  const hashed = /^\/(_astro|pagefind)\//.test(url.pathname);
  event.respondWith(hashed ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    // Revalidated with the server every time (ETag, so a 304 costs little): the browser's HTTP cache
    // could otherwise hand back a page of the previous build for a while after a rebuild.
    const response = await fetch(request, { cache: 'no-cache' });
    // Keep what was read, in this build's cache only (the worker updates before pages change).
    if (response.ok && !new URL(request.url).pathname.startsWith('/offline-'))
      await cache.put(stripSearch(request), response.clone());
    return response;
  } catch (error) {
    // Offline: ?view=en, ?q=… are read by the page's own script, so the page without them serves.
    const hit = (await cache.match(request)) || (await cache.match(stripSearch(request)));
    if (hit) return hit;
    throw error;
  }
}

function stripSearch(request) {
  const url = new URL(request.url);
  url.search = '';
  return url.href;
}
