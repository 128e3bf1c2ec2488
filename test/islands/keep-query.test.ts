// The language links follow the page's query at the moment they are used, because the wizard
// and the generator rewrite the query (history.replaceState) as the visitor answers.
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
    expect(document.querySelector('a[data-locale="de"]')!.getAttribute('href')).toBe('/de/wizard/?kind=heated');
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
