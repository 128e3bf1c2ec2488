// The house-rules generator island: holds the state, keeps it in the URL (choices) and in
// localStorage (typed text), loads other output languages on demand, and renders the two outputs
// first and the form below them. All the thinking is in src/playbook/house-rules/; all the words
// in content/. Validation speaks when a field is left, and the last valid texts stay on screen.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import {
  defaultReserve,
  fitBio,
  fullRules,
  maxReserve,
  type BioFit,
} from '../../playbook/house-rules/fit';
import { platformById } from '../../playbook/house-rules/platforms';
import type { HouseRulesUi, PhraseFile } from '../../playbook/house-rules/schema';
import {
  defaultState,
  isReserve,
  serializeState,
  serializeStored,
  startingState,
  storageKey,
  type HouseRulesState,
} from '../../playbook/house-rules/state';
import { looksLikePhrases } from '../../playbook/house-rules/phrases';
import { bioNotice } from '../../playbook/house-rules/notice';
import { contactOn } from '../../playbook/house-rules/contact';
import {
  contactValueMax,
  nameMaxGraphemes,
  validateForm,
} from '../../playbook/house-rules/validate';
import { copyAndSay } from './copy-status';
import { readStorage, writeStorage } from '../shared/storage';
import { Consequences } from './fields/consequences/Consequences';
import { Contact } from './fields/contact/Contact';
import { Emoji } from './fields/emoji/Emoji';
import { Name } from './fields/name/Name';
import { OutputLanguage } from './fields/output-language/OutputLanguage';
import { Platform } from './fields/platform/Platform';
import type { Field } from './fields/props';
import { ReplyTime } from './fields/reply-time/ReplyTime';
import { Reserve } from './fields/reserve/Reserve';
import { Rules } from './fields/rules/Rules';
import { format } from '../../i18n/format';
import { Output } from './Output';

export interface HouseRulesProps {
  locale: Locale;
  ui: HouseRulesUi;
  /** This page's language's phrases; other output languages are fetched when chosen. */
  phrases: PhraseFile;
  /**
   * The output languages, each with the URL of its phrases (made at build time: the island then
   * needs none of the site's path helpers).
   */
  languages: { code: Locale; name: string; phrasesUrl: string }[];
}

type Loading = { lang: Locale; state: 'loading' | 'error' } | null;
type Texts = { bio: BioFit; full: ReturnType<typeof fullRules>; state: HouseRulesState };

