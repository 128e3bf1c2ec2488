// The shape of the `comment` section of content/analysis/<locale>.json: what the comment reader
// matches with. Plain types only, so the reader carries no schema library into the browser.

/** A list of regex sources, matched on text folded to lower-case ASCII (see reading-fold.ts). */
type CueList = string[];
/** The same, matched on folded text that keeps its capitals (German Sie, Hungarian Ön). */
type CasedCues = { cased: true; patterns: string[] };
export type Cues = CueList | CasedCues;

export const cueIds = [
  // kind and abuse
  'threat',
  'dox',
  'phone',
  'hate',
  'insult',
  'profanity',
  'fake',
  'rumour',
  'question',
  'praise',
  'negative',
  // sensitive and concern
  'health',
  'food',
  'product',
  'injury',
  'child',
  'legal',
  // the rest
  'private',
  'staff',
  // the writer's own number (to be called back) or family (where my mother lives): not doxxing
  'ownDetails',
  'formal',
  'informal',
  'signoff',
] as const;
export type CueId = (typeof cueIds)[number];

export type CommentData = {
  /**
   * Per language code: common words (folded) and the letters beyond a–z its alphabet has, to tell
   * which of the site's languages a text is in, or that it is in none of them. The words are one
   * string, separated by single spaces: the list is in every locale's file, and a string costs
   * less to load than an array of strings.
   */
  languages: Record<string, { words: string; letters: string }>;
  cues: Record<CueId, Cues>;
};

/** A cue list compiled to one expression (reading-match.ts), matched on the cased or the lower text. */
export type CompiledCues = { source: string; cased: boolean };

/**
 * What the wizard fetches (comment.json): the languages as written, and every cue list already
 * folded and compiled by the build, so the browser neither folds nor joins patterns.
 */
export type CommentPayload = Pick<CommentData, 'languages'> & {
  cues: Record<CueId, CompiledCues>;
};
