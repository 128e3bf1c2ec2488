// The small site scripts outside the islands: the language links follow the page's query at the
// moment they are used (the wizard and the generator rewrite it as the visitor answers), and the
// root 404 leads with the language of the address.
import { beforeEach, describe, expect, it } from 'vitest';
import { keepQuery } from '../../src/scripts/keep-query';

describe('keepQuery', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/en/wizard/');
    document.body.innerHTML = `
      <details class="site-menu"><summary>Menu</summary>
        <nav class="lang-switcher"><ul>
          <li><a data-locale="en" href="/en/wizard/">English</a></li>
          <li><a data-locale="de" href="/de/wizard/">Deutsch</a></li>
        </ul></nav>
      </details>
      <a id="other" href="/en/principles/">Guide</a>`;
  });

  it('carries the query present at load', () => {
    history.replaceState(null, '', '/en/wizard/?kind=heated');
    keepQuery();
    expect(document.querySelector('a[data-locale="de"]')!.getAttribute('href')).toBe(
      '/de/wizard/?kind=heated',
    );
  });

  it('follows a query written after load, when the link is pointed at, focused or clicked', () => {
    keepQuery();
    const de = document.querySelector<HTMLAnchorElement>('a[data-locale="de"]')!;
    history.replaceState(null, '', '/en/wizard/?kind=heated&true=yes');
    de.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(de.getAttribute('href')).toBe('/de/wizard/?kind=heated&true=yes');
    history.replaceState(null, '', '/en/wizard/?kind=troll');
    de.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(de.getAttribute('href')).toBe('/de/wizard/?kind=troll');
    history.replaceState(null, '', '/en/wizard/');
    de.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(de.getAttribute('href')).toBe('/de/wizard/');
  });

  it('leaves other links alone', () => {
    history.replaceState(null, '', '/en/wizard/?kind=heated');
    keepQuery();
    document.getElementById('other')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(document.getElementById('other')!.getAttribute('href')).toBe('/en/principles/');
  });
});

describe('localiseNotFound', () => {
  const page = () => {
    document.body.innerHTML = `<main id="main" data-base="/rp/">
      <section lang="en"><h1>Page not found</h1><a class="start-button" href="/rp/en/wizard/">Start</a></section>
      <section lang="de"><h2>Seite nicht gefunden</h2><a class="start-link" href="/rp/de/wizard/">Starten</a></section>
    </main>`;
    return document.getElementById('main');
  };
  const order = () => [...document.querySelectorAll('section')].map((s) => s.lang);

  it('puts the language of the address first, with the big start button', async () => {
    const { localiseNotFound } = await import('../../src/scripts/not-found');
    localiseNotFound(page(), '/rp/de/nicht-da/');
    expect(order()).toEqual(['de', 'en']);
    expect(document.querySelector('section[lang="de"] a')!.className).toBe('start-button');
    expect(document.querySelector('section[lang="en"] a')!.className).toBe('start-link');
  });

  it('leaves the page as it is when the address names no language', async () => {
    const { localiseNotFound } = await import('../../src/scripts/not-found');
    localiseNotFound(page(), '/rp/nowhere/');
    expect(order()).toEqual(['en', 'de']);
    expect(document.querySelector('section[lang="en"] a')!.className).toBe('start-button');
  });
});
