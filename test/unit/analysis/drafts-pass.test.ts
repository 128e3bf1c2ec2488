// Every reply the wizard composes passes the reply check with no warning: every plan (every
// combination of answers, so every platform), every locale and register, every wording of every
// piece. Gaps are filled with realistic sample values (a long first name, the owner's name, the
// business's own phone number as the locale writes it); sentence gaps with "…", as the owner's
// words are theirs to check. The reply as composed (each piece's first wording) fits the
// platform's limit, counted as the platform counts; a longer wording the owner picks may run over,
// and the live count says so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales';
import { registers } from '../../../src/playbook/decision/steps';
import { serializeWizardState } from '../../../src/playbook/decision/state';
import type { WizardDrafts } from '../../../src/playbook/decision/texts';
import { composePlan, renderPieces, type Piece } from '../../../src/playbook/decision/compose';
import { checkReply, replyCount } from '../../../src/playbook/analysis/check';
import { replyData } from './load';
import { distinctPlanCases } from '../../support/plans';

/** Per locale: a first name of 12 characters, an owner's name of about 10, the business's phone. */
const samples: Record<string, Record<'name' | 'signer' | 'contact', string>> = {
  en: { name: 'Christabelle', signer: 'Sam Porter', contact: '(201) 555-0123' },
  de: { name: 'Hans-Joachim', signer: 'Lena Maier', contact: '030 12345678' },
  tr: { name: 'Abdurrahman', signer: 'Ayşe Yılmaz', contact: '0212 555 01 23' },
  hu: { name: 'Erzsébet', signer: 'Kiss Anna', contact: '06 1 234 5678' },
};

// Plans with the same steps on the same platform compose alike: each once.
const plans = distinctPlanCases(
  ({ answers, plan }) => `${answers.platform} ${plan.map((s) => s.id).join(' ')}`,
);

/** Every wording: the first of each piece, then each piece's other wordings one at a time. */
function wordings(pieces: Piece[]) {
  const out = [{}] as Record<string, { choice: number }>[];
  for (const p of pieces)
    for (let choice = 1; choice < p.options.length; choice++) out.push({ [p.key]: { choice } });
  return out;
}

for (const locale of localeCodes) {
  const drafts = JSON.parse(
    readFileSync(`content/wizard/${locale}/drafts.json`, 'utf8'),
  ) as WizardDrafts;
  const data = replyData(locale);
  const sample: Record<string, string> = samples[locale]!;
  const contact = sample.contact!;
  const values = Object.fromEntries(Object.keys(drafts.gaps).map((id) => [id, sample[id] ?? '…']));
  for (const register of registers) {
    describe(`${locale} ${register}`, () => {
      const words = new Set<string>();
      const long = new Map<string, string>();
      const seen = new Set<string>();
      for (const { answers, plan } of plans) {
        const composed = composePlan(plan, drafts[register]);
        for (const [channel, pieces] of Object.entries(composed) as [string, Piece[]][]) {
          for (const states of wordings(pieces)) {
            const { text } = renderPieces(pieces, states, values, drafts.gaps);
            const platform = channel === 'private' ? 'other' : answers.platform!;
            if (!Object.keys(states).length) {
              const count = replyCount(text, platform);
              if (count.over && !long.has(`${platform} ${text}`))
                long.set(
                  `${platform} ${text}`,
                  `${platform} ${count.n}/${count.max} ${channel} ${serializeWizardState(answers)}\n    ${text.replace(/\n/g, ' / ')}`,
                );
            }
            if (seen.has(`${platform} ${text}`)) continue;
            seen.add(`${platform} ${text}`);
            const warnings = checkReply(
              { text, platform, locale, business: { contact: [contact] } },
              data,
            );
            for (const w of warnings)
              if (w.id !== 'too-long')
                words.add(
                  `${w.id} [${w.matches.map((m) => text.slice(m.start, m.end)).join(' | ')}] ${channel} ${serializeWizardState(answers)}\n    ${text.replace(/\n/g, ' / ')}`,
                );
          }
        }
      }

      it('every composed reply passes the check with no warning on its words', () => {
        expect([...words].slice(0, 20).join('\n')).toBe('');
      });

      it('every reply as composed fits its platform’s reply limit', () => {
        expect([...long.values()].slice(0, 20).join('\n')).toBe('');
      });
    });
  }
}
