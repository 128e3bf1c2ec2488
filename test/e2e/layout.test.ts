// Ways in and around the site in a real headless Chromium, on a phone first: the start button on
// the first screen of every home and on the 404, a two-row header with 44 px targets, the language
// switch carrying the wizard's and the generator's answers, previous/next through the guide, the
// checklist's Print button and printout, no sideways scroll at 320 px, axe on what changed.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { axeViolations, browserSite, tabTo } from '../support/e2e';
import { readGuide } from '../support/content';
import { localeCodes } from '../../src/i18n/locales';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** The guide's slugs in reading order for a locale, from content/ (not from the built page). */
const guideOrder = (locale: string) =>
  readGuide()
    .filter((g) => g.id.startsWith(`${locale}/`))
    .sort((a, b) => Number(a.data.order) - Number(b.data.order))
    .map((g) => g.id.slice(locale.length + 1));

/** Page types the design names, as paths in a locale. */
const pageTypes = (locale: string) =>
  [
    '',
    'principles/',
    'trolls-and-abuse/',
    'checklist/',
    'sources/',
    'privacy/',
    'search/?q=kommentar',
    'wizard/',
    'wizard/?kind=heated',
    'house-rules/',
    'check/?platform=tiktok',
    '404.html',
  ].map((p) => `/${locale}/${p}`);

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!chromiumPath)(
  `layout and navigation in Chromium${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    const site = browserSite();
    const { problems } = site;
    let context: BrowserContext;
    const phoneContext = async () => (context ??= await site.browser.newContext(phone));

    it.each(localeCodes)(
      '%s home: the start button into the wizard is on the first phone screen',
      async (locale) => {
        const page = await site.open(await phoneContext(), `/${locale}/`);
        const button = page.locator('main .start-button');
        const box = (await button.boundingBox())!;
        expect(box.y + box.height, 'bottom of the start button').toBeLessThanOrEqual(844);
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(new URL(await button.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
          `/${locale}/wizard/`,
        );
        await page.close();
      },
    );

    it("the 404 offers the wizard: in every language at the root, in the path's language per locale", async () => {
      const ctx = await phoneContext();
      const root = await site.open(ctx, '/no-such-page/');
      const starts = await root
        .locator('main a[href$="/wizard/"]')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(starts.sort()).toEqual(localeCodes.map((l) => `/${l}/wizard/`).sort());
      expect(await root.locator('main .start-button').isVisible()).toBe(true);
      await root.close();
      // Served for a German address, the root 404 leads with German and its start button.
      const de = await site.open(ctx, '/de/nichts-hier/');
      expect(await de.locator('main > section').first().getAttribute('lang')).toBe('de');
      expect(
        new URL(
          await de.locator('main .start-button').evaluate((a) => (a as HTMLAnchorElement).href),
        ).pathname,
      ).toBe('/de/wizard/');
      await de.close();
      for (const locale of localeCodes) {
        const page = await site.open(ctx, `/${locale}/404.html`);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        const start = page.locator('main .start-button');
        expect(await start.isVisible()).toBe(true);
        expect(new URL(await start.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
          `/${locale}/wizard/`,
        );
        await page.close();
      }
    });

    it.each(localeCodes)(
      '%s: the phone header is at most two rows (≤ 120 px at 390 px) with targets ≥ 44 px',
      async (locale) => {
        for (const path of [
          `/${locale}/`,
          `/${locale}/principles/`,
          `/${locale}/wizard/`,
          `/${locale}/house-rules/`,
        ]) {
          const page = await site.open(await phoneContext(), path);
          const header = (await page.locator('.site-header').boundingBox())!;
          expect(header.height, `${path} header height`).toBeLessThanOrEqual(120);
          await page.locator('.site-menu summary').click();
          const small = await page
            .locator(
              '.site-header a, .site-header button, .site-header input, .site-header summary',
            )
            .evaluateAll((els) =>
              els
                .filter((e) => e.checkVisibility())
                .map((e) => ({
                  what: `${e.tagName} ${e.textContent?.trim() ?? ''}`,
                  h: e.getBoundingClientRect().height,
                  w: e.getBoundingClientRect().width,
                }))
                .filter((r) => r.h < 44 || r.w < 44)
                .map((r) => `${r.what}: ${Math.round(r.w)}×${Math.round(r.h)}`),
            );
          expect(small, path).toEqual([]);
          // The search box says what it is for.
          expect(await page.locator('#site-search').getAttribute('placeholder')).toMatch(/\S/);
          // The wizard is the header's primary action, outside the menu.
          expect(
            new URL(
              await page
                .locator('.site-header > .header-cta')
                .evaluate((a) => (a as HTMLAnchorElement).href),
            ).pathname,
          ).toBe(`/${locale}/wizard/`);
          await page.close();
        }
      },
    );

    it('opens the menu and picks a language with the keyboard alone', async () => {
      const page = await site.open(await phoneContext(), '/de/listening/');
      await tabTo(page, '.site-menu summary');
      await page.keyboard.press('Enter');
      await tabTo(page, '.lang-switcher a[data-locale="hu"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/hu\/listening\/$/);
      await page.close();
    });

    it("keeps the wizard's answers when the language is switched", async () => {
      const page = await site.open(await phoneContext(), '/en/wizard/', '.wizard');
      await page.locator('[data-action="skip"]').click();
      await page.locator('.wizard-question [data-answer]').first().click();
      await page.waitForFunction(() => location.search.includes('kind='));
      const query = new URL(page.url()).search;
      await page.locator('.site-menu summary').click();
      const link = page.locator('.lang-switcher a[data-locale="de"]');
      expect(await link.getAttribute('href')).toBe(`/de/wizard/${query}`);
      await link.click();
      await page.waitForURL((url) => url.pathname === '/de/wizard/');
      expect(new URL(page.url()).search).toBe(query);
      await page.close();
    });

    it("keeps the generator's answers when the language is switched", async () => {
      const page = await site.open(
        await phoneContext(),
        '/en/house-rules/',
        '.hr-app[data-ready="true"]',
      );
      await page.locator('input[name="platform"][value="tiktok"]').check();
      await page.waitForFunction(() => location.search.includes('platform=tiktok'));
      const query = new URL(page.url()).search;
      await page.locator('.site-menu summary').click();
      await page.locator('.lang-switcher a[data-locale="tr"]').click();
      await page.waitForURL((url) => url.pathname === '/tr/house-rules/');
      expect(new URL(page.url()).search).toBe(query);
      expect(await page.locator('input[name="platform"][value="tiktok"]').isChecked()).toBe(true);
      await page.close();
    });

    it.each(localeCodes)(
      "%s: previous and next follow the guide's order, and the current page is marked",
      async (locale) => {
        const order = guideOrder(locale);
        const ctx = await phoneContext();
        for (const i of [0, 1, order.length - 1]) {
          const slug = order[i]!;
          const page = await site.open(ctx, `/${locale}/${slug}/`);
          const hrefOf = async (rel: string) => {
            const link = page.locator(`.guide-pager a[rel="${rel}"]`);
            return (await link.count())
              ? new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname
              : undefined;
          };
          expect(await hrefOf('prev'), `${slug} previous`).toBe(
            i > 0 ? `/${locale}/${order[i - 1]}/` : undefined,
          );
          expect(await hrefOf('next'), `${slug} next`).toBe(
            i < order.length - 1 ? `/${locale}/${order[i + 1]}/` : undefined,
          );
          expect(await page.locator('.guide-nav a[aria-current="page"]').count()).toBe(1);
          // "Guide" is current in the header on every guide page; the checklist has its own entry.
          expect(
            await page
              .locator('.main-nav a[aria-current]')
              .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)),
            slug,
          ).toEqual([slug === 'checklist' ? `/${locale}/checklist/` : `/${locale}/${order[0]}/`]);
          // On a phone the contents link, near the top, leads to the guide's list.
          const contents = page.locator('main .contents-link');
          expect((await contents.boundingBox())!.y).toBeLessThan(300);
          await contents.click();
          await page.waitForFunction(() => location.hash === '#guide-nav');
          await page.close();
        }
      },
    );

    it('prints the checklist from a button reached with the keyboard; the printout names the address and the date', async () => {
      const page = await site.open(await phoneContext(), '/de/checklist/');
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed++;
        };
      });
      await tabTo(page, '.print-button');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      expect(await page.locator('.print-meta').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.print-button').isVisible()).toBe(false);
      const meta = (await page.locator('.print-meta').textContent())!;
      expect(meta).toContain(`${new URL(page.url()).origin}/de/checklist/`);
      expect(meta).toContain(
        new Intl.DateTimeFormat('de', { dateStyle: 'long' }).format(new Date()),
      );
      await page.close();
    });

    it.each(localeCodes)(
      '%s: no page scrolls sideways at 320 px, with and without JavaScript',
      { timeout: 120_000 },
      async (locale) => {
        const wide: string[] = [];
        for (const javaScriptEnabled of [true, false]) {
          const ctx = await site.browser.newContext({
            viewport: { width: 320, height: 640 },
            javaScriptEnabled,
          });
          // One page walks them all: a page that has loaded and hydrated its islands has its
          // final width (the search page waits for its results).
          const [first, ...rest] = pageTypes(locale);
          const page = await site.open(ctx, first!);
          for (const path of [first!, ...rest]) {
            if (path !== first)
              await page.goto(site.server.url(path), {
                waitUntil: path.includes('search') ? 'networkidle' : 'load',
              });
            if (javaScriptEnabled)
              await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
            const over = await horizontalOverflow(page);
            if (over > 0) wide.push(`${path}${javaScriptEnabled ? '' : ' (no JS)'}: ${over} px`);
          }
          await page.close();
          await ctx.close();
        }
        expect(wide).toEqual([]);
      },
    );

    it(
      'no guide page of any language scrolls sideways at 320 px (long words and addresses wrap)',
      { timeout: 180_000 },
      async () => {
        const ctx = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
        const page = await ctx.newPage();
        const wide: string[] = [];
        for (const locale of localeCodes) {
          for (const slug of guideOrder(locale)) {
            await page.goto(site.server.url(`/${locale}/${slug}/`), { waitUntil: 'load' });
            const over = await horizontalOverflow(page);
            if (over > 0) wide.push(`/${locale}/${slug}/: ${over} px`);
          }
        }
        await ctx.close();
        expect(wide).toEqual([]);
      },
    );

    it.each(localeCodes)(
      '%s: axe finds nothing on the changed pages, menu closed and open, light and dark',
      { timeout: 120_000 },
      async (locale) => {
        const failures: string[] = [];
        const ctx = await site.browser.newContext({ ...phone, bypassCSP: true });
        for (const path of [
          `/${locale}/`,
          `/${locale}/kinds-of-comments/`,
          `/${locale}/checklist/`,
          `/${locale}/404.html`,
          `/${locale}/wizard/?kind=heated`,
        ]) {
          // One load, both schemes: the styles follow prefers-color-scheme live.
          const page = await ctx.newPage();
          await page.goto(site.server.url(path), { waitUntil: 'networkidle' });
          const menu = page.locator('.site-menu');
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            await expect
              .poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open))
              .toBe(false);
            failures.push(
              ...(await axeViolations(page)).map((v) => `${colorScheme} ${path}: ${v}`),
            );
            await menu.locator('summary').click();
            failures.push(
              ...(await axeViolations(page)).map((v) => `${colorScheme} ${path} (menu open): ${v}`),
            );
            await menu.locator('summary').click();
          }
          await page.close();
        }
        await ctx.close();
        expect(failures).toEqual([]);
      },
    );

    it('sent nothing to another origin and logged no console or CSP error', async () => {
      await context?.close();
      expect(problems.foreign).toEqual([]);
      expect(problems.errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
    });
  },
);
