// Where each kind of content lives under content/ and the schema that checks it: the one table the
// collections (src/content.config.ts) and the reader (./read.ts) both follow. A new per-locale file
// is one row here, e.g. `analysis: perLocale('analysis/{locale}.json', analysisSchema)`; then
// `entryFor('analysis', locale)` reads it, and a locale without it fails the build naming the file.
import type { z } from 'astro/zod';
import { aboutFrontmatter, homeFrontmatter } from '../utils/guide-schema';
import { wizardDraftsSchema, wizardTextsSchema } from '../playbook/decision/content-schema';
import { houseRulesUiSchema, phraseFileSchema } from '../playbook/house-rules/schema';
import { legalLabelsSchema, privacyFrontmatter } from '../utils/site-pages-schema';
import { analysisSchema } from '../playbook/analysis/schema';

/** CONTENT_DIR lets the tests build the site from a fixture (e.g. one with a page missing). */
export const contentDir = process.env.CONTENT_DIR || './content';

/**
 * One file per locale: `path` relative to content/, with `{locale}` where the locale code goes.
 * Its entry id is what the glob loader makes of it: the path below the first folder, without the
 * extension ("de/texts" for wizard/de/texts.json, "de" for home/de.mdx). `shared`: files beside
 * them that belong to every locale (read by their own code, not a locale's entry).
 */
function perLocale<S extends z.ZodType>(path: string, schema: S, shared: string[] = []) {
  const [dir = '', ...rest] = path.split('/');
  const file = rest.join('/');
  return {
    dir,
    pattern: [file.replace('{locale}', '*'), ...shared.map((f) => `!${f}`)],
    schema,
    idOf: (locale: string) => file.replace('{locale}', locale).replace(/\.[a-z]+$/, ''),
    fileOf: (locale: string) => `content/${path.replace('{locale}', locale)}`,
  };
}

export const localeFiles = {
  home: perLocale('home/{locale}.mdx', homeFrontmatter),
  privacy: perLocale('privacy/{locale}.mdx', privacyFrontmatter),
  about: perLocale('about/{locale}.mdx', aboutFrontmatter),
  legal: perLocale('legal/{locale}.json', legalLabelsSchema),
  wizardTexts: perLocale('wizard/{locale}/texts.json', wizardTextsSchema),
  wizardDrafts: perLocale('wizard/{locale}/drafts.json', wizardDraftsSchema),
  houseRulesUi: perLocale('house-rules/{locale}/ui.json', houseRulesUiSchema),
  houseRulesPhrases: perLocale('house-rules/{locale}/phrases.json', phraseFileSchema),
  // languages.json: the comment reading's languages, one copy for all (reading-shared.ts).
  analysis: perLocale('analysis/{locale}.json', analysisSchema, ['languages.json']),
};

export type LocaleCollection = keyof typeof localeFiles;
