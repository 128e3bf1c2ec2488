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

/** The country of a value from a link or storage, if it is one the page's language serves. */
export function countryFor(locale: Locale, value: unknown): Country | undefined {
  const v = typeof value === 'string' ? value.toUpperCase() : undefined;
  return (countriesOf[locale] as readonly string[]).find((c) => c === v) as Country | undefined;
}

/**
 * The browser's languages ("de-AT", "en-GB") name a region: the first one the page's language
 * serves wins, the page's own language first ("de-AT" before "en-CH" on a German page). Otherwise the
 * first country the page serves.
 */
export function guessCountry(locale: Locale, languages: readonly string[]): Country {
  const region = (tag: string) => tag.split(/[-_]/)[1];
  const tags = languages.filter((l) => typeof l === 'string');
  const own = tags.filter((l) => l.toLowerCase().startsWith(`${locale}-`));
  for (const tag of [...own, ...tags]) {
    const c = countryFor(locale, region(tag));
    if (c) return c;
  }
  return countriesOf[locale][0];
}

/** The country preference, per page language (a German page's choice is not the English page's). */
export const countryStorageKey = 'reply-playbook:country';

export function storedCountry(raw: string | null, locale: Locale): Country | undefined {
  try {
    const all: unknown = JSON.parse(raw ?? '{}');
    return all && typeof all === 'object' ? countryFor(locale, (all as never)[locale]) : undefined;
  } catch {
    return undefined;
  }
}

export function storeCountry(raw: string | null, locale: Locale, country: Country): string {
  let all: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      all = parsed as Record<string, string>;
  } catch {
    // A damaged entry is replaced.
  }
  return JSON.stringify({ ...all, [locale]: country });
}

/**
 * The law page's section a step links to, per country: where a complaint goes private, the
 * country's own consumer-complaint rules (the law pages' `#complaints-<country>` anchors).
 */
export const lawAnchors: Readonly<Record<string, Readonly<Record<Country, string>>>> = {
  'continue-private': {
    DE: 'complaints-de',
    AT: 'complaints-at',
    CH: 'complaints-ch',
    US: 'complaints-us',
    GB: 'complaints-gb',
    IE: 'complaints-ie',
    TR: 'complaints',
    HU: 'complaints',
  },
};

export const lawAnchor = (step: string, country: Country): string | undefined =>
  lawAnchors[step]?.[country];

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

const sameCase = (from: string, to: string): string =>
  from === from.toUpperCase() && from.length > 1
    ? to.toUpperCase()
    : from[0] === from[0]!.toUpperCase()
      ? to[0]!.toUpperCase() + to.slice(1)
      : to;

/** The spelling of one country, as a function over text; the identity where nothing differs. */
export function speller(
  rules: readonly SpellingRule[] | undefined,
  country: Country | undefined,
): (text: string) => string {
  const rule = rules?.find((r) => country && r.countries.includes(country));
  if (!rule) return (t) => t;
  const words = Object.keys(rule.words ?? {});
  const wordRe = words.length
    ? new RegExp(`(?<!\\p{L})(${words.join('|')})(?!\\p{L})`, 'giu')
    : undefined;
  const letters = Object.entries(rule.letters ?? {});
  return (text) => {
    let out = wordRe
      ? text.replace(wordRe, (w) => sameCase(w, rule.words![w.toLowerCase()]!))
      : text;
    for (const [from, to] of letters) out = out.split(from).join(to);
    return out;
  };
}
