// Byte budgets measured as a visitor's browser would load a page: the page's HTML, its
// stylesheets and every script it runs at load (island modules and their static imports), gzipped.
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

/** JS module URLs statically imported by a module (dynamic import() is on-demand and not counted). */
function staticImports(code: string, from: string): string[] {
  const out: string[] = [];
  const re = /(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) out.push(new URL(m[1]!, `http://x${from}`).pathname);
  return out;
}

export interface PageWeight { html: number; css: number; js: number; jsFiles: string[] }

export function pageWeight(pagePath: string, base = '/'): PageWeight {
  const html = readFileSync(join(distDir, pagePath, 'index.html'), 'utf8');
  const doc = parseHtml(html);
  let css = 0;
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) css += gz(readFileSync(fileFor(link.getAttribute('href')!, base)));
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const s of doc.querySelectorAll('script[src]')) queue.push(new URL(s.getAttribute('src')!, `http://x${pagePath}`).pathname);
  for (const island of doc.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url']) {
      const u = island.getAttribute(attr);
      if (u) queue.push(new URL(u, `http://x${pagePath}`).pathname);
    }
  }
  let js = 0;
  for (const s of doc.querySelectorAll('script:not([src])')) {
    const type = s.getAttribute('type');
    if (!type || type === 'module' || type === 'text/javascript') {
      js += gz(s.textContent ?? '');
      for (const imp of staticImports(s.textContent ?? '', pagePath)) queue.push(imp);
    }
  }
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = fileFor(url, base);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${url}, which is not in dist/`);
    const code = readFileSync(file, 'utf8');
    js += gz(code);
    queue.push(...staticImports(code, url));
  }
  return { html: gz(html), css, js, jsFiles: [...seen] };
}
