// The offline worker. src/integrations/offline.mjs writes it to dist/sw.js after each build, with
// this build's file list in place of BUILD (see that file). What it does:
// - On install it downloads the files every page shares (styles, scripts, icons, the tools' data)
//   and the pages of each language already kept, all into one cache named after this build. Only
//   when all of them arrived does it take over, and then it deletes the caches of older builds:
//   every page comes from one build, never a mix.
// - A language is kept once a page of it is opened (the first visit counts): its pages go into the
//   cache in one step, in the background. The other languages are not downloaded.
// - Pages are answered from the cache, whatever query they carry (the wizard and the generator keep
//   their answers in the query): the query is never stored. Nothing the user typed is cached:
//   only the files of the build, under their plain addresses, go into the cache.
// - Search (pagefind/) and anything not in the build's list go to the network as usual.
// - Offline, a page of a language not kept yet gets the site's offline page in a kept language.
/* global self, caches, location, Response, Request, URL */
const BUILD = self.__BUILD__;

const CACHE_PREFIX = 'reply-playbook:offline:';
const CACHE = CACHE_PREFIX + BUILD.version;
const SHARED = BUILD.shared;
const PAGES = BUILD.pages; // { locale: [url, …] }
const KNOWN = new Set([...SHARED, ...Object.values(PAGES).flat()]);
const working = new Map();

function localeOf(pathname) {
  if (!pathname.startsWith(BUILD.base)) return undefined;
  const first = pathname.slice(BUILD.base.length).split('/')[0];
  return Object.hasOwn(PAGES, first) ? first : undefined;
}

/** Fetches every URL, then stores them all: a failed download stores nothing. */
async function store(cache, urls) {
  const responses = await Promise.all(
    urls.map(async (url) => {
      const res = await fetch(new Request(url, { cache: 'no-cache', credentials: 'same-origin' }));
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      // A redirected response cannot answer a navigation; keep only its body and headers.
      return res.redirected ? new Response(await res.blob(), { headers: res.headers }) : res;
    }),
  );
  // One after the other, in list order: a language's home comes last and marks it complete.
  for (const [i, res] of responses.entries()) await cache.put(urls[i], res);
}

const homeOf = (locale) => PAGES[locale].at(-1);

async function keptLocales(cacheName) {
  const cache = await caches.open(cacheName);
  const kept = [];
  for (const locale of Object.keys(PAGES)) if (await cache.match(homeOf(locale))) kept.push(locale);
  return kept;
}

/** Keeps one language's pages (once per build; concurrent calls share the work). */
function keepLocale(locale) {
  if (!working.has(locale)) {
    working.set(
      locale,
      (async () => {
        const cache = await caches.open(CACHE);
        if (!(await cache.match(homeOf(locale)))) await store(cache, PAGES[locale]);
      })().catch(() => working.delete(locale)),
    );
  }
  return working.get(locale);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const locales = new Set();
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE)
          for (const l of await keptLocales(name)) locales.add(l);
      }
      for (const client of await self.clients.matchAll({
        type: 'window',
        includeUncontrolled: true,
      })) {
        const locale = localeOf(new URL(client.url).pathname);
        if (locale) locales.add(locale);
      }
      const cache = await caches.open(CACHE);
      await store(cache, SHARED);
      for (const locale of locales) await store(cache, PAGES[locale]);
      // Everything this build needs is here: take over now rather than when every tab has closed.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

async function fromCache(pathname) {
  const cache = await caches.open(CACHE);
  return cache.match(location.origin + pathname);
}

/** The offline page of a kept language: the referring page's if it is kept, else the first kept. */
async function offlinePage(referrer) {
  const from = referrer && new URL(referrer).origin === location.origin;
  const first = from ? localeOf(new URL(referrer).pathname) : undefined;
  for (const locale of [first, ...Object.keys(PAGES)]) {
    const cached = locale && (await fromCache(`${BUILD.base}${locale}/offline/`));
    if (cached) return cached;
  }
  return undefined;
}

async function page(event, url) {
  const cached = KNOWN.has(url.pathname) ? await fromCache(url.pathname) : undefined;
  if (cached) return cached;
  try {
    return await fetch(event.request);
  } catch (error) {
    // Offline, a page of this build in a language not kept yet: the site's offline page, in the
    // language the visitor came from (else any kept one), with a way back into the kept pages.
    if (KNOWN.has(url.pathname)) {
      const offline = await offlinePage(event.request.referrer);
      if (offline) return new Response(offline.body, { status: 503, headers: offline.headers });
      throw error;
    }
    // Offline and not a page of this build: the site's own "not found" page says so, in the
    // language of the address when the build has one for it.
    const locale = localeOf(url.pathname);
    const notFound =
      (locale && (await fromCache(`${BUILD.base}${locale}/404.html`))) ||
      (await fromCache(BUILD.notFound));
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    throw error;
  }
}

async function file(url) {
  const cached = await fromCache(url.pathname);
  if (cached) return cached;
  const res = await fetch(url.href, { credentials: 'same-origin' });
  if (res.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(url.href, res.clone());
  }
  return res;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== location.origin || !url.pathname.startsWith(BUILD.base)) return;
  if (request.mode === 'navigate') {
    const locale = localeOf(url.pathname);
    if (locale) event.waitUntil(keepLocale(locale));
    event.respondWith(page(event, url));
    return;
  }
  // A file of this build, asked for under its plain address: from the cache, else the network
  // (and then kept). A URL with a query is never answered from or put into the cache.
  if (url.search || !KNOWN.has(url.pathname)) return;
  event.respondWith(file(url));
});
