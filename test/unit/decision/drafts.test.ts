// What the drafts and step texts say must be true on the platform and in the order of the plan:
// no removal, block or private message claimed under a review; no accusation in the reply to a
// fake review; no public draft asking for a team member's name; no step text that leans on a
// step the plan may not contain; platform texts only for platforms that exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales';
import { placeOf, type Answers } from '../../../src/playbook/decision/questions';
import { planCapabilities, resolvePlan, stepText } from '../../../src/playbook/decision/plan';
import { platformIds } from '../../../src/playbook/decision/platforms';
import { findGaps } from '../../../src/playbook/decision/gaps';
import { registers, steps, stepIds, type StepId } from '../../../src/playbook/decision/steps';
import type { WizardDrafts, WizardTexts } from '../../../src/playbook/decision/texts';
import { everyPlanCase } from '../../support/plans';

const load = <T>(locale: string, name: string): T =>
  JSON.parse(readFileSync(`content/wizard/${locale}/${name}.json`, 'utf8')) as T;
const content = localeCodes.map((locale) => ({
  locale,
  texts: load<WizardTexts>(locale, 'texts'),
  drafts: load<WizardDrafts>(locale, 'drafts'),
}));
/**
 * A register's usual wordings and the short ones for platforms with a short reply limit, looked up
 * by any step (a step that writes nothing has none).
 */
const partsOf = (d: WizardDrafts['formal']): Partial<Record<StepId, string[]>> =>
  Object.fromEntries(
    Object.entries<string[]>(d.parts).map(([id, list]) => [
      id,
      [...((d.short.parts as Partial<Record<string, string[]>>)[id] ?? []), ...list],
    ]),
  );
const withoutGaps = (s: string) => s.replace(/\[\[[^\]]*\]\]/g, ' ');
const cases = everyPlanCase();

/** Claims an owner cannot make under a review: it was removed, the author blocked, a DM sent or asked for. */
const falseOnReview: Record<string, RegExp> = {
  en: /\b(removed?|removing|deleted?|taken down|took (it )?down|taking (it )?down|blocked|DMs?|direct message|private message)\b/i,
  de: /(entfern|gelöscht|lösch|blockiert|gesperrt|Direktnachricht|\bDM\b|Privatnachricht|private Nachricht|nehmen wir .*(raus|von unserer Seite))/i,
  tr: /(kaldır|sildik|sileceğiz|engelledik|\bDM|özel mesaj)/i,
  hu: /(eltávolít|töröl|levett|leves?sz|letilt|privát üzenet|\bDM\b)/i,
};

/** Words that accuse the author of a review of lying or of being a competitor. */
const accusation: Record<string, RegExp> = {
  en: /\b(fake|lie|lying|liar|competitor|invented|made up)\b/i,
  de: /(gefälscht|fake|Lüge|lüg|Konkurren|erfunden|frei erfunden)/i,
  tr: /(sahte|yalan|rakip|uydur)/i,
  hu: /(hamis|hazug|hazudik|konkurren|kitalál)/i,
};

/** A gap that would put a team member's name into a public text. */
const staffGap: Record<string, RegExp> = {
  en: /(employee|staff|colleague|team member)/i,
  de: /(Mitarbeiter|Kolleg|Teammitglied)/i,
  tr: /(çalışan|personel|ekip arkadaşı)/i,
  hu: /(munkatárs|kolléga|alkalmazott)/i,
};

/** How each locale refers to a warning: only the warning step may speak of it (not every plan has one). */
const warningWord: Record<string, RegExp> = {
  en: /\bwarn(ing|ed)?\b/i,
  de: /verwarn/i,
  tr: /uyar/i,
  hu: /figyelmezte/i,
};

