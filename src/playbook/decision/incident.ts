// What the user typed belongs to one incident (DESIGN.md "One incident at a time"): the gap values,
// their edits of the composed text and the posting time. A different set of answers, a later day
// or "Start over" begins with nothing filled, so one customer's name never opens the next
// customer's reply – on a shared shop phone that is a privacy matter, not only a nuisance.
// Preferences (reply language, tone) are not about the incident and stay.
import { registers, type Register } from './steps';
import type { PieceStates } from './compose';

/** Every localStorage key of the site starts with this. */
export const storagePrefix = 'reply-playbook:';
/** The wizard's one key: typing for the current incident and the reply preferences. */
export const wizardStorageKey = `${storagePrefix}wizard`;
/** Keys of earlier versions (one per page locale, no incident): removed when the wizard starts. */
export const legacyWizardKeys = ['en', 'de', 'tr', 'hu'].map((l) => `${storagePrefix}wizard:${l}`);

export interface StoredTyping {
  /** The answers (as in the URL) and the local day the typing belongs to. */
  incident?: string;
  day?: string;
  /** Gap values by reply language, then by gap id. */
  gaps: Record<string, Record<string, string>>;
  /** The chosen wording and the user's edits, by reply language + register + channel + piece. */
  pieces: Record<string, PieceStates>;
  /** When the comment was posted: what was typed, and the moment it meant when typed. */
  posted?: { text: string; at: number };
  replyLang?: string;
  register?: Register;
}

export const emptyTyping = (keep: Pick<StoredTyping, 'replyLang' | 'register'> = {}): StoredTyping => {
  const t: StoredTyping = { gaps: {}, pieces: {} };
  if (keep.replyLang) t.replyLang = keep.replyLang;
  if (keep.register) t.register = keep.register;
  return t;
};

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The typing to use for this incident on this day: what was stored, if it belongs to exactly these
 * answers and today; otherwise nothing but the preferences.
 */
export function forIncident(typing: StoredTyping, incident: string, day: string): StoredTyping {
  if (typing.incident === incident && typing.day === day) return typing;
  return { ...emptyTyping(typing), incident, day };
}

/** "Start over": the incident's text and posting time go; the preferences stay. */
export const startOver = (typing: StoredTyping): StoredTyping => emptyTyping(typing);

const maxText = 4000;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= maxText;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads stored typing. Every field is checked on its own so one bad value does not cost the rest;
 * `damaged` says that something was dropped (the page shows a notice).
 */
export function parseStoredTyping(raw: string | null, knownLangs: readonly string[]): { typing: StoredTyping; damaged: boolean } {
  const typing = emptyTyping();
  if (raw === null || raw === '') return { typing, damaged: false };
  let d: unknown;
  try {
    d = JSON.parse(raw);
  } catch {
    return { typing, damaged: true };
  }
  if (!isObject(d)) return { typing, damaged: true };
  let damaged = false;
  if (isText(d.incident) && isText(d.day)) { typing.incident = d.incident; typing.day = d.day; } else if (d.incident !== undefined || d.day !== undefined) damaged = true;
  const byLang = <T>(field: unknown, clean: (v: Record<string, unknown>) => T | undefined, into: Record<string, T>) => {
    if (field === undefined) return;
    if (!isObject(field)) { damaged = true; return; }
    for (const [key, values] of Object.entries(field)) {
      const ok = isObject(values) && knownLangs.includes(key.split(':')[0]!) ? clean(values) : undefined;
      if (ok) into[key] = ok;
      else damaged = true;
    }
  };
  byLang(d.gaps, (values) => {
    const out: Record<string, string> = {};
    for (const [id, v] of Object.entries(values)) if (isText(id) && isText(v)) out[id] = v; else damaged = true;
    return out;
  }, typing.gaps);
  byLang(d.pieces, (values) => {
    const out: PieceStates = {};
    for (const [key, v] of Object.entries(values)) {
      if (!isObject(v)) { damaged = true; continue; }
      const choice = Number.isInteger(v.choice) && (v.choice as number) >= 0 ? (v.choice as number) : undefined;
      const edited = isText(v.edited) ? v.edited : undefined;
      if ((v.choice !== undefined && choice === undefined) || (v.edited !== undefined && edited === undefined)) damaged = true;
      out[key] = { ...(choice !== undefined ? { choice } : {}), ...(edited !== undefined ? { edited } : {}) };
    }
    return out;
  }, typing.pieces);
  if (d.posted !== undefined) {
    const p = d.posted;
    if (isObject(p) && isText(p.text) && typeof p.at === 'number' && Number.isFinite(p.at)) typing.posted = { text: p.text, at: p.at };
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
export function draftsPayloadOk(data: unknown, messageSteps: readonly string[]): boolean {
  if (!isObject(data) || !isObject(data.gaps)) return false;
  const list = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string');
  return registers.every((r) => {
    const reg = data[r];
    return isObject(reg) && list(reg.greeting) && list(reg.closing) && isObject(reg.parts) &&
      messageSteps.every((id) => list((reg.parts as Record<string, unknown>)[id]));
  });
}
