// The decision wizard in a real headless Chromium: German and Turkish from the first question to
// a copied draft with the keyboard alone, a shared link that reopens the same plan, axe clean on
// the question and the plan view, the page without JavaScript showing the decision table, a bad
// link showing a notice, no request leaving the origin and no console (CSP) error.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { browserMissingReason, chromiumPath } from '../support/browser';
import { axeViolations as axe, browserSite, tabTo } from '../support/e2e';
import { resolvePlan } from '../../src/playbook/decision/plan';
import { decisionTable } from '../../src/playbook/decision/table';
import type { Answers } from '../../src/playbook/decision/questions';
import type { WizardDrafts, WizardTexts } from '../../src/playbook/decision/texts';

const texts = (l: string) => JSON.parse(readFileSync(`content/wizard/${l}/texts.json`, 'utf8')) as WizardTexts;
const drafts = (l: string) => JSON.parse(readFileSync(`content/wizard/${l}/drafts.json`, 'utf8')) as WizardDrafts;

describe.skipIf(!chromiumPath)(`decision wizard in Chromium${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`, () => {
  const site = browserSite();
  const { problems } = site;
  const open = (context: BrowserContext, path: string, ready = '.wizard') => site.open(context, path, ready);

  const focused = (page: Page) => page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el ? `${el.tagName.toLowerCase()}[name=${el.name ?? ''}][value=${el.value ?? ''}]` : '';
  });

  /**
   * Answers the current question with the keyboard: the focus is on the group's first radio
   * (Tab gets there on the first question; the wizard moves it there afterwards). Arrow keys
   * move through the answers and check them; Tab reaches Next; Enter submits.
   */
  async function answerWithKeys(page: Page, question: string, index: number) {
    const first = `input[name="${question}"]`;
    if (!(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, first))) await tabTo(page, first);
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    const checked = await page.locator(`${first}:checked`).getAttribute('value');
    expect(checked, `${question} after keys (focus ${await focused(page)})`).not.toBeNull();
    await tabTo(page, '.wizard-question button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((q) => !document.querySelector(`input[name="${q}"]`), question);
    return checked!;
  }

  const stepOrder = (page: Page) => page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));

  /** Fills every gap of a step's draft with the keyboard and copies it; returns the clipboard text. */
  async function fillAndCopy(page: Page, step: string, values: string[]) {
    await tabTo(page, `[data-step="${step}"] summary`);
    await page.keyboard.press('Enter'); // opens the step
    await tabTo(page, `[data-step="${step}"] input[data-gap]`);
    const gaps = await page.locator(`[data-step="${step}"] input[data-gap]`).count();
    // Copy before filling: a warning, nothing copied.
    await tabTo(page, `[data-step="${step}"] .wizard-nav button`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`[data-step="${step}"] .wizard-status`).textContent()).toMatch(/\S/);
    expect(await page.locator(`[data-step="${step}"] .wizard-status`).getAttribute('class')).toContain('warn');
    // Shift+Tab back to the first gap, then fill them in order.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, `[data-step="${step}"] input[data-gap]`)) {
        const first = await page.evaluate(() => document.activeElement?.id);
        if (first?.endsWith('-0')) break;
      }
    }
    for (let i = 0; i < gaps; i++) {
      await page.keyboard.type(values[i % values.length]);
      if (i < gaps - 1) await tabTo(page, `[data-step="${step}"] input[data-gap]`);
    }
    await tabTo(page, `[data-step="${step}"] .wizard-nav button`);
    await page.keyboard.press('Enter');
    const status = page.locator(`[data-step="${step}"] .wizard-status`);
    await expect.poll(() => status.getAttribute('class')).toContain('copied');
    const preview = await page.locator(`[data-step="${step}"] textarea`).inputValue();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toBe(preview);
    expect(clip).not.toMatch(/\[\[/);
    return clip;
  }

  it('German: keyboard only from the first question to a copied draft; the link reopens the same plan', async () => {
    const de = texts('de');
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await open(context, '/de/wizard/');
    expect(await page.locator('#wizard-table').isHidden()).toBe(true);
    const answers: Answers = {
      kind: await answerWithKeys(page, 'kind', 1) as Answers['kind'], // heated
      platform: await answerWithKeys(page, 'platform', 1) as Answers['platform'], // facebook
      place: await answerWithKeys(page, 'place', 0) as Answers['place'], // own
      validity: await answerWithKeys(page, 'validity', 0) as Answers['validity'], // justified
      sensitive: await answerWithKeys(page, 'sensitive', 1) as Answers['sensitive'], // no
      fixable: await answerWithKeys(page, 'fixable', 0) as Answers['fixable'], // yes
      private: await answerWithKeys(page, 'private', 1) as Answers['private'], // no
      spreading: await answerWithKeys(page, 'spreading', 1) as Answers['spreading'], // no
    };
    expect(answers).toEqual({ kind: 'heated', platform: 'facebook', place: 'own', validity: 'justified', sensitive: 'no', fixable: 'yes', private: 'no', spreading: 'no' });
    await page.getByRole('heading', { name: de.ui.planTitle }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wizard-plan-h');
    const expected = resolvePlan(answers).map((s) => s.id);
    expect(await stepOrder(page)).toEqual(expected);
    expect(expected[0]).toBe('cool-down');
    expect(await page.locator('.wizard-target').textContent()).toBe('Erste öffentliche Antwort innerhalb von 30 Minuten, spätestens nach 60.');

    // When was it posted: 12 minutes ago → 18 minutes left, and the pause shrinks to fit.
    await tabTo(page, '#wizard-posted');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.wizard-left').textContent()).toBe('Noch 18 Min., um innerhalb von 30 Minuten zu antworten.');
    expect(await page.locator('[data-step="cool-down"] .wizard-pause').textContent()).toContain('Pause: 3 Min.');

    const clip = await fillAndCopy(page, 'reply-public', ['Frau Yılmaz', 'die lange Wartezeit am Samstag', 'morgen Mittag', 'Lena']);
    expect(clip).toMatch(/^(Guten Tag|Hallo) Frau Yılmaz/);
    expect(drafts('de').formal['reply-public']!.some((d) => d.startsWith(clip.slice(0, 8)))).toBe(true);

    // The same link, opened elsewhere, shows the same plan.
    const url = page.url();
    expect(new URL(url).search).toBe('?kind=heated&platform=facebook&place=own&validity=justified&sensitive=no&fixable=yes&private=no&spreading=no');
    const other = await site.browser.newContext();
    const again = await open(other, new URL(url).pathname + new URL(url).search, '[data-step]');
    expect(await stepOrder(again)).toEqual(expected);
    await again.close();
    await other.close();

    // The browser's back button goes to the previous question.
    await page.goBack();
    await page.locator('input[name="spreading"]').first().waitFor();
    await page.close();
    await context.close();
  });

  it('Turkish: keyboard only, a German reply loaded on demand, informal register, copied', async () => {
    const tr = texts('tr');
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await open(context, '/tr/wizard/');
    const answers: Answers = {
      kind: await answerWithKeys(page, 'kind', 0) as Answers['kind'], // complaint
      platform: await answerWithKeys(page, 'platform', 8) as Answers['platform'], // review-site
      validity: await answerWithKeys(page, 'validity', 2) as Answers['validity'], // unsure
      sensitive: await answerWithKeys(page, 'sensitive', 1) as Answers['sensitive'], // no
      private: await answerWithKeys(page, 'private', 0) as Answers['private'], // yes
      spreading: await answerWithKeys(page, 'spreading', 0) as Answers['spreading'], // yes
      mood: await answerWithKeys(page, 'mood', 1) as Answers['mood'], // upset
    };
    await page.getByRole('heading', { name: tr.ui.planTitle }).waitFor();
    expect(await stepOrder(page)).toEqual(resolvePlan(answers).map((s) => s.id));

    // The Turkish page, a Turkish informal reply first.
    await tabTo(page, 'input[name="wizard-register"]');
    await page.keyboard.press('ArrowRight'); // formal → informal
    expect(await page.locator('input[name="wizard-register"]:checked').getAttribute('value')).toBe('informal');
    const clip = await fillAndCopy(page, 'ask-private', ['sipariş numaranı', 'destek@ornek.com.tr', 'bugün 18:00']);
    expect(clip).toMatch(/^(Düzgünce|Bunu seninle)/);

    // Then the same step in German, fetched from this site when chosen.
    await tabTo(page, '#wizard-reply-lang');
    await page.keyboard.press('ArrowUp'); // tr → de
    await expect.poll(() => page.locator('[data-step="ask-private"] textarea').inputValue()).toMatch(/^(Damit wir|Lass uns)/);
    await page.close();
    await context.close();
  });

  it('axe finds nothing on the question view, the plan view and the decision table (de, tr; light and dark)', async () => {
    const found: string[] = [];
    for (const [locale, colorScheme] of [['de', 'light'], ['tr', 'dark']] as const) {
      const context = await site.browser.newContext({ bypassCSP: true, colorScheme });
      const question = await open(context, `/${locale}/wizard/?kind=complaint`);
      found.push(...(await axe(question)).map((v) => `${locale} ${colorScheme} question: ${v}`));
      await question.close();
      const plan = await open(context, `/${locale}/wizard/?kind=excessive&platform=facebook&place=own&validity=unjustified&sensitive=no&private=yes&spreading=yes&mood=upset`, '[data-step]');
      await plan.locator('[data-step] summary').evaluateAll((els) => els.forEach((s) => (s.parentElement as HTMLDetailsElement).open = true));
      // The decision table is what readers without JavaScript get: check it here as well.
      await plan.evaluate(() => document.getElementById('wizard-table')?.removeAttribute('hidden'));
      found.push(...(await axe(plan)).map((v) => `${locale} ${colorScheme} plan: ${v}`));
      await plan.close();
      await context.close();
    }
    expect(found).toEqual([]);
  });

  it('without JavaScript, the page shows the whole decision table', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await open(context, '/de/wizard/', '#wizard-table');
    expect(await page.locator('#wizard-table').isVisible()).toBe(true);
    const rows = await page.locator('#wizard-table tbody tr').count();
    expect(rows).toBe(decisionTable().rows.length);
    const de = texts('de').questions;
    expect(await page.locator('#wizard-table thead th').allTextContents()).toEqual(['Kommentar',
      ...decisionTable().rows[0].cells.map((c) => c.place === 'own' ? `${de.place.answers[c.place]} (${de.platform.answers[c.platform]})` : de.platform.answers[c.platform])]);
    expect(await page.locator('#wizard-root').innerHTML()).toBe('');
    // The page carries its own locale's drafts only; others load on demand.
    const html = (await (await fetch(site.server.url('/de/wizard/'))).text()).replaceAll('&quot;', '"');
    const first = (l: string) => drafts(l).informal.thank![0].slice(0, 20);
    expect(html).toContain(first('de'));
    for (const l of ['en', 'tr', 'hu']) expect(html, l).not.toContain(first(l));
    await page.close();
    await context.close();
  });

  it('a bad link shows a translated notice and a working wizard', async () => {
    const context = await site.browser.newContext();
    const page = await open(context, '/tr/wizard/?kind=haters&utm_source=x');
    const notice = await page.locator('.wizard-notice').textContent();
    expect(notice).toContain('Bağlantının bir kısmı anlaşılamadı');
    expect(notice).toContain('kind=haters, utm_source=x');
    expect(new URL(page.url()).search).toBe('');
    await page.locator('input[name="kind"]').first().waitFor();
    await page.close();
    await context.close();
  });

  it('sent nothing elsewhere and logged no error', () => {
    expect(problems.foreign).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
