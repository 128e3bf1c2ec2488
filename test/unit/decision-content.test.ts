// Completeness of the wizard's texts: every question, answer, step, UI text and draft in every
// locale and register, checked by the same schema the build uses. Errors name file and key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { parseWizardFile } from '../../src/playbook/decision/content-schema';
import { findGaps } from '../../src/playbook/decision/gaps';
import { messageStepIds, registers, stepIds, steps } from '../../src/playbook/decision/steps';
import { wizardUiKeys, type WizardDrafts, type WizardTexts } from '../../src/playbook/decision/texts';

const root = join(process.cwd(), 'content', 'wizard');
const file = (locale: string, name: string) => `content/wizard/${locale}/${name}.json`;
const read = (locale: string, name: string): unknown => JSON.parse(readFileSync(join(process.cwd(), file(locale, name)), 'utf8'));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const withoutGaps = (s: string) => s.replace(/\[\[[^\]]*\]\]/g, ' ');

describe('wizard content', () => {
  it('has a folder for exactly the locales of the site', () => {
    expect(readdirSync(root).sort()).toEqual([...localeCodes].sort());
  });

  const all = localeCodes.map((locale) => {
    for (const name of ['texts', 'drafts']) {
      if (!existsSync(join(process.cwd(), file(locale, name)))) throw new Error(`${file(locale, name)} is missing`);
    }
    return {
      locale,
      texts: parseWizardFile(file(locale, 'texts'), 'texts', read(locale, 'texts')) as WizardTexts,
      drafts: parseWizardFile(file(locale, 'drafts'), 'drafts', read(locale, 'drafts')) as WizardDrafts,
    };
  });

  it.each(all)('$locale: every step has a title and an explanation, and every message step ≥ 2 drafts per register', ({ texts, drafts }) => {
    expect(Object.keys(texts.steps).sort()).toEqual([...stepIds].sort());
    for (const register of registers) {
      for (const id of messageStepIds) {
        const list = drafts[register][id]!;
        expect(list.length, `${register}.${id}`).toBeGreaterThanOrEqual(2);
        expect(new Set(list).size, `${register}.${id} variants differ`).toBe(list.length);
        for (const d of list) expect(findGaps(d).length, d).toBeGreaterThan(0);
      }
    }
  });

  it.each(all)('$locale: formal and informal drafts really differ', ({ drafts }) => {
    for (const id of messageStepIds) expect(drafts.formal[id], id).not.toEqual(drafts.informal[id]);
  });

  it.each(all.filter((a) => a.locale !== 'en'))('$locale: UI texts use the same {placeholders} as English', ({ locale, texts }) => {
    const en = all.find((a) => a.locale === 'en')!.texts;
    for (const key of wizardUiKeys) expect(placeholders(texts.ui[key]), `${file(locale, 'texts')}: ui.${key}`).toEqual(placeholders(en.ui[key]));
  });

  it('German drafts keep their register: Sie formal, du informal', () => {
    const { drafts } = all.find((a) => a.locale === 'de')!;
    for (const id of messageStepIds) {
      for (const d of drafts.formal[id]!) expect(withoutGaps(d), d).not.toMatch(/\b(du|dich|dir|dein\w*|euch|euer)\b/i);
      for (const d of drafts.informal[id]!) expect(withoutGaps(d), d).not.toMatch(/\b(Sie|Ihnen|Ihr|Ihre\w*)\b/);
    }
  });

  it('Hungarian drafts keep their register: Ön formal, te informal', () => {
    const { drafts } = all.find((a) => a.locale === 'hu')!;
    for (const id of messageStepIds) {
      for (const d of drafts.informal[id]!) expect(withoutGaps(d), d).not.toMatch(/\b(Ön|Önnek|Önt|Öntől|Önnel)\b/);
      for (const d of drafts.formal[id]!) expect(withoutGaps(d), d).not.toMatch(/\b(Szia|köszi|neked|veled|tőled)\b/i);
    }
  });

  it('Turkish informal drafts address the reader as sen, formal ones never do', () => {
    const { drafts } = all.find((a) => a.locale === 'tr')!;
    for (const id of messageStepIds) {
      for (const d of drafts.formal[id]!) expect(withoutGaps(d), d).not.toMatch(/\b(sen|sana|seni|seninle)\b/i);
    }
  });

  it('names the file and the key when something is missing', () => {
    const texts = read('de', 'texts') as { steps: Record<string, unknown>; ui: Record<string, unknown> };
    delete texts.steps.warn;
    delete texts.ui.copy;
    expect(() => parseWizardFile('content/wizard/de/texts.json', 'texts', texts)).toThrow(/content\/wizard\/de\/texts\.json: missing key "ui\.copy"[\s\S]*content\/wizard\/de\/texts\.json: missing key "steps\.warn"/);
    const drafts = read('tr', 'drafts') as { informal: Record<string, string[]> };
    drafts.informal.thank = ['Sadece bir taslak [[ad]]'];
    delete drafts.informal.warn;
    const parseTr = () => parseWizardFile('content/wizard/tr/drafts.json', 'drafts', drafts);
    expect(parseTr).toThrow(/content\/wizard\/tr\/drafts\.json: invalid value for key "informal\.thank" \(Too small/);
    expect(parseTr).toThrow(/content\/wizard\/tr\/drafts\.json: missing key "informal\.warn"/);
    expect(() => parseWizardFile('x.json', 'drafts', { formal: { thank: ['no gap', 'none'] } })).toThrow(/x\.json: invalid value for key "formal\.thank\.0" \(draft has no gap/);
  });
});

describe('step guide links', () => {
  it('every step explains itself on a guide page that exists in every locale', () => {
    for (const locale of localeCodes) {
      for (const id of stepIds) {
        const page = join(process.cwd(), 'content', 'guide', locale, `${steps[id].guide}.mdx`);
        expect(existsSync(page), `${id} → ${locale}/${steps[id].guide}`).toBe(true);
      }
    }
  });

  it('the steps that touch the law (police, legal advice) point to the law page', () => {
    expect(steps['contact-police'].guide).toBe('law');
    expect(steps['get-advice'].guide).toBe('law');
  });
});
