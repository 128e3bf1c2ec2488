// What the owner typed for one incident: the gap values, their edits of the composed text and
// the posting time, kept with that incident (incidents.ts) and read back field by field. The
// owner's own details and the reply settings are preferences (preferences.ts), not typing.
import type { Channel, Register } from './steps';
import type { PieceState, PieceStates } from './compose';
import { isObject, isText } from './json';

// Keys are written out whole, not built from a prefix: the privacy page's test finds every key
// the site stores by its literal in src/ and fails when the page does not name it.
/** Keys of earlier versions (one per page locale, no incident): removed when the wizard starts. */
export const legacyWizardKeys = ['en', 'de', 'tr', 'hu'].map((l) => `reply-playbook:wizard:${l}`);

export interface StoredTyping {
  /** Gap values by reply language, then by gap id. */
  gaps: Record<string, Record<string, string>>;
  /** The chosen wording and the user's edits, by message (`piecesKey`), then by piece. */
  pieces: Record<string, PieceStates>;
  /** When the comment was posted: what was typed, and the moment it meant when typed. */
  posted?: { text: string; at: number };
}

/** The key of one message's pieces in `StoredTyping.pieces`: reply language, register, channel. */
export const piecesKey = (lang: string, register: Register, channel: Channel): string =>
  `${lang}:${register}:${channel}`;
/** The reply language of a key in `gaps` (the language itself) or in `pieces` (`piecesKey`). */
const langOfKey = (key: string): string => key.split(':')[0]!;

export const emptyTyping = (): StoredTyping => ({ gaps: {}, pieces: {} });

/**
 * Reads one incident's stored typing (already parsed from JSON). Every field is checked on its own so one bad value does not cost the rest;
 * `damaged` says that something was dropped (the page shows a notice). Written compactly: it ships
 * to the browser, within the wizard page's JS budget.
 */
export function parseStoredTyping(
  d: unknown,
  knownLangs: readonly string[],
): { typing: StoredTyping; damaged: boolean } {
  const typing = emptyTyping();
  let damaged = false;
  if (!isObject(d)) return { typing, damaged: true };
  /** Keeps `value` when it passes; a value present but failing is dropped and flagged. */
  const keep = (value: unknown, ok: unknown, set: () => void) =>
    ok ? set() : value !== undefined && (damaged = true);
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
  return { typing, damaged };
}
