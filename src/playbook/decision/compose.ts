// One reply per channel: the plan's writing steps become one message per channel – one greeting, the steps' parts in plan order, one sign-off – instead of a
// fragment per step. Pure: the island keeps which wording is chosen and what the user edited, and
// asks here for the text and for how an edit of the whole text maps back onto the pieces.
import { channels, steps, type Channel, type StepId, type StepInfo } from './steps';
import type { RegisterDrafts } from './content-schema';
import { emptyGaps, fillGaps, findGaps, unfillGaps, type GapLabels, type GapValues } from './gaps';
import { repliesShort } from '../analysis/short-replies';

export type { Channel };

const info = (id: StepId): StepInfo => steps[id];

/** The channel a step's words go to (none for a step that writes nothing). */
export const channelOf = (step: { id: StepId }): Channel | undefined => info(step.id).channel;

/**
 * Whether the plan writes a first reply in public: then, and only then, the response target
 * applies (a troll's private warning or a threat plan writes nothing there).
 */
export function writesInPublic(plan: readonly { id: StepId }[]): boolean {
  return plan.some((s) => channelOf(s) === 'public');
}

/**
 * Whether the public reply, once the time to reply has passed, opens with a word about the wait: it
 * speaks to the person who wrote, and it does not answer a suspected fake review (that reply says
 * how the business works; a sorry for the wait would treat the writer as a customer kept waiting).
 */
export function apologisesForWait(plan: readonly { id: StepId }[]): boolean {
  return (
    plan.some((s) => channelOf(s) === 'public' && info(s.id).audience !== 'everyone') &&
    !plan.some((s) => s.id === 'no-record')
  );
}

/** For each channel with a message, the plan step that holds it: the channel's first step. */
export function messageHosts(
  plan: readonly { id: StepId }[],
  composed: Partial<Record<Channel, Piece[]>>,
): Partial<Record<StepId, Channel>> {
  const hosts: Partial<Record<StepId, Channel>> = {};
  for (const ch of Object.keys(composed) as Channel[]) {
    const first = plan.find((s) => channelOf(s) === ch);
    if (first) hosts[first.id] = ch;
  }
  return hosts;
}

export interface Piece {
  /** 'greeting', 'closing' or the step id of a part. */
  key: string;
  options: string[];
}

/**
 * Each channel the plan writes in, with its pieces in order: [greeting], parts…, closing. Where the
 * platform's reply limit is short, what is posted there starts with each part's short wording (the
 * usual ones stay as alternatives), without a sign-off (the account's name stands beside it) and
 * without the parts that can wait for the private conversation.
 */
export function composePlan(
  plan: readonly {
    id: StepId;
    optional?: boolean;
    discreet?: true;
    platform?: string;
  }[],
  drafts: RegisterDrafts,
  how: {
    /** The reply comes after its limit: the public reply apologises for the wait. */
    overdue?: boolean;
    /** The reader's spelling (country.ts `speller`), applied to every wording. */
    spell?: (text: string) => string;
  } = {},
): Partial<Record<Channel, Piece[]>> {
  const spell = how.spell ?? ((t: string) => t);
  const out: Partial<Record<Channel, Piece[]>> = {};
  // The plan marks a sensitive matter on its steps (plan.ts); a partly right complaint shows in
  // its steps: an apology and a correction together.
  const discreet = plan.some((s) => s.discreet);
  const partly =
    plan.some((s) => s.id === 'apologize') && plan.some((s) => s.id === 'correct-facts');
  const section = (id: StepId): 'parts' | 'discreet' | 'partly' => {
    const special = discreet ? 'discreet' : partly ? 'partly' : undefined;
    return special && (drafts[special] as Partial<Record<StepId, string[]>>)[id]
      ? special
      : 'parts';
  };
  const wordings = (id: StepId, short: boolean): string[] => {
    const usual = (drafts[section(id)] as Partial<Record<StepId, string[]>>)[id] ?? [];
    // A payload cached by an older build has no short wordings: the usual ones still stand.
    const brief = short
      ? ((drafts.short?.[section(id)] as Partial<Record<StepId, string[]>> | undefined)?.[id] ?? [])
      : [];
    return [...new Set([...brief, ...usual])];
  };
  const greetings = (brief: string[] = []) => [...new Set([...brief, ...drafts.greeting])];
  const shortPlatform = plan.some((s) => s.platform && repliesShort(s.platform));
  for (const channel of channels) {
    // A private message has no reply limit.
    const short = shortPlatform && channel !== 'private';
    const inChannel = plan.filter((s) => channelOf(s) === channel);
    const pieces = inChannel
      .filter((s) => !inChannel.some((o) => info(o.id).replaces?.includes(s.id)))
      .flatMap((s) => {
        const options = wordings(s.id, short);
        // An optional part beside others (a touch of humour), or in a short reply a part that can
        // wait for the private conversation, starts left out; "other wording" brings it in. An
        // optional step that is the whole message (a reply only if the review stays) keeps its words.
        const leftOut =
          (s.optional && inChannel.some((o) => !o.optional)) || (short && info(s.id).waits);
        return options.length ? [{ key: s.id, options: leftOut ? ['', ...options] : options }] : [];
      });
    if (!pieces.length) continue;
    // The closing update goes where the first reply stands – on a review, into that one reply,
    // under its greeting and above its sign-off: it brings neither again unless chosen.
    const appended = channel === 'later';
    // Parts that all speak to everyone reading, not to the person who wrote: no personal greeting.
    const personal = !appended && pieces.some((p) => info(p.key as StepId).audience !== 'everyone');
    const wait = how.overdue && channel === 'public' && personal && apologisesForWait(plan);
    // A warning alone: a plain greeting and sign-off ("Hi …!" and "Have a nice day!" read as sarcasm).
    const firm = pieces.every((p) => p.key === 'warn') ? drafts.firm : undefined;
    out[channel] = [
      ...(personal
        ? [
            {
              key: 'greeting',
              options:
                firm?.greeting ?? (short ? greetings(drafts.short?.greeting) : drafts.greeting),
            },
          ]
        : []),
      ...(wait ? [{ key: 'wait', options: drafts.wait }] : []),
      ...pieces,
      {
        key: 'closing',
        options: firm?.closing ?? (short || appended ? ['', ...drafts.closing] : drafts.closing),
      },
    ].map((p) => ({ ...p, options: p.options.map(spell) }));
  }
  return out;
}