export default function HouseRules({ locale, ui, phrases, languages }: HouseRulesProps) {
  const [state, setState] = useState<HouseRulesState>(() => defaultState(locale));
  // The reserve as typed: it may be half-typed or invalid while the state keeps the last valid one.
  const [reserveText, setReserveText] = useState('');
  const [left, setLeft] = useState<ReadonlySet<Field>>(new Set());
  const [ready, setReady] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [barStatus, setBarStatus] = useState('');
  const [loaded, setLoaded] = useState<Partial<Record<Locale, PhraseFile>>>({ [locale]: phrases });
  const [loading, setLoading] = useState<Loading>(null);
  const requested = useRef(new Set<Locale>([locale]));
  const lastGood = useRef<Texts | null>(null);

  // Read the URL and storage after the first render, so that it matches the server's HTML.
  useEffect(() => {
    const {
      state: next,
      badParams,
      badStorage,
      contactMoved,
    } = startingState(
      window.location.search,
      readStorage(storageKey),
      locale,
      languages.map((l) => l.code),
    );
    const found: string[] = [];
    if (contactMoved) found.push(movedNotice(next));
    if (badParams.length > 0)
      found.push(
        format(ui.notices.badLink, {
          list: badParams.map((p) => `${p.param}=${p.value}`).join(', '),
        }),
      );
    if (badStorage) {
      found.push(ui.notices.badStorage);
      writeStorage(storageKey, null);
    }
    setNotices(found);
    setState(next);
    setReserveText(next.reserve === null ? '' : String(next.reserve));
    // What came with the link was not typed here: if it is wrong, say so at once.
    setLeft(new Set<Field>(['name', 'contactValue']));
    setReady(true);
  }, []);

  // Keep the URL and storage in step with the form, once the form has read them.
  useEffect(() => {
    if (!ready) return;
    window.history.replaceState(null, '', `${window.location.pathname}?${serializeState(state)}`);
    if (state.name || state.contactValue)
      writeStorage(
        storageKey,
        serializeStored({ name: state.name, contactValue: state.contactValue }),
      );
    else writeStorage(storageKey, null);
  }, [state, ready]);

  // Another output language: fetch its phrases once, from this site.
  useEffect(() => {
    const lang = state.lang;
    const url = languages.find((l) => l.code === lang)?.phrasesUrl;
    if (!url || loaded[lang] || requested.current.has(lang)) return;
    requested.current.add(lang);
    setLoading({ lang, state: 'loading' });
    fetch(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: unknown) => {
        if (!looksLikePhrases(data)) throw new Error('malformed');
        setLoaded((l) => ({ ...l, [lang]: data }));
        setLoading(null);
      })
      .catch(() => {
        requested.current.delete(lang); // choosing it again retries
        setLoading({ lang, state: 'error' });
      });
  }, [state.lang]);

  const movedNotice = (s: HouseRulesState) =>
    format(ui.notices.noMessages, {
      platform: platformById(s.platform).label,
      kind: ui.contact.labels[s.contact],
    });
  const set = (patch: Partial<HouseRulesState>) => {
    // A new platform has another limit: its reserve starts again from the default third. And where
    // it has no private messages, a DM contact becomes another kind, which the page says.
    if (patch.platform && patch.platform !== state.platform) {
      const contact = contactOn(patch.platform, state.contact);
      patch = { ...patch, reserve: null, contact };
      setReserveText('');
      if (contact !== state.contact) {
        const moved = movedNotice({ ...state, ...patch });
        setNotices([moved]);
        announce(moved);
      }
    }
    // Another kind of contact is a new field: quiet until it is left.
    if (patch.contact && patch.contact !== state.contact)
      setLeft((l) => new Set([...l].filter((f) => f !== 'contactValue')));
    setState((s) => ({ ...s, ...patch }));
  };
  const leave = (field: Field) => setLeft((l) => new Set([...l, field]));
  const announce = (message: string) => setAnnouncement(message);
  const reset = () => {
    writeStorage(storageKey, null);
    setState(defaultState(locale));
    setReserveText('');
    setLeft(new Set());
    setNotices([]);
    announce(ui.notices.resetDone);
  };

  const platform = platformById(state.platform);
  const out = loaded[state.lang];
  const errors = validateForm(state, reserveText);
  // A name over the limit is the one thing the texts can do without (a short bio drops it first
  // anyway): they are written for the chosen platform and register without it, and say so, rather
  // than keep showing the last text of another choice that someone might copy.
  const nameLeftOut = errors.length > 0 && errors.every((e) => e.field === 'name');
  const withPhrases = out
    ? { ...state, name: nameLeftOut ? '' : state.name, locale: state.lang, phrases: out }
    : null;
  // The shortest bio is measured once per render: for the reserve's hint and for the fitting.
  const most = withPhrases ? maxReserve(withPhrases) : platform.bio.limit;
  const shown = errors.filter((e) => left.has(e.field));
  const message = (field: Field) => {
    const e = shown.find((x) => x.field === field);
    const max =
      field === 'name'
        ? nameMaxGraphemes
        : field === 'reserve'
          ? platform.bio.limit
          : contactValueMax;
    return e ? format(ui.errors[e.error], { max }) : '';
  };

  // Cheap enough to run on every keystroke: a few dozen short texts measured.
  if (withPhrases && (errors.length === 0 || nameLeftOut)) {
    lastGood.current = { bio: fitBio(withPhrases, most), full: fullRules(withPhrases), state };
  }
  // While another language's phrases load, its message shows instead of a text in the wrong language.
  const texts = out ? lastGood.current : null;
  const stale = !!texts && texts.state !== state;
  const languageName = languages.find((l) => l.code === state.lang)?.name ?? state.lang;
  const waiting =
    loading && loading.lang === state.lang
      ? format(loading.state === 'loading' ? ui.outputs.loading : ui.outputs.loadError, {
          language: languageName,
        })
      : '';
  const textsPlatform = texts ? platformById(texts.state.platform) : platform;

  // What the bio had to leave out, in the page's language: a notice above the text.
  const [omittedNote, omitted] = texts ? bioNotice(texts.bio, ui) : ['', 0];
  const nameNote =
    nameLeftOut && texts ? format(ui.outputs.nameLeftOut, { max: nameMaxGraphemes }) : '';
  const notice = [nameNote, omittedNote].filter(Boolean).join(' ');
  const pausedNote = stale && shown.length > 0 ? ui.outputs.paused : '';

  const group = { ui, state, set };
  // What both outputs share: the texts' language and platform, the waiting message, the pause.
  const both = {
    ui,
    textLang: texts?.state.lang ?? state.lang,
    message: waiting || ui.outputs.notReady,
    platform: textsPlatform.label,
    numberLocale: locale,
    paused: pausedNote || undefined,
  };
  // And what each has of its own kind: title, hint, text and its measure.
  const output = (kind: 'bio' | 'full') => ({
    kind,
    title: ui.outputs[`${kind}Title`],
    hint: ui.outputs[`${kind}Hint`],
    text: texts ? texts[kind].text : null,
    count: texts?.[kind].count ?? 0,
    limit: textsPlatform[kind].limit,
    fits: !!texts?.[kind].fits,
  });

  const copyFromBar = () =>
    texts &&
    copyAndSay(texts.bio.text, document.getElementById('hr-bio-text'), ui.outputs, setBarStatus);

  return (
    <div class="hr-app" data-ready={ready ? 'true' : 'false'}>
      {notices.length > 0 && (
        <div class="hr-notices" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <div class="hr-outputs">
        <Output
          {...both}
          {...output('bio')}
          notice={notice || undefined}
          note={
            texts
              ? format(ui.outputs.room, {
                  free: textsPlatform.bio.limit - Math.ceil(texts.bio.count),
                })
              : undefined
          }
          previewName={state.name.trim()}
        >
          {/* The choice that sets the limit, right under the text it changes. */}
          <div class="hr-form hr-platform-pick">
            <Platform {...group} />
          </div>
        </Output>
        <Output
          {...both}
          {...output('full')}
          notice={nameNote || undefined}
          note={
            texts && !texts.full.fits
              ? format(ui.outputs.fullOverLimit, { platform: textsPlatform.label })
              : undefined
          }
        />
      </div>
      {/* No <form>: nothing is submitted anywhere, every change applies at once. */}
      <div class="hr-form" role="group" aria-label={ui.formLabel}>
        {/* One component per question, in ./fields/: each a <fieldset> with a <legend>. */}
        <OutputLanguage {...group} languages={languages} />
        <Name {...group} error={message('name')} leave={() => leave('name')} />
        <Reserve
          ui={ui}
          text={reserveText}
          setText={(raw) => {
            setReserveText(raw);
            const v = raw.trim();
            if (v === '') set({ reserve: null });
            else if (isReserve(v, platform.bio.limit)) set({ reserve: Number(v) });
          }}
          error={message('reserve')}
          leave={() => leave('reserve')}
          byDefault={defaultReserve(state.platform)}
          most={Math.min(most, platform.bio.limit)}
        />
        <Rules {...group} />
        <Consequences {...group} announce={announce} />
        <Contact {...group} error={message('contactValue')} leave={() => leave('contactValue')} />
        <ReplyTime {...group} />
        <Emoji {...group} />
        <p class="hr-hint">{ui.notices.storageNote}</p>
        <button type="button" class="secondary" onClick={reset}>
          {ui.notices.reset}
        </button>
      </div>
      {/* On a phone: the bio's count and Copy stay in reach while the options are changed. */}
      {texts && (
        <div class="hr-bar">
          <span class="hr-bar-count">
            <span class="visually-hidden">{ui.outputs.bioTitle}: </span>
            <strong>
              {Math.ceil(texts.bio.count)}/{textsPlatform.bio.limit}
            </strong>
          </span>
          {/* What the bio left out, counted, leads to the notice that lists it. */}
          <a
            href="#hr-bio-title"
            aria-describedby={omitted ? 'hr-bio-notice' : undefined}
            data-bar-omitted={omitted || undefined}
          >
            {omitted ? format(ui.outputs.barOmitted, { n: omitted }) : ui.outputs.jump}
          </a>
          <button type="button" onClick={copyFromBar} aria-describedby="hr-bio-title">
            {ui.outputs.copy}
          </button>
          <span class="hr-bar-status" role="status">
            {barStatus}
          </span>
        </div>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement || waiting}
      </p>
    </div>
  );
}
