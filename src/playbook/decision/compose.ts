// One reply per channel (DESIGN.md "One reply per channel"): the plan's writing steps become one
// message per channel – one greeting, the steps' parts in plan order, one sign-off – instead of a
// fragment per step. Pure: the island keeps which wording is chosen and what the user edited, and
// asks here for the text and for how an edit of the whole text maps back onto the pieces.
import type { StepId } from './steps';
import { emptyGaps, fillGaps, findGaps, unfillGaps, type GapLabels, type GapValues } from './gaps';

/**
 * Where a step's words go. `public`: the reply under the comment. `everyone`: a comment of its own
 * for everyone joining in when a complaint spreads – not part of the reply to the one person.
 * `private`: the message in the private channel. `later`: the public update once it is solved –
 * posted (or edited into a review reply) after the private talk, never together with the first reply.
 */
export type Channel = 'public' | 'everyone' | 'private' | 'later';
const channels: readonly Channel[] = ['public', 'everyone', 'private', 'later'];

/** Per register: greetings and sign-offs to choose from, and each writing step's part. */
export interface RegisterDrafts {
  greeting: string[];
  closing: string[];
  /** A word about the wait, after the greeting, only when the reply is overdue (timing.ts). */
  wait: string[];
  parts: Partial<Record<StepId, string[]>>;
  /**
   * Wordings used instead of `parts` where the comment touches health, an injury, a child or a
   * legal claim (the plan shows concern, DESIGN invariant 18): the public update then says that it
   * was answered in private and nothing about what was done – no gap invites a detail.
   */
  discreet: Record<(typeof discreetStepIds)[number], string[]>;
  /**
   * Wordings used instead of `parts` where the complaint is partly right (the plan apologises and
   * corrects, DESIGN invariant 17): the apology owns the part that is right, not the whole.
   */
  partly: Record<(typeof partlyStepIds)[number], string[]>;
}

/** Parts that speak to everyone reading, not to the person who wrote: no personal greeting. */
const toEveryone: readonly string[] = ['state-rules-public', 'follow-up-public', 'keep-answering'];
const later: readonly string[] = ['follow-up-public'];
/** Words for the crowd when a complaint spreads: pasted into the reply, they would read as a speech. */
const crowd: readonly string[] = ['keep-answering'];
/** Moderation that speaks to the person alone: a troll's warning is never posted in public. */
const privately: readonly string[] = ['warn'];
/**
 * A part another part replaces when both are in the plan: where a comment touches health, an
 * injury or a legal claim, the reply opens with concern, restates nothing in public (DESIGN
 * invariant 18) and already asks the person to get in touch, so the usual opening that restates
 * the problem and a second request for contact (or invitation to talk) are left out.
 */
const replacedBy: Readonly<Record<string, string>> = {
  'reply-public': 'show-concern',
  'ask-private': 'show-concern',
  'invite-offline': 'show-concern',
};

/** Steps with a discreet wording (`RegisterDrafts.discreet`). */
export const discreetStepIds = ['follow-up-public'] as const satisfies readonly StepId[];
/** Steps with a wording for a complaint that is partly right (`RegisterDrafts.partly`). */
export const partlyStepIds = ['apologize'] as const satisfies readonly StepId[];

/** The channel a writing step's words go to, derived from the step's own data. */
export function channelOf(step: {
  id: string;
  kind: string;
  writesMessage: boolean;
}): Channel | undefined {
  if (!step.writesMessage) return undefined;
  if (later.includes(step.id)) return 'later';
  if (crowd.includes(step.id)) return 'everyone';
  return step.kind === 'private' || privately.includes(step.id) ? 'private' : 'public';
}

/**
 * Whether the plan writes a first reply in public: then, and only then, the response target
 * applies (a troll's private warning or a threat plan writes nothing there).
 */
export function writesInPublic(
  plan: readonly { id: string; kind: string; writesMessage: boolean }[],
): boolean {
  return plan.some((s) => channelOf(s) === 'public');
}

/** For each channel with a message, the plan step that holds it: the channel's first step. */
export function messageHosts(
  plan: readonly { id: string; kind: string; writesMessage: boolean }[],
  composed: Partial<Record<Channel, Piece[]>>,
): Partial<Record<string, Channel>> {
  const hosts: Partial<Record<string, Channel>> = {};
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

/** Each channel the plan writes in, with its pieces in order: [greeting], parts…, closing. */
export function composePlan(
  plan: readonly {
    id: string;
    kind: string;
    writesMessage: boolean;
    optional?: boolean;
    discreet?: true;
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
  const situational = (discreet ? drafts.discreet : partly ? drafts.partly : {}) as Partial<
    Record<StepId, string[]>
  >;
  for (const channel of channels) {
    const inChannel = plan.filter((s) => channelOf(s) === channel);
    const parts = inChannel
      .filter((s) => !inChannel.some((o) => o.id === replacedBy[s.id]))
      .flatMap((s) => {
        const id = s.id as StepId;
        const options = situational[id] ?? drafts.parts[id];
        // An optional part (a touch of humour) starts left out; "other wording" brings it in.
        return options?.length
          ? [{ key: s.id, options: s.optional ? ['', ...options] : options }]
          : [];
      });
    if (!parts.length) continue;
    const personal = parts.some((p) => !toEveryone.includes(p.key));
    const wait = personal && how.overdue && channel === 'public';
    out[channel] = [
      ...(personal ? [{ key: 'greeting', options: drafts.greeting }] : []),
      ...(wait ? [{ key: 'wait', options: drafts.wait }] : []),
      ...parts,
      { key: 'closing', options: drafts.closing },
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
