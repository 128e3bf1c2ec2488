// Checks a fetched phrase file before the generator trusts it. The file is this site's own build
// output, already checked by the schema at build time; in the browser only its outline is checked
// (zod stays out of the bundle), so a stale or broken cache shows the load error, not a crash.
import type { PhraseFile } from './schema';

export function looksLikePhrases(data: unknown): data is PhraseFile {
  const d = data as PhraseFile | null;
  return !!d && typeof d === 'object' && !!d.list && !!d.formal?.bio?.pointer && !!d.informal?.full;
}
