// Checks a fetched phrase file before the generator trusts it. The file is this site's own build
// output, already checked by the schema at build time; in the browser only its shape is checked,
// so zod stays out of the bundle. A stale or broken cache shows the load error, not a crash.
import type { PhraseFile } from './schema';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function looksLikePhrases(data: unknown): data is PhraseFile {
  if (!isObject(data) || !isObject(data.list)) return false;
  return (['formal', 'informal'] as const).every((r) => {
    const register = data[r];
    return isObject(register) && isObject(register.bio) && isObject(register.full);
  });
}
