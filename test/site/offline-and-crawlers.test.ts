// Over the built site: each language's web app manifest (valid, complete, icons that exist at
// their stated size), every page linking its language's manifest and the worker's registration,
// the worker's file list (only files of the build, no query, one language per list), the sitemap
// (every page, with its other-language versions as alternates) and robots.txt pointing to it.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlPages, readPage } from '../support/dist';
import { parseHtml } from '../support/html';
import { localeCodes } from '../../src/i18n/locales';
import { uiStrings } from '../../src/i18n/ui';
import { offlineManifest } from '../../src/integrations/offline.mjs';

const site = 'http://localhost:4321';
const pages = htmlPages();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('web app manifest', () => {
  it.each(localeCodes.map((l) => [l]))(
    '%s: valid JSON with name, start URL, colours and icons that exist',
    (locale) => {
      const manifest = JSON.parse(
        readFileSync(join(distDir, locale, 'manifest.webmanifest'), 'utf8'),
      );
      expect(manifest.name).toBe(uiStrings(locale)['site.name']);
      expect(manifest.short_name.length).toBeLessThanOrEqual(15);
      expect(manifest.description).toBe(uiStrings(locale)['site.tagline']);
      expect(manifest.lang).toBe(locale);
      expect(manifest.start_url).toBe(`/${locale}/`);
      expect(manifest.id).toBe(`/${locale}/`);
      expect(manifest.scope).toBe('/');
      expect(manifest.display).toBe('standalone');
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
      const sizes = new Set<string>();
      for (const icon of manifest.icons as {
        src: string;
        sizes: string;
        type: string;
        purpose?: string;
      }[]) {
        const file = join(distDir, icon.src);
        expect(existsSync(file), icon.src).toBe(true);
        if (icon.type === 'image/png') {
          const [w, h] = pngSize(file);
          expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
          sizes.add(`${icon.sizes}${icon.purpose === 'maskable' ? ' maskable' : ''}`);
        }
      }
      expect([...sizes].sort()).toEqual(['192x192', '512x512', '512x512 maskable']);
    },
  );

  it.each(localeCodes.map((l) => [l]))(
    "%s: shortcuts straight into this language's wizard and reply check, named in it, each with a 96 × 96 icon",
    (locale) => {
      const manifest = JSON.parse(
        readFileSync(join(distDir, locale, 'manifest.webmanifest'), 'utf8'),
      ) as {
        shortcuts: { name: string; url: string; icons: { src: string; sizes: string }[] }[];
      };
      const s = uiStrings(locale);
      expect(manifest.shortcuts.map((c) => [c.url, c.name])).toEqual([
        [`/${locale}/wizard/`, s['home.start']],
        [`/${locale}/check/`, s['nav.check']],
      ]);
      for (const c of manifest.shortcuts) {
        // A page of the build, inside the manifest's scope.
        expect(existsSync(join(distDir, c.url, 'index.html')), c.url).toBe(true);
        const icon = c.icons.find((i) => i.sizes === '96x96');
        expect(icon, `${c.url}: a 96 × 96 icon`).toBeDefined();
        expect(pngSize(join(distDir, icon!.src)).join('x')).toBe('96x96');
      }
    },
  );

  it('every page of a language links its manifest and the worker registration as a file, not inline', () => {
    const problems: string[] = [];
    for (const { path } of pages) {
      const doc = parseHtml(readPage(path === '/404.html' ? '404.html' : path));
      const locale = path.split('/')[1];
      if (path === '/') continue; // the language chooser: no language of its own
      const expected = localeCodes.includes(locale as never)
        ? `/${locale}/manifest.webmanifest`
        : '/en/manifest.webmanifest';
      if (doc.querySelector('link[rel="manifest"]')?.getAttribute('href') !== expected)
        problems.push(`${path}: manifest link`);
      const reg = [...doc.querySelectorAll('script[src="/sw-register.js"]')];
      if (reg.length !== 1 || !reg[0]!.hasAttribute('defer'))
        problems.push(`${path}: registration script`);
      if (doc.querySelectorAll('meta[name="theme-color"][media]').length !== 2)
        problems.push(`${path}: theme colours`);
      // The registration is a file from the origin: no inline script needs a CSP exception for it.
      if (
        [...doc.querySelectorAll('script:not([src])')].some((s) =>
          s.textContent?.includes('serviceWorker'),
        )
      )
        problems.push(`${path}: inline registration`);
    }
    expect(problems).toEqual([]);
  });

  it('the registration script stays ≤ 1 KB and registers sw.js beside itself', () => {
    const code = readFileSync(join(distDir, 'sw-register.js'), 'utf8');
    expect(code).toContain("register(new URL('sw.js', document.currentScript.src).pathname)");
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(1024);
  });
});

