// The schema of the `comment` section of content/analysis/<locale>.json and of the languages every
// locale shares (content/analysis/languages.json), for the tests and the build: every cue list
// present, every pattern a valid regular expression. Not imported by the reader, so zod stays out
// of the browser.
import { z } from 'astro/zod';
import { cueIds } from './reading-data';
import { foldPattern } from './reading-fold';

const pattern = (cased: boolean) =>
  z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      try {
        new RegExp(foldPattern(source.replace(/^\*/, ''), cased));
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `not a valid pattern: ${(e as Error).message}` });
      }
    });

const cues = z.union([
  z.array(pattern(false)),
  z.strictObject({ cased: z.literal(true), patterns: z.array(pattern(true)) }),
]);

/**
 * content/analysis/languages.json, the same for every locale: per language code, common words,
 * folded (lower case, no diacritics), and its extra letters.
 */
export const languagesSchema = z.record(
  z.string().regex(/^[a-z]{2,3}$/),
  z.strictObject({
    words: z
      .string()
      .regex(
        /^[a-z']+(?: [a-z']+){9,}$/,
        'at least 10 folded words (lower-case a–z), one space apart',
      ),
    letters: z.string().regex(/^\p{Ll}*$/u, 'lower-case letters only'),
  }),
);

export const commentDataSchema = z.strictObject({
  cues: z.strictObject(
    Object.fromEntries(cueIds.map((id) => [id, cues])) as Record<
      (typeof cueIds)[number],
      typeof cues
    >,
  ),
});
