// Ways in and around the built site, read from dist/: previous/next through the guide in the
// collection's order, the current page marked in the guide list and "Guide" in the header, the
// start button on every home and 404, the checklist's Print button, and no render-blocking
// stylesheet on any page (styles are inline, so the tools paint as early as the guide).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlPages, readPage } from '../support/dist';
import { parseHtml } from '../support/html';
import { readGuide } from '../support/content';
import { localeCodes } from '../../src/i18n/locales';

const doc = (path: string) => parseHtml(readPage(path));
const guideOrder = (locale: string) =>
  readGuide()
    .filter((g) => g.id.startsWith(`${locale}/`))
    .sort((a, b) => Number(a.data.order) - Number(b.data.order))
    .map((g) => g.id.slice(locale.length + 1));

describe.each(localeCodes)('guide navigation in %s', (locale) => {
  const order = guideOrder(locale);

  it('covers every guide page of the collection', () => {
    expect(order.length).toBeGreaterThan(2);
    for (const slug of order)
      expect(existsSync(join(distDir, locale, slug, 'index.html')), slug).toBe(true);
  });

  it.each(order.map((slug, i) => [slug, i] as const))(
    '%s links previous and next in order, marks itself and "Guide"',
    (slug, i) => {
      const d = doc(`/${locale}/${slug}/`);
      const rel = (r: string) =>
        d.querySelector(`.guide-pager a[rel="${r}"]`)?.getAttribute('href') ?? undefined;
      expect(rel('prev')).toBe(i > 0 ? `/${locale}/${order[i - 1]}/` : undefined);
      expect(rel('next')).toBe(i < order.length - 1 ? `/${locale}/${order[i + 1]}/` : undefined);
      // The pager names the page it leads to.
      if (i > 0)
        expect(
          d.querySelector('.guide-pager a[rel="prev"] .guide-pager-title')?.textContent?.trim(),
        ).toBeTruthy();

      const current = [...d.querySelectorAll('.guide-nav a[aria-current="page"]')].map((a) =>
        a.getAttribute('href'),
      );
      expect(current).toEqual([`/${locale}/${slug}/`]);

      const header = [
        ...d.querySelectorAll('.main-nav a[aria-current], .header-cta[aria-current]'),
      ].map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]);
      if (slug === 'checklist') expect(header).toEqual([[`/${locale}/checklist/`, 'page']]);
      else expect(header).toEqual([[`/${locale}/${order[0]}/`, i === 0 ? 'page' : 'true']]);

      expect(d.querySelector('main .contents-link')?.getAttribute('href')).toBe('#guide-nav');
      expect(d.getElementById('guide-nav')).not.toBeNull();
    },
  );

  it('gives the checklist a Print button and a print-only line with its address', () => {
    const d = doc(`/${locale}/checklist/`);
    expect(d.querySelector('button.print-button[type="button"]')?.textContent?.trim()).toBeTruthy();
    expect(d.querySelector('.print-meta .print-address')?.textContent).toMatch(
      new RegExp(`^https?://[^ ]+/${locale}/checklist/$`),
    );
    // Only the checklist loads the print script: the other guide pages load nothing but the offline
    // worker's registration.
    const scripts = (path: string) =>
      [...doc(path).querySelectorAll('script')]
        .map((e) => e.getAttribute('src') ?? 'inline')
        .filter((src) => !src.endsWith('/sw-register.js'));
    expect(scripts(`/${locale}/checklist/`)).toEqual([
      expect.stringMatching(/^\/_astro\/PrintButton\.[^/]+\.js$/),
    ]);
    expect(scripts(`/${locale}/principles/`)).toEqual([]);
  });

  it("puts a start button into the wizard right under the home page's heading", () => {
    const d = doc(`/${locale}/`);
    const start = d.querySelector('main h1 + .start .start-button');
    expect(start?.getAttribute('href')).toBe(`/${locale}/wizard/`);
    expect(start?.textContent?.trim()).toBeTruthy();
  });

  it('has a 404 in its language with a way into the wizard', () => {
    const d = parseHtml(readPage(`${locale}/404.html`));
    expect(d.documentElement.getAttribute('lang')).toBe(locale);
    expect(d.querySelector('main .start-button')?.getAttribute('href')).toBe(`/${locale}/wizard/`);
  });
});

describe('every page', () => {
  it('the root 404 offers the wizard in every language', () => {
    const d = parseHtml(readPage('404.html'));
    const hrefs = [...d.querySelectorAll('main a[href$="/wizard/"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs.sort()).toEqual(localeCodes.map((l) => `/${l}/wizard/`).sort());
  });

  it('loads no render-blocking stylesheet and no script in <head> (styles inline, hashed in the CSP)', () => {
    const blocking: string[] = [];
    for (const { path } of htmlPages()) {
      const d = parseHtml(readPage(path));
      for (const link of d.querySelectorAll('link[rel="stylesheet"]'))
        blocking.push(`${path}: ${link.getAttribute('href')}`);
      for (const s of d.querySelectorAll(
        'head script:not([type="module"]):not([async]):not([defer])',
      ))
        blocking.push(`${path}: script ${s.getAttribute('src') ?? 'inline'}`);
      const csp =
        d.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ??
        '';
      const hashes = [...csp.matchAll(/'sha256-[^']+'/g)].length;
      if (d.querySelectorAll('style').length && !hashes)
        blocking.push(`${path}: inline style without a CSP hash`);
    }
    expect(blocking).toEqual([]);
  });

  it("fetches the tools' scripts at low priority, so they do not compete with the first paint", () => {
    for (const locale of localeCodes) {
      for (const tool of ['wizard', 'house-rules']) {
        const scripts = [
          ...doc(`/${locale}/${tool}/`).querySelectorAll('script[type="module"][src]'),
        ];
        expect(scripts.length).toBeGreaterThan(0);
        expect(
          scripts.map((s) => s.getAttribute('fetchpriority')),
          `/${locale}/${tool}/`,
        ).toEqual(scripts.map(() => 'low'));
      }
    }
    // The chooser's script sends the visitor on: it keeps its normal priority.
    expect(
      parseHtml(readPage('index.html'))
        .querySelector('script[type="module"][src]')
        ?.hasAttribute('fetchpriority'),
    ).toBe(false);
  });

  it("puts no script inline, however small (the CSP allows only the site's own files)", () => {
    const inline = htmlPages().filter(({ path }) =>
      parseHtml(readPage(path)).querySelector(
        'script:not([src]):not([type="application/json"]):not([type="application/ld+json"])',
      ),
    );
    expect(inline.map((p) => p.path)).toEqual([]);
  });

  it('the wizard and the generator carry the query to other languages; no other page loads that script', () => {
    for (const { path } of htmlPages()) {
      const srcs = [...parseHtml(readPage(path)).querySelectorAll('script[src]')].map((s) =>
        s.getAttribute('src')!,
      );
      const keeps = srcs.some((s) => /KeepQuery/.test(s));
      expect(keeps, path).toBe(/^\/[a-z]{2}\/(wizard|house-rules)\/$/.test(path));
    }
  });
});
