// The generator's inputs in the URL (?lang=de&register=informal&platform=tiktok&…) and the typed
// text in localStorage. Whatever comes in is checked: an unknown id or a malformed value is dropped
// and reported (the page shows a translated notice), never trusted and never a crash.
import type { Locale } from '../../i18n/locales';
import type { HouseRulesChoice } from './fit';
import { contactOn } from './contact';
import { platformById } from './platforms';
import {
  consequenceIds,
  contactKinds,
  isOneOf,
  platformIds,
  registers,
  replyTimeIds,
  ruleIds,
  type Register,
} from './ids';

export interface HouseRulesState extends HouseRulesChoice {
  lang: Locale;
  register: Register;
}

export interface StateProblem {
  param: string;
  value: string;
}

/** Typed text longer than this in a URL or in storage is not a name or an address: dropped. */
const maxTypedLength = 300;

export function defaultState(lang: Locale): HouseRulesState {
  return {
    lang,
    register: 'formal',
    name: '',
    platform: 'instagram',
    rules: ['no-threats', 'no-hate', 'no-insults', 'no-spam'],
    consequences: ['warn', 'hide', 'block'],
    contact: 'dm',
    contactValue: '',
    replyTime: null,
    emoji: false,
    nameInBio: false,
    reserve: null,
  };
}

/**
 * Reads the URL's query. Parameters that are absent keep their default. `languages`: the output
 * languages there are phrases for (the page passes them in, so the browser bundle carries no copy
 * of the site's locale table).
 */
export function parseState(
  query: string | URLSearchParams,
  defaults: HouseRulesState,
  languages: readonly Locale[],
): {
  state: HouseRulesState;
  problems: StateProblem[];
} {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state: HouseRulesState = {
    ...defaults,
    rules: [...defaults.rules],
    consequences: [...defaults.consequences],
  };
  const problems: StateProblem[] = [];
  const report = (param: string, value: string) =>
    problems.push({ param, value: value.slice(0, 60) });

  const one = <T extends string>(
    param: string,
    valid: readonly T[] | ((v: string) => v is T),
    apply: (v: T) => void,
  ) => {
    const value = params.get(param);
    if (value === null) return;
    const ok = typeof valid === 'function' ? valid(value) : isOneOf(valid, value);
    if (ok) apply(value as T);
    else report(param, value);
  };
  one('lang', languages, (v) => (state.lang = v));
  one('register', registers, (v) => (state.register = v));
  one('platform', platformIds, (v) => (state.platform = v));
  one('contact', contactKinds, (v) => (state.contact = v));
  one('replyTime', replyTimeIds, (v) => (state.replyTime = v));
  one('emoji', ['1', '0'] as const, (v) => (state.emoji = v === '1'));
  one('nameInBio', ['yes', 'no'] as const, (v) => (state.nameInBio = v === 'yes'));
  // Characters to leave free, a whole number up to the platform's limit (read after the platform).
  one(
    'reserve',
    (v): v is string => isReserve(v, platformById(state.platform).bio.limit),
    (v) => (state.reserve = Number(v)),
  );

  const list = <T extends string>(param: string, valid: readonly T[], apply: (v: T[]) => void) => {
    const value = params.get(param);
    if (value === null) return;
    const kept: T[] = [];
    for (const id of value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (!isOneOf(valid, id)) report(param, id);
      else if (!kept.includes(id)) kept.push(id);
    }
    apply(kept);
  };
  list('rules', ruleIds, (v) => (state.rules = v));
  list('consequences', consequenceIds, (v) => (state.consequences = v));

  const typed = (param: 'name' | 'contactValue') => {
    const value = params.get(param);
    if (value === null) return;
    if (value.length > maxTypedLength || /[\u0000-\u0008\u000B-\u001F\u007F]/.test(value))
      report(param, value);
    else state[param] = value;
  };
  typed('name');
  typed('contactValue');
  return { state, problems };
}

/** A reserve as typed or linked: digits only, at most the platform's limit. */
export function isReserve(value: string, limit: number): boolean {
  return /^\d{1,5}$/.test(value.trim()) && Number(value) <= limit;
}

/** The query string for a state: every choice, so a shared link reopens exactly the same form. */
export function serializeState(state: HouseRulesState): string {
  const params = new URLSearchParams();
  params.set('lang', state.lang);
  params.set('register', state.register);
  params.set('platform', state.platform);
  if (state.name) params.set('name', state.name);
  params.set('rules', state.rules.join(','));
  params.set('consequences', state.consequences.join(','));
  params.set('contact', state.contact);
  if (state.contactValue) params.set('contactValue', state.contactValue);
  if (state.replyTime) params.set('replyTime', state.replyTime);
  params.set('emoji', state.emoji ? '1' : '0');
  params.set('nameInBio', state.nameInBio ? 'yes' : 'no');
  if (state.reserve !== null) params.set('reserve', String(state.reserve));
  return params.toString();
}

/** What is kept in localStorage: only what the user typed. */
export interface StoredText {
  name: string;
  contactValue: string;
}

export const storageKey = 'reply-playbook:house-rules';

/** Reads stored text; anything malformed is dropped and reported (`problem: true`). */
export function parseStored(raw: string | null): { stored: Partial<StoredText>; problem: boolean } {
  if (raw === null) return { stored: {}, problem: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { stored: {}, problem: true };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { stored: {}, problem: true };
  const stored: Partial<StoredText> = {};
  let problem = false;
  for (const key of ['name', 'contactValue'] as const) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value === 'string' && value.length <= maxTypedLength) stored[key] = value;
    else problem = true;
  }
  return { stored, problem };
}

export function serializeStored(text: StoredText): string {
  return JSON.stringify({ name: text.name, contactValue: text.contactValue });
}

/**
 * The form's first state: the link's choices, and the typed text from storage where the link does
 * not carry its own (a shared link wins over what this browser remembers). Reports what was
 * dropped: the link's bad parameters, whether the stored text was malformed, and whether the
 * contact kind had to change for the platform (a DM on YouTube).
 */
export function startingState(
  search: string,
  storedRaw: string | null,
  lang: Locale,
  languages: readonly Locale[],
): {
  state: HouseRulesState;
  badParams: StateProblem[];
  badStorage: boolean;
  contactMoved: boolean;
} {
  const params = new URLSearchParams(search);
  const { state, problems } = parseState(params, defaultState(lang), languages);
  const { stored, problem } = parseStored(storedRaw);
  for (const key of ['name', 'contactValue'] as const)
    if (!params.has(key) && stored[key] !== undefined) state[key] = stored[key];
  // A DM on a platform without messages (YouTube) becomes e-mail; the page says so.
  const asked = state.contact;
  state.contact = contactOn(state.platform, asked);
  return { state, badParams: problems, badStorage: problem, contactMoved: state.contact !== asked };
}
