// The per-locale file check every reader shares: missing files and files for no locale, by name.
import { describe, expect, it } from 'vitest';
import { everyLocale, localeFileProblems } from '../../../src/i18n/every-locale';
import { localeCodes } from '../../../src/i18n/locales';

const fileOf = (code: string) => `content/analysis/${code}.json`;

describe('every locale has its file', () => {
  it('names each missing file and each file of no locale', () => {
    const found = new Map<string, unknown>([
      ['de', {}],
      ['xx', {}],
    ]);
    const problems = localeFileProblems(found, fileOf);
    expect(problems[0]).toBe(
      'content/analysis/xx.json: "xx" is not in the locales list (src/i18n/locales.ts)',
    );
    for (const code of localeCodes.filter((c) => c !== 'de'))
      expect(problems).toContain(`content/analysis/${code}.json is missing`);
    expect(() => everyLocale(found, fileOf, 'The analysis')).toThrow(
      /^The analysis is incomplete:\ncontent\/analysis\/xx\.json/,
    );
  });

  it('returns the content by locale when every locale has its file', () => {
    const all = new Map(localeCodes.map((code) => [code, code.toUpperCase()]));
    expect(everyLocale(all, fileOf, 'x')).toEqual(Object.fromEntries(all));
  });
});
