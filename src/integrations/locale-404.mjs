// Astro writes src/pages/[locale]/404.astro as /<locale>/404/index.html; hosts that serve a
// folder's own error page (Cloudflare Pages, a Netlify rule) look for /<locale>/404.html. Moves
// each one there after the build (any top-level folder with a 404/index.html: the locales).
import { existsSync, renameSync, rmdirSync, readdirSync } from 'node:fs';
import { afterBuild } from './files.mjs';
import { join } from 'node:path';

export function locale404() {
  return afterBuild('locale-404', (out) => {
    for (const locale of readdirSync(out)) {
      const folder = join(out, locale, '404');
      const page = join(folder, 'index.html');
      if (!existsSync(page)) continue;
      renameSync(page, join(out, locale, '404.html'));
      if (readdirSync(folder).length === 0) rmdirSync(folder);
    }
  });
}
