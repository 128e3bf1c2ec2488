import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { localeCodes } from '../../../src/i18n/locales';
import { parseUiStrings, uiKeys } from '../../../src/i18n/ui-schema';
import { useTranslations } from '../../../src/i18n/ui';

const dir = 'src/i18n/ui';

describe('UI strings', () => {
  it('exist for every locale and only for the site’s locales', () => {
    const files = readdirSync(dir)
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...localeCodes].sort());
  });

  it.each(localeCodes)('are complete in %s', (locale) => {
    const data = JSON.parse(readFileSync(`${dir}/${locale}.json`, 'utf8'));
    expect(Object.keys(parseUiStrings(`${dir}/${locale}.json`, data)).sort()).toEqual(
      [...uiKeys].sort(),
    );
  });

  it('reject an incomplete file, naming the file and the missing key', () => {
    const data = JSON.parse(readFileSync(`${dir}/de.json`, 'utf8'));
    delete data['nav.wizard'];
    expect(() => parseUiStrings('src/i18n/ui/de.json', data)).toThrow(
      /src\/i18n\/ui\/de\.json: missing key "nav\.wizard"/,
    );
  });

  it('reject unknown and empty keys', () => {
    const data = {
      ...JSON.parse(readFileSync(`${dir}/tr.json`, 'utf8')),
      'nav.typo': 'x',
      'site.name': ' ',
    };
    expect(() => parseUiStrings('tr.json', data)).toThrow(/unknown key\(s\) "nav\.typo"/);
    expect(() => parseUiStrings('tr.json', data)).toThrow(/invalid value for key "site\.name"/);
  });

  it('fill placeholders and keep unknown ones visible', () => {
    const t = useTranslations('de');
    expect(t('search.count', { n: 3 })).toBe('Treffer: 3');
    expect(t('search.count')).toBe('Treffer: {n}');
  });

  it('differ from English in every other locale (no copied placeholders)', () => {
    const en = JSON.parse(readFileSync(`${dir}/en.json`, 'utf8'));
    for (const locale of localeCodes.filter((l) => l !== 'en')) {
      const other = JSON.parse(readFileSync(`${dir}/${locale}.json`, 'utf8'));
      const same = uiKeys.filter((k) => k !== 'site.name' && other[k] === en[k]);
      expect(same, `${locale} keeps English text for`).toEqual([]);
    }
  });
});
