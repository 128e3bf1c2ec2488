// The site's edges, read from dist/: long guide pages list their own sections ("On this page")
// and every entry leads to a heading of the page; each guide page says when its facts were
// checked, and the About page lists that day for every page; every page's footer leads to About;
// the offline page exists in every language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlPages, readPage } from '../support/dist';
import { parseHtml } from '../support/html';
import { readGuide } from '../support/content';
import { localeCodes } from '../../src/i18n/locales';

const doc = (path: string) => parseHtml(readPage(path));
const ui = (locale: string) =>
  JSON.parse(readFileSync(`src/i18n/ui/${locale}.json`, 'utf8')) as Record<string, string>;
const guide = (locale: string) => readGuide().filter((g) => g.id.startsWith(`${locale}/`));
const day = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

describe.each(localeCodes)('%s', (locale) => {
  it.each(['law', 'moderation', 'trolls-and-abuse', 'sources'])(
    '/%s/ lists its own sections under "On this page", each leading to one of its headings',
    (slug) => {
      const d = doc(`/${locale}/${slug}/`);
      const nav = d.querySelectorAll('main nav.page-contents');
      expect(nav).toHaveLength(1);
      expect(nav[0]!.getAttribute('aria-label')).toBe(ui(locale)['guide.onThisPage']);
      const targets = [...nav[0]!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      const headings = [...d.querySelectorAll('main h2[id]')].map((h) => `#${h.id}`);
      // Every section of the page, in its order, and nothing else.
      expect(targets).toEqual(headings);
      expect(targets.length).toBeGreaterThanOrEqual(5);
    },
  );

  it('the checklist (one printed sheet) has no "On this page"', () => {
    expect(doc(`/${locale}/checklist/`).querySelector('nav.page-contents')).toBeNull();
  });

  it('the checklist prints the emergency numbers as a plain list, not as boxes to tick', () => {
    const d = doc(`/${locale}/checklist/`);
    const numbers = d.querySelectorAll('.checklist .prose .numbers ul > li');
    expect(numbers.length).toBeGreaterThan(0);
    expect([...numbers].some((li) => /\b1(12|10|17|33)\b|\b911\b/.test(li.textContent!))).toBe(
      true,
    );
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css).toMatch(/\.checklist \.prose \.numbers ul > li::before \{\s*content: none;/);
  });

  it('each guide page says when its facts were checked; About lists every page with that day', () => {
    const about = doc(`/${locale}/about/`);
    const listed = new Map(
      [...about.querySelectorAll('.checked-dates li')].map((li) => [
        li.querySelector('a')!.getAttribute('href'),
        li.querySelector('time')!.getAttribute('datetime'),
      ]),
    );
    const pages = guide(locale);
    expect(listed.size).toBe(pages.length);
    for (const page of pages) {
      const slug = page.id.slice(locale.length + 1);
      const iso = String(page.data.checked);
      expect(iso, page.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(listed.get(`/${locale}/${slug}/`), slug).toBe(iso);
      const shown = doc(`/${locale}/${slug}/`).querySelector('main .page-checked')?.textContent;
      expect(shown?.trim(), slug).toBe(
        ui(locale)['guide.checked']!.replace('{date}', day(locale, iso)),
      );
    }
  });

  it('the About page links to the sources page and, without publisher settings, invents no address', () => {
    const about = doc(`/${locale}/about/`);
    expect(
      about.querySelector(`main a[href="../sources/"], main a[href="/${locale}/sources/"]`),
    ).not.toBeNull();
    expect(about.querySelector('main a[href^="mailto:"]')).toBeNull();
    expect(about.querySelector('main')!.textContent).not.toMatch(/@/);
  });

  it('the offline page speaks the language and leads back to its home and the wizard', () => {
    const d = doc(`/${locale}/offline/`);
    expect(d.documentElement.lang).toBe(locale);
    expect(d.querySelector('h1')!.textContent).toBe(ui(locale)['offline.title']);
    const links = [...d.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining([`/${locale}/`, `/${locale}/wizard/`]));
  });
});

it('every page of a language has a footer link to its About page', () => {
  const missing = htmlPages()
    .filter((p) => localeCodes.some((l) => p.path.startsWith(`/${l}/`)))
    .filter((p) => {
      const locale = p.path.split('/')[1];
      return !parseHtml(readPage(p.path)).querySelector(`footer a[href="/${locale}/about/"]`);
    })
    .map((p) => p.path);
  expect(missing).toEqual([]);
});
