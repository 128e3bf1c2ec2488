// Everything the wizard shows once the questions are answered: Start over and Copy link at the
// top, the plan with its composed messages (the reply first), the answers folded away and the
// incident summary. Bundled with the questions, not loaded on demand: every user who reaches a
// plan loads it anyway, and a separate chunk cost a preload helper and its own imports on top.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { resolvePlan } from '../../playbook/decision/plan';
import type { Answers } from '../../playbook/decision/questions';
import type { Incident } from '../../playbook/decision/incidents';
import type { StoredTyping } from '../../playbook/decision/incident';
import {
  gapValues,
  isOwnGap,
  replySettings,
  type Preferences,
} from '../../playbook/decision/preferences';
import type { Register } from '../../playbook/decision/steps';
import { targetKind, timeLeft } from '../../playbook/decision/timing';
import { placeOf } from '../../playbook/decision/questions';
import type { Country } from '../../playbook/decision/country';
import type { WizardPageTexts } from '../../playbook/decision/texts';
import type { Locale } from '../../i18n/locales';
import { PlanView } from './PlanView';
import { IncidentCopy } from './IncidentCopy';
import { copyText } from '../shared/copy';
import { showScreen } from './show';

export interface PlanPartProps {
  answers: Answers;
  texts: WizardPageTexts;
  locale: Locale;
  base: string;
  languages: { code: string; name: string }[];
  incident: Incident;
  country: Country;
  prefs: Preferences;
  focus: boolean;
  generation: number;
  summary: ComponentChildren;
  onTyping: (next: StoredTyping) => void;
  onReply: (lang: string, register: Register) => void;
  onOwn: (gap: 'signer' | 'contact', value: string) => void;
  onStartOver: () => void;
}

export function PlanPart(p: PlanPartProps) {
  const { ui } = p.texts;
  const { typing } = p.incident;
  const [now, setNow] = useState(() => Date.now());
  const [linkSaid, setLinkSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (p.focus) {
      showScreen(heading.current);
    }
  }, []);
  useEffect(() => {
    if (!typing.posted) return;
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [typing.posted]);
  const kind = targetKind(placeOf(p.answers), p.answers.kind);
  const left = typing.posted ? timeLeft(typing.posted.at, now, kind) : undefined;
  const plan = resolvePlan(p.answers);
  const reply = replySettings(p.locale, p.incident.reply?.[p.locale], p.prefs);
  return (
    <section class="wizard-result" aria-labelledby="wizard-plan-h">
      <h2 id="wizard-plan-h" tabIndex={-1} ref={heading}>
        {ui.planTitle}
      </h2>
      <div class="wizard-nav wizard-top">
        <button type="button" class="secondary" onClick={p.onStartOver}>
          {ui.restart}
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
      <PlanView
        plan={plan}
        platform={p.answers.platform}
        texts={p.texts}
        locale={p.locale}
        base={p.base}
        languages={p.languages}
        lang={reply.lang}
        register={reply.register}
        typing={typing}
        values={gapValues(typing.gaps[reply.lang], p.prefs)}
        left={left}
        country={p.country}
        kind={kind}
        now={now}
        generation={p.generation}
        onReply={p.onReply}
        onGap={(lang, id, value) => {
          if (isOwnGap(id)) p.onOwn(id as 'signer', value);
          else
            p.onTyping({
              ...typing,
              gaps: { ...typing.gaps, [lang]: { ...typing.gaps[lang], [id]: value } },
            });
        }}
        onPieces={(key, states) =>
          p.onTyping({ ...typing, pieces: { ...typing.pieces, [key]: states } })
        }
        onPosted={(posted) => {
          setNow(Date.now());
          p.onTyping({ ...typing, posted });
        }}
      />
      {p.summary}
      <IncidentCopy
        answers={p.answers}
        plan={plan}
        texts={p.texts}
        locale={p.locale}
        postedAt={typing.posted?.at}
        now={now}
      />
    </section>
  );
}
