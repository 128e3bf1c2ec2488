// The decision wizard's island: state and wiring only. The questions, the plan, the composed reply,
// the URL contract and the checks on stored data are the domain's (src/playbook/decision); the
// texts come from the page as props, for this locale only.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  answer,
  nextQuestion,
  relevantQuestions,
  type Answers,
  type QuestionId,
} from '../../playbook/decision/questions';
import { parseWizardState, serializeWizardState, withCountry } from '../../playbook/decision/state';
import {
  countryStorageKey,
  guessCountry,
  storeCountry,
  storedCountry,
  type Country,
} from '../../playbook/decision/country';
import { opensWithSafety } from '../../playbook/decision/plan';
import {
  emptyTyping,
  forIncident,
  legacyWizardKeys,
  localDay,
  parseStoredTyping,
  startOver,
  wizardStorageKey,
  type StoredTyping,
} from '../../playbook/decision/incident';
import { format, type WizardPageTexts } from '../../playbook/decision/texts';
import type { Locale } from '../../i18n/locales';
import { QuestionView } from './QuestionView';
import { AnswerSummary } from './AnswerSummary';
import { PlanPart } from './PlanPart';
import { CountryChoice } from './CountryChoice';
import { readStorage, writeStorage } from '../shared/storage';

export interface WizardProps {
  locale: Locale;
  base: string;
  texts: WizardPageTexts;
  languages: { code: string; name: string }[];
  /** The page's introduction: shown with the first question only. */
  introId?: string;
  /**
   * The page's h1: kept for screen readers but not shown while the wizard runs, so that, as in
   * GOV.UK's one-question pattern, each question is the heading a phone shows first.
   */
  titleId?: string;
}

/** The countries the page's language serves, in the order of its texts (the first is the default). */
const countriesIn = (props: WizardProps) => Object.keys(props.texts.country.names) as Country[];

function start(props: WizardProps) {
  const countries = countriesIn(props);
  const url = parseWizardState(location.search, countries);
  const stored = parseStoredTyping(
    readStorage(wizardStorageKey),
    props.languages.map((l) => l.code),
  );
  const notices: string[] = [];
  if (url.dropped.length)
    notices.push(
      format(props.texts.ui.droppedNotice, {
        items: url.dropped.map((d) => `${d.key}=${d.value}`).join(', '),
      }),
    );
  if (stored.damaged) notices.push(props.texts.ui.storageDamaged);
  // A link's country first (a colleague's shared plan), then the reader's own choice, then a guess.
  const country =
    (url.country as Country | undefined) ??
    storedCountry(readStorage(countryStorageKey), countries) ??
    guessCountry(countries, navigator.languages ?? [navigator.language]);
  return {
    country,
    pinned: url.country !== undefined,
    countryInUrl: new URLSearchParams(location.search).get('country'),
    answers: url.answers,
    cleanUrl: url.dropped.length > 0,
    typing: stored.typing,
    damaged: stored.damaged,
    notices,
  };
}

