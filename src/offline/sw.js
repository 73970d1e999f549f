// @ts-nocheck -- a service worker (its own global scope); scripts/build.ts writes it to <out>/sw.js via
// src/offline/manifest.ts, which fills in BASE and ASSETS. Registered by src/scripts/registerOffline.ts.
//
// Offline reading, kept simple so it can never serve a stale site:
// - pages and their data (HTML, tooltip and Explore JSON, images): network first; the copy kept on the device is
//   used only when the network fails, and every successful load refreshes it;
// - /_astro/ files: cache first (their names change with their content); those no longer in the site are dropped
//   when a new build's worker takes over;
// - the first page a reader opens, which loads before this worker runs, is stored when it asks (registerOffline.ts);
// - "Save for offline" (src/scripts/saveOffline.ts) asks this worker to store a piece's offline.json list.
// Downloads (CSV, PNG, ZIP, BibTeX) and search are never stored.
const BASE = '__BASE__';
// The content hashes in the names of this build's /_astro/ files ("chunk.Dlz_EwZg.js").
const ASSETS = new Set([/* __ASSETS__ */]);
const contentHash = (name) => name.match(/\.([\w-]{8})\.\w+$/)?.[1];
const CACHE = 'opposite-directions-offline';
const ASSET_DIR = BASE + '_astro/';
const ONLINE_ONLY = /\.(zip|csv|png|bib|txt|xml)$|\/pagefind\//;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => event.waitUntil((async () => {
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith(ASSET_DIR) && !ASSETS.has(contentHash(path))) await cache.delete(request);
  }
  await self.clients.claim();
})()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(BASE) || ONLINE_ONLY.test(url.pathname)) return;
  // The copy is written after the response is sent; the worker is kept alive until it is (waitUntil must be called
  // while the event is dispatched, so it gets a promise the handler settles).
  let stored;
  event.waitUntil(new Promise((resolve) => { stored = resolve; }));
  const answer = url.pathname.startsWith(ASSET_DIR) ? cacheFirst(request, stored) : networkFirst(request, url, stored);
  event.respondWith(answer.finally(() => stored()));
});

/** Puts a copy of a good response in the cache, reporting the write to `stored`. */
function keep(key, response, stored) {
  if (response.status !== 200 || response.redirected) return;
  const copy = response.clone(); // now: the page consumes the body
  stored(caches.open(CACHE).then((c) => c.put(key, copy)));
}

async function cacheFirst(request, stored) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  keep(request, response, stored);
  return response;
}

async function networkFirst(request, url, stored) {
  // Stored by path: "?view=…" (a shared chart view) is read by the page's script, not the server.
  const key = url.origin + url.pathname;
  try {
    const response = await fetch(request);
    // A navigation may not be answered with a redirected response: send the browser to the new address instead.
    if (response.redirected && request.mode === 'navigate') return Response.redirect(response.url, 301);
    keep(key, response, stored);
    return response;
  } catch (offline) {
    const kept = await caches.match(key);
    if (kept) return kept;
    if (request.mode === 'navigate') return offlinePage(url);
    throw offline;
  }
}

const TEXT = {
  en: { title: 'You are offline', body: 'This page is not saved on this device.', kept: 'Pieces you can read offline:', none: 'No piece is saved yet: open one while online, or press “Save for offline” on it.' },
  es: { title: 'Sin conexión', body: 'Esta página no está guardada en este dispositivo.', kept: 'Artículos que puedes leer sin conexión:', none: 'Todavía no hay artículos guardados: abre uno con conexión o pulsa «Guardar para leer sin conexión».' },
};

// The site's fonts and measure, in brief (the page is made here, without the site's stylesheet).
const STYLE = 'body{margin:0;font:1.1rem/1.6 Charter,Cambria,Georgia,serif}main{max-width:36rem;padding:1.5rem}h1{font:700 1.8rem/1.2 system-ui,sans-serif}';

/** A page for an address that was never stored: what can be read offline, in the reader's language. */
async function offlinePage(url) {
  const lang = url.pathname.startsWith(BASE + 'es/') ? 'es' : 'en';
  const t = TEXT[lang];
  const pieces = new RegExp('^' + BASE + (lang === 'es' ? 'es/' : '') + 'articles/[^/]+/$');
  const cache = await caches.open(CACHE);
  const items = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!pieces.test(path)) continue;
    const title = (await (await cache.match(request)).text()).match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1] ?? path;
    items.push(`<li><a href="${path}">${title}</a></li>`);
  }
  const list = items.length ? `<p>${t.kept}</p><ul>${items.sort().join('')}</ul>` : `<p>${t.none}</p>`;
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="color-scheme" content="light dark"><title>${t.title}</title><style>${STYLE}</style><main><h1>${t.title}</h1><p>${t.body}</p>${list}</main></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

// Two requests from pages: { keep: [addresses] } from the first page a reader opens, which loaded before this worker
// ran (its address and what it loaded); { save: offline.json } from "Save for offline", answered with { ok, bytes }
// on the port it was given (the list's own presence in the cache marks the piece as saved).
self.addEventListener('message', (event) => {
  const { keep, save: list } = event.data ?? {};
  if (Array.isArray(keep)) event.waitUntil(store(keep));
  const port = event.ports[0];
  if (port && typeof list === 'string' && list.startsWith(BASE)) {
    event.waitUntil(save(list).then((bytes) => port.postMessage({ ok: true, bytes }), () => port.postMessage({ ok: false })));
  }
});

async function store(addresses) {
  const cache = await caches.open(CACHE);
  await Promise.all(addresses.map(async (address) => {
    const url = new URL(address);
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE) || ONLINE_ONLY.test(url.pathname)) return;
    const response = await fetch(url.origin + url.pathname).catch(() => undefined);
    if (response?.status === 200 && !response.redirected) await cache.put(url.origin + url.pathname, response);
  }));
}

async function save(manifest) {
  const response = await fetch(manifest, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${manifest}: ${response.status}`);
  const { urls, bytes } = await response.clone().json();
  const cache = await caches.open(CACHE);
  // Pages past the browser's HTTP cache, so what is saved is what the site serves now.
  await cache.addAll(urls.map((u) => new Request(u, { cache: u.startsWith(ASSET_DIR) ? 'default' : 'no-cache' })));
  await cache.put(manifest, response);
  return bytes;
}
