// The reader's country in a real headless Chromium on a 390×844 phone, plans opened by a shared
// link: a threat plan with `?country=XX` shows that country's emergency number in the safety
// notice, for each of the eight countries; a Swiss dental practice's fake review gets advice before
// the reply, a reply that says nothing about its records, Swiss spelling and no EU route; a US
// reader's date is read month first. (The Hungarian toy injury, the German group rumour and the
// Turkish marketplace review are in wizard-sensitive-plans.test.ts.)
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { browserSite, expectPlanShown } from '../support/e2e';
import { countriesOf, speller, type Country } from '../../src/playbook/decision/country';
import type { Answers } from '../../src/playbook/decision/questions';
import type { WizardDrafts, WizardTexts } from '../../src/playbook/decision/texts';
import { localeCodes, type Locale } from '../../src/i18n/locales';

const texts = (l: string) =>
  JSON.parse(readFileSync(`content/wizard/${l}/texts.json`, 'utf8')) as WizardTexts;
const drafts = (l: string) =>
  JSON.parse(readFileSync(`content/wizard/${l}/drafts.json`, 'utf8')) as WizardDrafts;
const phone = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  timezoneId: 'Europe/Berlin',
};
const threat =
  'kind=abusive&abuse=threat&platform=facebook&place=own&staff=no&spreading=no&mood=calm';
const complaint =
  'kind=complaint&platform=facebook&place=own&validity=justified&sensitive=no&fixable=yes&private=no&staff=no&spreading=no&mood=calm';
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

    it('a threat plan per country: the safety notice gives that country’s emergency number', async () => {
      const context = await site.browser.newContext(phone);
      for (const [l, c] of cases) {
        const page = await site.open(context, `/${l}/wizard/?${threat}&country=${c}`, '.wizard');
        const safety = page.locator('[data-output="safety"]');
        await safety.waitFor();
        expect(await safety.textContent(), c).toBe(texts(l).country.safety[c]);
        expect(await safety.textContent(), c).toContain(number[c]);
        // The notice opens the plan and the address still names the country.
        expect(new URL(page.url()).searchParams.get('country')).toBe(c);
        await page.close();
      }
      await context.close();
    });

    it('a Swiss dental practice, a fake review on Google: advice before the reply, no word about its records, ss for ß, no EU route', async () => {
      const answers: Answers = {
        kind: 'fake',
        platform: 'google',
        sensitive: 'yes',
        spreading: 'no',
        mood: 'calm',
      };
      const context = await site.browser.newContext(phone);
      const query = new URLSearchParams(answers as Record<string, string>).toString();
      const page = await site.open(context, `/de/wizard/?${query}&country=CH`, '[data-step]');
      const order = await expectPlanShown(page, answers);
      expect(order).toContain('get-advice');
      expect(order.indexOf('get-advice')).toBeLessThan(order.indexOf('no-record'));
      const reply = page.locator('[data-output="reply"]');
      await reply.waitFor();
      const text = await reply.inputValue();
      // The discreet wording, that neither confirms nor denies a visit, spelled for Switzerland.
      const d = drafts('de');
      const ch = speller(d.spelling, 'CH');
      const discreet = [...d.formal.discreet['no-record']!, ...d.informal.discreet['no-record']!];
      expect(
        discreet.some((w) => text.includes(ch(w))),
        text,
      ).toBe(true);
      expect(text).not.toMatch(/Unterlagen|Akte|Kartei|gefunden|Besuch/);
      expect(text).not.toMatch(/[ßẞ]/);
      expect(text).toContain('Grüsse');
      expect(await page.locator('[data-input="country"]').inputValue()).toBe('CH');
      // Switzerland is not in the EU: flagging the review names no EU route (the DSA).
      const flag = await page.locator('[data-step="flag-review"]').textContent();
      expect(flag).toMatch(/\S/);
      expect(flag).not.toMatch(/\bEU\b|DSA|digitale Dienste/);
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
      await expect.poll(() => reply.inputValue()).toContain('Apologies for our slow reply');
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
