// Schemas of the generator's content files (content/house-rules/<locale>/ui.json and phrases.json).
// Built from the id lists, so a new rule or platform is a missing text in every locale until a
// writer adds it. Used by the content collections (the build fails) and by the unit tests; a
// problem names the file and the key. The island imports only its types: zod stays out of the browser.
import { z } from 'astro/zod';
import { checkWith } from '../../schemas/issues';
import { consequenceIds, contactKinds, listedRuleIds, replyTimeIds, ruleIds } from './ids';

const text = z.string().trim().min(1);
/** One text (or one `value` schema) per id: a new id is a missing key in every file. */
function keyed<K extends string, V extends z.ZodTypeAny = typeof text>(
  keys: readonly K[],
  value?: V,
) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value ?? text])) as Record<K, V>);
}
/** A long and a short way to say the same thing, so the bio can shrink before it drops parts. */
const variants = z.strictObject({ long: text, short: text });

/** A template must hold its placeholder, or the user's input would silently vanish. */
const withSlot = (slot: string) =>
  text.refine((s) => s.includes(`{${slot}}`), { message: `must contain {${slot}}` });
const withSlotVariants = (slot: string) =>
  z.strictObject({ long: withSlot(slot), short: withSlot(slot) });

const contactVariants = z.strictObject({
  dm: variants,
  email: withSlotVariants('value'),
  phone: withSlotVariants('value'),
  link: withSlotVariants('value'),
});

const registerPhrases = z.strictObject({
  bio: z.strictObject({
    /** With {name}, standing alone ("{name}:"); only when the user asks for the name in the bio. */
    heading: withSlotVariants('name'),
    /** "Feedback welcome, good or bad." – always in the bio. */
    welcome: variants,
    /** Criticism welcome and "send us a DM" in one short sentence, for the tightest bios. */
    welcomeDm: text,
    /** Where complaints go; {value} is the address, number or link, standing alone. */
    contact: contactVariants,
    /** The `respect` rule as a request of its own: "Please keep it respectful." */
    respect: variants,
    /** A sentence around {items}: `remove` when a chosen consequence takes comments down, else `plain`. */
    rules: z.strictObject({ remove: withSlotVariants('items'), plain: withSlotVariants('items') }),
    /** A single rule named on its own: a welcome with one wish, not a warning ("All welcome – …"). */
    rulesOne: withSlot('items'),
    ruleItems: keyed(listedRuleIds),
    replyTime: keyed(replyTimeIds, variants),
    /** Where the rest is: `rules` when rules were left out, `all` when the contact was too. */
    pointer: z.strictObject({ rules: variants, all: variants }),
  }),
  full: z.strictObject({
    /** With {name}, standing alone: "House rules — {name}" */
    title: withSlot('name'),
    titleUnnamed: text,
    intro: text,
    rulesIntro: text,
    /** Over a single rule ("Tek kuralımız var:"). */
    rulesIntroOne: text,
    rules: keyed(ruleIds),
    consequencesIntro: text,
    /** Over a single step: no "step by step", and the step is not numbered. */
    consequencesIntroOne: text,
    consequences: keyed(consequenceIds),
    /** `warn` where the platform has no private messages (YouTube): a public reply instead. */
    warnInReply: text,
    /** After the steps when threats are a rule: they are reported at once, with no reminder first. */
    threats: text,
    /** The closing block: criticism welcome, then where to take it (the text ends there). */
    criticism: text,
    contact: z.strictObject({
      dm: text,
      email: withSlot('value'),
      phone: withSlot('value'),
      link: withSlot('value'),
    }),
    replyTime: keyed(replyTimeIds),
  }),
});

// Separators may be (or start with) a space, so they are not trimmed.
const separator = z.string().min(1);

/** Everything one output language needs, in both registers. */
export const phraseFileSchema = z.strictObject({
  /** Between items of a list (", ") and before the last one (" and "). */
  list: z.strictObject({ separator, lastSeparator: separator }),
  formal: registerPhrases,
  informal: registerPhrases,
});

