// The shape of the `comment` section of content/analysis/<locale>.json: what the comment reader
// matches with; and of what every locale's reading shares. Plain types only, so the reader carries
// no schema library into the browser.
import type { LinkHosts } from './reading-links';

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

/**
 * Per language code: common words (folded) and the letters beyond a–z its alphabet has, to tell
 * which of the site's languages a text is in, or that it is in none of them. The same for every
 * locale, so kept once (content/analysis/languages.json) and served once with the link hosts
 * (/reading-shared.json, `ReadingShared`). A fifth language is one more entry in that file: the
 * reader walks whatever entries it holds. The words are one string, separated by single spaces: a
 * string costs less to load than an array of strings.
 */
export type Languages = Record<string, { words: string; letters: string }>;

export type CommentData = {
  cues: Record<CueId, Cues>;
};

/** A cue list compiled to one expression (reading-match.ts), matched on the cased or the lower text. */
export type CompiledCues = { source: string; cased: boolean };

/**
 * What the wizard fetches per locale (comment.json): every cue list already folded and compiled by
 * the build, so the browser neither folds nor joins patterns.
 */
export type CommentPayload = {
  cues: Record<CueId, CompiledCues>;
};

/**
 * What every locale's reading shares, fetched once (/reading-shared.json) with the locale's
 * comment.json: the platforms' link hosts (reading-links.ts) and the languages.
 */
export type ReadingShared = {
  links: LinkHosts;
  languages: Languages;
};
