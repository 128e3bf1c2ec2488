// The shape of one output language's phrases (content/house-rules/<locale>/phrases.json). Types
// only: the schema that checks the files is in schema.ts, kept out of the browser bundle.
import type { ConsequenceId, ContactKind, ReplyTimeId, RuleId } from './ids';

/** A long and a short way to say the same thing, so the bio can shrink before it drops parts. */
export interface Variants {
  long: string;
  short: string;
}

export interface BioPhrases {
  /** With {name}, standing alone: "House rules · {name}:" */
  heading: Variants;
  /** "Criticism welcome." */
  welcome: Variants;
  /** Where complaints go; {value} is the address, number or link, standing alone. */
  contact: Record<ContactKind, Variants>;
  /** A sentence around {items}, the list of rule items. */
  rules: Variants;
  ruleItems: Record<RuleId, string>;
  /** A sentence around {items}, the consequences in the user's order. */
  consequences: Variants;
  consequenceItems: Record<ConsequenceId, string>;
  replyTime: Record<ReplyTimeId, Variants>;
}

export interface FullPhrases {
  /** With {name}, standing alone: "House rules — {name}" */
  title: string;
  titleUnnamed: string;
  intro: string;
  rulesIntro: string;
  rules: Record<RuleId, string>;
  consequencesIntro: string;
  consequences: Record<ConsequenceId, string>;
  criticism: string;
  contact: Record<ContactKind, string>;
  replyTime: Record<ReplyTimeId, string>;
  closing: string;
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
  /** Between the steps of the consequences ladder: " → " */
  ladder: string;
}

/** Everything one output language needs, in both registers. */
export interface PhraseFile {
  list: ListPhrases;
  formal: RegisterPhrases;
  informal: RegisterPhrases;
}
