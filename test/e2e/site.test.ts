// The site in a real headless Chromium: language switching, the chooser, search per language,
// axe on every page type in every locale (light and dark), no foreign request, no CSP error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserMissingReason, chromiumPath, launch, watch } from '../support/browser';
import { serveDist, type StaticServer } from '../support/server';
import { distDir } from '../support/dist';
import { axeViolations, tabTo } from '../support/e2e';
import { localeCodes } from '../../src/i18n/locales';

describe.skipIf(!chromiumPath)(
  `site in Chromium${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    let browser: Browser;
    let server: StaticServer;
    let context: BrowserContext;
    const seen = { foreign: [] as string[], errors: [] as string[] };

    beforeAll(async () => {
      server = await serveDist();
      browser = await launch();
      context = await browser.newContext();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function open(path: string, ctx = context): Promise<Page> {
      const page = await ctx.newPage();
      const w = watch(page, server.origin);
      page.on('close', () => {
        seen.foreign.push(...w.foreign.map((u) => `${path}: ${u}`));
        seen.errors.push(...w.errors.map((e) => `${path}: ${e}`));
      });
      const response = await page.goto(server.url(path), { waitUntil: 'networkidle' });
      if (!path.startsWith('/404')) expect(response?.status(), `${path} status`).toBe(200);
      return page;
    }

    it('keeps the page when the language is switched', async () => {
      const page = await open('/de/principles/');
      await page.locator('.lang-switcher a[data-locale="tr"]').click();
      await page.waitForURL(/\/tr\/principles\/$/);
      expect(await page.locator('html').getAttribute('lang')).toBe('tr');
      await page.close();
    });

    it('sends a visitor from / to their browser language, or to the one they chose before', async () => {
      const hu = await browser.newContext({ locale: 'hu-HU' });
      const page = await hu.newPage();
      await page.goto(server.url('/'));
      await page.waitForURL(/\/hu\/$/);
      await page.goto(server.url('/?choose'));
      await page.locator('.chooser-list a[data-locale="de"]').click();
      await page.waitForURL(/\/de\/$/);
      await page.goto(server.url('/'));
      await page.waitForURL(/\/de\/$/);
      await hu.close();
    });

    it.each(localeCodes)(
      'search in %s finds pages of that language only, and nothing for a word in no page',
      async (locale) => {
        // A word the locale's principles page certainly contains: the longest word of its heading.
        const html = readFileSync(join(distDir, locale, 'principles', 'index.html'), 'utf8');
        const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!;
        const word = h1.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
        const page = await context.newPage();
        const w = watch(page, server.origin);
        const pagefindBytes: Promise<number>[] = [];
        page.on('response', (res) => {
          if (res.url().includes('/pagefind/'))
            pagefindBytes.push(
              res.body().then(
                (b) => b.length,
                () => 0,
              ),
            );
        });
        await page.goto(server.url(`/${locale}/search/?q=${encodeURIComponent(word)}`), {
          waitUntil: 'networkidle',
        });
        const links = page.locator('.search-results li a');
        await links.first().waitFor({ timeout: 15_000 });
        const hrefs = await links.evaluateAll((as) =>
          as.map((a) => (a as HTMLAnchorElement).pathname),
        );
        expect(hrefs.length).toBeGreaterThan(0);
        expect(
          hrefs.every((h) => h.startsWith(`/${locale}/`)),
          hrefs.join(' '),
        ).toBe(true);
        expect(await page.locator('.search-status').textContent()).toMatch(/\d/);
        // A word in no page: Pagefind cuts it back to the "X" of the platform's name; the page says
        // it found nothing.
        await page.goto(server.url(`/${locale}/search/?q=xyzzy`), { waitUntil: 'networkidle' });
        const none = (await page.locator('form.search-box').getAttribute('data-none'))!;
        await page.locator('.search-status').filter({ hasText: none }).waitFor();
        expect(await page.locator('.search-results li').count()).toBe(0);
        const bytes = (await Promise.all(pagefindBytes)).reduce((a, b) => a + b, 0);
        console.log(
          `first search in ${locale} ("${word}"): ${pagefindBytes.length} Pagefind files, ${bytes} bytes (uncompressed)`,
        );
        expect(w.errors).toEqual([]);
        expect(w.foreign).toEqual([]);
        await page.close();
      },
    );

    it('searches from the header form with the keyboard', async () => {
      const page = await open('/hu/listening/');
      await tabTo(page, '#site-search');
      await page.keyboard.type('komment');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/hu\/search\/\?q=komment/);
      await page.locator('.search-status').filter({ hasText: /\S/ }).waitFor();
      await page.close();
    });

    // One page of each type the design names, in a locale.
    const pageTypes = (locale: string) =>
      [
        '',
        'principles/',
        'checklist/',
        'sources/',
        'search/?q=a',
        'wizard/',
        'house-rules/',
        'privacy/',
      ].map((p) => `/${locale}/${p}`);

    describe.each(localeCodes)('axe in %s', (locale) => {
      let axeContext: BrowserContext;
      beforeAll(async () => {
        // The axe script is injected inline, which the site's CSP rightly refuses: bypass it here only.
        axeContext = await browser.newContext({ bypassCSP: true });
      });
      afterAll(async () => axeContext?.close());

      it.each([...pageTypes(locale), ...(locale === 'en' ? ['/404.html', '/?choose'] : [])])(
        '%s has no violation, light and dark',
        async (path) => {
          const failures: string[] = [];
          // One load, both schemes: the styles follow prefers-color-scheme live (no script reads it).
          const page = await axeContext.newPage();
          const response = await page.goto(server.url(path), { waitUntil: 'networkidle' });
          if (!path.startsWith('/404')) expect(response?.status(), path).toBe(200);
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            failures.push(...(await axeViolations(page)).map((v) => `${colorScheme}: ${v}`));
          }
          await page.close();
          expect(failures).toEqual([]);
        },
      );
    });

    it(
      'loads every page type with no request to another origin and no CSP or console error',
      { timeout: 240_000 },
      async () => {
        // One tab per locale at once: each page's wait is for the network to go quiet, not CPU.
        await Promise.all(
          localeCodes.map(async (locale) => {
            for (const path of pageTypes(locale)) await (await open(path)).close();
          }),
        );
        await (await open('/404.html')).close();
        await new Promise((r) => setTimeout(r, 100));
        expect(seen.foreign).toEqual([]);
        expect(
          seen.errors.filter((e) => !/404 \(Not Found\)/.test(e) || !e.startsWith('/404.html')),
        ).toEqual([]);
      },
    );
  },
);
