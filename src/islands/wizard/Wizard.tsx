// The decision wizard's island: state and wiring only. The flow (which screen, the progress, the
// suggestions), the questions, the plan, the URL contract, the incidents and preferences and the
// checks on stored data are the domain's (src/playbook/decision); the texts come from the page as
// props, for this locale only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { answer, type Answers, type QuestionId } from '../../playbook/decision/questions';
import { parseWizardState, serializeWizardState, withCountry } from '../../playbook/decision/state';
import {
  countryStorageKey,
  guessCountry,
  storeCountry,
  storedCountry,
  type Country,
} from '../../playbook/decision/country';
import { CountryChoice } from './CountryChoice';
import {
  applySuggestions,
  screenOf,
  standingSuggestions,
  type ReadSuggestion,
} from '../../playbook/decision/flow';
import {
  incidentsStorageKey,
  listIncidents,
  newIncident,
  newIncidentId,
  parseIncidents,
  pruned,
  singleTypingKey,
  type Incident,
  type Incidents,
} from '../../playbook/decision/incidents';
import { legacyWizardKeys, type StoredTyping } from '../../playbook/decision/incident';
import {
  emptyPreferences,
  parsePreferences,
  preferencesStorageKey,
  type Preferences,
} from '../../playbook/decision/preferences';
import { format, type WizardPageTexts } from '../../playbook/decision/texts';
import { asThreat, opensWithSafety } from '../../playbook/decision/plan';
import type { Locale } from '../../i18n/locales';
import { QuestionView } from './QuestionView';
import { AnswerList } from './AnswerList';
import { PasteView } from './PasteView';
import { PlanPart } from './PlanPart';
import { loadReader } from './reader';
import { readStorage, writeStorage } from '../shared/storage';

export interface WizardProps {
  locale: Locale;
  /**
   * The site's root URL, ending in "/" (the page passes it through withBase): the island joins its
   * few URLs to it itself, so it loads no copy of the site's locale table and path helpers.
   */
  base: string;
  texts: WizardPageTexts;
  languages: { code: string; name: string }[];
  /** The page's introduction: shown with the first screen only. */
  introId?: string;
  /**
   * The page's h1: kept for screen readers but not shown while the wizard runs, so that, as in
   * GOV.UK's one-question pattern, each question is the heading a phone shows first.
   */
  titleId?: string;
}

const freshId = () => newIncidentId(crypto.getRandomValues(new Uint8Array(10)));

/** The countries the page's language serves, in the order of its texts (the first is the default). */
const countriesIn = (props: WizardProps) => Object.keys(props.texts.country.names) as Country[];

function start(props: WizardProps) {
  const langs = props.languages.map((l) => l.code);
  const countries = countriesIn(props);
  const url = parseWizardState(location.search, countries);
  const now = Date.now();
  const stored = parseIncidents(readStorage(incidentsStorageKey), langs, now);
  const prefs = parsePreferences(readStorage(preferencesStorageKey), langs);
  const notices: string[] = [];
  // An answer a newer version no longer asks (a mood under a threat) is dropped without a word.
  const dropped = url.dropped.filter((d) => d.reason !== 'irrelevant');
  if (dropped.length)
    notices.push(
      format(props.texts.ui.droppedNotice, {
        items: dropped.map((d) => `${d.key}=${d.value}`).join(', '),
      }),
    );
  const damaged = stored.damaged || prefs.damaged;
  if (damaged) notices.push(props.texts.ui.storageDamaged);
  // A link's country first (a colleague's shared plan), then the reader's own choice, then a guess.
  const country =
    (url.country as Country | undefined) ??
    storedCountry(readStorage(countryStorageKey), countries) ??
    guessCountry(countries, navigator.languages ?? [navigator.language]);
  // Opened without an incident (a fresh start, an old link): a new one, empty.
  const id = url.incident ?? freshId();
  return {
    country,
    pinned: url.country !== undefined,
    answers: url.answers,
    id,
    cleanUrl: url.dropped.length > 0 || !url.incident,
    incidents: stored.incidents,
    prefs: prefs.preferences,
    damaged,
    notices,
  };
}

