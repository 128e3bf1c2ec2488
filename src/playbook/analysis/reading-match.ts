// The data's cue lists compiled to one regular expression each, and run over the folded text. The
// build compiles them (`commentPayload`, for comment.json); the browser only makes the RegExp.
import {
  cueIds,
  type CommentData,
  type CommentPayload,
  type CompiledCues,
  type CueId,
  type Cues,
} from './reading-data';
import { foldPattern, type Folded } from './reading-fold';

export type Hit = { start: number; end: number; text: string };
type Compiled = Record<CueId, { re: RegExp; cased: boolean }>;

const compiledCache = new WeakMap<CommentPayload, Compiled>();

/**
 * One expression per cue list. An entry matches at the start of a word and may run on into the
 * word (suffixes, compounds' endings); an entry that starts with `*` matches inside a word too
 * (the end of a German compound: `*allergie`). An entry that must end a word says `\b` itself.
 */
function compileCues(cues: Cues): CompiledCues {
  const cased = !Array.isArray(cues);
  const list = Array.isArray(cues) ? cues : cues.patterns;
  const atWord: string[] = [];
  const inWord: string[] = [];
  for (const entry of list) {
    if (entry.startsWith('*')) inWord.push(foldPattern(entry.slice(1), cased));
    else atWord.push(foldPattern(entry, cased));
  }
  const parts: string[] = [];
  if (atWord.length) parts.push(`\\b(?:${atWord.join('|')})`);
  if (inWord.length) parts.push(`(?:${inWord.join('|')})`);
  // Nothing to match: an expression that never matches.
  return { source: parts.length ? parts.join('|') : '(?!)', cased };
}

/** A locale's `comment` section as the wizard fetches it (built into comment.json). */
export const commentPayload = (data: CommentData): CommentPayload => ({
  cues: Object.fromEntries(
    cueIds.map((id) => [id, compileCues(data.cues[id])]),
  ) as CommentPayload['cues'],
});

// The browser walks the cue ids the payload holds (the build writes every one, in cueIds' order),
// so the list of ids ships in the data, not in the code as well.
const idsIn = (data: CommentPayload) => Object.keys(data.cues) as CueId[];

function compiled(data: CommentPayload): Compiled {
  let c = compiledCache.get(data);
  if (!c) {
    c = Object.fromEntries(
      idsIn(data).map((id) => [
        id,
        { re: new RegExp(data.cues[id].source, 'g'), cased: data.cues[id].cased },
      ]),
    ) as Compiled;
    compiledCache.set(data, c);
  }
  return c;
}

/** At most this many hits per cue: enough for evidence and scores, bounded on long texts. */
const maxHits = 12;

export function matchCues(
  text: string,
  folded: Folded,
  data: CommentPayload,
  only: readonly CueId[] = idsIn(data),
): Record<CueId, Hit[]> {
  const out = Object.fromEntries(idsIn(data).map((id) => [id, []])) as unknown as Record<
    CueId,
    Hit[]
  >;
  const c = compiled(data);
  for (const id of only) {
    const { re, cased } = c[id];
    const hits: Hit[] = [];
    re.lastIndex = 0;
    const s = cased ? folded.cased : folded.lower;
    let m: RegExpExecArray | null;
    while (hits.length < maxHits && (m = re.exec(s)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push(toOriginal(text, folded, m.index, m.index + m[0].length));
    }
    out[id] = hits;
  }
  return out;
}

/** Folded offsets back to the pasted text; a folded letter pair (ß→ss) maps to its one letter. */
function toOriginal(text: string, folded: Folded, s: number, e: number): Hit {
  const start = folded.at[s]!;
  let j = e;
  while (j < folded.at.length - 1 && folded.at[j] === folded.at[e - 1]) j++;
  const end = folded.at[j]!;
  return { start, end, text: text.slice(start, end) };
}
