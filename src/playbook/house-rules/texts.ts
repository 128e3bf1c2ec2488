// The shape of one output language's phrases (content/house-rules/<locale>/phrases.json). Types
// only: the schema that checks the files is in schema.ts, kept out of the browser bundle.
import type { ConsequenceId, ContactKind, ListedRuleId, ReplyTimeId, RuleId } from './ids';

/** A long and a short way to say the same thing, so the bio can shrink before it drops parts. */
interface Variants {
  long: string;
  short: string;
}

interface BioPhrases {
  /** With {name}, standing alone ("{name}:"); only when the user asks for the name in the bio. */
  heading: Variants;
  /** "Feedback welcome, good or bad." – always in the bio. */
  welcome: Variants;
  /** Criticism welcome and "send us a DM" in one short sentence, for the tightest bios. */
  welcomeDm: string;
  /** Where complaints go; {value} is the address, number or link, standing alone. */
  contact: Record<ContactKind, Variants>;
  /** The `respect` rule as a request of its own: "Please keep it respectful." */
  respect: Variants;
  /** A sentence around {items}: `remove` when a chosen consequence takes comments down, else `plain`. */
  rules: { remove: Variants; plain: Variants };
  ruleItems: Record<ListedRuleId, string>;
  replyTime: Record<ReplyTimeId, Variants>;
  /** Where the rest is: `rules` when rules were left out, `all` when the contact was too. */
  pointer: { rules: Variants; all: Variants };
}

interface FullPhrases {
  /** With {name}, standing alone: "House rules — {name}" */
  title: string;
  titleUnnamed: string;
  intro: string;
  rulesIntro: string;
  rules: Record<RuleId, string>;
  consequencesIntro: string;
  consequences: Record<ConsequenceId, string>;
  /** The closing block: criticism welcome, then where to take it (the text ends there). */
  criticism: string;
  contact: Record<ContactKind, string>;
  replyTime: Record<ReplyTimeId, string>;
}
export interface RegisterPhrases {
  bio: BioPhrases;
  full: FullPhrases;
}

export interface ListPhrases {
  /** Between items of a list: ", " */
  separator: string;
  /** Before the last item: " and " */
  lastSeparator: string;
}

/** Everything one output language needs, in both registers. */
export interface PhraseFile {
  list: ListPhrases;
  formal: RegisterPhrases;
  informal: RegisterPhrases;
}
