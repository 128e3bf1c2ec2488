// The reader's country in a real headless Chromium on a 390×844 phone: a threat plan opened with
// `?country=XX` shows that country's emergency number in the safety notice, for each of the eight
// countries; a Swiss complaint's reply has no ß; a US reader's date is read month first.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { browserSite } from '../support/e2e';
import { countriesOf, type Country } from '../../src/playbook/decision/country';
import type { WizardTexts } from '../../src/playbook/decision/texts';
import { localeCodes, type Locale } from '../../src/i18n/locales';

const texts = (l: string) =>
  JSON.parse(readFileSync(`content/wizard/${l}/texts.json`, 'utf8')) as WizardTexts;
const phone = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  timezoneId: 'Europe/Berlin',
};
const threat =
  'kind=abusive&abuse=threat&platform=facebook&place=own&staff=no&spreading=no&mood=calm';
const complaint =
  'kind=complaint&platform=facebook&place=own&validity=justified&sensitive=no&fixable=yes&private=no&spreading=no&mood=calm';
// The number each country's notice must give, checked 2026-12-07 (see the sources pages).
const number: Record<Country, string> = {
  DE: '110',
  AT: '133',
  CH: '117',
  US: '911',
  GB: '999',
  IE: '112',
  TR: '112',
  HU: '112',
};
const cases = localeCodes.flatMap((l) => countriesOf[l].map((c) => [l, c] as [Locale, Country]));

describe.skipIf(!chromiumPath)(
  `the reader's country in Chromium${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    const site = browserSite();

    it.each(cases)(
      '%s page, country=%s: the safety notice gives its emergency number',
      async (l, c) => {
        const context = await site.browser.newContext(phone);
        const page = await site.open(context, `/${l}/wizard/?${threat}&country=${c}`, '.wizard');
        const safety = page.locator('[data-output="safety"]');
        await safety.waitFor();
        expect(await safety.textContent()).toBe(texts(l).country.safety[c]);
        expect(await safety.textContent()).toContain(number[c]);
        // The notice opens the plan and the address still names the country.
        expect(new URL(page.url()).searchParams.get('country')).toBe(c);
        await context.close();
      },
    );

    it('a Swiss complaint: the reply has ss, never ß, and the country control shows Switzerland', async () => {
      const context = await site.browser.newContext(phone);
      await context.clock.setFixedTime(new Date(new Date().setUTCHours(9, 0, 0, 0)));
      const page = await site.open(context, `/de/wizard/?${complaint}&country=CH`, '.wizard');
      const reply = page.locator('[data-output="reply"]');
      await reply.waitFor();
      const text = await reply.inputValue();
      expect(text).toContain('Grüsse');
      expect(text).not.toContain('ß');
      expect(await page.locator('[data-input="country"]').inputValue()).toBe('CH');
      await context.close();
    });

    it('a US reader types the date as Yelp shows it: 12/6/2026 is read month first, and the reply apologises for the wait', async () => {
      const context = await site.browser.newContext(phone);
      await context.clock.setFixedTime(new Date(Date.UTC(2026, 11, 7, 9)));
      const page = await site.open(context, `/en/wizard/?${complaint}&country=US`, '.wizard');
      const reply = page.locator('[data-output="reply"]');
      await reply.waitFor();
      await page.locator('[data-input="posted"]').fill('12/6/2026');
      const left = page.locator('[data-output="time-left"]');
      await expect.poll(() => left.textContent()).toBe(texts('en').ui.overdue);
      await expect
        .poll(() => reply.inputValue())
        .toContain('Apologies for taking a while to reply');
      // Unreadable: the countdown goes instead of staying stale.
      await page.locator('[data-input="posted"]').fill('7 Aralık');
      await page.locator('[data-input="posted"]').press('Enter');
      await expect.poll(() => left.textContent()).toBe('');
      await context.close();
    });

    it('leaves no request to another origin and no console or CSP error', () => {
      expect(site.problems.foreign).toEqual([]);
      expect(site.problems.errors).toEqual([]);
    });
  },
);
