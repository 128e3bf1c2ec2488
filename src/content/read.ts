// The one way the pages read a locale's content at build time: the guide in reading order, and one
// entry per locale of every collection in ./files.ts (home, privacy, legal labels, the wizard's
// texts and drafts, the generator's UI texts and phrases). The first read checks everything at
// once, so an incomplete content folder fails the build with every file it lacks, whichever page
// is built first. Missing or wrong keys inside a file are the collections' schemas' job.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { localeFileProblems } from '../i18n/every-locale';
import { guideProblems, splitGuideId } from '../utils/guide-completeness';
import { localeFiles, type LocaleCollection } from './files';

export type GuideEntry = CollectionEntry<'guide'>;

type ByLocale<C extends LocaleCollection> = Map<string, CollectionEntry<C>>;

/** A collection's entries by locale code, as the glob loader named them. */
async function byLocale<C extends LocaleCollection>(name: C): Promise<ByLocale<C>> {
  const { idOf } = localeFiles[name];
  const entries = (await getCollection(name)) as CollectionEntry<C>[];
  // The locale is the part of the id where `{locale}` stood: "de/texts" → "de".
  const template = idOf('\0');
  const [before = '', after = ''] = template.split('\0');
  return new Map(
    entries
      .filter((e) => e.id.startsWith(before) && e.id.endsWith(after))
      .map((e) => [e.id.slice(before.length, e.id.length - after.length), e]),
  );
}

async function checkAll(): Promise<void> {
  const guide = await getCollection('guide');
  const problems = guideProblems(
    guide.map((e) => ({ id: e.id, covers: e.data.covers })),
    localeCodes,
  );
  for (const name of Object.keys(localeFiles) as LocaleCollection[])
    problems.push(...localeFileProblems(await byLocale(name), localeFiles[name].fileOf));
  if (problems.length) throw new Error(`The content is incomplete:\n${problems.join('\n')}`);
}

let checked: Promise<void> | undefined;
/** Resolves once every locale has every file; rejects listing all that are missing. */
const complete = () => (checked ??= checkAll());

/** What a collection's schema makes of its file (Astro's own entry type does not carry it). */
type DataOf<C extends LocaleCollection> = z.output<(typeof localeFiles)[C]['schema']>;

/** One locale's entry of a per-locale collection, e.g. `entryFor('houseRulesUi', 'de')`. */
export async function entryFor<C extends LocaleCollection>(
  name: C,
  locale: Locale,
): Promise<CollectionEntry<C> & { data: DataOf<C> }> {
  await complete();
  return (await byLocale(name)).get(locale)! as CollectionEntry<C> & { data: DataOf<C> };
}

/** One locale's guide pages in reading order. */
export async function guideFor(locale: Locale): Promise<GuideEntry[]> {
  await complete();
  return (await getCollection('guide'))
    .filter((e) => splitGuideId(e.id).locale === locale)
    .sort((a, b) => a.data.order - b.data.order);
}

export function slugOf(entry: GuideEntry): string {
  return splitGuideId(entry.id).slug;
}

/** The wizard's texts and reply drafts in one locale. */
export async function wizardContent(locale: Locale) {
  const [texts, drafts] = await Promise.all([
    entryFor('wizardTexts', locale),
    entryFor('wizardDrafts', locale),
  ]);
  return { texts: texts.data, drafts: drafts.data };
}

/** The generator's UI texts and phrases in one locale. */
export async function houseRulesContent(locale: Locale) {
  const [ui, phrases] = await Promise.all([
    entryFor('houseRulesUi', locale),
    entryFor('houseRulesPhrases', locale),
  ]);
  return { ui: ui.data, phrases: phrases.data };
}
