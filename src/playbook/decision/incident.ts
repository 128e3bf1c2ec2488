// What the user typed belongs to one incident (one incident at a time): the gap values,
// their edits of the composed text and the posting time. A different set of answers, a later day
// or "Start over" begins with nothing filled, so one customer's name never opens the next
// customer's reply – on a shared shop phone that is a privacy matter, not only a nuisance.
// Preferences (reply language, tone) are not about the incident and stay.
import { registers, type Channel, type Register } from './steps';
import type { PieceState, PieceStates } from './compose';
import { isObject } from './json';

// Keys are written out whole, not built from a prefix: the privacy page's test finds every key
// the site stores by its literal in src/ and fails when the page does not name it.
/** The wizard's one key: typing for the current incident and the reply preferences. */
export const wizardStorageKey = 'reply-playbook:wizard';
/** Keys of earlier versions (one per page locale, no incident): removed when the wizard starts. */
export const legacyWizardKeys = ['en', 'de', 'tr', 'hu'].map((l) => `reply-playbook:wizard:${l}`);

export interface StoredTyping {
  /** The answers (as in the URL) and the local day the typing belongs to. */
  incident?: string;
  day?: string;
  /** Gap values by reply language, then by gap id. */
  gaps: Record<string, Record<string, string>>;
  /** The chosen wording and the user's edits, by message (`piecesKey`), then by piece. */
  pieces: Record<string, PieceStates>;
  /** When the comment was posted: what was typed, and the moment it meant when typed. */
  posted?: { text: string; at: number };
  replyLang?: string;
  register?: Register;
}

/** The key of one message's pieces in `StoredTyping.pieces`: reply language, register, channel. */
export const piecesKey = (lang: string, register: Register, channel: Channel): string =>
  `${lang}:${register}:${channel}`;
/** The reply language of a key in `gaps` (the language itself) or in `pieces` (`piecesKey`). */
const langOfKey = (key: string): string => key.split(':')[0]!;

export const emptyTyping = (
  keep: Pick<StoredTyping, 'replyLang' | 'register'> = {},
): StoredTyping => {
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

/**
 * Reads stored typing. Every field is checked on its own so one bad value does not cost the rest;
 * `damaged` says that something was dropped (the page shows a notice). Written compactly: it ships
 * to the browser, within the wizard page's JS budget.
 */
export function parseStoredTyping(
  raw: string | null,
  knownLangs: readonly string[],
): { typing: StoredTyping; damaged: boolean } {
  const typing = emptyTyping();
  let damaged = false;
  let d: unknown = {};
  try {
    if (raw) d = JSON.parse(raw);
  } catch {
    d = 0;
  }
  if (!isObject(d)) return { typing, damaged: true };
  /** Keeps `value` when it passes; a value present but failing is dropped and flagged. */
  const keep = (value: unknown, ok: unknown, set: () => void) =>
    ok ? set() : value !== undefined && (damaged = true);
  keep(d.incident !== undefined ? d.incident : d.day, isText(d.incident) && isText(d.day), () => {
    typing.incident = d.incident as string;
    typing.day = d.day as string;
  });
  // Per reply language (gaps) or per message (pieces, `piecesKey`): each entry checked on its own.
  const byLang = (
    field: unknown,
    into: Record<string, object>,
    entry: (k: string, v: unknown, out: Record<string, unknown>) => void,
  ) =>
    keep(field, isObject(field), () => {
      for (const [key, values] of Object.entries(field as object)) {
        if (!isObject(values) || !knownLangs.includes(langOfKey(key))) {
          damaged = true;
          continue;
        }
        const out: Record<string, unknown> = (into[key] = {});
        for (const [k, v] of Object.entries(values)) entry(k, v, out);
      }
    });
  byLang(d.gaps, typing.gaps, (id, v, out) =>
    keep(v, isText(id) && isText(v), () => (out[id] = v)),
  );
  byLang(d.pieces, typing.pieces, (key, v, out) =>
    keep(v, isObject(v), () => {
      const o = v as Record<string, unknown>;
      const state: PieceState = (out[key] = {});
      keep(
        o.choice,
        Number.isInteger(o.choice) && (o.choice as number) >= 0,
        () => (state.choice = o.choice as number),
      );
      keep(o.edited, isText(o.edited), () => (state.edited = o.edited as string));
    }),
  );
  const p = d.posted;
  keep(p, isObject(p) && isText(p.text) && Number.isFinite(p.at), () => {
    const q = p as { text: string; at: number };
    typing.posted = { text: q.text, at: q.at };
  });
  keep(
    d.replyLang,
    knownLangs.includes(d.replyLang as string),
    () => (typing.replyLang = d.replyLang as string),
  );
  keep(
    d.register,
    (registers as readonly unknown[]).includes(d.register),
    () => (typing.register = d.register as Register),
  );
  return { typing, damaged };
}
