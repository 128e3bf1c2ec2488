// Loads and checks every locale's UI strings once, at build time. Each file under ./ui/ is one
// locale; a locale in the list without a file, or a file for no locale, fails the build.
import { localeCodes, type Locale } from './locales';
import { parseUiStrings, type UiKey, type UiStrings } from './ui-schema';

const files = import.meta.glob<{ default: unknown }>('./ui/*.json', { eager: true });

function loadAll(): Record<Locale, UiStrings> {
  const byLocale = new Map<string, UiStrings>();
  for (const [path, mod] of Object.entries(files)) {
    const code = path.replace(/^.*\/(.+)\.json$/, '$1');
    if (!(localeCodes as readonly string[]).includes(code)) {
      throw new Error(
        `src/i18n/ui/${code}.json: "${code}" is not in the locales list (src/i18n/locales.ts)`,
      );
    }
    byLocale.set(code, parseUiStrings(`src/i18n/ui/${code}.json`, mod.default));
  }
  for (const code of localeCodes) {
    if (!byLocale.has(code))
      throw new Error(`src/i18n/ui/${code}.json is missing: every locale needs its UI strings`);
  }
  return Object.fromEntries(byLocale) as Record<Locale, UiStrings>;
}

const ui = loadAll();

/** A translator for one locale: `t('search.count', { n: 3 })`. */
export function useTranslations(locale: Locale) {
  const strings = ui[locale];
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    strings[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
}

export function uiStrings(locale: Locale): UiStrings {
  return ui[locale];
}
