// The reader's country. A page language serves several countries (German: Germany, Austria,
// Switzerland; English: the US, the UK, Ireland), and the country – not the language – decides the
// emergency number, the law section a step links to, whether the EU's routes (the Digital Services
// Act) apply, and the drafts' spelling. It is a preference: guessed from the browser's language
// region, changed by the reader, carried in a shared link as `country=XX`.
import type { Locale } from '../../i18n/locales';

export const countriesOf = {
  en: ['US', 'GB', 'IE'],
  de: ['DE', 'AT', 'CH'],
  tr: ['TR'],
  hu: ['HU'],
} as const satisfies Record<Locale, readonly string[]>;

export type Country = (typeof countriesOf)[Locale][number];

/** Members of the EU: there the Digital Services Act's notice and complaint routes apply. */
const eu: readonly Country[] = ['DE', 'AT', 'IE', 'HU'];

/** The country of a value from a link or storage, if it is one the page serves (`countries`). */
export const countryFor = (countries: readonly Country[], value: unknown): Country | undefined =>
  countries.find((c) => c === String(value).toUpperCase());

/**
 * The browser's languages ("de-AT", "en-GB") name a region: the first one the page serves wins.
 * Otherwise the first country the page serves.
 */
export const guessCountry = (
  countries: readonly Country[],
  languages: readonly string[],
): Country =>
  languages.map((tag) => countryFor(countries, String(tag).split(/[-_]/)[1])).find(Boolean) ??
  countries[0]!;

/**
 * The country preference, one per page language (a German page's choice is not the English
 * page's): the codes in one entry, "AT GB".
 */
export const countryStorageKey = 'reply-playbook:country';

export const storedCountry = (raw: string | null, countries: readonly Country[]) =>
  (raw ?? '')
    .split(' ')
    .map((c) => countryFor(countries, c))
    .find(Boolean);

export const storeCountry = (raw: string | null, countries: readonly Country[], country: Country) =>
  [
    country,
    ...(raw ?? '').split(' ').filter((c) => /^[A-Z]{2}$/.test(c) && !countryFor(countries, c)),
  ].join(' ');

/**
 * A text with parts for some countries only: `{{EU: …}}` stays for readers in the EU,
 * `{{DE AT: …}}` for the countries named. Without a country (a page that cannot know it) every
 * part stays. The markers never show.
 */
export function forCountry(text: string, country?: Country): string {
  return text
    .replace(/ ?\{\{([A-Z ]+): ?(.*?)\}\}/g, (_, who: string, part: string) => {
      const list = who.split(' ');
      const keep =
        !country || list.includes(country) || (list.includes('EU') && eu.includes(country));
      return keep ? ` ${part}` : '';
    })
    .trim();
}

/**
 * How a country spells the reply language differently (in that language's drafts.json): whole
 * words (US "apologize" → UK "apologise") or letters anywhere (Swiss German writes no ß).
 */
export interface SpellingRule {
  countries: string[];
  words?: Record<string, string>;
  letters?: Record<string, string>;
}

/** The spelling of one country, as a function over text; the identity where nothing differs. */
export function speller(
  rules: readonly SpellingRule[] | undefined,
  country: Country | undefined,
): (text: string) => string {
  const rule = rules?.find((r) => r.countries.includes(country!));
  if (!rule) return (t) => t;
  const words = rule.words ?? {};
  const re = new RegExp(`(?<!\\p{L})(${Object.keys(words).join('|') || '(?!)'})(?!\\p{L})`, 'giu');
  return (text) =>
    Object.entries(rule.letters ?? {}).reduce(
      (out, [from, to]) => out.split(from).join(to),
      text.replace(re, (w) => {
        const to = words[w.toLowerCase()]!;
        // "Apologize" → "Apologise", "APOLOGIZE" → "APOLOGISE".
        return w === w.toUpperCase()
          ? to.toUpperCase()
          : w[0] === to[0]
            ? to
            : to[0]!.toUpperCase() + to.slice(1);
      }),
    );
}
