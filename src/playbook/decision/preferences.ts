// The owner's preferences, kept until cleared and never part of an incident: their own signature
// and business contact (typed once, filled into every reply, changed by typing again), and the
// reply language and register chosen on each page language – a choice on the German page never
// turns the English page's replies German.
import type { Register } from './steps';
import type { GapValues } from './gaps';
import { isObject, isText, parseStored } from './json';

export const preferencesStorageKey = 'reply-playbook:preferences';

/** The gaps that hold the owner's own details, not the customer's: remembered across incidents. */
const ownGaps = ['signer', 'contact'] as const;
export const isOwnGap = (id: string): boolean => (ownGaps as readonly string[]).includes(id);

export interface Preferences {
  own: Partial<Record<(typeof ownGaps)[number], string>>;
  /** Per page language: the reply language and register last chosen there. */
  reply: Record<string, { lang?: string; register?: Register }>;
}

export const emptyPreferences = (): Preferences => ({ own: {}, reply: {} });

export function parsePreferences(
  raw: string | null,
  knownLangs: readonly string[],
): { preferences: Preferences; damaged: boolean } {
  const preferences = emptyPreferences();
  const d = parseStored(raw);
  if (!isObject(d)) return { preferences, damaged: true };
  let damaged = false;
  const own = isObject(d.own) ? d.own : {};
  for (const id of ownGaps) {
    const v = own[id];
    if (isText(v, 200)) preferences.own[id] = v;
    else if (v !== undefined) damaged = true;
  }
  for (const [page, r] of Object.entries(isObject(d.reply) ? d.reply : {})) {
    if (!knownLangs.includes(page) || !isObject(r)) {
      damaged = true;
      continue;
    }
    preferences.reply[page] = replyChoice(r, knownLangs);
  }
  return { preferences, damaged };
}

/** A stored reply language and register (a preference's or an incident's): what of it is valid. */
export const replyChoice = (
  r: Record<string, unknown>,
  knownLangs: readonly string[],
): { lang?: string; register?: Register } => ({
  ...(knownLangs.includes(r.lang as string) ? { lang: r.lang as string } : {}),
  ...(r.register === 'formal' || r.register === 'informal' ? { register: r.register } : {}),
});

/** The values of every gap in a reply: the incident's, with the owner's own details over them. */
export function gapValues(incident: GapValues | undefined, p: Preferences): GapValues {
  const out: GapValues = { ...incident };
  for (const id of ownGaps) if (p.own[id]) out[id] = p.own[id]!;
  return out;
}

/**
 * The reply language and register on this page: the incident's own choice (made or suggested
 * here), else the one last chosen on this page language, else the page's language, formal.
 */
export function replySettings(
  page: string,
  incident: { lang?: string; register?: Register } | undefined,
  p: Preferences,
): { lang: string; register: Register } {
  const mine = p.reply[page];
  return {
    lang: incident?.lang ?? mine?.lang ?? page,
    register: incident?.register ?? mine?.register ?? 'formal',
  };
}
