// The site's edges in a real headless Chromium: the checklist prints on one sheet, A4 and Letter,
// in every language, with dark links from a dark-mode browser; the header menu closes with Escape
// (focus back on its toggle) and with a tap outside; the header keeps to two rows at 320 px in
// every language; axe finds nothing on the About page, the checklist, a long guide page with its
// "On this page" list and the offline page, light and dark.
import { describe, expect, it } from 'vitest';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { axeViolations, browserSite, tabTo } from '../support/e2e';
import { localeCodes } from '../../src/i18n/locales';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Pages in a PDF, counted from its page objects ("/Type /Page", not "/Type /Pages"). */
const pdfPages = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

describe.skipIf(!chromiumPath)(
  `the site's edges in Chromium${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    const site = browserSite();

    it.each(localeCodes)(
      '%s: the checklist prints on one page, A4 and Letter, links dark from a dark-mode browser',
      { timeout: 60_000 },
      async (locale) => {
        const ctx = await site.browser.newContext({ colorScheme: 'dark' });
        const page = await site.open(ctx, `/${locale}/checklist/`, 'h1');
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        for (const format of ['A4', 'Letter'] as const) {
          expect(pdfPages(await page.pdf({ format })), `${locale} ${format}`).toBe(1);
        }
        const colours = await page
          .locator('main a')
          .evaluateAll((as) => [...new Set(as.map((a) => getComputedStyle(a).color))]);
        expect(colours).toEqual(['rgb(0, 0, 0)']);
        await ctx.close();
      },
    );

    it('the menu closes with Escape (focus back on its toggle) and with a tap outside it', async () => {
      const ctx = await site.browser.newContext(phone);
      const page = await site.open(ctx, '/hu/principles/', 'h1');
      const menu = page.locator('.site-menu');
      const isOpen = () => menu.evaluate((d) => (d as HTMLDetailsElement).open);
      await tabTo(page, '.site-menu summary');
      await page.keyboard.press('Enter');
      expect(await isOpen()).toBe(true);
      await tabTo(page, '.site-menu-panel a');
      await page.keyboard.press('Escape');
      expect(await isOpen()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.matches('.site-menu summary'))).toBe(
        true,
      );
      await page.locator('.site-menu summary').tap();
      expect(await isOpen()).toBe(true);
      // A tap on the page below the open panel.
      await page.touchscreen.tap(200, 800);
      expect(await isOpen()).toBe(false);
      await ctx.close();
    });

    it.each(localeCodes)(
      '%s: at 320 px the header keeps to two rows and nothing scrolls sideways',
      async (locale) => {
        const ctx = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
        for (const path of [`/${locale}/`, `/${locale}/about/`, `/${locale}/house-rules/`]) {
          const page = await site.open(ctx, path, 'h1');
          const rows = await page.evaluate(() => {
            const tops = [...document.querySelectorAll('.site-header > *')].map((e) =>
              Math.round(e.getBoundingClientRect().top),
            );
            return new Set(tops).size;
          });
          expect(rows, path).toBeLessThanOrEqual(2);
          expect(
            (await page.locator('.site-header').boundingBox())!.height,
            path,
          ).toBeLessThanOrEqual(120);
          expect(
            await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            ),
            path,
          ).toBe(0);
          await page.close();
        }
        await ctx.close();
      },
    );

    it.each(localeCodes)(
      '%s: axe finds nothing on About, the checklist, a long guide page and the offline page, light and dark',
      { timeout: 120_000 },
      async (locale) => {
        const failures: string[] = [];
        const ctx = await site.browser.newContext({ ...phone, bypassCSP: true });
        for (const path of [
          `/${locale}/about/`,
          `/${locale}/checklist/`,
          `/${locale}/law/`,
          `/${locale}/offline/`,
        ]) {
          // One load, both schemes: the styles follow prefers-color-scheme live.
          const page = await ctx.newPage();
          await page.goto(site.server.url(path), { waitUntil: 'networkidle' });
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            failures.push(
              ...(await axeViolations(page)).map((v) => `${colorScheme} ${path}: ${v}`),
            );
          }
          await page.close();
        }
        await ctx.close();
        expect(failures).toEqual([]);
      },
    );

    it('sent nothing to another origin and logged no console or CSP error', () => {
      expect(site.problems.foreign).toEqual([]);
      expect(site.problems.errors).toEqual([]);
    });
  },
);
