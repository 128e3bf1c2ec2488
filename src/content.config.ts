// Collections and their schemas: what writers put in content/ is checked here at build time, and
// a frontmatter error fails the build naming the file. Every collection reads from CONTENT_DIR;
// the per-locale ones follow the table in src/content/files.ts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideFrontmatter } from './utils/guide-schema';
import { contentDir, localeFiles, type LocaleCollection } from './content/files';

const guide = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/guide` }),
  schema: guideFrontmatter,
});

function perLocale<C extends LocaleCollection>(name: C) {
  const { dir, pattern, schema } = localeFiles[name];
  return defineCollection({
    loader: glob({ pattern, base: `${contentDir}/${dir}` }),
    schema: schema as (typeof localeFiles)[C]['schema'],
  });
}

// One collection per row of the table: a new per-locale file needs no line here.
const perLocaleCollections = Object.fromEntries(
  Object.keys(localeFiles).map((name) => [name, perLocale(name as LocaleCollection)]),
) as { [C in LocaleCollection]: ReturnType<typeof perLocale<C>> };

export const collections = { guide, ...perLocaleCollections };
