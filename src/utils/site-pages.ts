// The privacy page and the legal notice's labels for a locale. No fallback to another language:
// a missing file fails the build, naming it.
import { getEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';

export async function privacyFor(locale: Locale) {
  const entry = await getEntry('privacy', locale);
  if (!entry)
    throw new Error(
      `content/privacy/${locale}.mdx is missing: every locale needs its privacy page`,
    );
  return entry;
}

export async function legalLabelsFor(locale: Locale) {
  const entry = await getEntry('legal', locale);
  if (!entry)
    throw new Error(
      `content/legal/${locale}.json is missing: every locale needs the legal notice's labels`,
    );
  return entry.data;
}
