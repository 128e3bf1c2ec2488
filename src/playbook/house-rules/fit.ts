// The generator: the bio that fits a platform, and the full rules. Pure and deterministic: the
// same choices and phrases give the same text, in the browser and in the tests.
import { emoji } from './emoji';
import { bioParts, contactNeedsValue, ruleIds, type BioPart, type ConsequenceId, type ContactKind,
  type PlatformId, type Register, type ReplyTimeId, type RuleId } from './ids';
import { countWith, linkLikeCount, shortestLink, utf8Bytes } from './measure';
import { platformById, type TextLimit } from './platforms';
import type { ListPhrases, PhraseFile, RegisterPhrases } from './texts';

export interface HouseRulesChoice {
  name: string;
  platform: PlatformId;
  rules: readonly RuleId[];
  consequences: readonly ConsequenceId[];
  contact: ContactKind;
  contactValue: string;
  replyTime: ReplyTimeId | null;
  emoji: boolean;
}

export interface GeneratorOptions extends HouseRulesChoice {
  /** The output language's code (for capitalising as that language does: Turkish i → İ). */
  locale: string;
  register: Register;
  phrases: PhraseFile;
}

export interface Measured {
  count: number;
  limit: number;
  fits: boolean;
}

/** A text's length as the platform counts it, and whether it is within every limit it has. */
export function measureFor(limit: TextLimit, text: string): Measured {
  const links = limit.linkLength ? linkLikeCount(text) * (limit.linkLength - shortestLink) : 0;
  const count = countWith(limit.counting, text) + links;
  const bytesOk = limit.maxUtf8Bytes === undefined || utf8Bytes(text) <= limit.maxUtf8Bytes;
  return { count, limit: limit.limit, fits: count <= limit.limit && bytesOk };
}

/** Collapses whitespace and drops control characters; the name is otherwise kept exactly as typed. */
export function cleanName(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').replace(/\p{Cc}/gu, '').trim();
}

function fill(template: string, vars: { name?: string; items?: string; value?: string }, locale: string): string {
  const text = template.replace(/\{(name|items|value)\}/g, (_, key: 'name' | 'items' | 'value') => vars[key] ?? '');
  // A sentence that opens with a list starts with a capital, as the language capitalises
  // ("İ" in Turkish). Never done to the user's name or value: those stay exactly as typed.
  return template.startsWith('{items}') ? capitalize(text, locale) : text;
}

function capitalize(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleUpperCase(locale) + text.slice(ch.length);
}

export function joinList(items: readonly string[], list: ListPhrases): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(list.separator) + list.lastSeparator + items[items.length - 1];
}

type Variant = 'long' | 'short' | 'off';

interface BioShape {
  variant: Record<BioPart, Variant>;
  rules: readonly RuleId[];
  emoji: boolean;
}

function writeBio(o: GeneratorOptions, p: RegisterPhrases, name: string, shape: BioShape): string {
  const bio = p.bio;
  const list = o.phrases.list;
  const v = shape.variant;
  const sentences: string[] = [];
  const add = (part: BioPart, text: string, icon?: string) => {
    if (v[part] === 'off') return;
    sentences.push(shape.emoji && icon ? `${icon} ${text}` : text);
  };
  if (v.heading !== 'off') add('heading', fill(bio.heading[v.heading], { name }, o.locale));
  if (v.welcome !== 'off') add('welcome', bio.welcome[v.welcome], emoji.welcome);
  if (v.contact !== 'off') {
    add('contact', fill(bio.contact[o.contact][v.contact], { value: o.contactValue.trim() }, o.locale), emoji.contact[o.contact]);
  }
  if (v.rules !== 'off' && shape.rules.length > 0) {
    const items = joinList(shape.rules.map((r) => bio.ruleItems[r]), list);
    add('rules', fill(bio.rules[v.rules], { items }, o.locale), emoji.rules);
  }
  if (v.consequences !== 'off' && o.consequences.length > 0) {
    const items = o.consequences.map((c) => bio.consequenceItems[c]).join(list.ladder);
    add('consequences', fill(bio.consequences[v.consequences], { items }, o.locale), emoji.consequences);
  }
  if (v.replyTime !== 'off' && o.replyTime) add('replyTime', bio.replyTime[o.replyTime][v.replyTime], emoji.replyTime);
  return joinSentences(sentences);
}

/**
 * Sentences one after another. A sentence that ends in an address or a link has no full stop (it
 * would stick to the link), so a middle dot keeps it apart from the next one.
 */
function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, s, i) => (i === 0 ? s : `${text}${/[.!?:…]$/u.test(text) ? ' ' : ' · '}${s}`), '');
}

/** The user's rules in the order they are written: the order of the ids list, for every language. */
function orderedRules(rules: readonly RuleId[]): RuleId[] {
  return ruleIds.filter((r) => rules.includes(r));
}

/**
 * The bio shapes to try, fullest first. Long phrases shrink to short ones before anything is left
 * out, the least important part first; then emoji go; then the reply time, the consequences and
 * the rules one by one (least important first). "Criticism welcome", where to complain and the
 * name stay in every shape: if the last one doesn't fit, nothing does.
 */