export default function Wizard(props: WizardProps) {
  const { ui } = props.texts;
  const langs = props.languages.map((l) => l.code);
  const [init] = useState(() => start(props));
  const [answers, setAnswers] = useState<Answers>(init.answers);
  const [id, setId] = useState(init.id);
  const countries = countriesIn(props);
  const [country, setCountry] = useState<Country>(init.country);
  // The country goes into the page address once chosen or when it is not the page's first one.
  const [pinned, setPinned] = useState(init.pinned);
  const [incidents, setIncidents] = useState<Incidents>(init.incidents);
  const [prefs, setPrefs] = useState<Preferences>(init.prefs);
  const [editing, setEditing] = useState<QuestionId>();
  const [takenBack, setTakenBack] = useState<Answers>({});
  const [reading, setReading] = useState<'' | 'reading' | 'failed'>('');
  const [said, setSaid] = useState('');
  // Bumped by Start over and Clear so that fields holding their own text start empty again.
  const [generation, setGeneration] = useState(0);
  const acted = useRef(false);

  const incident: Incident = incidents[id] ?? newIncident(Date.now());
  const flow = {
    answers,
    pasted: !!incident.pasted,
    suggested: incident.suggested ?? {},
    confirmed: !!incident.confirmed,
  };
  const screen = editing ? { name: 'question' as const, question: editing } : screenOf(flow);
  const suggested = standingSuggestions(flow);

  /**
   * Stores the incidents after `f` changed them. What another tab stored meanwhile is read first,
   * so two incidents open side by side never overwrite each other.
   */
  const saveIncidents = (f: (stored: Incidents) => Incidents) => {
    const now = Date.now();
    const fresh = parseIncidents(readStorage(incidentsStorageKey), langs, now).incidents;
    const kept = pruned(f(fresh), now);
    setIncidents(kept);
    writeStorage(incidentsStorageKey, JSON.stringify(kept));
  };
  /** Changes the current incident; it is stored from its first change on. */
  const change = (f: (i: Incident) => Partial<Incident>, base?: Incident) =>
    saveIncidents((all) => {
      const current = base ?? all[id] ?? incident;
      const query = serializeWizardState(answers);
      return { ...all, [id]: { ...current, query, ...f(current), seen: Date.now() } };
    });
  const drop = (other: string) =>
    saveIncidents((all) => {
      const rest = { ...all };
      delete rest[other];
      return rest;
    });
  const savePrefs = (next: Preferences) => {
    setPrefs(next);
    writeStorage(preferencesStorageKey, JSON.stringify(next));
  };
  /** The country the address names: once chosen, or when it is not the page's first one. */
  const shown = (c: Country, pin: boolean) => (pin || c !== countries[0] ? c : undefined);
  const url = (a: Answers, incidentId = id, c = country, pin = pinned) =>
    location.pathname +
    withCountry(serializeWizardState(a, incidentId), shown(c, pin)) +
    location.hash;

  useEffect(() => {
    // wizard.css already hides it before mounting where the browser knows `@media (scripting)`;
    // this covers the browsers that don't.
    if (props.titleId) document.getElementById(props.titleId)?.classList.add('visually-hidden');
    for (const k of [...legacyWizardKeys, singleTypingKey]) writeStorage(k, null);
    // A dropped part of the link goes; a guessed country the link lacks (or wrote in lower case) comes in.
    const given = new URLSearchParams(location.search).get('country');
    if (init.cleanUrl || given !== (shown(init.country, init.pinned) ?? null))
      history.replaceState(history.state, '', url(init.answers));
    if (init.damaged) {
      writeStorage(incidentsStorageKey, JSON.stringify(init.incidents));
      writeStorage(preferencesStorageKey, JSON.stringify(init.prefs));
    }
    const onPop = () => {
      const s = parseWizardState(location.search, countries);
      setAnswers(s.answers);
      if (s.country) setCountry(s.country as Country);
      if (s.incident) setId(s.incident);
      setEditing(undefined);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (props.introId)
      document.getElementById(props.introId)?.toggleAttribute('hidden', screen.name !== 'paste');
  }, [screen.name]);

  /** Sets the answers (with what the reading answers filled in) and keeps them in the URL. */
  const commit = (next: Answers, base: Incident = incident, read?: ReadSuggestion[]) => {
    acted.current = true;
    const current = base;
    let a = next;
    let marks = current.suggested ?? {};
    const suggestions = read ?? current.reading;
    if (suggestions) {
      const s = applySuggestions(next, suggestions, langs);
      a = s.answers;
      marks = { ...marks, ...s.suggested };
    }
    setAnswers(a);
    history.pushState(null, '', url(a));
    change(() => ({ query: serializeWizardState(a), suggested: marks }), base);
  };

  const suggest = async (comment: string) => {
    setReading('reading');
    try {
      const read = (await loadReader(props.base, props.locale))(comment);
      const s = applySuggestions(answers, read, langs);
      const current = incident;
      const reply = { ...current.reply };
      // What the reading did not find stays undefined: the page's last choice applies there, and
      // JSON leaves it out when stored.
      if (s.replyLang || s.register)
        reply[props.locale] = { lang: s.replyLang, register: s.register as 'formal' };
      const typing: StoredTyping = s.name
        ? {
            ...current.typing,
            gaps: Object.fromEntries(
              langs.map((l) => [l, { ...current.typing.gaps[l], name: s.name! }]),
            ),
          }
        : current.typing;
      const next: Incident = {
        ...current,
        comment,
        pasted: true,
        reading: read.map((r) => ({ question: r.question, value: r.value })),
        reply,
        typing,
      };
      setReading('');
      commit(s.answers, next, read);
    } catch {
      setReading('failed');
    }
  };

  const back = () => {
    if (editing) {
      setEditing(undefined);
      return;
    }
    // The last answer the owner gave (a suggestion stays until they change it).
    const mine = (Object.keys(answers) as QuestionId[]).filter((q) => !suggested.includes(q));
    const last = mine[mine.length - 1];
    if (!last) {
      acted.current = true;
      change(() => ({ pasted: undefined }));
      return;
    }
    const rest: Answers = { ...answers };
    delete rest[last];
    setTakenBack({ [last]: answers[last] } as Answers);
    commit(rest);
  };

  const startOver = () => {
    drop(id);
    const next = freshId();
    setId(next);
    setEditing(undefined);
    setTakenBack({});
    setGeneration((g) => g + 1);
    setAnswers({});
    acted.current = true;
    history.pushState(null, '', url({}, next));
  };

  const safety = opensWithSafety(answers) && (
    <p class="wizard-safety" data-output="safety" role="alert">
      {props.texts.country.safety[country]}
    </p>
  );

  return (
    <div class="wizard">
      {safety}
      {init.notices.map((n) => (
        <p class="wizard-notice" key={n}>
          {n}
        </p>
      ))}
      {screen.name === 'paste' ? (
        <PasteView
          key={`${id}-${generation}`}
          texts={props.texts}
          locale={props.locale}
          comment={incident.comment ?? ''}
          focus={acted.current}
          status={reading}
          open={listIncidents(incidents, id)}
          resumeHref={(i) =>
            location.pathname + i.query + (i.query ? '&' : '?') + `incident=${i.id}`
          }
          onSuggest={suggest}
          onSkip={() => {
            acted.current = true;
            change(() => ({ pasted: true }));
          }}
          onDelete={(other) => {
            drop(other);
            setSaid(ui.incidentDeleted);
          }}
        />
      ) : screen.name === 'question' ? (
        <QuestionView
          key={screen.question}
          question={screen.question}
          answers={answers}
          texts={props.texts}
          focus={acted.current}
          chosen={answers[screen.question] ?? takenBack[screen.question]}
          canGoBack
          onBack={back}
          onAnswer={(q, v) => {
            setEditing(undefined);
            setTakenBack({});
            commit(answer(answers, q, v as never));
          }}
        />
      ) : screen.name === 'check' ? (
        <AnswerList
          // A threat chosen here redraws the screen under the safety notice.
          key={answers.abuse}
          answers={answers}
          texts={props.texts}
          suggested={suggested}
          focus={acted.current}
          onChange={setEditing}
          onConfirm={() => {
            acted.current = true;
            change(() => ({ confirmed: true }));
          }}
          onThreat={
            opensWithSafety(answers)
              ? undefined
              : () => {
                  acted.current = true;
                  commit(asThreat(answers));
                }
          }
        />
      ) : (
        <>
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
              history.replaceState(history.state, '', url(answers, id, c, true));
            }}
          />
          <PlanPart
            country={country}
            answers={answers}
            texts={props.texts}
            locale={props.locale}
            base={props.base}
            languages={props.languages}
            incident={incident}
            prefs={prefs}
            focus={acted.current}
            generation={generation}
            onTyping={(typing) => change(() => ({ typing }))}
            onReply={(lang, register) => {
              change((i) => ({ reply: { ...i.reply, [props.locale]: { lang, register } } }));
              savePrefs({
                ...prefs,
                reply: { ...prefs.reply, [props.locale]: { lang, register } },
              });
            }}
            onOwn={(gap, value) => savePrefs({ ...prefs, own: { ...prefs.own, [gap]: value } })}
            onStartOver={startOver}
            summary={
              <AnswerList
                answers={answers}
                texts={props.texts}
                suggested={suggested}
                onChange={(q) => {
                  acted.current = true;
                  setEditing(q);
                }}
              />
            }
          />
        </>
      )}
      {screen.name !== 'plan' && screen.name !== 'paste' && (
        <div class="wizard-nav wizard-end">
          <button type="button" class="secondary" onClick={startOver}>
            {ui.restart}
          </button>
        </div>
      )}
      <div class="wizard-nav wizard-end">
        <button
          type="button"
          class="link"
          onClick={() => {
            writeStorage(incidentsStorageKey, null);
            writeStorage(preferencesStorageKey, null);
            setIncidents({});
            setPrefs(emptyPreferences());
            setGeneration((g) => g + 1);
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
