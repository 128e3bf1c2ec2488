// The plan on a phone: the reply card first (its steps ticked inside it, not repeated below), the
// response time, then the other steps as a short ordered checklist (`data-step="<id>"`), then the
// private message and the later public update as their own labelled cards.
import { useEffect, useState } from 'preact/hooks';
import { stepText, type PlanStep } from '../../playbook/decision/plan';
import { channels, registers, type Register } from '../../playbook/decision/steps';
import { piecesKey, type StoredTyping } from '../../playbook/decision/incident';
import {
  apologisesForWait,
  channelOf,
  composePlan,
  messageHosts,
  renderPieces,
  writesInPublic,
  type Channel,
  type PieceStates,
} from '../../playbook/decision/compose';
import type { GapValues } from '../../playbook/decision/gaps';
import {
  draftsPayloadOk,
  format,
  type DraftsPayload,
  type WizardPageTexts,
} from '../../playbook/decision/texts';
import type { TargetKind, TimeLeft } from '../../playbook/decision/timing';
import { forCountry, speller, type Country } from '../../playbook/decision/country';
import type { Locale } from '../../i18n/locales';
import { channelTitles, Composer } from './Composer';
import { TimeBox } from './TimeBox';

type Loaded = DraftsPayload | 'loading' | 'error';

interface Props {
  plan: PlanStep[];
  platform?: string;
  texts: Pick<WizardPageTexts, 'ui' | 'steps' | 'time' | 'country'>;
  locale: Locale;
  /** The site's root URL, ending in "/" (see WizardProps). */
  base: string;
  languages: { code: string; name: string }[];
  lang: string;
  register: Register;
  typing: StoredTyping;
  /** Every gap's value: the incident's, with the owner's own details. */
  values: GapValues;
  left?: TimeLeft;
  /** The reader's country: the drafts' spelling, the country's parts of a step's text, its law section. */
  country: Country;
  kind: TargetKind;
  now: number;
  /** Bumped by Start over and Clear, so fields holding their own text start empty. */
  generation: number;
  onReply: (lang: string, register: Register) => void;
  onGap: (lang: string, id: string, value: string) => void;
  onPieces: (key: string, states: PieceStates) => void;
  onPosted: (posted: StoredTyping['posted']) => void;
}

/** The cards after the checklist, in the order they are used: every channel but the reply. */
const laterCards = channels.slice(1);

