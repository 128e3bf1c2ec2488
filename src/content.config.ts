// Collections and their schemas: what writers put in content/ is checked here at build time, and
// a frontmatter error fails the build naming the file.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { aboutFrontmatter, guideFrontmatter, homeFrontmatter } from './utils/guide-schema';
import { wizardDraftsSchema, wizardTextsSchema } from './playbook/decision/content-schema';
import { houseRulesUiSchema, phraseFileSchema } from './playbook/house-rules/schema';
import { legalLabelsSchema, privacyFrontmatter } from './utils/site-pages-schema';

// CONTENT_DIR lets the tests build the site from a fixture (e.g. one with a page missing).
const contentDir = process.env.CONTENT_DIR || './content';

const guide = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/guide` }),
  schema: guideFrontmatter,
});

const home = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/home` }),
  schema: homeFrontmatter,
});

// The wizard's texts and reply drafts, one pair of files per locale (content/wizard/<locale>/).
const wizardTexts = defineCollection({
  loader: glob({ pattern: '*/texts.json', base: './content/wizard' }),
  schema: wizardTextsSchema,
});
const wizardDrafts = defineCollection({
  loader: glob({ pattern: '*/drafts.json', base: './content/wizard' }),
  schema: wizardDraftsSchema,
});

// The house-rules generator's UI texts and phrases, one pair of files per locale (content/house-rules/<locale>/).
const houseRulesUi = defineCollection({
  loader: glob({ pattern: '*/ui.json', base: './content/house-rules' }),
  schema: houseRulesUiSchema,
});
const houseRulesPhrases = defineCollection({
  loader: glob({ pattern: '*/phrases.json', base: './content/house-rules' }),
  schema: phraseFileSchema,
});

// The privacy page (content/privacy/<locale>.mdx) and the legal notice's labels (content/legal/<locale>.json).
const privacy = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/privacy' }),
  schema: privacyFrontmatter,
});
const legal = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/legal' }),
  schema: legalLabelsSchema,
});

// The About page (content/about/<locale>.mdx): who made the guide, how, and how to report an error.
const about = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/about' }),
  schema: aboutFrontmatter,
});

export const collections = {
  guide,
  home,
  wizardTexts,
  wizardDrafts,
  houseRulesUi,
  houseRulesPhrases,
  privacy,
  legal,
  about,
};
