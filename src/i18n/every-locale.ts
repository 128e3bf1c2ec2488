// One locale's file per locale: the check every per-locale reader shares. A locale in the list
// without its file, or a file for no locale, fails the build naming the file; no fallback to
// another language.
import { localeCodes, type Locale } from './locales';

/**
 * The problems of a set of per-locale files: `found` maps a locale code to its file's content,
 * `fileOf` names the file a locale needs (as a writer finds it, e.g. `content/home/de.mdx`).
 */
export function localeFileProblems(
  found: ReadonlyMap<string, unknown>,
  fileOf: (code: string) => string,
): string[] {
  const known = localeCodes as readonly string[];
  return [
    ...[...found.keys()]
      .filter((code) => !known.includes(code))
      .map((code) => `${fileOf(code)}: "${code}" is not in the locales list (src/i18n/locales.ts)`),
    ...localeCodes.filter((code) => !found.has(code)).map((code) => `${fileOf(code)} is missing`),
  ];
}

/** Every locale's content, or an error listing each file that is missing or for no locale. */
export function everyLocale<T>(
  found: ReadonlyMap<string, T>,
  fileOf: (code: string) => string,
  what: string,
): Record<Locale, T> {
  const problems = localeFileProblems(found, fileOf);
  if (problems.length) throw new Error(`${what} is incomplete:\n${problems.join('\n')}`);
  return Object.fromEntries(found) as Record<Locale, T>;
}
