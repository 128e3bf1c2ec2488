// Builds the Pagefind search index after `astro build`, through Pagefind's Node API, so that
// `npm run build` alone produces a searchable site. Pagefind splits the index by each page's
// <html lang>, which gives one index per locale. Any indexing error fails the build.
import { createIndex, close } from 'pagefind';
import { afterBuild } from './files.mjs';
import { join } from 'node:path';

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return afterBuild('pagefind', async (outDir, logger) => {
    const fail = (what, errors) => {
      throw new Error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
    };
    try {
      const { index, errors } = await createIndex({});
      if (!index || errors.length) fail('createIndex', errors);
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length) fail('indexing', added.errors);
      if (added.page_count === 0) fail('indexing', ['no page was indexed']);
      const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
      if (written.errors.length) fail('writing the index', written.errors);
      logger.info(`indexed ${added.page_count} pages`);
    } finally {
      await close();
    }
  });
}
