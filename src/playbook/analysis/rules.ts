// The shape of one locale's reply-check data (content/analysis/<locale>.json, section `reply`) as
// the engine reads it. The words are data: a pattern is a regular expression source, matched on
// the text lowercased in the locale's way (Turkish İ/ı), so stems are written in lowercase and a
// suffix never stops a match. `\b` in a pattern is a word edge for every script (JavaScript's own
// `\b` knows only ASCII letters): "\\bpatient" finds "patients", "Patientin"; "behandl" without
// an edge also finds the German compound "Zahnbehandlung".
import type { WarningId } from './ids';

export interface Rule {
  /** Any of these marks the words that trigger the warning. */
  match: string[];
  /** The sentence holding the match also holds one of these: no warning (own contact, a time). */
  unless?: string[];
  /** Only where the sentence also holds one of these (a discount *and* a review). */
  needs?: string[];
  /** Matched on the text as typed, not lowercased (capitals, a name). */
  cased?: boolean;
  /** A claim about a moderation tool: false only where the platform lacks it. */
  can?: 'delete' | 'block' | 'hide';
}

export interface ReplyCheckData {
  /** The warnings' frame: a title, the marked copy's label, the guide link, "no warning". */
  view: { title: string; marked: string; guide: string; none: string };
  /** One plain sentence per warning: the risk. */
  say: Record<WarningId, string>;
  /** The counter: "{n} of {max} characters". */
  count: string;
  /** The counter where the platform sets no limit: "{n} characters". */
  countFree: string;
  rules: Partial<Record<Exclude<WarningId, 'too-long'>, Rule[]>>;
  /**
   * Letters people often type without their accents, as pairs ("çc ğg ıi"): text and patterns
   * are compared with these folded, so "siparis" finds "sipariş". Not for the cased rules.
   */
  fold?: string;
  /**
   * Per platform id, the moderation tools an owner has on their own page (a rule's `can`), from
   * the wizard's capability table: added by the build (reply-payload.ts), not in the content file.
   */
  tools: Record<string, NonNullable<Rule['can']>[]>;
}

/** The `reply` section as the content file holds it: everything but the tools. */
export type ReplyCheckContent = Omit<ReplyCheckData, 'tools'>;
