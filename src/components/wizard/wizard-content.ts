// The wizard's texts for one locale, read from the content collections at build time. A locale
// without its files fails the build naming the file it expects; missing keys inside a file are
// caught earlier by the collection schema (src/playbook/decision/content-schema.ts).
import { getCollection } from 'astro:content';
import { localeCodes, type Locale } from '../../i18n/locales';
import type { WizardDrafts, WizardTexts } from '../../playbook/decision/texts';

export async function wizardContent(
  locale: Locale,
): Promise<{ texts: WizardTexts; drafts: WizardDrafts }> {
  const texts = await getCollection('wizardTexts');
  const drafts = await getCollection('wizardDrafts');
  const missing = localeCodes.flatMap((code) => [
    ...(texts.some((e) => e.id === `${code}/texts`) ? [] : [`content/wizard/${code}/texts.json`]),
    ...(drafts.some((e) => e.id === `${code}/drafts`)
      ? []
      : [`content/wizard/${code}/drafts.json`]),
  ]);
  if (missing.length)
    throw new Error(`The wizard's texts are incomplete; missing file(s):\n${missing.join('\n')}`);
  return {
    texts: texts.find((e) => e.id === `${locale}/texts`)!.data as WizardTexts,
    drafts: drafts.find((e) => e.id === `${locale}/drafts`)!.data as WizardDrafts,
  };
}
