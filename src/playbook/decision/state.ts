// The wizard's state in the URL (answers only: shareable, bookmarkable, reloadable) and the typed
// text kept on the device. Whatever comes in is untrusted: unknown or malformed parts are dropped
// and reported so the page can say so; nothing here throws.
import {
  clearIrrelevant,
  fits,
  isAnswer,
  isQuestionId,
  isRelevant,
  questionOrder,
  type Answers,
} from './questions';

type DropReason = 'unknown-question' | 'unknown-answer' | 'repeated' | 'irrelevant';

interface DroppedParam {
  key: string;
  value: string;
  reason: DropReason;
}

export interface WizardState {
  answers: Answers;
  /** The incident the link belongs to (`incident=…`), when it names a well-formed one. */
  incident?: string;
  dropped: DroppedParam[];
  /** `country=XX`, when it names a country the page serves (country.ts); a preference, not an answer. */
  country?: string;
}

/** An incident id: made on the device (incidents.ts), short, lowercase letters and digits. */
export const isIncidentId = (v: string): boolean => /^[a-z0-9]{6,24}$/.test(v);

/** The one parameter beside the answers: the reader's country, kept so a shared link keeps it. */
const countryParam = 'country';

/** Longest key or value we echo back in a notice; a link can be arbitrarily long. */
const maxEcho = 40;
const clip = (s: string): string => (s.length > maxEcho ? `${s.slice(0, maxEcho)}…` : s);

export function parseWizardState(search: string, countries: readonly string[] = []): WizardState {
  // Answers and the country, as given: each must name a known value, once.
  const raw: Record<string, string> = {};
  const dropped: DroppedParam[] = [];
  let incident: string | undefined;
  // URLSearchParams skips the leading '?' and never throws on a string.
  for (const [key, value] of new URLSearchParams(search)) {
    // A malformed incident id is not worth a notice: the wizard simply opens a new incident.
    if (key === 'incident') incident ??= isIncidentId(value) ? value : undefined;
    else if (key !== countryParam && !isQuestionId(key))
      dropped.push({ key: clip(key), value: clip(value), reason: 'unknown-question' });
    else {
      const known =
        key === countryParam
          ? countries.find((x) => x === value.toUpperCase())
          : isAnswer(key, value) && value;
      if (!known) dropped.push({ key, value: clip(value), reason: 'unknown-answer' });
      else if (raw[key] !== undefined) dropped.push({ key, value, reason: 'repeated' });
      else raw[key] = known;
    }
  }
  const answers: Answers = {};
  for (const q of questionOrder) {
    const value = raw[q];
    if (value === undefined) continue;
    // A link made before a question existed still opens: its answers are kept and the wizard asks
    // the first question it lacks. An answer the others rule out (a review on Instagram) is dropped.
    if (isRelevant(q, answers) && fits(q, value as never, answers))
      (answers as Record<string, string>)[q] = value;
    else dropped.push({ key: q, value, reason: 'irrelevant' });
  }
  return { answers, incident, dropped, country: raw[countryParam] };
}

/**
 * `?kind=heated&validity=justified…&incident=…` in question order, relevant answers only, the
 * incident last ('' when empty).
 */
export function serializeWizardState(answers: Answers, incident?: string): string {
  // clearIrrelevant keeps the relevant answers in question order, so its entries are the query.
  const q = new URLSearchParams(clearIrrelevant(answers) as Record<string, string>);
  if (incident) q.set('incident', incident);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The query with the reader's country at its end (`?kind=…&country=AT`), or as it was without one. */
export function withCountry(query: string, country: string | undefined): string {
  if (!country) return query;
  return `${query ? `${query}&` : '?'}${countryParam}=${country}`;
}
