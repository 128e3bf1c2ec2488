// Checks over the built site, page by page: language, title, description, alternates, links.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlPages, readPage } from '../support/dist';
import { pageRefs, parseHtml } from '../support/html';
import { localeCodes } from '../../src/i18n/locales';

const pages = htmlPages();
const docs = new Map(
  pages.map((p) => [p.path, parseHtml(readPage(p.path === '/404.html' ? '404.html' : p.path))]),
);

function localeOfPath(path: string): string | undefined {
  const first = path.split('/')[1];
  return (localeCodes as readonly string[]).includes(first ?? '') ? first : undefined;
}

describe('every built page', () => {
  it('exists in every locale for every localized route', () => {
    const routes = new Map<string, Set<string>>();
    for (const { path } of pages) {
      const locale = localeOfPath(path);
      if (!locale) continue;
      const rest = path.slice(locale.length + 1);
      (routes.get(rest) ?? routes.set(rest, new Set()).get(rest)!).add(locale);
    }
    const incomplete = [...routes]
      .filter(([, ls]) => ls.size !== localeCodes.length)
      .map(([r, ls]) => `${r}: ${[...ls]}`);
    expect(incomplete).toEqual([]);
    // The routes of the design, in every locale.
    for (const route of [
      '/',
      '/search/',
      '/principles/',
      '/checklist/',
      '/sources/',
      '/wizard/',
      '/house-rules/',
      '/privacy/',
    ]) {
      expect(routes.has(route), `route /<locale>${route} was not built`).toBe(true);
    }
  });

  it.each(pages.map((p) => [p.path] as const))(
    '%s has its lang, title, description and alternates',
    (path) => {
      const doc = docs.get(path)!;
      const lang = doc.documentElement.getAttribute('lang');
      const locale = localeOfPath(path);
      if (locale) expect(lang).toBe(locale);
      else expect(localeCodes).toContain(lang);
      expect(doc.title.trim().length).toBeGreaterThan(3);
      expect(
        doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0,
      ).toBeGreaterThan(20);
      expect(doc.querySelector('meta[http-equiv="content-security-policy"]')).not.toBeNull();
      // The 404s (the root one and one per locale) have no canonical address and no alternates.
      if (path.endsWith('/404.html')) return;
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
        /^https?:\/\//,
      );
      const hreflangs = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) =>
        l.getAttribute('hreflang'),
      );
      expect(hreflangs.sort()).toEqual([...localeCodes, 'x-default'].sort());
      if (locale) {
        expect(doc.querySelector('.skip-link')?.getAttribute('href')).toBe('#main');
        expect(doc.getElementById('main')).not.toBeNull();
        // The language switcher links to this same page in every other language.
        const switcher = [...doc.querySelectorAll('.lang-switcher a')].map(
          (a) => a.getAttribute('href')?.split('?')[0],
        );
        expect(switcher).toEqual(localeCodes.map((l) => `/${l}${path.slice(locale.length + 1)}`));
      }
    },
  );

  it('resolve every internal link and #anchor', () => {
    const broken: string[] = [];
    for (const { path } of pages) {
      for (const { attr, url } of pageRefs(docs.get(path)!)) {
        if (/^(https?:|mailto:|tel:|data:)/.test(url)) continue;
        const target = new URL(url, `http://site${path}`);
        let file = join(distDir, decodeURIComponent(target.pathname));
        if (target.pathname.endsWith('/')) file = join(file, 'index.html');
        if (!existsSync(file)) {
          broken.push(`${path}: ${attr}=${url}`);
          continue;
        }
        if (target.hash && attr.startsWith('a[')) {
          const targetPath = target.pathname.endsWith('/') ? target.pathname : path;
          const doc = docs.get(targetPath);
          const id = decodeURIComponent(target.hash.slice(1));
          if (doc && !doc.getElementById(id)) broken.push(`${path}: ${url} (no element #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('fetch nothing from another origin', () => {
    const foreign: string[] = [];
    for (const { path } of pages) {
      for (const { attr, url } of pageRefs(docs.get(path)!)) {
        if (/^https?:/.test(url) && !attr.startsWith('a[') && !(attr === 'link[href]'))
          foreign.push(`${path}: ${url}`);
      }
      for (const link of docs
        .get(path)!
        .querySelectorAll(
          'link[rel="stylesheet"], link[rel="preload"], link[rel="modulepreload"]',
        )) {
        if (/^https?:/.test(link.getAttribute('href') ?? ''))
          foreign.push(`${path}: ${link.getAttribute('href')}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});

describe('the wizard page', () => {
  it.each(localeCodes.map((l) => [l] as const))(
    '/%s/wizard/ keeps its no-JS decision table in <noscript>, so the running wizard never lays it out',
    (locale) => {
      const html = readPage(`/${locale}/wizard/`);
      const table = html.indexOf('id="wizard-table"');
      expect(table).toBeGreaterThan(0);
      const open = html.lastIndexOf('<noscript>', table);
      expect(open, 'the table sits in a <noscript>').toBeGreaterThan(0);
      expect(html.indexOf('</noscript>', open)).toBeGreaterThan(table);
      expect(html.slice(open, table)).not.toContain('</noscript>');
    },
  );
});

describe('the no-JS decision table', () => {
  it.each(localeCodes.map((l) => [l]))(
    '/%s/wizard/ opens with a list of links to each kind of comment (and of abuse) and to what changes the plan, anchors stable',
    (locale) => {
      const html = readPage(`/${locale}/wizard/`);
      // The table's HTML as a browser without JavaScript reads it.
      const inner = /<noscript>([\s\S]*?)<\/noscript>/.exec(html.slice(html.indexOf('<main')))![1]!;
      const doc = parseHtml(inner);
      const nav = doc.querySelector('#wizard-table nav')!;
      expect(nav, 'a list of sections').not.toBeNull();
      const table = doc.querySelector('#wizard-table table')!;
      expect(nav.compareDocumentPosition(table) & 4, 'before the table').toBeTruthy();
      const targets = [...nav.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      const kinds = [
        'complaint',
        'heated',
        'excessive',
        'troll',
        'abusive',
        'fake',
        'rumour',
        'not-negative',
      ];
      expect(targets).toEqual([
        ...kinds.flatMap((k) =>
          k === 'abusive'
            ? ['profanity', 'profanity', 'insult', 'hate', 'threat'].map(
                (a) => `#wizard-table-abusive-${a}`,
              )
            : [`#wizard-table-${k}`],
        ),
        '#wizard-table-modifiers',
      ]);
      for (const target of new Set(targets)) {
        const el = doc.querySelector(target);
        expect(el, target).not.toBeNull();
        if (target === '#wizard-table-modifiers') continue;
        // The first row of its kind: its answers are the anchor's, the row before it another kind's.
        const group = (tr: Element | null | undefined) => {
          const q = new URLSearchParams(tr?.getAttribute('data-row') ?? '');
          return [q.get('kind'), q.get('abuse')].filter(Boolean).join('-');
        };
        expect(group(el), target).toBe(target.replace('#wizard-table-', ''));
        expect(group(el!.previousElementSibling), target).not.toBe(group(el));
      }
    },
  );
});
