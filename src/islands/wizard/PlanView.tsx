// The plan: each step in order as `data-step="<id>"`, collapsible, with its reason, its guide page
// and, where the user writes something, a draft in the language and register they choose.
import { useEffect, useState } from 'preact/hooks';
import { stepText, type PlanStep } from '../../playbook/decision/plan';
import { messageStepIds, registers, type Register } from '../../playbook/decision/steps';
import { parseDraftsPayload } from '../../playbook/decision/state';
import { format, type WizardDrafts, type WizardTexts } from '../../playbook/decision/texts';
import type { GapValues } from '../../playbook/decision/gaps';
import { localePath, withBase } from '../../i18n/paths';
import type { Locale } from '../../i18n/locales';
import { DraftBox } from './DraftBox';

type Loaded = WizardDrafts | 'loading' | 'error';

interface Props {
  plan: PlanStep[];
  texts: Pick<WizardTexts, 'ui' | 'steps'>;
  locale: Locale;
  base: string;
  languages: { code: string; name: string }[];
  drafts: WizardDrafts;
  replyLang: string;
  register: Register;
  gaps: Record<string, GapValues>;
  onReply: (lang: string, register: Register) => void;
  onGap: (lang: string, label: string, value: string) => void;
}

export function PlanView(p: Props) {
  const { ui } = p.texts;
  const [cache, setCache] = useState<Record<string, Loaded>>({ [p.locale]: p.drafts });
  const current = cache[p.replyLang];
  useEffect(() => {
    if (current !== undefined && current !== 'error') return;
    // Other languages' drafts load on demand from this site: the page ships only its own.
    setCache((c) => ({ ...c, [p.replyLang]: 'loading' }));
    const lang = p.replyLang;
    fetch(withBase(p.base, `${lang}/wizard/drafts.json`))
      .then((r) => (r.ok ? r.json() : undefined))
      .then((data) => parseDraftsPayload(data, messageStepIds) as WizardDrafts | undefined)
      .catch(() => undefined)
      .then((d) => setCache((c) => ({ ...c, [lang]: d ?? 'error' })));
  }, [p.replyLang]);
  const loaded = typeof current === 'object' ? current : undefined;
  return (
    <>
      <div class="wizard-reply-settings">
        <p>
          <label for="wizard-reply-lang">{ui.replyLang}</label>
          <select id="wizard-reply-lang" value={p.replyLang} onChange={(e) => p.onReply(e.currentTarget.value, p.register)}>
            {p.languages.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>)}
          </select>
        </p>
        <fieldset>
          <legend>{ui.register}</legend>
          {registers.map((r) => (
            <label key={r}>
              <input type="radio" name="wizard-register" value={r} checked={p.register === r} onChange={() => p.onReply(p.replyLang, r)} />
              {ui[r]}
            </label>
          ))}
        </fieldset>
        <p class="wizard-status" role="status" aria-live="polite">
          {current === 'loading' ? ui.draftsLoading : current === 'error' ? ui.draftsFailed : ''}
        </p>
      </div>
      <ol class="wizard-plan">
        {p.plan.map((step) => {
          const list = step.writesMessage ? loaded?.[p.register][step.id] : undefined;
          return (
            <li key={step.id} data-step={step.id} class={`step-${step.kind}`}>
              <details>
                <summary>
                  {p.texts.steps[step.id].title}
                  {step.optional && <span class="wizard-optional"> ({ui.optional})</span>}
                </summary>
                <p>{stepText(p.texts.steps[step.id], step)}</p>
                {step.pauseMinutes !== undefined && <p class="wizard-pause">{format(ui.pause, { n: step.pauseMinutes })}</p>}
                {list && (
                  <DraftBox key={`${p.replyLang}-${p.register}`} id={step.id} drafts={list} lang={p.replyLang}
                    values={p.gaps[p.replyLang] ?? {}} ui={ui} onGap={(label, value) => p.onGap(p.replyLang, label, value)} />
                )}
                <p><a href={localePath(p.base, p.locale, step.guide)}>{ui.guideLink}</a></p>
              </details>
            </li>
          );
        })}
      </ol>
    </>
  );
}
