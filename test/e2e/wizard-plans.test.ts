// Plans an owner can carry out, in a real headless Chromium, for three incidents from the
// walkthrough (reviews/2026-11-30-incidents.md): a Turkish troll on Instagram gets a quiet start
// and no message after the block; a Hungarian hate review on Google gets flagged, and its draft
// claims no removal; a German threat on Facebook opens with safety, evidence and the report, takes
// the comment down before the police, and writes nothing in public.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { browserSite, expectPlanShown } from '../support/e2e';
import { localeCodes } from '../../src/i18n/locales';
import { answersFor, type Answers, type QuestionId } from '../../src/playbook/decision/questions';
import { resolvePlan } from '../../src/playbook/decision/plan';
import type { WizardTexts } from '../../src/playbook/decision/texts';

const texts = (l: string) =>
  JSON.parse(readFileSync(`content/wizard/${l}/texts.json`, 'utf8')) as WizardTexts;

/**
 * Whether the island on this branch already shows the safety notice (`data-output="safety"`) and
 * shows the response target only when the plan writes in public. Both come with issue 9.
 * TODO(issue-9): set to true when merging, so the German threat test also checks them.
 */
const ISLAND_HAS_SAFETY_NOTICE = true;

describe.skipIf(!chromiumPath)(
  `wizard plans in Chromium${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    const site = browserSite();
    const { problems } = site;

    /** Skips the paste box, then answers the questions in order with one tap each, as a phone user would. */
    async function answerAll(page: Page, locale: string, answers: Answers) {
      const t = texts(locale);
      await page.locator('[data-action="skip"]').click();
      for (;;) {
        const question = await page
          .locator('.wizard-question[data-question]')
          .getAttribute('data-question', { timeout: 5000 })
          .catch(() => null);
        if (!question) break;
        const q = question as QuestionId;
        const value = answers[q];
        expect(value, `an answer for ${q}`).toBeDefined();
        // Only the answers that fit are offered (Instagram has no reviews).
        const offered = await page
          .locator(`[data-answer^="${q}="]`)
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-answer')!.split('=')[1]));
        expect(offered, `${q} offers`).toEqual(answersFor(q, answers));
        await page
          .getByRole('button', {
            name: (t.questions[q].answers as Record<string, string>)[value!],
            exact: true,
          })
          .click();
        await page.waitForFunction(
          (name) => !document.querySelector(`.wizard-question[data-question="${name}"]`),
          q,
        );
      }
      await page.getByRole('heading', { name: t.ui.planTitle }).waitFor();
    }

    async function plan(context: BrowserContext, locale: string, answers: Answers) {
      const page = await site.open(context, `/${locale}/wizard/`, '.wizard');
      await answerAll(page, locale, answers);
      const order = await expectPlanShown(page, answers);
      return { page, order };
    }

    it('Turkish troll on Instagram: a quiet start, Instagram’s own tool, and no message after the block', async () => {
      const context = await site.browser.newContext();
      const answers: Answers = {
        kind: 'troll',
        platform: 'instagram',
        place: 'own',
        staff: 'no',
        spreading: 'no',
        mood: 'calm',
      };
      const { page, order } = await plan(context, 'tr', answers);
      expect(order.slice(0, 3)).toEqual(['monitor', 'document', 'restrict']);
      expect(order).not.toContain('reply-public');
      expect(order).not.toContain('notify-rules-private');
      const block = order.indexOf('block');
      expect(block).toBe(order.length - 1);
      // Nothing after the block asks for a message: no step after it carries a draft.
      for (const id of order.slice(block + 1))
        expect(await page.locator(`[data-step="${id}"] textarea`).count()).toBe(0);
      // The warning comes before the block, and the restrict step speaks of Instagram's tool.
      expect(order.indexOf('warn')).toBeLessThan(block);
      await page.locator('[data-step="restrict"] summary').click();
      expect(await page.locator('[data-step="restrict"] p').first().textContent()).toBe(
        texts('tr').steps.restrict.byPlatform!.instagram,
      );
      await page.close();
      await context.close();
    });

    it('Hungarian hate review on Google: flagged, never deleted, and the public line claims no removal', async () => {
      const context = await site.browser.newContext();
      const answers: Answers = {
        kind: 'abusive',
        abuse: 'hate',
        platform: 'google',
        staff: 'yes',
        spreading: 'no',
        mood: 'calm',
      };
      const { page, order } = await plan(context, 'hu', answers);
      expect(order).toContain('flag-review');
      for (const id of ['delete', 'hide', 'block', 'report-platform', 'notify-rules-private'])
        expect(order, id).not.toContain(id);
      // The team member comes first, the flag before the public line.
      expect(order.indexOf('support-staff')).toBeLessThan(order.indexOf('state-rules-public'));
      expect(order.indexOf('flag-review')).toBeLessThan(order.indexOf('state-rules-public'));
      await page.locator('[data-step="state-rules-public"] summary').click();
      const drafts: string[] = [];
      for (const variant of await page
        .locator('#wizard-public input[type="radio"][name*="variant"]')
        .all()) {
        await variant.check();
        drafts.push(await page.locator('[data-output="reply"]').inputValue());
      }
      if (drafts.length === 0) {
        await page.locator('[data-output="reply"]').waitFor();
        drafts.push(await page.locator('[data-output="reply"]').inputValue());
      }
      expect(drafts.length).toBeGreaterThan(0);
      for (const d of drafts) {
        expect(d).toMatch(/\S/);
        expect(d).not.toMatch(/eltávolít|töröl|levett|leves?sz|letilt/i);
      }
      await page.close();
      await context.close();
    });

    it('German threat on Facebook: evidence, report, taken down, then the police; nothing written in public', async () => {
      const context = await site.browser.newContext();
      const answers: Answers = {
        kind: 'abusive',
        abuse: 'threat',
        platform: 'facebook',
        place: 'own',
        staff: 'no',
        spreading: 'no',
      };
      const { page, order } = await plan(context, 'de', answers);
      expect(order.slice(0, 4)).toEqual([
        'document',
        'report-platform',
        'remove-personal-data',
        'contact-police',
      ]);
      expect(order).not.toContain('cool-down');
      // No step writes anything: no draft, no reply settings.
      expect(await page.locator('[data-step] textarea').count()).toBe(0);
      // On Facebook a hidden comment's reportability is not confirmed: report first, never hide first.
      expect(order).not.toContain('hide');
      await page.locator('[data-step="contact-police"] summary').click();
      expect(await page.locator('[data-step="contact-police"] p').first().textContent()).toContain(
        '110',
      );
      if (ISLAND_HAS_SAFETY_NOTICE) {
        // Above everything, the plan's heading included.
        const first = await page.locator('.wizard > *').first().getAttribute('data-output');
        expect(first).toBe('safety');
        expect(await page.locator('[data-output="target"]').count()).toBe(0);
      }
      await page.close();
      await context.close();
    });

    it('without JavaScript, the decision table reads on a 390 px phone with no sideways scrolling (all locales)', async () => {
      const context = await site.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
      });
      for (const locale of localeCodes) {
        const page = await site.open(context, `/${locale}/wizard/`, '#wizard-table');
        expect(await page.locator('#wizard-table').isVisible(), locale).toBe(true);
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          table: document.querySelector('#wizard-table table')!.getBoundingClientRect().right,
        }));
        expect(widths.page, `${locale} page width`).toBeLessThanOrEqual(390);
        expect(widths.table, `${locale} table right edge`).toBeLessThanOrEqual(390);
        // Each plan cell says which place (and platform) it is for, since the header row is not shown.
        const label = await page
          .locator('#wizard-table tbody td')
          .first()
          .evaluate((td) => getComputedStyle(td, '::before').content);
        expect(label, locale).toContain(`(${texts(locale).questions.platform.answers.facebook})`);
        await page.close();
      }
      await context.close();
    });

    it('sent nothing elsewhere and logged no error', () => {
      expect(problems.foreign).toEqual([]);
      expect(problems.errors).toEqual([]);
    });
  },
);
