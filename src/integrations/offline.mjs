// Offline and installable: after `astro build`, writes dist/sw.js, the offline worker, from
// src/offline/sw.js with this build's file list (which files every page shares, and each
// language's pages) and a version made from every listed file's content. Any changed file gives a
// new version, so the browser installs the new worker and the new worker replaces the old cache
// whole (see src/offline/sw.js). The page-side registration is public/sw-register.js.
//
// Why not Workbox (workbox-build 7.4.1, May 2026, Node ≥ 20, maintained): its precache is one
// list installed at once, so a visit to /tr/ would download all four languages, and its runtime
// caching has no notion of "this build's version" for pages kept later, which is how a stale mix
// creeps in. Keeping one language per visit needs a worker of its own either way; this one is
// ~130 lines with no dependency (Workbox would add Babel, Rollup and Terser to the build).
//
// In `astro dev` the same URL answers with a worker that removes itself and its caches, so a
// worker left by `npm start` on localhost:4321 never serves stale pages to the dev server.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { walkFiles } from './files.mjs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';

const workerSource = fileURLToPath(new URL('../offline/sw.js', import.meta.url));
const workerFile = 'sw.js';
// Never cached: search (it needs the network), the worker itself, files for crawlers.
const skip = (rel) =>
  rel.startsWith('pagefind/') ||
  rel === workerFile ||
  /^(robots\.txt|sitemap[\w-]*\.xml)$/.test(rel);

/**
 * Lists the build's files for the worker. A language's list holds its pages and its web app
 * manifest, with its home last; data files under a language (the wizard's drafts, the
 * generator's phrases) are shared, so the tools can switch output language offline.
 * @param {string} outDir @param {string} base @param {readonly string[]} locales
 */
export function offlineManifest(outDir, base, locales) {
  const shared = [];
  const pages = Object.fromEntries(locales.map((l) => [l, []]));
  const hash = createHash('sha256');
  const files = [...walkFiles(outDir)]
    .map((f) => relative(outDir, f).split(sep).join('/'))
    .filter((r) => !skip(r))
    .sort();
  for (const rel of files) {
    hash
      .update(rel)
      .update('\0')
      .update(readFileSync(join(outDir, rel)))
      .update('\0');
    const url = base + rel.replace(/(^|\/)index\.html$/, '$1');
    const first = rel.split('/')[0];
    const isPage = rel.endsWith('.html') || rel.endsWith('.webmanifest');
    if (first in pages && isPage && rel.includes('/')) pages[first].push(url);
    else shared.push(url);
  }
  for (const locale of locales) {
    const home = `${base}${locale}/`;
    if (!pages[locale].includes(home)) throw new Error(`offline: ${home} was not built`);
    pages[locale] = [...pages[locale].filter((u) => u !== home), home];
  }
  const notFound = `${base}404.html`;
  if (!shared.includes(notFound)) throw new Error(`offline: ${notFound} was not built`);
  return { version: hash.digest('hex').slice(0, 16), base, notFound, shared, pages };
}

/** Writes dist/sw.js for the build in outDir; returns what it listed. */
export function writeServiceWorker(outDir, base, locales) {
  const build = offlineManifest(outDir, base, locales);
  const source = readFileSync(workerSource, 'utf8');
  if (!source.includes('self.__BUILD__'))
    throw new Error('offline: src/offline/sw.js lost its self.__BUILD__ placeholder');
  writeFileSync(join(outDir, workerFile), source.replace('self.__BUILD__', JSON.stringify(build)));
  return build;
}

const devWorker = `// Development server: remove the offline worker of an earlier production build.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) if (name.startsWith('reply-playbook:offline:')) await caches.delete(name);
  await self.registration.unregister();
})()));
`;

/** @param {{ locales: readonly string[] }} options @returns {import('astro').AstroIntegration} */
export function offline({ locales }) {
  let base = '/';
  return {
    name: 'reply-playbook:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== `${base}${workerFile}`) return next();
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          res.end(devWorker);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const build = writeServiceWorker(fileURLToPath(dir), base, locales);
        const pages = Object.values(build.pages).reduce((n, list) => n + list.length, 0);
        logger.info(
          `offline worker ${build.version}: ${build.shared.length} shared files, ${pages} pages in ${locales.length} languages`,
        );
      },
    },
  };
}
