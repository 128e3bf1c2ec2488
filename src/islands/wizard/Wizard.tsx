// The decision wizard's island: state and wiring only. The questions, the plan, the URL contract
// and the checks on stored data are the domain's (src/playbook/decision); the texts come from
// the page as props, for this locale only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { answer, nextQuestion, relevantQuestions, type Answers, type QuestionId } from '../../playbook/decision/questions';
import { resolvePlan } from '../../playbook/decision/plan';
import { parseStoredTyping, parseWizardState, serializeWizardState, type StoredTyping } from '../../playbook/decision/state';
import { timeLeft } from '../../playbook/decision/timing';
import { format, type WizardDrafts, type WizardTexts } from '../../playbook/decision/texts';
import type { Locale } from '../../i18n/locales';
import { QuestionView } from './QuestionView';
import { AnswerSummary } from './AnswerSummary';
import { PlanView } from './PlanView';
import { TimeBox, TimeTarget } from './TimeBox';
import { IncidentCopy } from './IncidentCopy';
import { readStorage, writeStorage } from './storage';

export interface WizardProps {
  locale: Locale;
  base: string;
  texts: Pick<WizardTexts, 'ui' | 'questions' | 'steps'>;
  drafts: WizardDrafts;
  languages: { code: string; name: string }[];
  /** The no-JavaScript decision table, hidden once the wizard runs. */
  fallbackId?: string;
}

function start(props: WizardProps, key: string) {
  const url = parseWizardState(location.search);
  const stored = parseStoredTyping(readStorage(key), props.languages.map((l) => l.code));
  const notices: string[] = [];
  if (url.dropped.length) notices.push(format(props.texts.ui.droppedNotice, { items: url.dropped.map((d) => `${d.key}=${d.value}`).join(', ') }));
  if (stored.damaged) notices.push(props.texts.ui.storageDamaged);
  return { answers: url.answers, cleanUrl: url.dropped.length > 0, typing: stored.typing, damaged: stored.damaged, notices };
}

export default function Wizard(props: WizardProps) {
  const { ui } = props.texts;
  const key = `reply-playbook:wizard:${props.locale}`;
  const [init] = useState(() => start(props, key));
  const [answers, setAnswers] = useState<Answers>(init.answers);
  const [editing, setEditing] = useState<QuestionId>();
  const [takenBack, setTakenBack] = useState<Answers>({});
  const [typing, setTyping] = useState<StoredTyping>(init.typing);
  const [now, setNow] = useState(() => Date.now());
  const [said, setSaid] = useState('');
  // Bumped by "clear" so that fields holding their own text start empty again.
  const [cleared, setCleared] = useState(0);
  const acted = useRef(false);
  const planHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (props.fallbackId) document.getElementById(props.fallbackId)?.setAttribute('hidden', '');
    if (init.cleanUrl) history.replaceState(history.state, '', location.pathname + serializeWizardState(init.answers) + location.hash);
    if (init.damaged) writeStorage(key, JSON.stringify(init.typing));
    const onPop = () => { setAnswers(parseWizardState(location.search).answers); setEditing(undefined); };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!typing.posted) return;
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [typing.posted]);

  const keep = (next: StoredTyping) => { setTyping(next); writeStorage(key, JSON.stringify(next)); };
  const commit = (next: Answers) => {
    acted.current = true;
    setAnswers(next);
    history.pushState(null, '', location.pathname + serializeWizardState(next) + location.hash);
  };
  const asked = relevantQuestions(answers).filter((q) => answers[q] !== undefined);
  const current = editing ?? nextQuestion(answers);

  useEffect(() => {
    if (!current && acted.current) planHeading.current?.focus();
  }, [current]);

  const back = () => {
    if (editing) { setEditing(undefined); return; }
    const last = asked[asked.length - 1];
    if (!last) return;
    const rest: Answers = { ...answers };
    delete rest[last];
    setTakenBack({ [last]: answers[last] } as Answers);
    commit(rest);
  };
  const left = typing.posted ? timeLeft(typing.posted.at, now) : undefined;
  const plan = current ? [] : resolvePlan(answers, { minutesToTarget: left?.toTarget });

  return (
    <div class="wizard">
      {init.notices.map((n) => <p class="wizard-notice" key={n}>{n}</p>)}
      {current ? (
        <QuestionView key={current} question={current} answers={answers} texts={props.texts} focus={acted.current}
          chosen={answers[current] ?? takenBack[current]} canGoBack={asked.length > 0 || editing !== undefined}
          onBack={back}
          onAnswer={(q, v) => { setEditing(undefined); setTakenBack({}); commit(answer(answers, q, v as never)); }} />
      ) : (
        <section class="wizard-result" aria-labelledby="wizard-plan-h">
          <h2 id="wizard-plan-h" tabIndex={-1} ref={planHeading}>{ui.planTitle}</h2>
          <TimeTarget ui={ui} left={left} />
          <p>{ui.planIntro}</p>
          <PlanView plan={plan} texts={props.texts} locale={props.locale} base={props.base} languages={props.languages}
            drafts={props.drafts} replyLang={typing.replyLang ?? props.locale} register={typing.register ?? 'formal'}
            gaps={typing.gaps}
            onReply={(replyLang, register) => keep({ ...typing, replyLang, register })}
            onGap={(lang, label, value) => keep({ ...typing, gaps: { ...typing.gaps, [lang]: { ...typing.gaps[lang], [label]: value } } })} />
          <TimeBox key={cleared} ui={ui} posted={typing.posted} onPosted={(posted) => { setNow(Date.now()); keep({ ...typing, posted }); }} />
          <IncidentCopy answers={answers} plan={plan} texts={props.texts} locale={props.locale} postedAt={typing.posted?.at} now={now} />
          <div class="wizard-nav">
            <button type="button" class="secondary" onClick={back}>{ui.back}</button>
          </div>
        </section>
      )}
      <AnswerSummary answers={answers} texts={props.texts} onChange={(q) => { acted.current = true; setEditing(q); }} />
      <div class="wizard-nav wizard-end">
        {asked.length > 0 && (
          <button type="button" class="secondary" onClick={() => { setEditing(undefined); setTakenBack({}); commit({}); }}>{ui.restart}</button>
        )}
        <button type="button" class="secondary" onClick={() => { writeStorage(key, null); setTyping({ gaps: {} }); setCleared((c) => c + 1); setSaid(ui.cleared); }}>{ui.clearTyped}</button>
      </div>
      <p class="wizard-status" role="status" aria-live="polite">{said}</p>
    </div>
  );
}