export function PlanView(p: Props) {
  const { ui, steps } = p.texts;
  const law = p.texts.country.law;
  const { lang, register } = p;
  const [cache, setCache] = useState<Record<string, Loaded>>({});
  const current = cache[lang];
  const writes = p.plan.some((s) => channelOf(s));
  useEffect(() => {
    // The drafts and step explanations load from this site when a plan is shown: this locale's
    // for the explanations, the reply language's for the message.
    for (const l of new Set([p.locale, writes ? lang : p.locale])) {
      if (cache[l] !== undefined && cache[l] !== 'error') continue;
      setCache((c) => ({ ...c, [l]: 'loading' }));
      fetch(`${p.base}${l}/wizard/drafts.json`)
        .then((r) => (r.ok ? r.json() : undefined))
        .then((data) => (draftsPayloadOk(data) ? (data as DraftsPayload) : undefined))
        .catch(() => undefined)
        .then((d) => setCache((c) => ({ ...c, [l]: d ?? 'error' })));
    }
  }, [lang, writes]);
  const loaded = typeof current === 'object' ? current : undefined;
  const own = cache[p.locale];
  // A payload cached by an older build may lack the explanations: the titles still stand.
  const details = typeof own === 'object' ? own.steps : undefined;
  // The page's own step texts in the reader's spelling too (a UK reader: "Apologise").
  const spellPage = speller(typeof own === 'object' ? own.spelling : undefined, p.country);
  const composed = loaded
    ? composePlan(p.plan, loaded[register], {
        overdue: p.left?.phase === 'overdue',
        spell: speller(loaded.spelling, p.country),
      })
    : {};
  const host = messageHosts(p.plan, composed);
  // A writing step whose words are in a message is ticked off inside that message's card; the
  // step that holds the message stays in the checklist, pointing to the card.
  const folded = (s: PlanStep) => {
    const ch = channelOf(s);
    return !!ch && !!composed[ch] && !host[s.id];
  };
  const title = (key: string) =>
    key === 'greeting'
      ? ui.partGreeting
      : key === 'closing'
        ? ui.partClosing
        : key === 'wait'
          ? ui.partWait
          : spellPage(steps[key as keyof typeof steps]?.title ?? key);
  const settings = (
    <div class="wizard-reply-settings">
      <p>
        <label for="wizard-reply-lang">{ui.replyLang}</label>
        <select
          id="wizard-reply-lang"
          data-input="reply-lang"
          value={lang}
          onChange={(e) => p.onReply(e.currentTarget.value, register)}
        >
          {p.languages.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </p>
      <fieldset data-input="register">
        <legend>{ui.register}</legend>
        {registers.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="wizard-register"
              value={r}
              checked={register === r}
              onChange={() => p.onReply(lang, r)}
            />
            {ui[r]}
          </label>
        ))}
      </fieldset>
      <p class="wizard-status" role="status" aria-live="polite">
        {current === 'loading' ? ui.draftsLoading : current === 'error' ? ui.draftsFailed : ''}
      </p>
    </div>
  );
  // A blank already asked in an earlier card is not asked again: one value fills it everywhere.
  const asked: string[] = [];
  const card = (channel: Channel) => {
    const pieces = composed[channel];
    if (!pieces) return null;
    const before = [...asked];
    const states = p.typing.pieces[piecesKey(lang, register, channel)] ?? {};
    asked.push(...renderPieces(pieces, states, p.values, loaded!.gaps).gaps);
    const ticks = p.plan.filter((s) => channelOf(s) === channel && folded(s));
    return (
      <Composer
        key={`${lang}-${register}-${channel}-${p.generation}`}
        channel={channel}
        pieces={pieces}
        states={states}
        values={p.values}
        labels={loaded!.gaps}
        lang={lang}
        check={{ platform: p.platform, locale: p.locale, base: p.base }}
        ui={ui}
        stepTitle={title}
        onPieces={(s) => p.onPieces(piecesKey(lang, register, channel), s)}
        onGap={(id, v) => p.onGap(lang, id, v)}
        asked={before}
      >
        {ticks.length > 0 && (
          <ul class="wizard-ticks" aria-label={ui.inReply}>
            {ticks.map((s) => (
              <li key={s.id} data-step={s.id}>
                {title(s.id)}
                {s.optional && <span class="wizard-optional"> ({ui.optional})</span>}
              </li>
            ))}
          </ul>
        )}
        {channel === settingsIn && settings}
      </Composer>
    );
  };
  const checklist = p.plan.filter((s) => !folded(s));
  // The reply language and tone sit in the first card; while the drafts load, on their own.
  const settingsIn = channels.find((c) => composed[c]);
  return (
    <>
      {!writes && <p class="wizard-noreply">{ui.noReply}</p>}
      {writes && !settingsIn && settings}
      {card('public')}
      {writesInPublic(p.plan) && (
        <TimeBox
          key={p.generation}
          ui={ui}
          words={p.texts.time}
          region={`${p.locale}-${p.country}`}
          kind={p.kind}
          now={p.now}
          posted={p.typing.posted}
          left={p.left}
          apologises={apologisesForWait(p.plan)}
          onPosted={p.onPosted}
        />
      )}
      <h3 class="wizard-steps-h">{ui.stepsTitle}</h3>
      <ol class="wizard-plan">
        {checklist.map((step, i) => {
          const channel = host[step.id];
          return (
            <li key={step.id} data-step={step.id}>
              <details open={i === 0}>
                <summary>
                  {spellPage(steps[step.id].title)}
                  {step.optional && <span class="wizard-optional"> ({ui.optional})</span>}
                </summary>
                {details?.[step.id] && (
                  <p>{spellPage(forCountry(stepText(details[step.id], step), p.country))}</p>
                )}
                {step.pauseMinutes !== undefined && (
                  <p class="wizard-pause">
                    {format(writes ? ui.pause : ui.pauseQuiet, { n: step.pauseMinutes })}
                  </p>
                )}
                {channel && (
                  <p>
                    <a href={`#wizard-${channel}`}>
                      {ui[channelTitles[channel]]} {channel === 'public' ? '↑' : '↓'}
                    </a>
                  </p>
                )}
                <p>
                  <a href={`${p.base}${p.locale}/${steps[step.id].guide}/`}>{ui.guideLink}</a>
                </p>
                {law[step.id]?.[p.country] && (
                  <p>
                    <a href={`${p.base}${p.locale}/law/#${law[step.id]![p.country]}`}>
                      {p.texts.country.lawLink[p.country]}
                    </a>
                  </p>
                )}
              </details>
            </li>
          );
        })}
      </ol>
      {laterCards.map((c) => card(c))}
    </>
  );
}
