// Completeness of the wizard's texts: every question, answer, step, UI text and draft in every
// locale and register, checked by the same schema the build uses. Errors name file and key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales';
import { parseWizardFile } from '../../../src/playbook/decision/content-schema';
import { findGaps } from '../../../src/playbook/decision/gaps';
import { resolvePlan } from '../../../src/playbook/decision/plan';
import { messageStepIds, registers, stepIds, steps } from '../../../src/playbook/decision/steps';
import { stepGuides } from '../../../src/playbook/decision/step-guides';
import {
  wizardUiKeys,
  type WizardDrafts,
  type WizardTexts,
} from '../../../src/playbook/decision/texts';

const root = join(process.cwd(), 'content', 'wizard');
const file = (locale: string, name: string) => `content/wizard/${locale}/${name}.json`;
const read = (locale: string, name: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), file(locale, name)), 'utf8'));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const withoutGaps = (s: string) => s.replace(/\[\[[^\]]*\]\]/g, ' ');

describe('wizard content', () => {
  it('has a folder for exactly the locales of the site', () => {
    expect(readdirSync(root).sort()).toEqual([...localeCodes].sort());
  });

  const all = localeCodes.map((locale) => {
    for (const name of ['texts', 'drafts']) {
      if (!existsSync(join(process.cwd(), file(locale, name))))
        throw new Error(`${file(locale, name)} is missing`);
    }
    return {
      locale,
      texts: parseWizardFile(file(locale, 'texts'), 'texts', read(locale, 'texts')) as WizardTexts,
      drafts: parseWizardFile(
        file(locale, 'drafts'),
        'drafts',
        read(locale, 'drafts'),
      ) as WizardDrafts,
    };
  });

  it.each(all)(
    '$locale: every step has a title and an explanation, and every writing step ≥ 2 wordings per register',
    ({ texts, drafts }) => {
      expect(Object.keys(texts.steps).sort()).toEqual([...stepIds].sort());
      for (const register of registers) {
        for (const list of [
          drafts[register].greeting,
          drafts[register].closing,
          ...messageStepIds.map((id) => drafts[register].parts[id]!),
        ]) {
          expect(list.length).toBeGreaterThanOrEqual(2);
          expect(new Set(list).size, `${register}: ${list[0]} – wordings differ`).toBe(list.length);
        }
        // The greeting names the person and the sign-off the writer; no part repeats either.
        for (const g of drafts[register].greeting) expect(findGaps(g)).toEqual(['name']);
        for (const c of drafts[register].closing) expect(findGaps(c)).toEqual(['signer']);
        for (const id of messageStepIds)
          for (const d of drafts[register].parts[id]!)
            expect(findGaps(d), d).not.toContain('signer');
      }
    },
  );

  it.each(all)('$locale: each gap has its own label, and every label is used', ({ drafts }) => {
    const used = new Set(
      registers.flatMap((r) =>
        [
          ...drafts[r].greeting,
          ...drafts[r].closing,
          ...Object.values(drafts[r].parts).flat(),
        ].flatMap(findGaps),
      ),
    );
    expect([...used].sort()).toEqual(Object.keys(drafts.gaps).sort());
    const labels = Object.values(drafts.gaps).map((g) => g.label);
    expect(new Set(labels).size).toBe(labels.length);
    // The "still empty" list joins labels with semicolons: a label must not hold one.
    for (const l of labels) expect(l, l).not.toMatch(/;/);
  });

  it.each(all)(
    '$locale: every gap stands where any text fits – after a colon, as its own sentence, or in the greeting and sign-off',
    ({ drafts }) => {
      for (const register of registers) {
        for (const [id, list] of Object.entries(drafts[register].parts)) {
          for (const d of list as string[]) {
            for (const m of d.matchAll(/\[\[([a-z-]+)\]\]/g)) {
              const before = d.slice(0, m.index);
              expect(
                before === '' || /[.:!?]\s$/.test(before),
                `${register}.${id}: "${d}" – [[${m[1]}]] follows "${before.slice(-12)}"`,
              ).toBe(true);
              // Text right after a gap starts a new sentence, or is the full stop of a short gap.
              const after = d.slice(m.index! + m[0].length);
              const sentence = drafts.gaps[m[1]!]!.sentence;
              expect(
                after === '' || (sentence ? /^ \p{Lu}/u.test(after) : /^[.]( |$)/.test(after)),
                `${register}.${id}: "${d}" – after [[${m[1]}]]: "${after.slice(0, 12)}"`,
              ).toBe(true);
            }
          }
        }
      }
    },
  );

  it.each(all.filter((a) => a.locale !== 'en'))(
    '$locale: UI texts use the same {placeholders} as English',
    ({ locale, texts }) => {
      const en = all.find((a) => a.locale === 'en')!.texts;
      for (const key of wizardUiKeys)
        expect(placeholders(texts.ui[key]), `${file(locale, 'texts')}: ui.${key}`).toEqual(
          placeholders(en.ui[key]),
        );
    },
  );

  const texts = (d: WizardDrafts, r: 'formal' | 'informal') =>
    [...d[r].greeting, ...d[r].closing, ...Object.values(d[r].parts).flat()] as string[];

  it.each(all)(
    '$locale: the safety notices give the emergency numbers of the countries the locale serves',
    ({ locale, texts: t }) => {
      // Checked 2026-11-30: fcc.gov (911); police.uk forces, 112.ie and hse.ie (999/112); polizei.bremerhaven.de, mainz.de (110/112);
      // rtr.at, polizei.gv.at (133/112); ch.ch (117/112); 112.gov.tr and saglik.gov.tr (112 for everything); police.hu via blikk.hu, webbeteg.hu (112).
      const numbers: Record<string, string[]> = {
        en: ['911', '999', '112'],
        de: ['110', '133', '117', '112'],
        tr: ['112'],
        hu: ['112'],
      };
      // One notice per country (each with its own number only: test/unit/decision/country.test.ts).
      const notices = Object.values(t.country.safety).join(' ');
      for (const n of numbers[locale]!) expect(notices).toContain(n);
    },
  );

  it('German drafts keep their register: Sie formal, du informal', () => {
    const { drafts } = all.find((a) => a.locale === 'de')!;
    for (const d of texts(drafts, 'formal'))
      expect(withoutGaps(d), d).not.toMatch(/\b(du|dich|dir|dein\w*|euch|euer)\b/i);
    for (const d of texts(drafts, 'informal'))
      expect(withoutGaps(d), d).not.toMatch(/\b(Sie|Ihnen|Ihr|Ihre\w*)\b/);
  });

  it('Hungarian drafts keep their register: Ön formal, te informal', () => {
    const { drafts } = all.find((a) => a.locale === 'hu')!;
    for (const d of texts(drafts, 'informal'))
      expect(withoutGaps(d), d).not.toMatch(/(^|[^\p{L}])(Ön|Önnek|Önt|Öntől|Önnel)([^\p{L}]|$)/u);
    for (const d of texts(drafts, 'formal'))
      expect(withoutGaps(d), d).not.toMatch(
        /(^|[^\p{L}])(Szia|köszi|neked|veled|tőled)([^\p{L}]|$)/iu,
      );
  });

  it('Turkish informal drafts address the reader as sen, formal ones never do', () => {
    const { drafts } = all.find((a) => a.locale === 'tr')!;
    for (const d of texts(drafts, 'formal'))
      expect(withoutGaps(d), d).not.toMatch(
        /(^|[^\p{L}])(sen|sana|seni|seninle|senin)([^\p{L}]|$)/iu,
      );
  });

  it('names the file and the key when something is missing', () => {
    const texts = read('de', 'texts') as {
      steps: Record<string, unknown>;
      ui: Record<string, unknown>;
    };
    delete texts.steps.warn;
    delete texts.ui.copy;
    expect(() => parseWizardFile('content/wizard/de/texts.json', 'texts', texts)).toThrow(
      /content\/wizard\/de\/texts\.json: missing key "ui\.copy"[\s\S]*content\/wizard\/de\/texts\.json: missing key "steps\.warn"/,
    );
    const drafts = read('tr', 'drafts') as {
      informal: { parts: Record<string, string[]> };
      gaps: Record<string, unknown>;
    };
    drafts.informal.parts.thank = ['Sadece bir taslak [[answer]]'];
    delete drafts.informal.parts.warn;
    const parseTr = () => parseWizardFile('content/wizard/tr/drafts.json', 'drafts', drafts);
    expect(parseTr).toThrow(
      /content\/wizard\/tr\/drafts\.json: invalid value for key "informal\.parts\.thank" \(Too small/,
    );
    expect(parseTr).toThrow(
      /content\/wizard\/tr\/drafts\.json: missing key "informal\.parts\.warn"/,
    );
    // Gap problems are checked once the shape is right.
    const shaped = read('tr', 'drafts') as typeof drafts;
    shaped.informal.parts.apologize = ['Özür dileriz: [[problem]].', 'Merhaba [[kimse]]'];
    const parseGaps = () => parseWizardFile('content/wizard/tr/drafts.json', 'drafts', shaped);
    expect(parseGaps).toThrow(
      /informal\.parts\.apologize\.0" \(draft has a full stop after the sentence gap \[\[problem\]\]/,
    );
    expect(parseGaps).toThrow(
      /informal\.parts\.apologize\.1" \(draft uses gap \[\[kimse\]\], which has no label/,
    );
  });

  it('checks the gaps of every drafts section, the partly right wordings included', () => {
    for (const locale of localeCodes) {
      const drafts = read(locale, 'drafts') as {
        formal: { partly: Record<string, string[]> };
      };
      drafts.formal.partly.apologize = [...drafts.formal.partly.apologize!];
      drafts.formal.partly.apologize[1] = 'A draft [[typo]] with an open [[gap';
      const parse = () => parseWizardFile(`content/wizard/${locale}/drafts.json`, 'drafts', drafts);
      expect(parse).toThrow(/formal\.partly\.apologize\.1" \(draft uses gap \[\[typo\]\]/);
    }
  });
});

describe('steps that a threat plan places late', () => {
  // A threat plan reports, removes and takes down before the talk with the person named (and its
  // code calls the break last): their words must not say "first".
  const first = {
    en: /\bfirst\b/i,
    de: /\b(erst|zuerst)\b/i,
    // \b is ASCII-only in JavaScript: a letter on either side is ruled out by hand for "Önce".
    tr: /(?<!\p{L})önce(?!\p{L})/iu,
    hu: /(?<!\p{L})előbb(?!\p{L})/iu,
  };
  const threat = resolvePlan({
    kind: 'abusive',
    abuse: 'threat',
    platform: 'facebook',
    place: 'own',
    staff: 'yes',
  }).map((s) => s.id);

  it('in a threat plan the talk with the person named comes after other steps', () => {
    expect(threat.indexOf('support-staff')).toBeGreaterThan(0);
  });

  it.each(localeCodes)(
    '%s: the break’s title and the talk with the team member say no “first”',
    (locale) => {
      const texts = read(locale, 'texts') as WizardTexts;
      expect(texts.steps['cool-down'].title).not.toMatch(first[locale]);
      const opening = texts.steps['support-staff'].text.split(/[.:?]/)[0]!;
      expect(opening).not.toMatch(first[locale]);
    },
  );
});

describe('step guide links', () => {
  it('every step explains itself on a guide page that exists in every locale', () => {
    for (const locale of localeCodes) {
      for (const id of stepIds) {
        const page = join(process.cwd(), 'content', 'guide', locale, `${stepGuides[id]}.mdx`);
        expect(existsSync(page), `${id} → ${locale}/${stepGuides[id]}`).toBe(true);
      }
    }
  });

  it('the steps that touch the law (police, legal advice) point to the law page', () => {
    expect(stepGuides['contact-police']).toBe('law');
    expect(stepGuides['get-advice']).toBe('law');
  });
});
