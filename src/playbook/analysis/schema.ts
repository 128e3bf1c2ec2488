// The schema of content/analysis/<locale>.json: the check page's texts (`page`) and the reply
// check's words and patterns (`reply`) and the comment reading's (`comment`).
// Every pattern must compile; a mistake fails the build naming the file and the key.
import { z } from 'astro/zod';
import { warningIds } from './ids';
import { platformIds } from '../decision/platforms';
import { commentDataSchema } from './reading-schema';
import { checkWith } from '../../schemas/issues';

const pattern = z.string().refine(
  (s) => {
    try {
      new RegExp(s.replace(/\\b/g, '(?:)'), 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression (JavaScript, with the u flag)' },
);

const rule = z.strictObject({
  match: z.array(pattern).min(1),
  unless: z.array(pattern).optional(),
  needs: z.array(pattern).optional(),
  cased: z.boolean().optional(),
  can: z.enum(['delete', 'block', 'hide']).optional(),
});

const text = z.string().trim().min(1);
const byWarning = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(warningIds.map((id) => [id, value])) as Record<string, T>);

const replyCheckSchema = z.strictObject({
  view: z.strictObject({ title: text, marked: text, guide: text, none: text }),
  say: byWarning(text),
  count: text,
  countFree: text,
  fold: z
    .string()
    .regex(/^(?:\S\S)(?: \S\S)*$/u, 'pairs of letters separated by spaces, e.g. "çc ğg"')
    .optional(),
  rules: z.strictObject(
    Object.fromEntries(
      warningIds.filter((id) => id !== 'too-long').map((id) => [id, z.array(rule).optional()]),
    ),
  ),
});

const checkPageSchema = z.strictObject({
  title: text,
  description: text,
  intro: text,
  reply: text,
  platform: text,
  comment: text,
  commentHint: text,
  platforms: z.strictObject(
    Object.fromEntries(platformIds.map((id) => [id, text])) as Record<string, typeof text>,
  ),
  empty: text,
  loading: text,
  failed: text,
  copy: text,
  copied: text,
  copyFallback: text,
  privacy: text,
  noJs: text,
  noJsLink: text,
  limitNote: text,
  badPlatform: text,
  limitsTitle: text,
  noLimit: text,
  checked: text,
  live: text,
});

export const analysisSchema = z.strictObject({
  page: checkPageSchema,
  reply: replyCheckSchema,
  comment: commentDataSchema,
});

export type CheckPageTexts = z.infer<typeof checkPageSchema>;

/** Validates one locale's file; the error names the file and each key that is wrong. */
export function parseAnalysis(file: string, data: unknown) {
  return checkWith(analysisSchema, file, data, "The reply check's data is invalid");
}
