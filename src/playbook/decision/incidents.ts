// One incident at a time: each comment the owner answers is an incident with its own id in the
// URL (`incident=…`). What they typed for it – the gaps, their edits, the posting time, the pasted
// comment – is kept on the device under that id and nowhere else, so a fresh start with the same
// answers on the same day opens empty: one customer's name never opens the next customer's reply.
// The device keeps a short list of open incidents to resume or delete; each expires 7 days after
// it was last used. Anything read back is checked; what fails is dropped and reported.
import { parseStoredTyping, emptyTyping, type StoredTyping } from './incident';
import { isIncidentId } from './state';
import { isObject, isText, parseStored } from './json';
import { replyChoice } from './preferences';
import type { Register } from './steps';

/** Every incident on this device, by id. */
export const incidentsStorageKey = 'reply-playbook:incidents';
/** The key of the version before incidents had ids (one entry, matched by answers and day). */
export const singleTypingKey = 'reply-playbook:wizard';

export const incidentLifetime = 7 * 24 * 60 * 60_000;
/** Enough for the phone's list; the oldest go first beyond it. */
const maxIncidents = 20;

export interface Incident {
  /** Made and last used (ms since 1970). */
  at: number;
  seen: number;
  /** The answers as in the URL, without the incident: the list's resume link. */
  query: string;
  /** The pasted comment. */
  comment?: string;
  /** The paste box is behind: the comment was read or the owner skipped it. */
  pasted?: true;
  /** What the reading of the comment found (applied again as later answers make it relevant). */
  reading?: { question: string; value: string }[];
  /** What the reading suggested (question → value), for the check screen's marks. */
  suggested?: Record<string, string>;
  confirmed?: true;
  /** Reply language and register for this incident, per page language. */
  reply?: Record<string, { lang?: string; register?: Register }>;
  typing: StoredTyping;
}

export type Incidents = Record<string, Incident>;

/** A new id from random bytes (the island passes crypto.getRandomValues). */
export function newIncidentId(bytes: Uint8Array): string {
  return [...bytes.slice(0, 10)].map((b) => (b % 36).toString(36)).join('');
}

export const newIncident = (now: number): Incident => ({
  at: now,
  seen: now,
  query: '',
  typing: emptyTyping(),
});

/**
 * Reads the stored incidents. Each is checked on its own; an incident past its lifetime is
 * removed, one that fails a check is dropped and `damaged` says so (the page shows a notice).
 */
export function parseIncidents(
  raw: string | null,
  knownLangs: readonly string[],
  now: number,
): { incidents: Incidents; damaged: boolean } {
  const incidents: Incidents = {};
  let damaged = false;
  const d = parseStored(raw);
  if (!isObject(d)) return { incidents, damaged: true };
  for (const [id, v] of Object.entries(d)) {
    if (!isIncidentId(id) || !isObject(v) || !Number.isFinite(v.at) || !Number.isFinite(v.seen)) {
      damaged = true;
      continue;
    }
    if (now - (v.seen as number) > incidentLifetime) continue;
    const typing = parseStoredTyping(v.typing ?? {}, knownLangs);
    damaged ||= typing.damaged;
    const i: Incident = {
      at: v.at as number,
      seen: v.seen as number,
      query: isText(v.query, 1000) && v.query.startsWith('?') ? v.query : '',
      typing: typing.typing,
    };
    if (isText(v.comment)) i.comment = v.comment;
    if (v.pasted === true) i.pasted = true;
    if (v.confirmed === true) i.confirmed = true;
    if (Array.isArray(v.reading))
      i.reading = v.reading
        .filter(
          (r): r is Record<string, string> =>
            isObject(r) && isText(r.question, 40) && isText(r.value, 200),
        )
        .map((r) => ({ question: r.question!, value: r.value! }));
    if (isObject(v.suggested)) {
      const s = Object.entries(v.suggested).filter(([, x]) => isText(x, 80));
      i.suggested = Object.fromEntries(s) as Record<string, string>;
    }
    if (isObject(v.reply)) {
      i.reply = {};
      for (const [page, r] of Object.entries(v.reply)) {
        if (!knownLangs.includes(page) || !isObject(r)) continue;
        i.reply[page] = replyChoice(r, knownLangs);
      }
    }
    incidents[id] = i;
  }
  return { incidents, damaged };
}

/** The incidents to keep: the newest first, at most `maxIncidents`. */
export function pruned(incidents: Incidents, now: number): Incidents {
  return Object.fromEntries(
    Object.entries(incidents)
      .filter(([, i]) => now - i.seen <= incidentLifetime)
      .sort(([, x], [, y]) => y.seen - x.seen)
      .slice(0, maxIncidents),
  );
}

/** Whether an incident holds anything worth listing: answers or a comment. */
const worthListing = (i: Incident): boolean => !!i.query || !!i.comment?.trim();

export interface ListedIncident {
  id: string;
  seen: number;
  query: string;
  platform?: string;
  kind?: string;
  /** The comment's first words, for the owner to recognise it. */
  words: string;
}

/** The open incidents other than the current one, the most recent first, for the list. */
export function listIncidents(incidents: Incidents, current: string | undefined): ListedIncident[] {
  return Object.entries(incidents)
    .filter(([id, i]) => id !== current && worthListing(i))
    .sort(([, x], [, y]) => y.seen - x.seen)
    .map(([id, i]) => {
      const q = new URLSearchParams(i.query);
      // Undefined when the query lacks them (as if absent: the list tests for a value).
      return {
        id,
        seen: i.seen,
        query: i.query,
        words: firstWords(i.comment),
        platform: q.get('platform') || undefined,
        kind: q.get('kind') || undefined,
      };
    });
}

/** The first few words of a comment, on one line. */
export function firstWords(comment: string | undefined, n = 8): string {
  const words = (comment ?? '').trim().split(/\s+/).filter(Boolean);
  return words.slice(0, n).join(' ') + (words.length > n ? ' …' : '');
}
