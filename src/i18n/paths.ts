// URL helpers. Every internal URL goes through here so the site works at the root and under a
// base path alike. Pure functions: the base is passed in (Astro's import.meta.env.BASE_URL).
import { defaultLocale, isLocale, localeCodes, type Locale } from './locales';

/** Joins a base ("/" or "/reply-playbook/") and a site path into one URL path ending in "/". */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  const joined = `${b}${p}`;
  return joined.endsWith('/') || /[?#.]/.test(joined.split('/').pop() ?? '')
    ? joined
    : `${joined}/`;
}

/** The path of a page in a locale: `localePath(base, 'de', 'wizard')` → `/de/wizard/`. */
export function localePath(base: string, locale: Locale, page = ''): string {
  return withBase(base, page ? `${locale}/${page}/` : `${locale}/`);
}

/** Splits a URL path into its locale and the page after it (the part shared by all locales). */
export function splitLocale(
  base: string,
  pathname: string,
): { locale: Locale | undefined; page: string } {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const [first = '', ...others] = rest.split('/');
  if (!isLocale(first)) return { locale: undefined, page: rest.replace(/\/+$/, '') };
  return { locale: first, page: others.join('/').replace(/\/+$/, '') };
}

/** The same page in every locale, for the language switcher and hreflang alternates. */
export function alternates(base: string, pathname: string): { locale: Locale; path: string }[] {
  const { page } = splitLocale(base, pathname);
  return localeCodes.map((locale) => ({ locale, path: localePath(base, locale, page) }));
}

/**
 * Picks the best locale for a visitor's language list (navigator.languages): an exact or
 * primary-subtag match in the visitor's order of preference, else the default.
 */
export function bestLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

/** The pages whose state lives in the URL's query (the same ids in every language). */
const queryStatePages: readonly string[] = ['wizard', 'house-rules'];

/** Whether the language switcher should carry the query of this page over to another language. */
export function keepsQuery(page: string): boolean {
  return queryStatePages.includes(page);
}
