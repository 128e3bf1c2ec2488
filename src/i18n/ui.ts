// Loads and checks every locale's UI strings once, at build time. Each file under ./ui/ is one
// locale; a locale in the list without a file, or a file for no locale, fails the build.
import type { Locale } from './locales';
import { everyLocale } from './every-locale';
import { format } from './format';
import { parseUiStrings, type UiKey, type UiStrings } from './ui-schema';

const files = import.meta.glob<{ default: unknown }>('./ui/*.json', { eager: true });
const fileOf = (code: string) => `src/i18n/ui/${code}.json`;

const ui = everyLocale(
  new Map(
    Object.entries(files).map(([path, mod]) => {
      const code = path.replace(/^.*\/(.+)\.json$/, '$1');
      return [code, parseUiStrings(fileOf(code), mod.default)];
    }),
  ),
  fileOf,
  'The UI strings',
);

/** A translator for one locale: `t('search.count', { n: 3 })`. */
export function useTranslations(locale: Locale) {
  const strings = ui[locale];
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    format(strings[key], vars);
}

export function uiStrings(locale: Locale): UiStrings {
  return ui[locale];
}
