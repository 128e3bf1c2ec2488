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
  type QuestionId,
} from './questions';

type DropReason = 'unknown-question' | 'unknown-answer' | 'repeated' | 'irrelevant';

interface DroppedParam {
  key: string;
  value: string;
  reason: DropReason;
}

export interface WizardState {
  answers: Answers;
  dropped: DroppedParam[];
  /** `country=XX`, when it names a country the page serves (country.ts); a preference, not an answer. */
  country?: string;
}

/** The one parameter beside the answers: the reader's country, kept so a shared link keeps it. */
const countryParam = 'country';

/** Longest key or value we echo back in a notice; a link can be arbitrarily long. */
const maxEcho = 40;
const clip = (s: string): string => (s.length > maxEcho ? `${s.slice(0, maxEcho)}…` : s);

function pairs(search: string): [string, string][] {
  try {
    return [...new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)];
  } catch {
    return [];
  }
}

export function parseWizardState(search: string, countries: readonly string[] = []): WizardState {
  const raw: Partial<Record<QuestionId, string>> = {};
  const dropped: DroppedParam[] = [];
  let country: string | undefined;
  for (const [key, value] of pairs(search)) {
    if (key === countryParam) {
      const c = countries.find((x) => x === value.toUpperCase());
      if (!c) dropped.push({ key, value: clip(value), reason: 'unknown-answer' });
      else if (country !== undefined) dropped.push({ key, value, reason: 'repeated' });
      else country = c;
    } else if (!isQuestionId(key))
      dropped.push({ key: clip(key), value: clip(value), reason: 'unknown-question' });
    else if (!isAnswer(key, value))
      dropped.push({ key, value: clip(value), reason: 'unknown-answer' });
    else if (raw[key] !== undefined) dropped.push({ key, value, reason: 'repeated' });
    else raw[key] = value;
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
  return country ? { answers, dropped, country } : { answers, dropped };
}

/** `?kind=heated&validity=justified…` in question order, relevant answers only ('' when empty). */
export function serializeWizardState(answers: Answers): string {
  // clearIrrelevant keeps the relevant answers in question order, so its entries are the query.
  const s = new URLSearchParams(clearIrrelevant(answers) as Record<string, string>).toString();
  return s ? `?${s}` : '';
}

/** The query with the reader's country at its end (`?kind=…&country=AT`), or as it was without one. */
export function withCountry(query: string, country: string | undefined): string {
  if (!country) return query;
  return `${query ? `${query}&` : '?'}${countryParam}=${country}`;
}
