// The wizard's state in the URL (answers only: shareable, bookmarkable, reloadable) and the typed
// text kept on the device. Whatever comes in is untrusted: unknown or malformed parts are dropped
// and reported so the page can say so; nothing here throws.
import { fits, isAnswer, isQuestionId, isRelevant, questionOrder, type Answers, type QuestionId } from './questions';
import { registers, type Register } from './steps';

export type DropReason = 'unknown-question' | 'unknown-answer' | 'repeated' | 'irrelevant';

export interface DroppedParam {
  key: string;
  value: string;
  reason: DropReason;
}

export interface WizardState {
  answers: Answers;
  dropped: DroppedParam[];
}

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

export function parseWizardState(search: string): WizardState {
  const raw: Partial<Record<QuestionId, string>> = {};
  const dropped: DroppedParam[] = [];
  for (const [key, value] of pairs(search)) {
    if (!isQuestionId(key)) dropped.push({ key: clip(key), value: clip(value), reason: 'unknown-question' });
    else if (!isAnswer(key, value)) dropped.push({ key, value: clip(value), reason: 'unknown-answer' });
    else if (raw[key] !== undefined) dropped.push({ key, value, reason: 'repeated' });
    else raw[key] = value;
  }
  const answers: Answers = {};
  for (const q of questionOrder) {
    const value = raw[q];
    if (value === undefined) continue;
    // A link made before a question existed still opens: its answers are kept and the wizard asks
    // the first question it lacks. An answer the others rule out (a review on Instagram) is dropped.
    if (isRelevant(q, answers) && fits(q, value as never, answers)) (answers as Record<string, string>)[q] = value;
    else dropped.push({ key: q, value, reason: 'irrelevant' });
  }
  return { answers, dropped };
}

/** `?kind=heated&validity=justified…` in question order, relevant answers only ('' when empty). */
export function serializeWizardState(answers: Answers): string {
  const params = new URLSearchParams();
  const kept: Answers = {};
  for (const q of questionOrder) {
    const value = answers[q];
    if (value === undefined || !isRelevant(q, kept) || !fits(q, value as never, kept)) continue;
    (kept as Record<string, string>)[q] = value;
    params.append(q, value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** What the user typed, kept in localStorage for this page; cleared with one button. */
export interface StoredTyping {
  /** Gap values by draft language, then by gap label. */
  gaps: Record<string, Record<string, string>>;
  /** When the comment was posted: what was typed, and the moment it meant when typed. */
  posted?: { text: string; at: number };
  replyLang?: string;
  register?: Register;
}

const maxText = 2000;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= maxText;

/**
 * Reads stored typing. Every field is checked on its own so one bad value does not cost the rest;
 * `damaged` says that something was dropped (the page shows a notice).
 */
export function parseStoredTyping(raw: string | null, knownLangs: readonly string[]): { typing: StoredTyping; damaged: boolean } {
  const typing: StoredTyping = { gaps: {} };
  if (raw === null || raw === '') return { typing, damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { typing, damaged: true };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { typing, damaged: true };
  const d = data as Record<string, unknown>;
  let damaged = false;
  if (d.gaps !== undefined) {
    if (d.gaps && typeof d.gaps === 'object' && !Array.isArray(d.gaps)) {
      for (const [lang, values] of Object.entries(d.gaps)) {
        if (!knownLangs.includes(lang) || !values || typeof values !== 'object' || Array.isArray(values)) { damaged = true; continue; }
        const clean: Record<string, string> = {};
        for (const [label, value] of Object.entries(values)) {
          if (isText(label) && isText(value)) clean[label] = value;
          else damaged = true;
        }
        typing.gaps[lang] = clean;
      }
    } else damaged = true;
  }
  if (d.posted !== undefined) {
    const p = d.posted as Record<string, unknown> | null;
    if (p && isText(p.text) && typeof p.at === 'number' && Number.isFinite(p.at)) typing.posted = { text: p.text, at: p.at };
    else damaged = true;
  }
  if (d.replyLang !== undefined) {
    if (typeof d.replyLang === 'string' && knownLangs.includes(d.replyLang)) typing.replyLang = d.replyLang;
    else damaged = true;
  }
  if (d.register !== undefined) {
    if ((registers as readonly unknown[]).includes(d.register)) typing.register = d.register as Register;
    else damaged = true;
  }
  return { typing, damaged };
}

/**
 * Checks reply drafts fetched for another language (`/<lang>/wizard/drafts.json`): the build
 * validated them, but a stale cache or a broken proxy could still hand us anything.
 */
export function parseDraftsPayload(data: unknown, messageSteps: readonly string[]): Record<Register, Record<string, string[]>> | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  for (const register of registers) {
    const byStep = d[register] as Record<string, unknown> | undefined;
    if (!byStep || typeof byStep !== 'object') return undefined;
    for (const id of messageSteps) {
      const list = byStep[id];
      if (!Array.isArray(list) || list.length === 0 || !list.every((s) => typeof s === 'string')) return undefined;
    }
  }
  return d as Record<Register, Record<string, string[]>>;
}
