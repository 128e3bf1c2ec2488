// The home's quick starts on a 390×844 phone in Chromium: in every language, "A threat" is in the
// first screen, and one tap on it opens the wizard with the safety notice (the emergency number)
// on screen, above the question.
import { describe, expect, it } from 'vitest';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { browserSite } from '../support/e2e';
import { localeCodes } from '../../src/i18n/locales';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

describe.skipIf(!chromiumPath)(
  `the home's quick starts${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    const site = browserSite();

    it.each(localeCodes)(
      '%s: from the home, "A threat" → the safety notice on the first screen',
      async (locale) => {
        const context = await site.browser.newContext(phone);
        const page = await site.open(context, `/${locale}/`, '[data-quick-start="threat"]');
        const link = page.locator('[data-quick-start="threat"]');
        const l = (await link.boundingBox())!;
        expect(l.y + l.height, 'the link in the first screen').toBeLessThanOrEqual(844);
        expect(l.height, 'a target at least 44 px tall').toBeGreaterThanOrEqual(44);
        await link.tap();
        const safety = page.locator('[data-output="safety"]');
        await safety.waitFor();
        expect(new URL(page.url()).pathname).toBe(`/${locale}/wizard/`);
        const s = (await safety.boundingBox())!;
        expect(s.y + s.height).toBeLessThanOrEqual(844);
        expect(await safety.textContent()).toMatch(/\b(911|112|999|110)\b/);
        const question = (await page.locator('#wizard-q-h').boundingBox())!;
        expect(s.y).toBeLessThan(question.y);
        await context.close();
      },
    );

    it('sent nothing elsewhere and logged no error', () => {
      expect(site.problems.foreign).toEqual([]);
      expect(site.problems.errors).toEqual([]);
    });
  },
);