describe('offline worker', () => {
  const source = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const embedded = JSON.parse(/const BUILD = (\{.*?\});\n/.exec(source)![1]!);

  it('lists exactly this build (the same version as recomputed from dist/)', () => {
    const build = offlineManifest(distDir, '/', localeCodes);
    expect(embedded).toEqual(build);
  });

  it('lists only files that exist, never with a query, and never search, the sitemap or itself', () => {
    const all: string[] = [
      ...embedded.shared,
      ...Object.values(embedded.pages as Record<string, string[]>).flat(),
    ];
    for (const url of all) {
      expect(url).not.toMatch(/[?#]/);
      expect(url).not.toMatch(/^\/(pagefind\/|sw\.js$|sitemap|robots\.txt$)/);
      const file = join(distDir, url.endsWith('/') ? `${url}index.html` : url);
      expect(existsSync(file), url).toBe(true);
    }
  });

  it("keeps each language apart: a language list holds that language's pages, its home last", () => {
    for (const locale of localeCodes) {
      const list = embedded.pages[locale] as string[];
      expect(list.every((u) => u.startsWith(`/${locale}/`))).toBe(true);
      expect(list.at(-1)).toBe(`/${locale}/`);
      for (const page of [
        'wizard/',
        'house-rules/',
        'checklist/',
        'principles/',
        'privacy/',
        'manifest.webmanifest',
      ])
        expect(list).toContain(`/${locale}/${page}`);
    }
    // The tools' data of every language is shared, so a tool can switch output language offline.
    for (const locale of localeCodes) {
      expect(embedded.shared).toContain(`/${locale}/wizard/drafts.json`);
      expect(embedded.shared).toContain(`/${locale}/house-rules/phrases.json`);
      expect(embedded.shared).toContain(`/${locale}/wizard/comment.json`);
    }
    // What every language's comment reading shares: the link hosts and the languages.
    expect(embedded.shared).toContain('/reading-shared.json');
    // Styles are inline in each page (issue 12: no render-blocking request); the tools' scripts are shared files.
    expect(embedded.shared.some((u: string) => u.startsWith('/_astro/') && u.endsWith('.js'))).toBe(
      true,
    );
    expect(embedded.shared).toEqual(
      expect.arrayContaining(['/404.html', '/sw-register.js', '/icons/icon-192.png']),
    );
  });
});

describe('sitemap and robots.txt', () => {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const entries = maps.flatMap((m) => {
    const xml = readFileSync(join(distDir, new URL(m).pathname), 'utf8');
    return [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((u) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(u[1]!)![1]!,
      alternates: [
        ...u[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g),
      ].map((a) => [a[1]!, a[2]!] as const),
    }));
  });

  it('robots.txt allows crawling and names the sitemap index', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    expect(maps.length).toBeGreaterThan(0);
  });

  it('lists every page but the not-found and offline pages, once', () => {
    const expected = pages
      .filter((p) => !/\/(404(\.html|\/)|offline\/)$/.test(p.path))
      .map((p) => `${site}${p.path}`)
      .sort();
    expect(entries.map((e) => e.loc).sort()).toEqual(expected);
  });

  it('gives each page of a language its versions in all four languages, and the chooser none', () => {
    for (const { loc, alternates } of entries) {
      const path = new URL(loc).pathname;
      if (path === '/') {
        expect(alternates).toEqual([]);
        continue;
      }
      const rest = path.split('/').slice(2).join('/');
      expect(alternates.map(([lang]) => lang).sort(), path).toEqual([...localeCodes].sort());
      for (const [lang, href] of alternates)
        expect(href, `${path} ${lang}`).toBe(`${site}/${lang}/${rest}`);
    }
  });
});
