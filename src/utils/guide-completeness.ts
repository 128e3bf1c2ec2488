// Every guide page exists in every locale, under the same slug, covering the same recommendations.
// Pure: takes the entry ids ("de/principles") and their `covers`, returns the problems found.
import type { Locale } from '../i18n/locales';

export interface GuideEntryInfo {
  id: string; // "<locale>/<slug>"
  covers: readonly string[];
}

export function splitGuideId(id: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = id.split('/');
  return { locale, slug: rest.join('/') };
}

export function guideProblems(
  entries: readonly GuideEntryInfo[],
  locales: readonly Locale[],
): string[] {
  const problems: string[] = [];
  const slugs = new Set(entries.map((e) => splitGuideId(e.id).slug));
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    const { locale } = splitGuideId(e.id);
    if (!(locales as readonly string[]).includes(locale)) {
      problems.push(`content/guide/${e.id}.mdx: "${locale}" is not a locale of the site`);
    }
  }
  for (const slug of [...slugs].sort()) {
    const reference = locales.map((l) => byId.get(`${l}/${slug}`)).find(Boolean);
    for (const locale of locales) {
      const entry = byId.get(`${locale}/${slug}`);
      if (!entry) {
        problems.push(
          `content/guide/${locale}/${slug}.mdx is missing (the page exists in another locale)`,
        );
        continue;
      }
      if (reference && [...entry.covers].sort().join() !== [...reference.covers].sort().join()) {
        problems.push(
          `content/guide/${locale}/${slug}.mdx: covers [${entry.covers.join(', ')}] differ from ` +
            `content/guide/${reference.id}.mdx [${reference.covers.join(', ')}]`,
        );
      }
    }
  }
  return problems;
}

/** Recommendation ids that no page of a locale covers. */
export function uncoveredIds(
  entries: readonly GuideEntryInfo[],
  locale: Locale,
  ids: readonly string[],
): string[] {
  const covered = new Set(
    entries.filter((e) => splitGuideId(e.id).locale === locale).flatMap((e) => e.covers),
  );
  return ids.filter((id) => !covered.has(id));
}
