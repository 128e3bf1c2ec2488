// The one list of languages the site speaks. Adding a language means one entry here, its
// UI-strings file in src/i18n/ui/ and its folder under content/: nothing else changes.
export const locales = [
  { code: 'en', name: 'English', hreflang: 'en', ogLocale: 'en_US' },
  { code: 'de', name: 'Deutsch', hreflang: 'de', ogLocale: 'de_DE' },
  { code: 'tr', name: 'Türkçe', hreflang: 'tr', ogLocale: 'tr_TR' },
  { code: 'hu', name: 'Magyar', hreflang: 'hu', ogLocale: 'hu_HU' },
] as const;

export type Locale = (typeof locales)[number]['code'];

/** The language `x-default` points to and that serves when nothing better matches. */
export const defaultLocale: Locale = 'en';

export const localeCodes: readonly Locale[] = locales.map((l) => l.code);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

export function localeInfo(code: Locale): (typeof locales)[number] {
  return locales.find((l) => l.code === code)!;
}