export default function Wizard(props: WizardProps) {
  const { ui } = props.texts;
  const [init] = useState(() => start(props));
  const [answers, setAnswers] = useState<Answers>(init.answers);
  const [editing, setEditing] = useState<QuestionId>();
  const [takenBack, setTakenBack] = useState<Answers>({});
  const [stored, setStored] = useState<StoredTyping>(init.typing);
  const [said, setSaid] = useState('');
  // Bumped by Start over and Clear so that fields holding their own text start empty again.
  const [generation, setGeneration] = useState(0);
  const countries = countriesIn(props);
  const [country, setCountry] = useState<Country>(init.country);
  // The country goes into the page address once chosen or when it is not the page's first one.
  const [pinned, setPinned] = useState(init.pinned);
  const query = (a: Answers, c = country, pin = pinned) =>
    withCountry(serializeWizardState(a), pin || c !== countries[0] ? c : undefined);
  const acted = useRef(false);
  const planHeading = useRef<HTMLHeadingElement>(null);

  const asked = relevantQuestions(answers).filter((q) => answers[q] !== undefined);
  const current = editing ?? nextQuestion(answers);
  // Typing belongs to this incident (these answers) and today; anything else starts empty.
  const typing = current
    ? stored
    : forIncident(stored, serializeWizardState(answers), localDay(Date.now()));
  const keep = (next: StoredTyping) => {
    setStored(next);
    writeStorage(wizardStorageKey, JSON.stringify(next));
  };

  useEffect(() => {
    // wizard.css already hides it before mounting where the browser knows `@media (scripting)`;
    // this covers the browsers that don't.
    if (props.titleId) document.getElementById(props.titleId)?.classList.add('visually-hidden');
    for (const k of legacyWizardKeys) writeStorage(k, null);
    // A dropped part of the link goes; a guessed country the link lacks (or wrote in lower case) comes in.
    if (
      init.cleanUrl ||
      init.countryInUrl !== new URLSearchParams(query(init.answers)).get('country')
    )
      history.replaceState(
        history.state,
        '',
        location.pathname + query(init.answers) + location.hash,
      );
    if (init.damaged) writeStorage(wizardStorageKey, JSON.stringify(init.typing));
    const onPop = () => {
      const url = parseWizardState(location.search, countries);
      setAnswers(url.answers);
      if (url.country) setCountry(url.country as Country);
      setEditing(undefined);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // What another incident left behind is not kept on the device either.
  useEffect(() => {
    if (typing !== stored) keep(typing);
  }, [typing]);

  useEffect(() => {
    if (props.introId)
      document.getElementById(props.introId)?.toggleAttribute('hidden', asked.length > 0);
  }, [asked.length]);

  useEffect(() => {
    if (!current && acted.current) {
      planHeading.current?.focus({ preventScroll: true });
      planHeading.current?.scrollIntoView({ block: 'start' });
    }
  }, [current]);

  const commit = (next: Answers) => {
    acted.current = true;
    setAnswers(next);
    history.pushState(null, '', location.pathname + query(next) + location.hash);
  };
  const back = () => {
    if (editing) {
      setEditing(undefined);
      return;
    }
    const last = asked[asked.length - 1];
    if (!last) return;
    const rest: Answers = { ...answers };
    delete rest[last];
    setTakenBack({ [last]: answers[last] } as Answers);
    commit(rest);
  };
  const reset = () => setGeneration((g) => g + 1);

  return (
    <div class="wizard">
      {init.notices.map((n) => (
        <p class="wizard-notice" key={n}>
          {n}
        </p>
      ))}
      {current ? (
        <QuestionView
          key={current}
          question={current}
          answers={answers}
          texts={props.texts}
          focus={acted.current}
          chosen={answers[current] ?? takenBack[current]}
          canGoBack={asked.length > 0 || editing !== undefined}
          onBack={back}
          onAnswer={(q, v) => {
            setEditing(undefined);
            setTakenBack({});
            commit(answer(answers, q, v as never));
          }}
        />
      ) : (
        <section class="wizard-result" aria-labelledby="wizard-plan-h">
          <h2 id="wizard-plan-h" tabIndex={-1} ref={planHeading}>
            {ui.planTitle}
          </h2>
          {/* Safety first: the notice opens the plan. */}
          {opensWithSafety(answers) && (
            <p class="wizard-safety" data-output="safety">
              {props.texts.country.safety[country]}
            </p>
          )}
          <p>{ui.planIntro}</p>
          <CountryChoice
            texts={props.texts.country}
            countries={countries}
            country={country}
            onChange={(c) => {
              setCountry(c);
              setPinned(true);
              writeStorage(
                countryStorageKey,
                storeCountry(readStorage(countryStorageKey), countries, c),
              );
              history.replaceState(
                history.state,
                '',
                location.pathname + query(answers, c, true) + location.hash,
              );
            }}
          />
          <PlanPart
            answers={answers}
            texts={props.texts}
            locale={props.locale}
            base={props.base}
            languages={props.languages}
            typing={typing}
            country={country}
            generation={generation}
            onTyping={keep}
            onBack={back}
          />
        </section>
      )}
      <AnswerSummary
        answers={answers}
        texts={props.texts}
        onChange={(q) => {
          acted.current = true;
          setEditing(q);
        }}
      />
      <div class="wizard-nav wizard-end">
        {asked.length > 0 && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setEditing(undefined);
              setTakenBack({});
              keep(startOver(typing));
              reset();
              commit({});
            }}
          >
            {ui.restart}
          </button>
        )}
        <button
          type="button"
          class="secondary"
          onClick={() => {
            writeStorage(wizardStorageKey, null);
            setStored(emptyTyping());
            reset();
            setSaid(ui.cleared);
          }}
        >
          {ui.clearTyped}
        </button>
      </div>
      <p class="wizard-status" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
