// Plans for the incidents of the second reading (reviews/2026-12-07-incidents.md), opened by a
// shared link on a 390×844 phone in a real headless Chromium: a Hungarian toy that hurt a child
// gets its product-safety step and the get-well words; a German rumour in someone else's group is
// corrected in public and the admins are asked; a Turkish marketplace review offers the
// marketplace's messages, no e-mail; a German dental practice's fake review gets advice first and
// a reply that says nothing about its records.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { browserSite, expectPlanShown } from '../support/e2e';
import type { Answers } from '../../src/playbook/decision/questions';
import { resolvePlan } from '../../src/playbook/decision/plan';
import type { WizardDrafts } from '../../src/playbook/decision/texts';

const drafts = (l: string) =>
  JSON.parse(readFileSync(`content/wizard/${l}/drafts.json`, 'utf8')) as WizardDrafts;

describe.skipIf(!chromiumPath)(
  `sensitive plans, rumours and marketplaces in Chromium${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    const site = browserSite();
    const { problems } = site;

    /** Opens the wizard by a shared link with every answer, on a phone; returns the plan shown. */
    async function openPlan(locale: string, answers: Answers) {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
      const query = new URLSearchParams(answers as Record<string, string>).toString();
      const page = await site.open(context, `/${locale}/wizard/?${query}`, '[data-step]');
      const plan = await expectPlanShown(page, answers);
      return { context, page, order: plan };
    }
    const output = (page: Page, name: string) =>
      page
        .locator(`[data-output="${name}"]`)
        .all()
        .then((all) => Promise.all(all.map((o) => o.inputValue())));

    it('Hungarian toy injury on Facebook: the product is checked before anything is written, the reply opens with get-well words and offers Facebook’s messages', async () => {
      const { context, page, order } = await openPlan('hu', {
        kind: 'complaint',
        platform: 'facebook',
        place: 'own',
        validity: 'unsure',
        sensitive: 'yes',
        concern: 'product',
        staff: 'no',
        spreading: 'no',
        mood: 'calm',
      });
      expect(order.indexOf('product-safety')).toBeGreaterThanOrEqual(0);
      expect(order.indexOf('product-safety')).toBeLessThan(order.indexOf('reply-public'));
      expect(order).toContain('ask-message');
      expect(order).not.toContain('ask-private');
      // The step links the law page's section on injuries (Hungary's, the only country of /hu/).
      expect(
        await page.locator('[data-step="product-safety"] a[href$="/hu/law/#injury"]').count(),
      ).toBe(1);
      const [reply] = await output(page, 'reply');
      const d = drafts('hu');
      const wishes = [...d.formal.parts['wish-well']!, ...d.informal.parts['wish-well']!];
      expect(
        wishes.some((w) => reply!.includes(w)),
        reply,
      ).toBe(true);
      expect(reply).not.toContain(d.gaps.contact!.label);
      expect(reply).not.toMatch(/@/);
      await context.close();
    });

    it('German rumour in a group someone else runs: corrected in public, the admins asked, no private talk', async () => {
      const { context, page, order } = await openPlan('de', {
        kind: 'rumour',
        platform: 'group',
        validity: 'unjustified',
        sensitive: 'no',
        spreading: 'yes',
        mood: 'calm',
      });
      expect(order).toContain('correct-facts');
      expect(order.indexOf('ask-admins')).toBeGreaterThan(order.indexOf('correct-facts'));
      for (const id of ['ask-private', 'invite-offline', 'continue-private', 'keep-answering'])
        expect(order, id).not.toContain(id);
      const [reply] = await output(page, 'reply');
      expect(reply).toMatch(/\S/);
      // The correction is the public reply, written under the rumour: its step points to that card.
      expect(
        await page.locator('[data-step="correct-facts"] a[href="#wizard-public"]').count(),
      ).toBe(1);
      expect(await output(page, 'private')).toEqual([]);
      await context.close();
    });

    it('Turkish marketplace review: one seller reply that offers the marketplace’s messages, no e-mail or phone under it', async () => {
      const { context, page, order } = await openPlan('tr', {
        kind: 'complaint',
        platform: 'marketplace',
        validity: 'unsure',
        sensitive: 'no',
        private: 'yes',
        staff: 'no',
        spreading: 'no',
        mood: 'calm',
      });
      expect(order).toContain('ask-message');
      expect(order).not.toContain('ask-private');
      const [reply] = await output(page, 'reply');
      const d = drafts('tr');
      expect(reply).not.toContain(d.gaps.contact!.label);
      expect(reply).not.toMatch(/@|e-posta|telefon/i);
      await context.close();
    });

    it('German dental practice, a fake review on Google: advice first, and a reply that neither confirms nor denies a visit', async () => {
      const { context, page, order } = await openPlan('de', {
        kind: 'fake',
        platform: 'google',
        sensitive: 'yes',
        spreading: 'no',
        mood: 'calm',
      });
      expect(order.indexOf('get-advice')).toBeLessThan(order.indexOf('no-record'));
      expect(order).toContain('flag-review');
      const [reply] = await output(page, 'reply');
      const d = drafts('de');
      const discreet = [...d.formal.discreet['no-record']!, ...d.informal.discreet['no-record']!];
      expect(
        discreet.some((w) => reply!.includes(w)),
        reply,
      ).toBe(true);
      expect(reply).not.toMatch(/Unterlagen|gefunden|keinen passenden|Besuch gefunden/);
      await context.close();
    });

    it('sent nothing elsewhere and logged no error', () => {
      expect(problems.foreign).toEqual([]);
      expect(problems.errors).toEqual([]);
    });
  },
);
