// The About page's content for a locale. No fallback to another language: a missing file fails
// the build, naming it.
import { getEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';

export async function aboutFor(locale: Locale) {
  const entry = await getEntry('about', locale);
  if (!entry)
    throw new Error(`content/about/${locale}.mdx is missing: every locale needs its About page`);
  return entry;
}
