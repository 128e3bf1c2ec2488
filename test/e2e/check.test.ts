// The reply check in a real headless Chromium on a phone (390×844), in every locale: a pasted
// unsafe reply, typed with the keyboard alone, shows the right warning with its words marked and
// the count against the platform's limit; the platform comes from ?platform= and goes back into
// it; axe finds nothing; nothing is sent elsewhere. Then offline after one visit (the same browser).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { axeViolations, browserSite, cachedPaths, tabTo } from '../support/e2e';
import { serveDist } from '../support/server';
import { localeCodes } from '../../src/i18n/locales';

const replies: Record<string, { text: string; marked: string }> = {
  en: {
    text: 'Sorry Dave, we checked our records and you never ordered from us.',
    marked: 'checked our records',
  },
  de: {
    text: 'Laut unserem Kassensystem haben Sie an dem Tag gar nichts gekauft.',
    marked: 'Laut unserem Kassensystem',
  },
  tr: {
    text: 'Kayıtlarımıza göre o gün bizden hiç alışveriş yapmadınız.',
    marked: 'Kayıtlarımıza',
  },
  hu: {
    text: 'A nyilvántartásunk szerint aznap nem vásárolt nálunk.',
    marked: 'nyilvántartásunk szerint',
  },
};
const say = (l: string) =>
  JSON.parse(readFileSync(`content/analysis/${l}.json`, 'utf8')).reply.say as Record<
    string,
    string
  >;

describe.skipIf(!chromiumPath)(
  `reply check in Chromium${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    const site = browserSite();

    for (const locale of localeCodes) {
      it(`${locale}: a typed reply shows the records warning with its words marked, keyboard alone; axe finds nothing`, async () => {
        // bypassCSP for axe's injected script only; the other tests here run under the CSP.
        const context = await site.browser.newContext({
          viewport: { width: 390, height: 844 },
          bypassCSP: true,
        });
        const page = await site.open(
          context,
          `/${locale}/check/?platform=google`,
          '[data-input="reply"]',
        );
        expect(await page.locator('[data-input="platform"]').inputValue()).toBe('google');
        await tabTo(page, '[data-input="reply"]');
        await page.keyboard.type(replies[locale]!.text);
        const warning = page.locator('[data-warning="records"]');
        await warning.waitFor();
        expect(await warning.textContent()).toContain(say(locale).records);
        expect(await warning.locator('mark').first().textContent()).toBe(replies[locale]!.marked);
        expect(await page.locator('[data-count]').textContent()).toMatch(/4[.,\s ]?096/);
        // The platform, by keyboard: X, and the address follows.
        await tabTo(page, '[data-input="platform"]');
        await page.keyboard.press('x');
        await expect.poll(() => page.locator('[data-input="platform"]').inputValue()).toBe('x');
        await expect.poll(() => new URL(page.url()).searchParams.get('platform')).toBe('x');
        expect(await page.locator('[data-count]').textContent()).toMatch(/280/);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }

    it('an unknown ?platform= is dropped with a notice, the page still works', async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await site.open(context, '/en/check/?platform=myspace', '[data-input="reply"]');
      expect(await page.locator('.check-notice').textContent()).toBeTruthy();
      expect(await page.locator('[data-input="platform"]').inputValue()).toBe('instagram');
      await context.close();
    });

    // The same browser, a server of its own: stopping it cuts the network for this test only.
    it('offline after one visit: opens and warns with the network cut', async () => {
      const server = await serveDist();
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
      try {
        const page = await context.newPage();
        await page.goto(server.url('/de/check/'));
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
          timeout: 30_000,
        });
        await expect
          .poll(() => cachedPaths(page), { timeout: 30_000 })
          .toEqual(expect.arrayContaining(['/de/check/', '/de/check/reply.json']));
        await page.close();
        await server.close();
        await context.setOffline(true);
        const off = await context.newPage();
        await off.goto(server.url('/de/check/?platform=tiktok'));
        await off.locator('[data-input="reply"]').focus();
        await off.keyboard.type(replies.de!.text);
        await off.locator('[data-warning="records"] mark').first().waitFor();
      } finally {
        await context.close();
        await server.close().catch(() => undefined);
      }
    }, 90_000);

    it('sends nothing elsewhere and logs no error', () => {
      expect(site.problems.foreign).toEqual([]);
      expect(site.problems.errors).toEqual([]);
    });
  },
);
