// Schemas for content/wizard/<locale>/{texts,drafts}.json. Every question, answer, step, UI text
// and draft is required in every locale: a gap fails the build and the unit tests with the file
// and the key, never a silent fallback to English.
import { z } from 'astro/zod';
// The types of the files are inferred from these schemas (`WizardTexts`, `WizardDrafts`); the
// browser code imports them type-only, so zod never ships.
import { questions, type AnswerOf, type QuestionId } from './questions';
import { draftSections, registers, stepIds } from './steps';
import { platformIds } from './platforms';
import { wizardUiKeys } from './texts';
import { gapMarkupProblems } from './gaps';
import { countriesOf } from './country';
import { describeIssues } from '../../schemas/issues';

const text = z.string().trim().min(1);
/** An object with exactly these keys, each holding `value`; typed by the keys, so `z.infer` knows them. */
const strictKeys = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as { [P in K]: V });

// The locale's words for a posting time (timing.ts TimeWords): lower case, as the parser compares them.
const word = z
  .string()
  .min(1)
  .refine((w) => w === w.trim() && w === w.toLocaleLowerCase(), 'lower case, no spaces around');
const timeWordsSchema = z
  .strictObject({
    minutes: z.array(word).min(1),
    hours: z.array(word).min(1),
    days: z.array(word).min(1),
    weeks: z.array(word).min(1),
    yesterday: z.array(word).min(1),
    numbers: z.record(word, z.number().positive()),
    filler: z.array(word),
    now: z.array(word),
    clockBefore: z.array(word),
    clockAfter: z.array(word),
    am: z.array(word),
    pm: z.array(word),
    months: z.array(z.array(word).min(1)).length(12),
  })
  .refine(
    (t) => t.am.length > 0 === t.pm.length > 0,
    'am and pm come together (both empty where the 12-hour clock is not used)',
  );

// Per country the locale serves; which countries those are, the content test checks per locale.
const perCountry = z.partialRecord(z.enum(Object.values(countriesOf).flat()), text);

const questionSchema = <Q extends QuestionId>(q: Q) =>
  z.strictObject({
    label: text,
    help: text,
    answers: strictKeys(questions[q] as readonly AnswerOf<Q>[], text),
  });

export const wizardTextsSchema = z.strictObject({
  page: z.strictObject({
    title: z.string().trim().min(1).max(70),
    description: z.string().trim().min(20).max(200),
  }),
  ui: strictKeys(wizardUiKeys, text),
  questions: z.strictObject(
    Object.fromEntries(
      (Object.keys(questions) as QuestionId[]).map((q) => [q, questionSchema(q) as z.ZodType]),
    ) as { [Q in QuestionId]: ReturnType<typeof questionSchema<Q>> },
  ),
  time: timeWordsSchema,
  country: z.strictObject({
    label: text,
    help: text,
    names: perCountry,
    safety: perCountry,
    lawLink: perCountry,
    /** Per step, the law page's section for each country (`#complaints-at`): data, so a new anchor is no code. */
    law: z.partialRecord(z.enum(stepIds), perCountry),
  }),
  steps: strictKeys(
    stepIds,
    z.strictObject({
      title: text,
      text: text,
      byPlatform: strictKeys(platformIds, text.optional()).optional(),
      discreet: text.optional(),
    }),
  ),
});

const gapInfo = z.strictObject({
  label: text,
  hint: text.optional(),
  sentence: z.literal(true).optional(),
});
const options = z.array(text).min(2);
// Discreet wordings (compose.ts) carry no gap: there is nothing about the person to fill in.
const noGap = text.refine((t) => !t.includes('[['), 'a discreet wording has no gap');
const noGaps = z.array(noGap).min(2);
/** Like strictKeys, but each key may be left out. */
const someKeys = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, value.optional()])) as {
      [P in K]: z.ZodOptional<V>;
    },
  );
