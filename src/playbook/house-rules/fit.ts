// The generator: the bio that fits a platform, and the full rules. Pure and deterministic: the
// same choices and phrases give the same text, in the browser and in the tests.
import { emoji } from './emoji';
import {
  fullRuleOrder,
  listedRuleIds,
  removingConsequences,
  ruleIds,
  type BioPart,
  type ConsequenceId,
  type ContactKind,
  type PlatformId,
  type Register,
  type ReplyTimeId,
  type RuleId,
} from './ids';
import { countWith, linkLikeCount, shortestLink, utf8Bytes } from './measure';
import { platformById, type TextLimit } from './platforms';
import { hasPrivateMessages } from '../private-messages';
import { contactOn } from './contact';
import { consequencesFor } from './tools';
import type { ListPhrases, PhraseFile, RegisterPhrases } from './schema';

export interface HouseRulesChoice {
  name: string;
  platform: PlatformId;
  rules: readonly RuleId[];
  consequences: readonly ConsequenceId[];
  contact: ContactKind;
  contactValue: string;
  replyTime: ReplyTimeId | null;
  emoji: boolean;
  /** Put the name in the bio too (`nameInBio=yes`). Off by default: the profile shows it beside the bio. */
  nameInBio: boolean;
  /** Characters of the bio to leave free for the business's own text; null: the default, a third. */
  reserve: number | null;
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

/**
 * The choices as the platform allows them: where it has no private messages (YouTube), a DM
 * contact becomes e-mail, as the form switches it (contactOn). Every composer starts here, so no
 * caller gets "DM us" written for a platform where no one can send one, nor "we hide the comment"
 * where the owner cannot hide it (consequencesFor). The address is the
 * caller's to give in `contactValue` (the form asks for it before it shows a text).
 */
function allowed(o: GeneratorOptions): GeneratorOptions {
  return {
    ...o,
    contact: contactOn(o.platform, o.contact),
    consequences: consequencesFor(o.platform, o.consequences),
  };
}

/** Collapses whitespace and drops control characters; the name is otherwise kept exactly as typed. */
export function cleanName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
}

function fill(
  template: string,
  vars: { name?: string; items?: string; value?: string },
  locale: string,
): string {
  const text = template.replace(
    /\{(name|items|value)\}/g,
    (_, key: 'name' | 'items' | 'value') => vars[key] ?? '',
  );
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

function joinList(items: readonly string[], list: ListPhrases): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(list.separator) + list.lastSeparator + items[items.length - 1];
}

type Variant = 'long' | 'short' | 'off';

interface BioShape {
  variant: Record<BioPart, Variant>;
  /** The chosen rules the bio still names (respect included), in importance order. */
  rules: readonly RuleId[];
  emoji: boolean;
  /** The contact statement gave way to "contact: pinned post" (a long address on a short bio). */
  contactInPointer: boolean;
  /** "Criticism welcome" and "DM us" said in one sentence ("Kritik gern per DM."): the shortest way. */
  welcomeDm: boolean;
}

function writeBio(o: GeneratorOptions, p: RegisterPhrases, name: string, shape: BioShape): string {
  const bio = p.bio;
  const v = shape.variant;
  const sentences: string[] = [];
  const add = (part: BioPart, text: string, icon?: string) => {
    if (v[part] === 'off') return;
    sentences.push(shape.emoji && icon ? `${icon} ${text}` : text);
  };
  const pick = (part: BioPart, variants: { long: string; short: string }) =>
    variants[v[part] === 'short' ? 'short' : 'long'];
  if (name) add('heading', fill(pick('heading', bio.heading), { name }, o.locale));
  const merged = shape.welcomeDm && o.contact === 'dm' && !shape.contactInPointer;
  add(
    'welcome',
    merged ? bio.welcomeDm : pick('welcome', bio.welcome),
    merged ? emoji.contact.dm : emoji.welcome,
  );
  if (!shape.contactInPointer && !merged) {
    add(
      'contact',
      fill(pick('contact', bio.contact[o.contact]), { value: o.contactValue.trim() }, o.locale),
      emoji.contact[o.contact],
    );
  }
  if (shape.rules.includes('respect')) add('respect', pick('respect', bio.respect), emoji.respect);
  const listed = listedRuleIds.filter((r) => shape.rules.includes(r));
  if (listed.length > 0) {
    const items = joinList(
      listed.map((r) => bio.ruleItems[r]),
      o.phrases.list,
    );
    const removes = o.consequences.some((c) => removingConsequences.includes(c));
    // One rule alone reads as a warning ("No place for threats."): said as a welcome with one wish,
    // and with a smile rather than the broom that sweeps a list away.
    const one = listed.length === 1;
    const template = one ? bio.rulesOne : pick('rules', bio.rules[removes ? 'remove' : 'plain']);
    add('rules', fill(template, { items }, o.locale), one ? emoji.rulesOne : emoji.rules);
  }
  if (o.replyTime) add('replyTime', pick('replyTime', bio.replyTime[o.replyTime]), emoji.replyTime);
  const rulesLeftOut = o.rules.some((r) => !shape.rules.includes(r));
  if (shape.contactInPointer || rulesLeftOut) {
    add(
      'pointer',
      pick('pointer', bio.pointer[shape.contactInPointer ? 'all' : 'rules']),
      emoji.pointer,
    );
  }
  return joinSentences(sentences);
}

