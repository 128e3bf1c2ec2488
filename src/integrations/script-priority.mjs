// Every page's scripts enhance HTML that is already there (an island taking over its no-JS form,
// the language links keeping the query, the checklist's Print button): none is needed for the
// first paint. Chrome fetches module scripts at high priority, so on a slow link they share the
// bandwidth with the rest of the page's HTML; `fetchpriority="low"` lets the page paint first
// (Lighthouse mobile: the wizard's first contentful paint 0.9 s → 0.7 s, as a guide page).
// Astro treats a <script> with extra attributes as unprocessed, so the attribute is added here,
// after the build. The root language chooser is skipped: its script sends the visitor on.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterBuild, walkFiles } from './files.mjs';
import { relative } from 'node:path';

/** Adds fetchpriority="low" to the module scripts of one page's HTML. */
function lowerScriptPriority(html) {
  return html.replace(
    /<script type="module" src=/g,
    '<script type="module" fetchpriority="low" src=',
  );
}

/** @param {{ skip?: string[] }} [options] paths relative to the output folder to leave alone */
export function scriptPriority({ skip = ['index.html'] } = {}) {
  return afterBuild('script-priority', (out) => {
    for (const file of walkFiles(out)) {
      if (!file.endsWith('.html')) continue;
      if (skip.includes(relative(out, file).split('\\').join('/'))) continue;
      const html = readFileSync(file, 'utf8');
      const lowered = lowerScriptPriority(html);
      if (lowered !== html) writeFileSync(file, lowered);
    }
  });
}
