// Everything the wizard shows once the questions are answered: the plan with its composed
// messages, the response time and the incident summary. Bundled with the questions, not loaded on
// demand: every user who reaches a plan loads it anyway, and a separate chunk cost a preload
// helper and its own imports on top (the page's JS budget counts the full run).
import { useEffect, useState } from 'preact/hooks';
import { resolvePlan } from '../../playbook/decision/plan';
import type { Answers } from '../../playbook/decision/questions';
import { localDay, type StoredTyping } from '../../playbook/decision/incident';
import { targetKind, timeLeft } from '../../playbook/decision/timing';
import { placeOf } from '../../playbook/decision/questions';
import type { Country } from '../../playbook/decision/country';
import type { WizardPageTexts } from '../../playbook/decision/texts';
import type { Locale } from '../../i18n/locales';
import { PlanView } from './PlanView';
import { IncidentCopy } from './IncidentCopy';
import { copyText } from '../shared/copy';

export interface PlanPartProps {
  answers: Answers;
  texts: WizardPageTexts;
  locale: Locale;
  base: string;
  languages: { code: string; name: string }[];
  typing: StoredTyping;
  country: Country;
  generation: number;
  onTyping: (next: StoredTyping) => void;
  onBack: () => void;
}

export function PlanPart(p: PlanPartProps) {
  const { ui } = p.texts;
  const { typing } = p;
  const [now, setNow] = useState(() => Date.now());
  const [linkSaid, setLinkSaid] = useState('');
  useEffect(() => {
    if (!typing.posted) return;
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [typing.posted]);
  const kind = targetKind(placeOf(p.answers));
  const left = typing.posted ? timeLeft(typing.posted.at, now, kind) : undefined;
  const plan = resolvePlan(p.answers);
  const keep = p.onTyping;
  return (
    <>
      <PlanView
        plan={plan}
        platform={p.answers.platform}
        texts={p.texts}
        locale={p.locale}
        base={p.base}
        languages={p.languages}
        typing={typing}
        left={left}
        country={p.country}
        kind={kind}
        now={now}
        generation={p.generation}
        onReply={(replyLang, register) => keep({ ...typing, replyLang, register })}
        onGap={(lang, id, value) =>
          keep({
            ...typing,
            day: localDay(Date.now()),
            gaps: { ...typing.gaps, [lang]: { ...typing.gaps[lang], [id]: value } },
          })
        }
        onPieces={(key, states) => keep({ ...typing, pieces: { ...typing.pieces, [key]: states } })}
        onPosted={(posted) => {
          setNow(Date.now());
          keep({ ...typing, posted });
        }}
      />
      <IncidentCopy
        answers={p.answers}
        plan={plan}
        texts={p.texts}
        locale={p.locale}
        postedAt={typing.posted?.at}
        now={now}
      />
      <div class="wizard-nav">
        <button type="button" class="secondary" onClick={p.onBack}>
          {ui.back}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={async () =>
            setLinkSaid(
              (await copyText(location.href, null)) === 'copied' ? ui.linkCopied : location.href,
            )
          }
        >
          {ui.copyLink}
        </button>
      </div>
      <p class="wizard-status" role="status" aria-live="polite">
        {linkSaid}
      </p>
    </>
  );
}
