// The reply check: warnings on the owner's own words before they post. Pure: the text, the
// platform, optionally the comment answered and the business's own contact, over one locale's
// word lists and patterns (rules.ts). No model, no network; runs on each keystroke.
import { countWith, utf8Bytes } from '../house-rules/measure';
import type { PlatformId } from '../decision/platforms';
import { warningGuide, warningIds, type WarningId } from './ids';
import { replyLimits, type ReplyCounting } from './reply-limits';
import type { ReplyCheckData, Rule } from './rules';

export interface Span {
  start: number;
  end: number;
}

export interface Warning {
  id: WarningId;
  /** The risk in one sentence, in the data's language. */
  sentence: string;
  /** Where the words that triggered it stand in the text, in order, not overlapping. */
  matches: Span[];
  /** The guide page that explains it (a slug, the same in every locale). */
  guide: string;
}

export interface ReplyInput {
  text: string;
  /** A platform id; anything else counts as `other` (no limit). */
  platform?: string;
  /** The comment the reply answers: names and numbers from it are not repeated in public. */
  comment?: string;
  /** The business's own contact (phone, e-mail, address): never personal data. */
  business?: { contact?: string[] };
  /** The language of the data, for lowercasing (Turkish İ and I). */
  locale?: string;
}

// `\b` where a word starts (at the pattern's start or an alternative's) or ends (at its end or
// an alternative's): one lookaround each, which keeps the patterns fast on a cheap phone; the
// two-sided test only where a pattern leaves it open.
const wordStart = '(?<![\\p{L}\\p{N}])';
const wordEnd = '(?![\\p{L}\\p{N}])';
const edges = (source: string) =>
  source.replace(/([(|:>]?)\\b(?=(.?))/g, (_, before: string, after: string, at: number) =>
    before || at === 0
      ? before + wordStart
      : after === '' || after === ')' || after === '|'
        ? wordEnd
        : `(?:${wordStart}(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])${wordEnd})`,
  );
const compiled = new WeakMap<Rule, { match: RegExp[]; unless: RegExp[]; needs: RegExp[] }>();

/** Replaces each letter of a pair by its plain twin, keeping every offset. */
function folder(pairs: string | undefined): (s: string) => string {
  if (!pairs) return (s) => s;
  const map = new Map(pairs.split(' ').map((p) => [...p] as [string, string]));
  return (s) => (/[^\x00-\x7f]/.test(s) ? s.replace(/./gsu, (c) => map.get(c) ?? c) : s);
}

function compile(rule: Rule, fold: (s: string) => string) {
  let c = compiled.get(rule);
  if (!c) {
    const regex = (source: string) => new RegExp(edges(rule.cased ? source : fold(source)), 'gu');
    c = {
      match: rule.match.map(regex),
      unless: (rule.unless ?? []).map(regex),
      needs: (rule.needs ?? []).map(regex),
    };
    compiled.set(rule, c);
  }
  return c;
}

/** Lowercase without changing any offset (Turkish İ becomes i, not i + a combining dot). */
function lower(text: string, locale = 'en'): string {
  let out = '';
  for (const ch of text) {
    // A typographic apostrophe is written like a plain one in the patterns ("we’ll", "we'll").
    const l = ch === '’' ? "'" : ch.toLocaleLowerCase(locale);
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** A sentence ends at a line break, or at . ! ? followed by a space (not in "shop.de"). */
const endsSentence = (text: string, i: number) =>
  text[i] === '\n' ||
  (/[.!?;]/.test(text[i]!) && (i + 1 >= text.length || /\s/.test(text[i + 1]!)));

/** The sentence around a match. */
function sentenceAt(text: string, at: number, end: number): string {
  let s = at;
  while (s > 0 && !endsSentence(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !endsSentence(text, e)) e++;
  return text.slice(s, e + 1);
}

const hits = (res: RegExp[], text: string) => res.some((re) => ((re.lastIndex = 0), re.test(text)));

function runRule(rule: Rule, text: string, lowered: string, fold: (s: string) => string): Span[] {
  const c = compile(rule, fold);
  const source = rule.cased ? text : lowered;
  const spans: Span[] = [];
  for (const re of c.match) {
    re.lastIndex = 0;
    for (const m of source.matchAll(re)) {
      if (!m[0]) continue;
      const start = m.index;
      const end = start + m[0].length;
      const sentence = sentenceAt(lowered, start, end);
      const sentenceCased = sentenceAt(text, start, end);
      if (c.unless.length && (hits(c.unless, sentence) || hits(c.unless, sentenceCased))) continue;
      if (c.needs.length && !hits(c.needs, sentence)) continue;
      spans.push({ start, end });
    }
  }
  return spans;
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

// The limits table names every platform id (typed by them), so it is the list of ids here: the
// check's chunk, loaded by the check page too, carries no copy of the wizard's platform table.
function platformOf(id: string | undefined): PlatformId {
  return id && Object.hasOwn(replyLimits, id) ? (id as PlatformId) : 'other';
}

function measure(counting: ReplyCounting, text: string): number {
  return counting === 'utf8-bytes' ? utf8Bytes(text) : countWith(counting, text);
}

export interface ReplyCount {
  n: number;
  max: number | null;
  over: boolean;
}

/** The reply's length as its platform counts it, against the platform's reply limit. */
export function replyCount(text: string, platform?: string): ReplyCount {
  const limit = replyLimits[platformOf(platform)];
  const n = measure(limit.counting, text);
  return { n, max: limit.max, over: limit.max !== null && n > limit.max };
}

let segmenter: Intl.Segmenter | undefined;

/** Where the text first runs past the limit (the part to cut), on a grapheme boundary. */
function overflow(text: string, platform: string | undefined): Span[] {
  const limit = replyLimits[platformOf(platform)];
  if (limit.max === null || measure(limit.counting, text) <= limit.max) return [];
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  const ends = Array.from(segmenter.segment(text), (s) => s.index + s.segment.length);
  // The longest prefix that fits: counts only grow as the prefix grows.
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(limit.counting, text.slice(0, ends[mid - 1])) <= limit.max) lo = mid;
    else hi = mid - 1;
  }
  return [{ start: lo ? ends[lo - 1]! : 0, end: text.length }];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Digits only, so "030 1234-567" and "0301234567" are the same number. */
const digits = (s: string) => s.replace(/\D/g, '');

/** A span that only repeats the business's own contact is not personal data. */
function isOwn(text: string, span: Span, own: string[]): boolean {
  const found = text.slice(span.start, span.end).trim().toLowerCase();
  return own.some((o) => {
    const v = o.trim().toLowerCase();
    if (!v) return false;
    const d = digits(found);
    return found === v || (d.length >= 6 && d === digits(v)) || v.includes(found);
  });
}

/**
 * Names the comment gives to someone other than its author (a staff member it blames), found by
 * the staff rules on the comment: where the reply repeats one, that is staff-name too.
 */
function namesFromComment(
  comment: string,
  rules: Rule[] | undefined,
  fold: (s: string) => string,
): string[] {
  if (!comment || !rules) return [];
  const names: string[] = [];
  for (const rule of rules) {
    for (const re of compile(rule, fold).match) {
      re.lastIndex = 0;
      for (const m of (rule.cased ? comment : fold(lower(comment))).matchAll(re))
        if (m.groups?.name)
          names.push(
            comment.slice(m.index, m.index + m[0].length).match(/\p{Lu}\p{Ll}+/u)?.[0] ?? '',
          );
    }
  }
  return names.filter((n) => n.length > 1);
}

// E-mail addresses and links: their words are not the reply's words ("praxis@zahnarzt.de" says
// nothing about a treatment), so only the personal-data checks see them.
const addresses = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/\S+|\bwww\.\S+/gu;
const seesAddresses: WarningId[] = ['personal-data', 'asks-data-public'];

export function checkReply(input: ReplyInput, data: ReplyCheckData): Warning[] {
  const text = input.text ?? '';
  const fold = folder(data.fold);
  const lowered = fold(lower(text, input.locale));
  const blank = (s: string) => s.replace(addresses, (m) => ' '.repeat(m.length));
  const [blankText, blankLowered] = [blank(text), blank(lowered)];
  const out: Warning[] = [];
  for (const id of warningIds) {
    let spans: Span[] = [];
    if (id === 'too-long') spans = overflow(text, input.platform);
    else {
      // A claim about a tool the platform lacks (an unknown platform has none) warns.
      const tools = data.tools[platformOf(input.platform)] ?? [];
      for (const rule of data.rules[id] ?? [])
        if (!rule.can || !tools.includes(rule.can))
          spans.push(
            ...(seesAddresses.includes(id)
              ? runRule(rule, text, lowered, fold)
              : runRule(rule, blankText, blankLowered, fold)),
          );
      if (id === 'personal-data' && input.business?.contact?.length)
        spans = spans.filter((s) => !isOwn(text, s, input.business!.contact!));
      if (id === 'staff-name')
        for (const name of namesFromComment(input.comment ?? '', data.rules['staff-name'], fold)) {
          const re = new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{Ll}])`, 'gu');
          for (const m of text.matchAll(re))
            spans.push({ start: m.index, end: m.index + m[0].length });
        }
    }
    if (spans.length)
      out.push({ id, sentence: data.say[id], matches: merge(spans), guide: warningGuide[id] });
  }
  return out;
}
