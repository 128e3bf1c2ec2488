// The guide as the pages see it: one locale's entries in reading order. The completeness check
// runs here, so a page missing in one locale fails `astro build` with the file it expects.
import { getCollection, type CollectionEntry } from 'astro:content';
import { localeCodes, type Locale } from '../i18n/locales';
import { guideProblems, splitGuideId } from './guide-completeness';
export { neighbours } from './guide-order';

export type GuideEntry = CollectionEntry<'guide'>;

let checked = false;

async function allGuideEntries(): Promise<GuideEntry[]> {
  const entries = await getCollection('guide');
  if (!checked) {
    const problems = guideProblems(
      entries.map((e) => ({ id: e.id, covers: e.data.covers })),
      localeCodes,
    );
    if (problems.length) throw new Error(`The guide is incomplete:\n${problems.join('\n')}`);
    checked = true;
  }
  return entries;
}

export async function guideFor(locale: Locale): Promise<GuideEntry[]> {
  return (await allGuideEntries())
    .filter((e) => splitGuideId(e.id).locale === locale)
    .sort((a, b) => a.data.order - b.data.order);
}

export function slugOf(entry: GuideEntry): string {
  return splitGuideId(entry.id).slug;
}
