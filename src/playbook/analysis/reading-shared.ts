// What every locale's comment reading shares, built once into /reading-shared.json: the platforms'
// link hosts (reading-links.ts) and the languages' common words and letters
// (content/analysis/languages.json, checked here). For the build and the tests: it carries the
// schema, so the browser fetches the result instead of importing this.
import languages from '../../../content/analysis/languages.json';
import { checkWith } from '../../schemas/issues';
import type { ReadingShared } from './reading-data';
import { linkTable } from './reading-links';
import { languagesSchema } from './reading-schema';

export const readingShared = (): ReadingShared => ({
  links: linkTable(),
  languages: checkWith(
    languagesSchema,
    'content/analysis/languages.json',
    languages,
    "The comment reading's languages are invalid",
  ),
});
