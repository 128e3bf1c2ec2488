// Schemas of the generator's content files (content/house-rules/<locale>/ui.json and phrases.json).
// Built from the id lists, so a new rule or platform is a missing text in every locale until a
// writer adds it. Used by the content collections (the build fails) and by the unit tests; a
// problem names the file and the key. Not imported by the island: zod stays out of the browser.
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
    heading: withSlotVariants('name'),
    welcome: variants,
    welcomeDm: text,
    contact: contactVariants,
    respect: variants,
    rules: z.strictObject({ remove: withSlotVariants('items'), plain: withSlotVariants('items') }),
    ruleItems: keyed(listedRuleIds),
    replyTime: keyed(replyTimeIds, variants),
    pointer: z.strictObject({ rules: variants, all: variants }),
  }),
  full: z.strictObject({
    title: withSlot('name'),
    titleUnnamed: text,
    intro: text,
    rulesIntro: text,
    rules: keyed(ruleIds),
    consequencesIntro: text,
    consequences: keyed(consequenceIds),
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

export const phraseFileSchema = z.strictObject({
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
    jump: text,
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
  }),
  notices: z.strictObject({
    badLink: withSlot('list'),
    badStorage: text,
    reset: text,
    resetDone: text,
    storageNote: text,
  }),
});

export type HouseRulesUi = z.infer<typeof houseRulesUiSchema>;

/** Checks one content file; the error lists every problem as `file: key: what`. */
export function checkContent<T>(schema: z.ZodType<T>, file: string, data: unknown): T {
  return checkWith(schema, file, data, 'House-rules content is incomplete');
}
