// The generator's edges in a real headless Chromium, per locale: the name asked for stays in the
// bio (a shorter wording first), a DM link on YouTube becomes e-mail with a notice, a .com.tr
// address stays in an X bio, the bar says what it copied and what was left out, no focused element
// hides under the sticky bar while tabbing the whole generator at 390 px and at 200 % zoom, the
// Hungarian bar keeps Copy whole at 320 px, and the ladder's ↑/↓ buttons sit the same way on
// every step (beside each, or under each) at 320 and 390 px.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { browserSite, tabTo } from '../support/e2e';
import { localeCodes } from '../../src/i18n/locales';

const ui = (l: string) => JSON.parse(readFileSync(`content/house-rules/${l}/ui.json`, 'utf8'));
const phrases = (l: string) =>
  JSON.parse(readFileSync(`content/house-rules/${l}/phrases.json`, 'utf8'));
const { parseTweet } = createRequire(import.meta.url)('twitter-text') as {
  parseTweet: (text: string) => { weightedLength: number };
};
const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

describe.skipIf(!chromiumPath)(
  `house-rules generator's edges in Chromium${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    const site = browserSite();
    const { problems } = site;
    const open = (context: BrowserContext, path: string) =>
      site.open(context, path, '.hr-app[data-ready="true"]');
    const bioOf = async (page: Page) => (await page.locator('[data-output="bio"]').textContent())!;

    it.each(localeCodes)(
      '%s: the name asked for is in the bio when a shorter wording makes room',
      async (locale) => {
        const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
        const page = await open(
          context,
          `/${locale}/house-rules/?name=Salon%20Mia&nameInBio=yes&reserve=0&platform=instagram`,
        );
        const bio = await bioOf(page);
        expect(bio.startsWith('Salon Mia'), bio).toBe(true);
        expect(bio.length).toBeLessThanOrEqual(150);
        // Nothing left out, so no notice and a plain bar.
        expect(await page.locator('#hr-bio-notice').count()).toBe(0);
        expect(await page.locator('[data-bar-omitted]').count()).toBe(0);
        await context.close();
      },
    );

    it.each(localeCodes)(
      '%s: YouTube offers no DM; a link asking for one gets e-mail, a notice, and keeps the rest',
      async (locale) => {
        const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
        const page = await open(
          context,
          `/${locale}/house-rules/?register=informal&platform=youtube&rules=no-spam,on-topic&contact=dm&name=Salon%20Mia`,
        );
        const t = ui(locale);
        expect(await page.locator('input[name="contact"][value="dm"]').count()).toBe(0);
        expect(await page.locator('input[name="contact"][value="email"]').isChecked()).toBe(true);
        const notice = fill(t.notices.noMessages, {
          platform: 'YouTube',
          kind: t.contact.labels.email,
        });
        expect(await page.locator('.hr-notices').textContent()).toContain(notice);
        expect(await page.inputValue('#hr-name')).toBe('Salon Mia');
        expect(await page.locator('#hr-rule-on-topic').isChecked()).toBe(true);
        // Typing the address gives the bio; the warning is a public reply in the full rules.
        await page.fill('#hr-contact-value', 'info@ornek.com.tr');
        await page.locator('[data-output="bio"]', { hasText: 'info@ornek.com.tr' }).waitFor();
        const p = phrases(locale).informal;
        const full = (await page.locator('[data-output="full"]').textContent())!;
        expect(full).toContain(p.full.warnInReply);
        expect(full).not.toContain(p.full.consequences.warn);
        // Switching back to Instagram offers the DM again; switching a DM to YouTube says why.
        await page.check('input[name="platform"][value="instagram"]');
        await page.check('input[name="contact"][value="dm"]');
        await page.check('input[name="platform"][value="youtube"]');
        expect(await page.locator('input[name="contact"][value="email"]').isChecked()).toBe(true);
        expect(await page.inputValue('#hr-contact-value')).toBe('info@ornek.com.tr');
        expect(await page.locator('.hr-notices').textContent()).toContain(notice);
        await context.close();
      },
    );

    it.each(localeCodes)(
      '%s: a .com.tr e-mail stays in an X bio, counted as X counts it',
      async (locale) => {
        const context = await site.browser.newContext();
        const page = await open(
          context,
          `/${locale}/house-rules/?platform=x&contact=email&contactValue=info%40ornek.com.tr`,
        );
        const bio = await bioOf(page);
        expect(bio).toContain('info@ornek.com.tr');
        const count = Number(await page.locator('#hr-bio-count').getAttribute('data-count'));
        expect(count).toBeGreaterThanOrEqual(parseTweet(bio).weightedLength);
        expect(count).toBeLessThanOrEqual(160);
        await context.close();
      },
    );

    it.each(localeCodes)(
      '%s: the bar says how many things were left out and leads to the list',
      async (locale) => {
        const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
        const page = await open(
          context,
          `/${locale}/house-rules/?platform=tiktok&name=Salon%20Mia&nameInBio=yes&rules=no-threats,no-hate,no-insults,no-spam,privacy&contact=email&contactValue=info%40salon-mia.com`,
        );
        const left = page.locator('.hr-bar [data-bar-omitted]');
        const n = Number(await left.getAttribute('data-bar-omitted'));
        expect(n).toBeGreaterThan(0);
        expect(await left.textContent()).toBe(
          fill(ui(locale).outputs.barOmitted, { n: String(n) }),
        );
        expect(await left.getAttribute('aria-describedby')).toBe('hr-bio-notice');
        expect(await page.locator('#hr-bio-notice').isVisible()).toBe(true);
        await context.close();
      },
    );

    /** Every element focused while tabbing from the page's top to the generator's last control. */
    async function focusUnderBar(page: Page): Promise<{ hidden: string[]; stops: number }> {
      const hidden: string[] = [];
      let stops = 0;
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const r = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const bar = document.querySelector('.hr-bar');
          if (!el || el === document.body) return { done: true, under: '', counted: false };
          const app = document.querySelector('.hr-app')!;
          const inApp = app.contains(el);
          const inBar = !!bar?.contains(el);
          const done =
            !inApp && (app.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
          if (!bar || inBar || !inApp) return { done, under: '', counted: false };
          const a = el.getBoundingClientRect();
          const b = bar.getBoundingClientRect();
          const overlap = a.bottom > b.top && a.top < b.bottom && b.height > 0;
          const name = `${el.tagName.toLowerCase()}#${el.id}[${el.getAttribute('name') ?? ''}=${(el as HTMLInputElement).value ?? ''}] ${(el.textContent ?? '').trim().slice(0, 30)}`;
          return { done, under: overlap ? name : '', counted: true };
        });
        if (r.under) hidden.push(r.under);
        if (r.counted) stops++;
        if (r.done) break;
      }
      return { hidden, stops };
    }

    it.each(localeCodes)(
      '%s: no focused element hides under the sticky bar, at 390 px and at 200 % zoom',
      async (locale) => {
        for (const size of [
          { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 },
          // 200 % zoom of a 1280 × 800 window: half as many CSS pixels, twice the density.
          { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
        ]) {
          const context = await site.browser.newContext(size);
          const page = await open(
            context,
            `/${locale}/house-rules/?contact=email&contactValue=a%40b.de`,
          );
          expect(await page.locator('.hr-bar').isVisible()).toBe(true);
          const { hidden, stops } = await focusUnderBar(page);
          expect(hidden, `${locale} ${size.viewport.width} px`).toEqual([]);
          expect(stops).toBeGreaterThan(30); // the whole form was walked
          await context.close();
        }
      },
    );

    it('keeps the Hungarian bar whole at 320 px: Copy not cut off, nothing wider than the screen', async () => {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await open(context, '/hu/house-rules/');
      const button = page.locator('.hr-bar button');
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(
        await button.evaluate((b) => b.scrollWidth <= b.clientWidth && b.textContent === 'Másolás'),
      ).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      await tabTo(page, '.hr-bar button');
      await page.keyboard.press('Enter');
      const status = page.locator('.hr-bar [role="status"]');
      await status.filter({ hasText: ui('hu').outputs.copied }).waitFor();
      const s = (await status.boundingBox())!;
      expect(s.x + s.width).toBeLessThanOrEqual(320);
      await context.close();
    });

    it.each(localeCodes)(
      '%s: the ↑/↓ buttons sit the same way on every step of the ladder, at 320 and 390 px, inside the screen',
      async (locale) => {
        for (const width of [320, 390]) {
          const context = await site.browser.newContext({
            viewport: { width, height: 844 },
            isMobile: true,
            hasTouch: true,
          });
          const page = await open(context, `/${locale}/house-rules/`);
          const rows = await page.locator('.hr-ladder li:has(.hr-move)').evaluateAll((lis) =>
            lis.map((li) => {
              const label = li.querySelector('label')!.getBoundingClientRect();
              const move = li.querySelector('.hr-move')!.getBoundingClientRect();
              return {
                left: Math.round(move.left),
                right: move.right,
                under: move.top >= label.bottom - 1,
              };
            }),
          );
          expect(rows.length, `${locale} ${width}: steps with buttons`).toBeGreaterThan(1);
          const where = (r: (typeof rows)[number]) =>
            `${r.under ? 'under' : 'beside'} at ${r.left}`;
          expect(new Set(rows.map(where)), `${locale} ${width}: ${rows.map(where)}`).toHaveProperty(
            'size',
            1,
          );
          for (const r of rows) expect(r.right).toBeLessThanOrEqual(width);
          await context.close();
        }
      },
    );

    it('sent no request elsewhere and logged no error or CSP violation', () => {
      expect(problems.foreign).toEqual([]);
      expect(problems.errors).toEqual([]);
    });
  },
);
