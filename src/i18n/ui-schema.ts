// The UI strings every locale must provide. A missing, empty or unknown key is an error that
// names the file and the key: there is no silent fallback to English.
import { z } from 'astro/zod';
import { checkWith } from '../schemas/issues';

export const uiKeys = [
  'site.name',
  'site.tagline',
  'skip.link',
  'nav.label',
  'nav.guide',
  'nav.wizard',
  'nav.houseRules',
  'nav.check',
  'nav.checklist',
  'nav.search',
  'nav.menu',
  'lang.label',
  'guide.navTitle',
  'guide.contents',
  'guide.pager',
  'guide.previous',
  'guide.next',
  'guide.onThisPage',
  'guide.checked',
  'footer.privacy',
  'footer.sources',
  'search.title',
  'search.description',
  'search.label',
  'search.placeholder',
  'search.button',
  'search.noJs',
  'search.loading',
  'search.none',
  'search.count',
  'search.error',
  'search.offline',
  'notFound.title',
  'notFound.text',
  'notFound.here',
  'notFound.home',
  'chooser.title',
  'chooser.text',
  'home.start',
  'home.startHint',
  'checklist.print',
  'offline.title',
  'offline.text',
] as const;

export type UiKey = (typeof uiKeys)[number];
const uiSchema = z.strictObject(
  Object.fromEntries(uiKeys.map((k) => [k, z.string().trim().min(1)])) as Record<
    UiKey,
    z.ZodString
  >,
);

export type UiStrings = z.infer<typeof uiSchema>;

/** Validates one locale's strings; the error lists every problem as `file: key: what`. */
export function parseUiStrings(file: string, data: unknown): UiStrings {
  return checkWith(uiSchema, file, data, 'UI strings are incomplete');
}
