// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { pagefindIndex } from './src/integrations/pagefind-index.mjs';
import { locale404 } from './src/integrations/locale-404.mjs';
import { scriptPriority } from './src/integrations/script-priority.mjs';
import { offline } from './src/integrations/offline.mjs';
import { localizedSitemap } from './src/integrations/sitemap.mjs';
import { onLog } from './src/integrations/upstream-warnings.mjs';
import { plainLazyImport } from './src/integrations/lazy-import.mjs';
import { defaultLocale, locales } from './src/i18n/locales.ts';

// BASE_PATH lets the same build run at the root or under a sub-path
// (`BASE_PATH=/reply-playbook/ npm run build`); SITE is the public origin used for
// canonical and hreflang URLs. OUT_DIR and CACHE_DIR let tests build another variant beside
// dist/ without sharing the content cache (a fixture's entries must never leak into the site).
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  output: 'static',
  // Styles go inline (Astro hashes each <style> into the CSP): no render-blocking request before
  // first paint. Scripts never go inline, however small: the CSP allows only 'self' scripts.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    preact(),
    pagefindIndex(),
    // /<locale>/404/index.html → /<locale>/404.html, where hosts look for a folder's 404.
    locale404(),
    // The pages' scripts at low priority, so they do not compete with the first paint.
    scriptPriority(),
    // Every page with its other-language versions as <xhtml:link rel="alternate" hreflang>.
    localizedSitemap({ site, base, defaultLocale, locales }),
    // Last: lists the finished build for the offline worker (dist/sw.js).
    offline({ locales: locales.map((l) => l.code) }),
  ],
  vite: {
    // Dynamic import() without Vite's preload helper (see the file).
    plugins: [plainLazyImport()],
    build: {
      rolldownOptions: {
        // Filters one known upstream warning (withastro/astro#18087); see the file.
        onLog,
        // The two tool pages (wizard, house rules) load all of Preact, its hooks, the JSX runtime
        // and the shared island helpers anyway: one chunk instead of four saves the per-file
        // imports, exports and gzip overhead of each (the JS budgets count every file a page loads).
        // src/i18n stays out (the root page's language chooser needs it without Preact), but for the
        // text formatter and the two registers that only the tools use; so does the one-line table of
        // platforms without private messages (the wizard and the generator read it).
        // Each of those two was a chunk of its own: under 100 bytes of code, each with its own file,
        // import and export (about 170 bytes gzip for the wizard, counted on every tool page). Vite's
        // preload helper joins them too: one line since src/integrations/lazy-import.mjs, and no
        // page calls it once the build unwraps the calls; on its own it would be a file of its own.
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'preact',
                test: /^\0vite\/preload-helper\.js$|[\\/]node_modules[\\/]preact[\\/]|[\\/]src[\\/]islands[\\/]shared[\\/]|[\\/]src[\\/]i18n[\\/](?:format|registers)\.ts|[\\/]src[\\/]playbook[\\/]private-messages\.ts/,
              },
              // The wizard's platform table (decision/platforms.ts) rides in the wizard's own chunk:
              // the reply check gets the ids from its page and the tools from the generator's table,
              // so no other page loads it (a chunk of its own cost the wizard ~250 bytes gzip).
            ],
          },
        },
      },
      // Never inline a script (see build above); other assets keep Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
  // No code blocks in the guide, and Shiki's inline styles would need 'unsafe-inline' under CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // The offline worker (sw.js) and any worker Pagefind starts for its search: our own origin only.
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly search engine in the browser.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
