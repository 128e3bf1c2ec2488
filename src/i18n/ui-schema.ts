// The UI strings every locale must provide. A missing, empty or unknown key is an error that
// names the file and the key: there is no silent fallback to English.
import { z } from 'astro/zod';

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
  'notFound.title',
  'notFound.text',
  'notFound.here',
  'notFound.home',
  'chooser.title',
  'chooser.text',
  'home.start',
  'home.startHint',
  'checklist.print',
] as const;

export type UiKey = (typeof uiKeys)[number];
export type UiStrings = Record<UiKey, string>;

const uiSchema = z.strictObject(
  Object.fromEntries(uiKeys.map((k) => [k, z.string().trim().min(1)])) as Record<
    UiKey,
    z.ZodString
  >,
);

/** Validates one locale's strings; the error lists every problem as `file: key: what`. */
export function parseUiStrings(file: string, data: unknown): UiStrings {
  const result = uiSchema.safeParse(data);
  if (result.success) return result.data as UiStrings;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys')
      return `${file}: unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    const key = issue.path.join('.');
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return `${file}: ${missing ? 'missing key' : 'invalid value for key'} "${key}"${missing ? '' : ` (${issue.message})`}`;
  });
  throw new Error(`UI strings are incomplete:\n${problems.join('\n')}`);
}