export const houseRulesUiSchema = z.strictObject({
  title: text,
  description: text,
  intro: text,
  whyLink: text,
  privacy: text,
  noJs: text,
  formLabel: text,
  output: z.strictObject({
    legend: text,
    lang: text,
    langHint: text,
    register: text,
    formal: text,
    informal: text,
  }),
  name: z.strictObject({ label: text, hint: text, inBio: text, inBioHint: text }),
  reserve: z.strictObject({
    label: text,
    hint: withSlot('default').and(withSlot('max')),
    order: text,
  }),
  platform: z.strictObject({ legend: text, hint: text }),
  rules: z.strictObject({ legend: text, hint: text, labels: keyed(ruleIds) }),
  consequences: z.strictObject({
    legend: text,
    hint: text,
    /** Under the hint where the platform lacks some steps (hide, delete or block). */
    onlyOn: withSlot('platform'),
    labels: keyed(consequenceIds),
    up: withSlot('item'),
    down: withSlot('item'),
    moved: withSlot('item'),
  }),
  contact: z.strictObject({
    legend: text,
    labels: keyed(contactKinds),
    valueLabels: z.strictObject({ email: text, phone: text, link: text }),
    valueHints: z.strictObject({ email: text, phone: text, link: text }),
  }),
  replyTime: z.strictObject({ legend: text, none: text, labels: keyed(replyTimeIds) }),
  emoji: z.strictObject({ legend: text, label: text }),
  outputs: z.strictObject({
    bioTitle: text,
    bioHint: text,
    fullTitle: text,
    fullHint: text,
    counter: withSlot('count').and(withSlot('limit')),
    counterLabel: withSlot('platform'),
    fullOverLimit: withSlot('platform'),
    room: withSlot('free'),
    reserveCapped: withSlot('n'),
    paused: text,
    /** Above both texts while the name is over its limit: they are written without it. */
    nameLeftOut: withSlot('max'),
    jump: text,
    /** In the sticky bar when the bio left something out: how many, linking to the list. */
    barOmitted: withSlot('n'),
    copy: text,
    copied: text,
    copyFallback: text,
    omitted: withSlot('list'),
    omittedRule: withSlot('rule'),
    omittedParts: z.strictObject({
      name: text,
      emoji: text,
      replyTime: text,
      contact: text,
      pointer: text,
    }),
    preview: text,
    notReady: text,
    loading: withSlot('language'),
    loadError: withSlot('language'),
  }),
  errors: z.strictObject({
    'name-too-long': withSlot('max'),
    'contact-missing': text,
    'email-invalid': text,
    'phone-invalid': text,
    'link-not-https': text,
    'link-invalid': text,
    'contact-too-long': withSlot('max'),
    'reserve-invalid': withSlot('max'),
    summary: text,
  }),
  sources: z.strictObject({
    title: text,
    intro: text,
    row: withSlot('platform').and(withSlot('bio')).and(withSlot('full')),
    official: text,
    independent: text,
    checked: withSlot('date'),
    counting: text,
    /** Why YouTube has no "DM us": {date} is the day its messages ended. */
    noMessages: withSlot('date'),
  }),
  notices: z.strictObject({
    badLink: withSlot('list'),
    badStorage: text,
    reset: text,
    resetDone: text,
    storageNote: text,
    /** A DM asked for where the platform has no messages: {kind} is the contact chosen instead. */
    noMessages: withSlot('platform').and(withSlot('kind')),
  }),
});

// The types the domain and the island use, derived from the schemas: imported with `import type`,
// so zod never reaches the browser.
export type HouseRulesUi = z.infer<typeof houseRulesUiSchema>;
export type PhraseFile = z.infer<typeof phraseFileSchema>;
export type RegisterPhrases = PhraseFile['formal'];
export type ListPhrases = PhraseFile['list'];

/** Checks one content file; the error lists every problem as `file: key: what`. */
export function checkContent<T>(schema: z.ZodType<T>, file: string, data: unknown): T {
  return checkWith(schema, file, data, 'House-rules content is incomplete');
}