/**
 * Sentences one after another. A sentence that ends in an address or a link has no full stop (it
 * would stick to the link), so a middle dot keeps it apart from the next one.
 */
function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce(
    (text, s, i) => (i === 0 ? s : `${text}${/[.!?:…]$/u.test(text) ? ' ' : ' · '}${s}`),
    '',
  );
}

/**
 * The order in which a bio gives way, stated on the page (ui.json `reserve.order`): first long
 * phrases become short ones (and "criticism welcome, DM us" one sentence); then the emoji go, then
 * the name; then the reply time goes, then the rules one
 * by one, least important first (the bio then points to the full rules); last, a long address gives
 * way to "contact: pinned post". "Criticism welcome" and where to complain are in every shape.
 */
function* shapes(o: GeneratorOptions, withName: boolean): Generator<BioShape> {
  const variant: Record<BioPart, Variant> = {
    heading: withName ? 'long' : 'off',
    welcome: 'long',
    contact: 'long',
    respect: 'long',
    rules: 'long',
    replyTime: 'long',
    pointer: 'long',
  };
  // ruleIds is ordered by importance: what is at the end goes first.
  let rules: RuleId[] = ruleIds.filter((r) => o.rules.includes(r));
  let useEmoji = o.emoji;
  let contactInPointer = false;
  let welcomeDm = false;
  const snapshot = (): BioShape => ({
    variant: { ...variant },
    rules,
    emoji: useEmoji,
    contactInPointer,
    welcomeDm,
  });
  yield snapshot();
  // A name the user asked for outlasts every shorter phrasing and the emoji: it goes only when the
  // shortest wording of everything chosen still leaves no room for it.
  for (const part of ['replyTime', 'pointer', 'contact', 'respect', 'welcome', 'rules'] as const) {
    variant[part] = 'short';
    yield snapshot();
  }
  if (o.contact === 'dm') {
    welcomeDm = true;
    yield snapshot();
  }
  if (useEmoji) {
    useEmoji = false;
    yield snapshot();
  }
  if (variant.heading !== 'off') {
    variant.heading = 'off';
    yield snapshot();
  }
  variant.replyTime = 'off';
  yield snapshot();
  while (rules.length > 0) {
    rules = rules.slice(0, -1);
    yield snapshot();
  }
  // A direct message needs no address: rather "criticism welcome, DM us" without the pointer than
  // the contact sent to a pinned post.
  if (o.contact === 'dm') {
    variant.pointer = 'off';
    yield snapshot();
    variant.pointer = 'short';
  }
  contactInPointer = true;
  yield snapshot();
}

/** What the bio left out of what the user chose, for the notice above it. */
interface Omitted {
  name: boolean;
  emoji: boolean;
  replyTime: boolean;
  rules: RuleId[];
  /** The contact statement went to the pinned post: the bio says "contact: pinned post". */
  contact: boolean;
}

export interface BioFit extends Measured {
  text: string;
  /** What the bio may use: the limit minus the reserve. */
  budget: number;
  /** The reserve applied (the asked one, or less where not even the shortest bio would fit). */
  reserve: number;
  /** The asked reserve was more than this bio can leave free. */
  reserveCapped: boolean;
  omitted: Omitted;
}

/** The default reserve: a third of the limit, so the bio uses at most two thirds. */
export function defaultReserve(platform: PlatformId): number {
  const limit = platformById(platform).bio.limit;
  return limit - Math.floor((limit * 2) / 3);
}

