// Collections and their schemas: what writers put in content/ is checked here at build time, and
// a frontmatter error fails the build naming the file.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideFrontmatter, homeFrontmatter } from './utils/guide-schema';

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

export const collections = { guide, home };
