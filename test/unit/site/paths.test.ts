import { describe, expect, it } from 'vitest';
import { alternates, bestLocale, localePath, splitLocale, withBase } from '../../../src/i18n/paths';
import { isLocale, localeCodes } from '../../../src/i18n/locales';

describe('locale paths', () => {
  it('join a base and a page, at the root and under a sub-path', () => {
    expect(localePath('/', 'de', 'wizard')).toBe('/de/wizard/');
    expect(localePath('/reply-playbook/', 'tr')).toBe('/reply-playbook/tr/');
    expect(localePath('/reply-playbook', 'hu', 'principles')).toBe(
      '/reply-playbook/hu/principles/',
    );
    expect(withBase('/reply-playbook/', 'pagefind/pagefind.js')).toBe(
      '/reply-playbook/pagefind/pagefind.js',
    );
  });

  it('split a path into its locale and the shared page part', () => {
    expect(splitLocale('/', '/de/wizard/')).toEqual({ locale: 'de', page: 'wizard' });
    expect(splitLocale('/reply-playbook/', '/reply-playbook/hu/')).toEqual({
      locale: 'hu',
      page: '',
    });
    expect(splitLocale('/', '/xx/wizard/').locale).toBeUndefined();
  });

  it('give the same page in every locale, so the switcher keeps the visitor in place', () => {
    const alts = alternates('/reply-playbook/', '/reply-playbook/de/trolls-and-abuse/');
    expect(alts.map((a) => a.locale)).toEqual([...localeCodes]);
    expect(alts.find((a) => a.locale === 'tr')?.path).toBe('/reply-playbook/tr/trolls-and-abuse/');
  });

  it('pick the best locale from the browser languages, in the visitor’s order', () => {
    expect(bestLocale(['fr-FR', 'tr-TR', 'de'])).toBe('tr');
    expect(bestLocale(['HU'])).toBe('hu');
    expect(bestLocale(['fr', 'es'])).toBe('en');
    expect(bestLocale([])).toBe('en');
  });

  it('recognise only the site’s locales', () => {
    expect(isLocale('de')).toBe(true);
    expect(isLocale('DE')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
