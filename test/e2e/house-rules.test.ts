// The house-rules generator in a real headless Chromium: a Turkish informal TikTok bio with a long
// name copied with the keyboard alone on a phone, "1." numbering on first load, validation on
// leaving a field, no sideways scrolling at 320 px, an example text without JavaScript, Hungarian
// formal full rules loaded on demand, a shared link that reopens the same form, axe clean, the page's JavaScript within budget, nothing sent elsewhere, no console error.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { axeViolations, browserSite, tabTo } from '../support/e2e';
import { localeCodes } from '../../src/i18n/locales';

const ui = (l: string) => JSON.parse(readFileSync(`content/house-rules/${l}/ui.json`, 'utf8'));
const phrases = (l: string) =>
  JSON.parse(readFileSync(`content/house-rules/${l}/phrases.json`, 'utf8'));

describe.skipIf(!chromiumPath)(
  `house-rules generator in Chromium${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    const site = browserSite();
    const { problems } = site;
    const open = (context: BrowserContext, path: string) =>
      site.open(context, path, '.hr-app[data-ready="true"]');

    it('copies a Turkish informal TikTok bio with a 40-character name, keyboard alone, on a phone', async () => {
      const context = await site.browser.newContext({
        viewport: { width: 390, height: 844 },
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await open(context, '/tr/house-rules/');
      const name = 'Çiçekçi Işıl ve Kardeşleri Süsleme Evi 🌷';
      expect([...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(name)].length).toBe(
        40,
      );
      // The platform comes first, right under the bio it sets the limit of.
      await tabTo(page, 'input[name="platform"]');
      await page.keyboard.press('ArrowRight'); // instagram → x
      await page.keyboard.press('ArrowRight'); // x → tiktok
      await tabTo(page, 'input[name="register"]');
      await page.keyboard.press('ArrowRight'); // formal → informal
      await tabTo(page, '#hr-name');
      await page.keyboard.type(name);
      expect(await page.locator('input[name="platform"][value="tiktok"]').isChecked()).toBe(true);
      expect(await page.locator('input[name="register"][value="informal"]').isChecked()).toBe(true);
      // The bar at the bottom of the screen: reached from the form without going back up.
      await tabTo(page, '.hr-bar button');
      expect(await page.locator('.hr-bar button').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      // "Copied ✓" shows in the bar itself, not only to a screen reader.
      const copiedNote = page.locator('.hr-bar [role="status"]', {
        hasText: ui('tr').outputs.copied,
      });
      await copiedNote.waitFor();
      expect(await copiedNote.isVisible()).toBe(true);

      const bio = (await page.locator('[data-output="bio"]').textContent())!;
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(bio);
      expect(bio.length).toBeLessThanOrEqual(80 - 27); // two thirds of TikTok's 80
      expect(bio).not.toContain('Çiçekçi'); // the profile shows the name already
      const p = phrases('tr').informal.bio;
      expect([p.welcome.long, p.welcome.short, p.welcomeDm].some((w) => bio.includes(w))).toBe(
        true,
      );
      expect(await page.locator('#hr-bio-count').textContent()).toMatch(/\/ 80 /);
      await page.waitForURL(
        (url) =>
          url.searchParams.get('platform') === 'tiktok' &&
          url.searchParams.get('register') === 'informal',
      );
      await context.close();
    });

    it('numbers the steps "1." "2." on first load, and asks for the e-mail only when the field is left', async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await open(context, '/en/house-rules/');
      expect(await page.locator('.hr-step').allTextContents()).toEqual(['1.', '2.', '3.']);
      await page.check('input[name="contact"][value="email"]');
      const field = page.locator('#hr-contact-value');
      await field.waitFor();
      expect(await page.locator('.hr-error').count()).toBe(0);
      expect(await field.getAttribute('aria-invalid')).toBeNull();
      const bio = await page.locator('[data-output="bio"]').textContent();
      await field.focus();
      await page.keyboard.press('Tab'); // leave it empty
      await page.locator('.hr-error', { hasText: ui('en').errors['contact-missing'] }).waitFor();
      expect(await page.locator('[data-output="bio"]').textContent()).toBe(bio); // the last valid text stays
      await context.close();
    });

    it('does not scroll sideways at 320 px, with and without JavaScript', async () => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await site.browser.newContext({
          viewport: { width: 320, height: 700 },
          javaScriptEnabled,
        });
        const page = await site.open(
          context,
          '/de/house-rules/?platform=linkedin&rules=no-threats,no-hate,no-insults,respect,no-spam,privacy,no-obscenity,no-impersonation,legal,on-topic&consequences=warn,hide,delete,block,report&contact=link&contactValue=https%3A%2F%2Fwww.friseursalon-beispiel.de%2Fkontakt%2Fbeschwerden',
        );
        if (javaScriptEnabled) await page.locator('.hr-app[data-ready="true"]').waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeLessThanOrEqual(320);
        await context.close();
      }
    });

    it('without JavaScript shows a ready example text and the way to the guide, not a dead form', async () => {
      const context = await site.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
      });
      const page = await site.open(context, '/hu/house-rules/');
      const bio = (await page.locator('[data-output="bio"]').textContent())!;
      const p = phrases('hu').formal;
      expect([p.bio.welcome.long, p.bio.welcome.short].some((w) => bio.includes(w))).toBe(true);
      expect(await page.locator('[data-output="bio"]').isVisible()).toBe(true);
      expect(await page.locator('[data-output="full"]').textContent()).toContain(p.full.criticism);
      expect(await page.locator('.hr-form:visible').count()).toBe(0); // the form and the platform under the bio
      expect(await page.locator('.hr-copy-row button').first().isVisible()).toBe(false);
      const guide = page.locator('.hr-nojs a[href$="/hu/community-rules/"]');
      expect(await guide.isVisible()).toBe(true);
      expect(await page.locator('.hr-nojs').textContent()).toContain(ui('hu').noJs);
      await context.close();
    });

    it('falls back to selecting the text when the clipboard is not allowed', async () => {
      const context = await site.browser.newContext();
      await context.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new Error('denied')) },
        });
        document.execCommand = () => false;
      });
      const page = await open(context, '/en/house-rules/');
      await tabTo(page, '.hr-output-bio button');
      await page.keyboard.press('Enter');
      await page
        .locator('.hr-output-bio [role="status"]', { hasText: ui('en').outputs.copyFallback })
        .waitFor();
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(
        await page.locator('[data-output="bio"]').textContent(),
      );
      await context.close();
    });

    it('writes Hungarian formal full rules, loading the Hungarian phrases on demand', async () => {
      const context = await site.browser.newContext();
      const page = await open(context, '/en/house-rules/');
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.selectOption('#hr-lang', 'hu');
      await page.check('input[name="register"][value="formal"]');
      await page.check('#hr-rule-respect');
      const hu = phrases('hu').formal.full;
      await page.locator('[data-output="full"]', { hasText: hu.rulesIntro }).waitFor();
      const full = (await page.locator('[data-output="full"]').textContent())!;
      expect(full.startsWith(hu.titleUnnamed)).toBe(true);
      expect(full).toContain(hu.rules.respect); // "Maradjon …": the Ön-form
      expect(full).toContain(
        `1. ${hu.consequences.warn}\n2. ${hu.consequences.delete}\n3. ${hu.consequences.block}`,
      );
      expect(full.endsWith(hu.contact.dm)).toBe(true);
      expect(await page.locator('[data-output="full"]').getAttribute('lang')).toBe('hu');
      expect(requests).toContain('/hu/house-rules/phrases.json');
      // The page's own words stay English.
      expect(await page.locator('#hr-full-title').textContent()).toBe(ui('en').outputs.fullTitle);
      await context.close();
    });

    it('reopens the same form from a shared link', async () => {
      const first = await site.browser.newContext();
      const page = await open(first, '/tr/house-rules/');
      await page.check('input[name="register"][value="informal"]');
      await page.check('input[name="platform"][value="bluesky"]');
      await page.fill('#hr-name', 'Çiçekçi Işıl');
      await page.uncheck('#hr-rule-no-spam');
      await page.check('#hr-rule-privacy');
      await page.check('#hr-consequence-warn');
      await page.check('input[name="contact"][value="email"]');
      await page.fill('#hr-contact-value', 'isil@cicekci.com.tr');
      await page.check('input[name="replyTime"][value="day"]');
      await page.check('#hr-emoji');
      // The island writes the URL in an effect after the render: wait for the last choice to reach it.
      await page.waitForURL(
        (url) =>
          url.searchParams.get('emoji') === '1' && url.searchParams.get('replyTime') === 'day',
      );
      const bio = await page.locator('[data-output="bio"]').textContent();
      const full = await page.locator('[data-output="full"]').textContent();
      const link = page.url();
      await first.close();

      const second = await site.browser.newContext(); // no storage: everything comes from the link
      const again = await open(second, new URL(link).pathname + new URL(link).search);
      expect(await again.locator('[data-output="bio"]').textContent()).toBe(bio);
      expect(await again.locator('[data-output="full"]').textContent()).toBe(full);
      expect(await again.inputValue('#hr-name')).toBe('Çiçekçi Işıl');
      expect(await again.inputValue('#hr-contact-value')).toBe('isil@cicekci.com.tr');
      expect(await again.locator('input[name="platform"][value="bluesky"]').isChecked()).toBe(true);
      expect(await again.locator('#hr-rule-no-spam').isChecked()).toBe(false);
      expect(await again.locator('.hr-notices').count()).toBe(0);
      await second.close();
    });

    it('turns a bad link into a notice and a working form', async () => {
      const context = await site.browser.newContext();
      const page = await open(
        context,
        '/hu/house-rules/?platform=myspace&rules=no-hate,kindness&emoji=maybe',
      );
      const notice = (await page.locator('.hr-notices').textContent())!;
      for (const bad of ['platform=myspace', 'rules=kindness', 'emoji=maybe'])
        expect(notice).toContain(bad);
      const welcome = phrases('hu').formal.bio.welcome;
      const bio = (await page.locator('[data-output="bio"]').textContent())!;
      expect([welcome.long, welcome.short].some((w) => bio.includes(w))).toBe(true);
      await context.close();
    });

    it.each(localeCodes)(
      '%s: axe finds nothing, in a fresh form and with an error showing',
      async (locale) => {
        const context = await site.browser.newContext({ bypassCSP: true });
        const page = await open(context, `/${locale}/house-rules/?contact=email&contactValue=nope`);
        for (const state of ['error', 'fixed']) {
          if (state === 'fixed') {
            await page.fill('#hr-contact-value', 'info@salon-anna.de');
            await page.locator('[data-output="bio"]').waitFor();
          }
          const violations = await axeViolations(page);
          expect(violations, `${locale} (${state})`).toEqual([]);
        }
        await context.close();
      },
    );

    it('loads at most 15 KB of JavaScript (gzip), counted in the browser (the budget in test/site/budgets.test.ts)', async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script')
          scripts.push(r.body().then((b) => gzipSync(b, { level: 9 }).length));
      });
      await page.goto(site.server.url('/de/house-rules/'), { waitUntil: 'networkidle' });
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .map((s) => s.textContent ?? '')
          .filter((t) => t.trim()),
      );
      const total =
        (await Promise.all(scripts)).reduce((a, b) => a + b, 0) +
        inline.reduce((a, t) => a + gzipSync(t, { level: 9 }).length, 0);
      console.log(`house-rules page JavaScript: ${total} bytes gzip`);
      expect(total).toBeLessThanOrEqual(15 * 1024);
      await context.close();
    });

    it('sent no request elsewhere and logged no error or CSP violation', () => {
      expect(problems.foreign).toEqual([]);
      expect(problems.errors).toEqual([]);
    });
  },
);