describe('drafts tell the truth about the platform and the order', () => {
  const onReview = new Set<StepId>();
  const publicSteps = new Set<StepId>();
  for (const { answers: a, plan } of cases) {
    for (const s of plan) {
      if (!s.writesMessage) continue;
      // A marketplace carries its own messages: there, offering them is true.
      if (placeOf(a) === 'review' && !planCapabilities(a).messageAuthor) onReview.add(s.id);
      if (s.kind === 'public') publicSteps.add(s.id);
    }
  }

  it('knows which message steps a review plan can contain', () => {
    expect([...onReview].sort()).toEqual(
      expect.arrayContaining([
        'reply-public',
        'ask-private',
        'state-rules-public',
        'no-record',
        'follow-up-public',
      ]),
    );
    expect(onReview.has('notify-rules-private')).toBe(false);
    expect(onReview.has('warn')).toBe(false);
  });

  it.each(content)(
    '$locale: no draft a review plan can contain claims a removal, a block or a DM',
    ({ locale, drafts }) => {
      const found: string[] = [];
      for (const register of registers) {
        for (const id of onReview) {
          for (const d of partsOf(drafts[register])[id] ?? [])
            if (falseOnReview[locale].test(withoutGaps(d))) found.push(`${register}.${id}: ${d}`);
        }
        // The greeting and sign-off go into every composed reply, on a review too.
        for (const d of [...drafts[register].greeting, ...drafts[register].closing])
          if (falseOnReview[locale].test(withoutGaps(d))) found.push(`${register}: ${d}`);
      }
      expect(found).toEqual([]);
    },
  );

  it.each(content)(
    '$locale: the private notice goes out before the removal, so it never speaks of it as done',
    ({ locale, drafts }) => {
      const done: Record<string, RegExp> = {
        en: /\b(we|we've|we have) (removed|deleted|taken down)|\bwe took\b/i,
        de: /(haben .*(entfernt|gelöscht)|entfernt haben|gelöscht haben)/i,
        tr: /(kaldırdık|sildik)/i,
        hu: /(eltávolítottuk|töröltük|levettük)/i,
      };
      for (const register of registers) {
        for (const id of ['notify-rules-private', 'state-rules-public'] as StepId[]) {
          for (const d of partsOf(drafts[register])[id]!)
            expect(withoutGaps(d), `${register}.${id}`).not.toMatch(done[locale]);
        }
      }
    },
  );

  it.each(content)('$locale: the reply to a fake review accuses no one', ({ locale, drafts }) => {
    for (const register of registers)
      for (const d of [
        ...partsOf(drafts[register])['no-record']!,
        ...drafts[register].discreet['no-record'],
        ...(drafts[register].short.discreet['no-record'] ?? []),
      ])
        expect(withoutGaps(d), d).not.toMatch(accusation[locale]);
  });

  it.each(content)(
    '$locale: no public draft asks for a team member’s name',
    ({ locale, drafts }) => {
      for (const register of registers) {
        for (const id of publicSteps) {
          // Gaps are ids; what the user is asked to type is the gap's label.
          for (const d of partsOf(drafts[register])[id] ?? [])
            for (const gap of findGaps(d))
              expect(drafts.gaps[gap]!.label, `${register}.${id}`).not.toMatch(staffGap[locale]);
        }
      }
    },
  );
});

describe('step texts fit every plan they appear in', () => {
  it.each(content)(
    '$locale: only the warning step speaks of a warning (a plan may have none)',
    ({ locale, texts }) => {
      for (const id of stepIds) {
        if (id === 'warn') continue;
        const t = texts.steps[id];
        for (const text of [t.text, ...Object.values(t.byPlatform ?? {})])
          expect(text, `steps.${id}`).not.toMatch(warningWord[locale]);
      }
      // And the guard itself works: the warning step does speak of it.
      expect(`${texts.steps.warn.title} ${texts.steps.warn.text}`).toMatch(warningWord[locale]);
    },
  );

  it.each(content)(
    '$locale: platform texts exist only for platforms the step can appear on',
    ({ texts }) => {
      const seen = new Map<StepId, Set<string>>();
      for (const { plan } of cases)
        for (const s of plan) {
          if (!seen.has(s.id)) seen.set(s.id, new Set());
          seen.get(s.id)!.add(s.platform);
        }
      for (const id of stepIds) {
        for (const p of Object.keys(texts.steps[id].byPlatform ?? {})) {
          expect(platformIds as readonly string[], `steps.${id}.byPlatform.${p}`).toContain(p);
          expect(seen.get(id)?.has(p), `steps.${id}.byPlatform.${p} never shown`).toBe(true);
        }
      }
    },
  );

  it('every locale varies the same steps for the same platforms, and stepText picks the variant', () => {
    const shape = (t: WizardTexts) =>
      stepIds.map(
        (id) =>
          `${id}:${Object.keys(t.steps[id].byPlatform ?? {})
            .sort()
            .join(',')}${t.steps[id].discreet ? ':discreet' : ''}`,
      );
    const en = content.find((c) => c.locale === 'en')!.texts;
    for (const { locale, texts } of content) expect(shape(texts), locale).toEqual(shape(en));
    const [hide] = resolvePlan({
      kind: 'troll',
      platform: 'facebook',
      place: 'own',
      staff: 'no',
      spreading: 'no',
      mood: 'calm',
    }).filter((s) => s.id === 'hide');
    expect(stepText(en.steps.hide, hide)).toBe(en.steps.hide.byPlatform!.facebook);
    expect(stepText(en.steps.hide, { platform: 'other' })).toBe(en.steps.hide.text);
    expect(steps.hide.kind).toBe('moderate');
  });

  it.each(content)(
    '$locale: on a review platform "answer where it stands" names the platform, not groups and other posts',
    ({ locale, texts }) => {
      for (const platform of ['google', 'review-site'] as const) {
        const plan = resolvePlan({
          kind: 'complaint',
          platform,
          validity: 'justified',
          sensitive: 'no',
          fixable: 'yes',
          private: 'no',
          spreading: 'no',
          mood: 'calm',
        });
        const step = plan.find((s) => s.id === 'answer-elsewhere')!;
        expect(stepText(texts.steps['answer-elsewhere'], step), `${locale} ${platform}`).toBe(
          texts.steps['answer-elsewhere'].byPlatform![platform],
        );
        expect(stepText(texts.steps['answer-elsewhere'], step)).not.toBe(
          stepText(texts.steps['reply-public'], step),
        );
      }
    },
  );

  it.each(content)(
    '$locale: a question or praise opens with a wording that fits both, its one blank for either',
    ({ locale, drafts }) => {
      for (const register of registers) {
        const [first, ...others] = drafts[register].parts.thank!;
        expect(findGaps(first!), `${locale} ${register}`).toEqual(['reply-line']);
        // The other wordings stay for one or the other: praise (personal) and question (answer).
        expect(others.flatMap((o) => findGaps(o)).sort(), `${locale} ${register}`).toEqual([
          'answer',
          'personal',
        ]);
      }
    },
  );

  it.each(content)(
    '$locale: on a sensitive matter the "close the loop" step asks for the discreet update, on every platform',
    ({ locale, texts }) => {
      const t = texts.steps['follow-up-public'];
      for (const platform of ['google', 'facebook', 'other'] as const) {
        const answers: Answers = {
          kind: 'complaint',
          platform,
          place: placeOf({ platform }) ?? 'own',
          validity: 'justified',
          fixable: 'yes',
          private: 'no',
          spreading: 'no',
          mood: 'calm',
        };
        const step = (a: Answers) => resolvePlan(a).find((s) => s.id === 'follow-up-public')!;
        expect(stepText(t, step({ ...answers, sensitive: 'yes' })), `${locale} ${platform}`).toBe(
          t.discreet,
        );
        // Not sensitive: the platform's own text (Google: edit the one reply) or the general one.
        expect(
          stepText(t, step({ ...answers, sensitive: 'no', private: 'yes' })),
          `${locale} ${platform}`,
        ).toBe(t.byPlatform?.[platform] ?? t.text);
      }
      expect(t.discreet).toMatch(/\S/);
    },
  );

  it.each(content)(
    '$locale: on a Facebook Page the rules go out in the one private reply Facebook allows, before the comment goes',
    ({ locale, texts }) => {
      const ids = (a: Answers) => resolvePlan(a).map((s) => s.id);
      expect(
        ids({
          kind: 'troll',
          platform: 'facebook',
          place: 'own',
          staff: 'no',
          spreading: 'no',
          mood: 'calm',
        }),
      ).toEqual(['monitor', 'document', 'hide', 'warn', 'block']);
      const profanity = resolvePlan({
        kind: 'abusive',
        abuse: 'profanity',
        platform: 'facebook',
        place: 'own',
        sensitive: 'no',
        spreading: 'no',
        mood: 'calm',
      });
      expect(profanity.map((s) => s.id)).toEqual([
        'document',
        'notify-rules-private',
        'delete',
        'continue-private',
      ]);
      // The step names the limits that make it one message: one reply, within 7 days.
      for (const id of ['warn', 'notify-rules-private'] as const) {
        const text = stepText(texts.steps[id], { platform: 'facebook' });
        expect(text, `${locale} ${id}`).not.toBe(texts.steps[id].text);
        expect(text, `${locale} ${id}`).toMatch(/\b7\b/);
      }
    },
  );

  it.each(content)(
    '$locale: Instagram’s Restrict is named in the platform’s own words where confirmed (en, de)',
    ({ locale, texts }) => {
      const restrict = texts.steps.restrict.byPlatform!.instagram!;
      const label: Record<string, RegExp> = {
        en: /“Restrict”/,
        de: /„Einschränken“/,
        tr: /Instagram/,
        hu: /Instagram/,
      };
      expect(restrict).toMatch(label[locale]);
    },
  );

  it.each(content)(
    '$locale: the report step says that illegal content can be reported in the EU without a rule broken (DSA Art. 16)',
    ({ texts }) => {
      expect(texts.steps['report-platform'].text).toMatch(/16/);
      expect(texts.steps['report-platform'].text).toMatch(/\b(EU|AB)\b/);
    },
  );
});