/** What the user did to one piece: the wording chosen and, once edited, their own text. */
export interface PieceState {
  choice?: number;
  edited?: string;
}
export type PieceStates = Record<string, PieceState | undefined>;

/** The piece's current draft text (with `[[gaps]]`). */
function pieceDraft(piece: Piece, state: PieceState | undefined): string {
  if (state?.edited !== undefined) return state.edited;
  return piece.options[(state?.choice ?? 0) % piece.options.length]!;
}

/** Between a greeting and the body, and before the sign-off, a line break; between parts a space. */
const separator = (before: string, after: string): string =>
  before === 'greeting' || after === 'closing' ? '\n' : ' ';

export interface Rendered {
  text: string;
  /** Where each piece stands in `text` (-1 when the user emptied it). */
  ranges: { key: string; start: number; end: number }[];
  /** Gap ids still empty, in order. */
  empty: string[];
  /** Every gap id in the message, in order. */
  gaps: string[];
}

export function renderPieces(
  pieces: readonly Piece[],
  states: PieceStates,
  values: GapValues,
  labels: GapLabels,
): Rendered {
  let text = '';
  let prev = '';
  const ranges: Rendered['ranges'] = [];
  const gaps: string[] = [];
  for (const piece of pieces) {
    const draft = pieceDraft(piece, states[piece.key]);
    for (const id of findGaps(draft)) if (!gaps.includes(id)) gaps.push(id);
    const state = states[piece.key];
    // The user's own text stays exactly as typed, so the cursor never jumps while they edit.
    const shown =
      state?.edited !== undefined
        ? fillGaps(draft, values, labels)
        : fillGaps(draft, values, labels).trim();
    if (!shown) {
      ranges.push({ key: piece.key, start: -1, end: -1 });
      continue;
    }
    if (prev) text += separator(prev, piece.key);
    ranges.push({ key: piece.key, start: text.length, end: text.length + shown.length });
    text += shown;
    prev = piece.key;
  }
  return { text, ranges, gaps, empty: gaps.filter((id) => emptyGaps(`[[${id}]]`, values).length) };
}

/**
 * The user edited the whole text: find the pieces the change touched and keep the edit on them,
 * so that swapping another piece's wording later keeps it. A change across pieces goes to the
 * first of them; the others become empty.
 */
export function applyEdit(
  pieces: readonly Piece[],
  states: PieceStates,
  values: GapValues,
  labels: GapLabels,
  next: string,
): PieceStates {
  const { text: prev, ranges } = renderPieces(pieces, states, values, labels);
  if (next === prev) return states;
  let p = 0;
  while (p < prev.length && p < next.length && prev[p] === next[p]) p++;
  let s = 0;
  while (
    s < prev.length - p &&
    s < next.length - p &&
    prev[prev.length - 1 - s] === next[next.length - 1 - s]
  )
    s++;
  const from = p;
  const to = prev.length - s;
  const shown = ranges.filter((r) => r.start >= 0);
  let hit = shown.filter((r) => r.start <= to && r.end >= from);
  if (!hit.length) {
    // Typed between two pieces or where every piece is empty: it joins the piece before.
    const before = shown.filter((r) => r.end <= from).pop() ?? shown[0];
    hit = before ? [before] : [];
  }
  const out: PieceStates = { ...states };
  if (!hit.length) {
    // Nothing left to attach to: the first part takes the whole text.
    const first = pieces.find((x) => x.key !== 'greeting') ?? pieces[0]!;
    for (const x of pieces) out[x.key] = { ...states[x.key], edited: '' };
    out[first.key] = {
      ...states[first.key],
      edited: unfillGaps(
        next,
        findGaps(pieces.map((x) => pieceDraft(x, states[x.key])).join(' ')),
        values,
        labels,
      ),
    };
    return out;
  }
  const lo = Math.min(hit[0]!.start, from);
  const hi = Math.max(hit[hit.length - 1]!.end, to);
  const region = next.slice(lo, hi + next.length - prev.length);
  const ids = findGaps(
    hit
      .map((r) =>
        pieceDraft(
          pieces.find((x) => x.key === r.key)!,
          states[r.key],
        ),
      )
      .join(' '),
  );
  hit.forEach((r, i) => {
    out[r.key] = {
      ...states[r.key],
      edited: i === 0 ? unfillGaps(region, ids, values, labels) : '',
    };
  });
  return out;
}

/** The next wording of one piece; the user's edit of that piece goes, every other piece stays. */
export function swapPiece(piece: Piece, states: PieceStates): PieceStates {
  const choice = ((states[piece.key]?.choice ?? 0) + 1) % piece.options.length;
  return { ...states, [piece.key]: { choice } };
}
