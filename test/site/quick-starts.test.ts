// Over the built homes: the three quick starts under the start button, plain links (no script)
// into this language's wizard whose queries parse to the answers each stands for.
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist';
import { parseHtml } from '../support/html';
import { localeCodes } from '../../src/i18n/locales';
import { parseWizardState } from '../../src/playbook/decision/state';

const intended = {
  review: {},
  troll: { kind: 'troll' },
  threat: { kind: 'abusive', abuse: 'threat' },
};

describe('quick starts on the home pages', () => {
  it.each(localeCodes.map((l) => [l]))(
    '%s: three links under the start button, each into the wizard with its first answers',
    (locale) => {
      const doc = parseHtml(readPage(`/${locale}/`));
      const start = doc.querySelector('.start-button')!;
      const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-quick-start]')];
      expect(links.map((a) => a.dataset.quickStart)).toEqual(Object.keys(intended));
      const texts = new Set<string>();
      for (const a of links) {
        // After the start button, in the same block.
        expect(start.compareDocumentPosition(a) & 4, 'after the start button').toBeTruthy();
        expect(a.closest('.start')).toBe(start.closest('.start'));
        const url = new URL(a.getAttribute('href')!, 'http://localhost');
        expect(url.pathname).toBe(`/${locale}/wizard/`);
        const state = parseWizardState(url.search);
        expect(state.dropped, a.outerHTML).toEqual([]);
        expect(state.answers).toEqual(intended[a.dataset.quickStart as keyof typeof intended]);
        const text = a.textContent!.trim();
        expect(text).not.toBe('');
        texts.add(text);
      }
      expect(texts.size).toBe(3);
      expect(doc.querySelector('.quick-starts-label')?.textContent?.trim()).not.toBe('');
    },
  );
});
