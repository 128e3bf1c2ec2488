// The house-rules generator island: holds the state, keeps it in the URL (choices) and in
// localStorage (typed text), loads other output languages on demand, and renders the form and the
// two outputs. All the thinking is in src/playbook/house-rules/; all the words in content/.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { fitBio, fullRules } from '../../playbook/house-rules/fit';
import { platformById } from '../../playbook/house-rules/platforms';
import type { HouseRulesUi } from '../../playbook/house-rules/schema';
import { defaultState, parseState, parseStored, serializeState, serializeStored, storageKey,
  type HouseRulesState } from '../../playbook/house-rules/state';
import type { PhraseFile } from '../../playbook/house-rules/texts';
import { contactValueMax, nameMaxGraphemes, validateInputs } from '../../playbook/house-rules/validate';
import { Fields } from './Fields';
import { fill } from './fill';
import { Output } from './Output';

export interface HouseRulesProps {
  locale: Locale;
  base: string;
  ui: HouseRulesUi;
  /** This page's language's phrases; other output languages are fetched when chosen. */
  phrases: PhraseFile;
  languages: { code: Locale; name: string }[];
}

type Loading = { lang: Locale; state: 'loading' | 'error' } | null;

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled: the form still works, it just won't remember
  }
}

function writeStorage(value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, value);
  } catch {
    /* storage full or disabled */
  }
}

/** A fetched phrase file is our own build output, but still checked before it is trusted. */
function looksLikePhrases(data: unknown): data is PhraseFile {
  const d = data as PhraseFile | null;
  return !!d && typeof d === 'object' && !!d.list && !!d.formal?.bio && !!d.informal?.full;
}

export default function HouseRules({ locale, base, ui, phrases, languages }: HouseRulesProps) {
  const [state, setState] = useState<HouseRulesState>(() => defaultState(locale));
  const [ready, setReady] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [loaded, setLoaded] = useState<Partial<Record<Locale, PhraseFile>>>({ [locale]: phrases });
  const [loading, setLoading] = useState<Loading>(null);
  const requested = useRef(new Set<Locale>([locale]));

  // Read the URL and storage after the first render, so that it matches the server's HTML.
  useEffect(() => {
    const { state: fromUrl, problems } = parseState(window.location.search, defaultState(locale));
    const params = new URLSearchParams(window.location.search);
    const { stored, problem } = parseStored(readStorage());
    const next = { ...fromUrl };
    if (!params.has('name') && stored.name !== undefined) next.name = stored.name;
    if (!params.has('contactValue') && stored.contactValue !== undefined) next.contactValue = stored.contactValue;
    const found: string[] = [];
    if (problems.length > 0) found.push(fill(ui.notices.badLink, { list: problems.map((p) => `${p.param}=${p.value}`).join(', ') }));
    if (problem) {
      found.push(ui.notices.badStorage);
      writeStorage(null);
    }
    setNotices(found);
    setState(next);
    setReady(true);
  }, []);

  // Keep the URL and storage in step with the form, once the form has read them.
  useEffect(() => {
    if (!ready) return;
    window.history.replaceState(null, '', `${window.location.pathname}?${serializeState(state)}`);
    if (state.name || state.contactValue) writeStorage(serializeStored({ name: state.name, contactValue: state.contactValue }));
    else writeStorage(null);
  }, [state, ready]);

  // Another output language: fetch its phrases once, from this site.
  useEffect(() => {
    const lang = state.lang;
    if (loaded[lang] || requested.current.has(lang)) return;
    requested.current.add(lang);
    setLoading({ lang, state: 'loading' });
    fetch(`${localePath(base, lang, 'house-rules')}phrases.json`)
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

  const set = (patch: Partial<HouseRulesState>) => setState((s) => ({ ...s, ...patch }));
  const announce = (message: string) => setAnnouncement(message);
  const reset = () => {
    writeStorage(null);
    setState(defaultState(locale));
    setNotices([]);
    announce(ui.notices.resetDone);
  };

  const platform = platformById(state.platform);
  const errors = validateInputs(state);
  const fieldError = (field: 'name' | 'contactValue') => {
    const e = errors.find((x) => x.field === field);
    return e ? fill(ui.errors[e.error], { max: field === 'name' ? nameMaxGraphemes : contactValueMax }) : '';
  };
  const out = loaded[state.lang];
  const options = out && errors.length === 0 ? { ...state, locale: state.lang, phrases: out } : null;
  // Cheap enough to run on every keystroke: a few dozen short texts measured.
  const bio = options ? fitBio(options) : null;
  const full = options ? fullRules(options) : null;

  // A bio that cannot fit is an input problem: say it at the field that needs shortening.
  let nameError = fieldError('name');
  let contactError = fieldError('contactValue');
  if (bio && !bio.ok) {
    const message = fill(ui.errors[bio.reason === 'name-too-long' ? 'nameTooLongFor' : 'contactTooLongFor'],
      { platform: platform.label, n: bio.shortenBy });
    if (bio.reason === 'name-too-long') nameError = message;
    else contactError = message;
  }
  const languageName = languages.find((l) => l.code === state.lang)?.name ?? state.lang;
  const waiting = loading && loading.lang === state.lang
    ? fill(loading.state === 'loading' ? ui.outputs.loading : ui.outputs.loadError, { language: languageName })
    : '';
  const notReady = waiting || (nameError || contactError ? `${ui.errors.summary} ${ui.outputs.notReady}` : ui.outputs.notReady);
  // What the bio had to leave out, in the page's language (rules by name unless all went).
  const omitted = bio?.ok ? [
    ...bio.omitted.parts.map((p) => ui.outputs.omittedParts[p as 'rules' | 'consequences' | 'replyTime']),
    ...(bio.omitted.parts.includes('rules') ? [] : bio.omitted.rules.map((r) => ui.rules.labels[r])),
    ...(bio.omitted.emoji ? [ui.outputs.omittedParts.emoji] : []),
  ] : [];

  return (
    <div class="hr-app" data-ready={ready ? 'true' : 'false'}>
      {notices.length > 0 && (
        <div class="hr-notices" role="status">
          {notices.map((n) => <p key={n}>{n}</p>)}
        </div>
      )}
      {/* No <form>: nothing is submitted anywhere, every change applies at once. */}
      <div class="hr-form" role="group" aria-label={ui.formLabel}>
        <Fields ui={ui} state={state} set={set} languages={languages} nameError={nameError}
          contactError={contactError} announce={announce} />
        <p class="hr-hint">{ui.notices.storageNote}</p>
        <button type="button" class="secondary" onClick={reset}>{ui.notices.reset}</button>
      </div>
      <div class="hr-outputs">
        <Output kind="bio" ui={ui} title={ui.outputs.bioTitle} hint={ui.outputs.bioHint}
          text={bio?.ok ? bio.text : null} message={notReady} count={bio?.ok ? bio.count : 0}
          limit={platform.bio.limit} fits={!!bio?.ok} platform={platform.label} numberLocale={locale}
          note={omitted.length ? fill(ui.outputs.omitted, { list: omitted.join(', ') }) : undefined}
          previewName={state.name.trim()} textLang={state.lang} />
        <Output kind="full" ui={ui} title={ui.outputs.fullTitle} hint={ui.outputs.fullHint}
          text={full ? full.text : null} textLang={state.lang} message={notReady} count={full?.count ?? 0}
          limit={platform.full.limit} fits={!!full?.fits} platform={platform.label} numberLocale={locale}
          note={full && !full.fits ? fill(ui.outputs.fullOverLimit, { platform: platform.label }) : undefined} />
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">{announcement || waiting}</p>
    </div>
  );
}