/** The most a bio can leave free: its limit minus its shortest possible shape. */
export function maxReserve(chosen: GeneratorOptions): number {
  const o = allowed(chosen);
  const limit = platformById(o.platform).bio;
  let last: BioShape | undefined;
  for (const shape of shapes(o, false)) last = shape;
  const shortest = writeBio(o, o.phrases[o.register], '', last!);
  return Math.max(0, limit.limit - Math.ceil(measureFor(limit, shortest).count));
}

/**
 * The fullest bio that fits in the platform's limit minus the reserve, as that platform counts.
 * Never refuses: the last shape always fits (the reserve gives way if the user asked for more room
 * than the shortest bio can leave), and what was left out is reported. `most` is maxReserve(o), for
 * a caller that has it already.
 */
export function fitBio(chosen: GeneratorOptions, most = maxReserve(chosen)): BioFit {
  const o = allowed(chosen);
  const p = o.phrases[o.register];
  const limit = platformById(o.platform).bio;
  const name = cleanName(o.name);
  const withName = o.nameInBio && name.length > 0;
  const asked = Math.max(0, Math.floor(o.reserve ?? defaultReserve(o.platform)));
  const reserve = Math.min(asked, most);
  const budget: TextLimit = { ...limit, limit: limit.limit - reserve };
  let last: BioShape | undefined;
  let lastText = '';
  for (const shape of shapes(o, withName)) {
    last = shape;
    lastText = writeBio(o, p, shape.variant.heading === 'off' ? '' : name, shape);
    if (measureFor(budget, lastText).fits) break;
  }
  const m = measureFor(limit, lastText);
  return {
    text: lastText,
    ...m,
    budget: budget.limit,
    reserve,
    reserveCapped: asked > most,
    omitted: omittedFrom(o, last!, withName),
  };
}

function omittedFrom(o: GeneratorOptions, shape: BioShape, withName: boolean): Omitted {
  return {
    name: withName && shape.variant.heading === 'off',
    emoji: o.emoji && !shape.emoji,
    replyTime: o.replyTime !== null && shape.variant.replyTime === 'off',
    rules: fullRuleOrder.filter((r) => o.rules.includes(r) && !shape.rules.includes(r)),
    contact: shape.contactInPointer,
  };
}

/**
 * The long house rules for an "about" text, a pinned post or a story highlight: a welcome, the
 * rules, the steps in the user's order, and at the end where to take criticism.
 */
export function fullRules(chosen: GeneratorOptions): { text: string } & Measured {
  const o = allowed(chosen);
  const f = o.phrases[o.register].full;
  const name = cleanName(o.name);
  const icon = (e: string) => (o.emoji ? `${e} ` : '');
  const blocks: string[] = [];
  blocks.push(icon(emoji.title) + (name ? fill(f.title, { name }, o.locale) : f.titleUnnamed));
  blocks.push(f.intro);
  const rules = fullRuleOrder.filter((r) => o.rules.includes(r));
  if (rules.length > 0) {
    const bullet = o.emoji ? emoji.bullet : '•';
    const intro = rules.length === 1 ? f.rulesIntroOne : f.rulesIntro;
    blocks.push([intro, ...rules.map((r) => `${bullet} ${f.rules[r]}`)].join('\n'));
  }
  // Without private messages the reminder is a public reply under the comment.
  const warnsInReply = !hasPrivateMessages(o.platform);
  const step = (c: ConsequenceId) =>
    warnsInReply && c === 'warn' ? f.warnInReply : f.consequences[c];
  const one = o.consequences.length === 1;
  if (o.consequences.length > 0) {
    blocks.push(
      [
        one ? f.consequencesIntroOne : f.consequencesIntro,
        ...o.consequences.map((c, i) => (one ? step(c) : `${i + 1}. ${step(c)}`)),
        // A threat gets no friendly reminder first: the safety advice is to report it at once.
        ...(o.rules.includes('no-threats') ? [f.threats] : []),
      ].join('\n'),
    );
  }
  const contact = fill(f.contact[o.contact], { value: o.contactValue.trim() }, o.locale);
  const reply = o.replyTime ? `\n${icon(emoji.replyTime)}${f.replyTime[o.replyTime]}` : '';
  // Where to complain comes last: it is what a reader looking for it scrolls down to.
  blocks.push(`${f.criticism}${reply}\n${icon(emoji.contact[o.contact])}${contact}`);
  const text = blocks.join('\n\n');
  return { text, ...measureFor(platformById(o.platform).full, text) };
}