function* shapes(o: GeneratorOptions, hasName: boolean): Generator<BioShape> {
  const variant: Record<BioPart, Variant> = {
    heading: hasName ? 'long' : 'off', welcome: 'long', contact: 'long',
    rules: 'long', consequences: 'long', replyTime: 'long',
  };
  let rules = orderedRules(o.rules);
  let useEmoji = o.emoji;
  const snapshot = (): BioShape => ({ variant: { ...variant }, rules, emoji: useEmoji });
  yield snapshot();
  for (const part of ['consequences', 'replyTime', 'rules', 'contact', 'welcome', 'heading'] as const) {
    if (variant[part] === 'off') continue;
    variant[part] = 'short';
    yield snapshot();
  }
  if (useEmoji) {
    useEmoji = false;
    yield snapshot();
  }
  for (const part of ['replyTime', 'consequences'] as const) {
    variant[part] = 'off';
    yield snapshot();
  }
  // Least important rule first: ruleIds is ordered by importance.
  const byImportance = ruleIds.filter((r) => rules.includes(r));
  while (byImportance.length > 0) {
    const dropped = byImportance.pop()!;
    rules = rules.filter((r) => r !== dropped);
    yield snapshot();
  }
  variant.rules = 'off';
  yield snapshot();
}

export interface Omitted {
  parts: BioPart[];
  rules: RuleId[];
  emoji: boolean;
}

export type BioFit =
  | ({ ok: true; text: string; omitted: Omitted } & Measured)
  | {
      ok: false;
      /** What to shorten: the name, or the contact value (a long link on a short bio). */
      reason: 'name-too-long' | 'contact-too-long';
      /** Shortening it by at least this many characters makes the bio fit. */
      shortenBy: number;
      limit: number;
    };

/** The fullest bio that fits the platform's bio limit, as that platform counts. */
export function fitBio(o: GeneratorOptions): BioFit {
  const p = o.phrases[o.register];
  const limit = platformById(o.platform).bio;
  const name = cleanName(o.name);
  const hasName = name.length > 0;
  let last: BioShape | undefined;
  for (const shape of shapes(o, hasName)) {
    last = shape;
    const text = writeBio(o, p, name, shape);
    const m = measureFor(limit, text);
    if (m.fits) return { ok: true, text, ...m, omitted: omittedFrom(o, shape) };
  }
  // Not even the minimum fits. Say what to shorten, and by how much, instead of cutting anything.
  const minimal = writeBio(o, p, name, last!);
  const over = overflow(limit, minimal);
  const withoutName = writeBio(o, p, '', { ...last!, variant: { ...last!.variant, heading: 'off' } });
  const nameIsTheProblem = hasName && measureFor(limit, withoutName).fits;
  if (nameIsTheProblem || !contactNeedsValue(o.contact)) {
    return { ok: false, reason: 'name-too-long', shortenBy: over, limit: limit.limit };
  }
  // The contact alone is too long (a long link on TikTok): by how much, not counting the name.
  return { ok: false, reason: 'contact-too-long', shortenBy: overflow(limit, withoutName), limit: limit.limit };
}

/** How many characters over the limit a text is (by count, or by bytes where that is the limit hit). */
function overflow(limit: TextLimit, text: string): number {
  const m = measureFor(limit, text);
  const byCount = Math.ceil(m.count - limit.limit);
  const byBytes = limit.maxUtf8Bytes === undefined ? 0 : Math.ceil((utf8Bytes(text) - limit.maxUtf8Bytes) / 4);
  return Math.max(1, byCount, byBytes);
}

function omittedFrom(o: GeneratorOptions, shape: BioShape): Omitted {
  const parts = bioParts.filter((part) => {
    if (shape.variant[part] !== 'off') return false;
    if (part === 'heading') return false; // no name was given: nothing was left out
    if (part === 'rules') return o.rules.length > 0;
    if (part === 'consequences') return o.consequences.length > 0;
    if (part === 'replyTime') return o.replyTime !== null;
    return true;
  });
  const kept = shape.variant.rules === 'off' ? [] : shape.rules;
  return { parts, rules: orderedRules(o.rules).filter((r) => !kept.includes(r)), emoji: o.emoji && !shape.emoji };
}

/** The long house rules for an "about" text or a pinned post, with the consequences as a ladder. */
export function fullRules(o: GeneratorOptions): { text: string } & Measured {
  const f = o.phrases[o.register].full;
  const name = cleanName(o.name);
  const icon = (e: string) => (o.emoji ? `${e} ` : '');
  const blocks: string[] = [];
  blocks.push(icon(emoji.title) + (name ? fill(f.title, { name }, o.locale) : f.titleUnnamed));
  blocks.push(f.intro);
  const rules = orderedRules(o.rules);
  if (rules.length > 0) {
    const bullet = o.emoji ? emoji.bullet : '•';
    blocks.push([f.rulesIntro, ...rules.map((r) => `${bullet} ${f.rules[r]}`)].join('\n'));
  }
  if (o.consequences.length > 0) {
    blocks.push([f.consequencesIntro, ...o.consequences.map((c, i) => `${i + 1}. ${f.consequences[c]}`)].join('\n'));
  }
  const contact = fill(f.contact[o.contact], { value: o.contactValue.trim() }, o.locale);
  const reply = o.replyTime ? `\n${icon(emoji.replyTime)}${f.replyTime[o.replyTime]}` : '';
  blocks.push(`${f.criticism}\n${icon(emoji.contact[o.contact])}${contact}${reply}`);
  blocks.push(f.closing);
  const text = blocks.join('\n\n');
  return { text, ...measureFor(platformById(o.platform).full, text) };
}