const registerDrafts = z.strictObject({
  greeting: options,
  closing: options,
  wait: options,
  // A warning alone (a troll's, in private): a plain greeting and sign-off; the warm ones read as
  // sarcasm there. Optional only for payloads cached by an older build (compose.ts falls back).
  firm: z.strictObject({ greeting: options, closing: options }).optional(),
  parts: strictKeys(draftSections.parts, options),
  discreet: strictKeys(draftSections.discreet, noGaps),
  partly: strictKeys(draftSections.partly, options),
  // Where the platform's reply limit is short (compose.ts): a shorter wording of the parts whose
  // usual one is long, offered first there; the usual ones stay as alternatives.
  short: z.strictObject({
    greeting: z.array(text).min(1).optional(),
    parts: someKeys(draftSections.parts, z.array(text).min(1)),
    discreet: someKeys(draftSections.discreet, z.array(noGap).min(1)),
    partly: someKeys(draftSections.partly, z.array(text).min(1)),
  }),
});

export const wizardDraftsSchema = z
  .strictObject({
    gaps: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), gapInfo),
    spelling: z
      .array(
        z.strictObject({
          countries: z.array(z.enum(Object.values(countriesOf).flat())).min(1),
          words: z.record(z.string().regex(/^\p{Ll}+$/u), text).optional(),
          letters: z.record(z.string().min(1), z.string()).optional(),
        }),
      )
      .optional(),
    formal: registerDrafts,
    informal: registerDrafts,
  })
  .superRefine((d, ctx) => {
    const check = (value: string, path: (string | number)[]) => {
      for (const problem of gapMarkupProblems(value, d.gaps))
        ctx.addIssue({ code: 'custom', path, message: `draft ${problem}` });
    };
    for (const register of registers) {
      const r = d[register];
      r.greeting.forEach((g, i) => check(g, [register, 'greeting', i]));
      r.short.greeting?.forEach((g, i) => check(g, [register, 'short', 'greeting', i]));
      r.closing.forEach((g, i) => check(g, [register, 'closing', i]));
      r.wait.forEach((g, i) => check(g, [register, 'wait', i]));
      if (!r.firm) ctx.addIssue({ code: 'custom', path: [register, 'firm'], message: 'missing' });
      r.firm?.greeting.forEach((g, i) => check(g, [register, 'firm', 'greeting', i]));
      r.firm?.closing.forEach((g, i) => check(g, [register, 'firm', 'closing', i]));
      // Every section of the step record's drafts, so a new wording cannot skip the check.
      for (const section of Object.keys(draftSections) as (keyof typeof draftSections)[]) {
        for (const [id, list] of Object.entries<string[]>(r[section]))
          list.forEach((g, i) => check(g, [register, section, id, i]));
        for (const [id, list] of Object.entries<string[] | undefined>(r.short[section]))
          list?.forEach((g, i) => check(g, [register, 'short', section, id, i]));
      }
    }
    const labels = Object.values(d.gaps).map((g) => g.label);
    if (new Set(labels).size !== labels.length)
      ctx.addIssue({
        code: 'custom',
        path: ['gaps'],
        message: 'two gaps share a label: each gap says what it is for',
      });
  });

/** One locale's texts.json: questions, steps, UI texts and time words. */
export type WizardTexts = z.infer<typeof wizardTextsSchema>;
/**
 * One locale's drafts.json: the gap labels (one per gap id), and per register the greetings,
 * sign-offs and each writing step's part, every one with alternatives, written to read as one
 * message when composed (compose.ts).
 */
export type WizardDrafts = z.infer<typeof wizardDraftsSchema>;
/** Per register: greetings and sign-offs to choose from, and each section's wordings by step. */
export type RegisterDrafts = z.infer<typeof registerDrafts>;

/** Validates one file; the error lists every problem as `file: key: what`. */
export function parseWizardFile<T extends 'texts' | 'drafts'>(
  file: string,
  which: T,
  data: unknown,
): T extends 'texts' ? WizardTexts : WizardDrafts {
  const schema = which === 'texts' ? wizardTextsSchema : wizardDraftsSchema;
  const result = schema.safeParse(data);
  if (result.success) return result.data as T extends 'texts' ? WizardTexts : WizardDrafts;
  throw new Error(
    `Wizard texts are incomplete:\n${describeIssues(file, result.error.issues).join('\n')}`,
  );
}
