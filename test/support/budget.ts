// Byte budgets measured as a visitor's browser would load a page: the page's HTML, its
// stylesheets and every script the page can run, gzipped. `js` is the full run: the scripts loaded
// at once (island modules and their static imports) plus every chunk reachable through dynamic
// import(), since every user who reaches a plan downloads those too. `initialJs` is the part
// loaded before any interaction, reported for comparison only: a lazy split never lowers `js`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { distDir } from './dist';
import { parseHtml } from './html';

export const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

function fileFor(url: string, base: string): string {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return join(distDir, path.split(/[?#]/)[0]!);
}

/** JS module URLs statically imported by a module. */
export function staticImports(code: string, from: string): string[] {
  const out: string[] = [];
  const re = /(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) out.push(new URL(m[1]!, `http://x${from}`).pathname);
  return out;
}

/**
 * JS module URLs a module may load on demand: import('./x.js') with any quotes, and the chunk
 * lists bundlers keep beside it for preloading (Vite's `__vite__mapDeps`, paths relative to the
 * site root, e.g. "_astro/x.js"). A dynamic import whose target is not a literal fails the count,
 * so nothing the page can load escapes it.
 */
export function dynamicImports(code: string, from: string, base = '/'): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/\bimport\(\s*(?:["'`]([^"'`]+)["'`])?/g)) {
    if (!m[1]) throw new Error(`${from} has an import() whose target the budget cannot follow`);
    if (m[1].endsWith('.js')) out.push(new URL(m[1], `http://x${from}`).pathname);
  }
  for (const list of code.matchAll(
    /__vite__mapDeps\s*=.*?\[((?:\s*["'`][^"'`]+["'`]\s*,?)*)\]/gs,
  )) {
    for (const m of list[1]!.matchAll(/["'`]([^"'`]+\.js)["'`]/g))
      out.push(new URL(m[1]!, `http://x${base}`).pathname);
  }
  return out;
}

export interface PageWeight {
  html: number;
  css: number;
  /** Full run: every script the page loads at once or can load later (dynamic import()). */
  js: number;
  /** Only the scripts loaded at once (before any dynamic import()). */
  initialJs: number;
  /** Every script counted in `js`, in load order. */
  jsFiles: string[];
  /** The scripts reached only through a dynamic import() (loaded on demand). */
  lazyFiles: string[];
  /** Gzip bytes per script file (URL → bytes); inline scripts as "inline". */
  perFile: Record<string, number>;
}

export function pageWeight(pagePath: string, base = '/'): PageWeight {
  const html = readFileSync(join(distDir, pagePath, 'index.html'), 'utf8');
  const doc = parseHtml(html);
  let css = 0;
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]'))
    css += gz(readFileSync(fileFor(link.getAttribute('href')!, base)));
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const s of doc.querySelectorAll('script[src]'))
    queue.push(new URL(s.getAttribute('src')!, `http://x${pagePath}`).pathname);
  for (const island of doc.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url']) {
      const u = island.getAttribute(attr);
      if (u) queue.push(new URL(u, `http://x${pagePath}`).pathname);
    }
  }
  let js = 0;
  const perFile: Record<string, number> = {};
  const lazy: string[] = [];
  for (const s of doc.querySelectorAll('script:not([src])')) {
    const type = s.getAttribute('type');
    if (!type || type === 'module' || type === 'text/javascript') {
      const code = s.textContent ?? '';
      js += gz(code);
      perFile.inline = (perFile.inline ?? 0) + gz(code);
      queue.push(...staticImports(code, pagePath));
      lazy.push(...dynamicImports(code, pagePath, base));
    }
  }
  // First what loads at once (static imports), then what loads on demand and its own imports.
  let initialJs = -1;
  let initialFiles = 0;
  for (;;) {
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const file = fileFor(url, base);
      if (!existsSync(file)) throw new Error(`${pagePath} loads ${url}, which is not in dist/`);
      const code = readFileSync(file, 'utf8');
      const bytes = gz(code);
      js += bytes;
      perFile[url] = bytes;
      queue.push(...staticImports(code, url));
      lazy.push(...dynamicImports(code, url, base));
    }
    if (initialJs < 0) {
      initialJs = js;
      initialFiles = seen.size;
    }
    if (!lazy.length) break;
    queue.push(...lazy.splice(0));
  }
  const jsFiles = [...seen];
  return {
    html: gz(html),
    css,
    js,
    initialJs,
    jsFiles,
    lazyFiles: jsFiles.slice(initialFiles),
    perFile,
  };
}
