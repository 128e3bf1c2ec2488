// The privacy page lists exactly the storage keys the code uses. The keys are read from the source,
// not from a list here: every 'reply-playbook:…' string in src/ (a localStorage key, or the prefix
// of one, or the offline worker's cache prefix) must appear as <code> on the privacy page of every
// locale, and every key the page names must exist in the code. A new key without its entry on the
// privacy page fails here. Storage calls with a literal key must use the reply-playbook: prefix.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlPages, walk, readPage } from '../support/dist';
import { parseHtml } from '../support/html';
import { localeCodes } from '../../src/i18n/locales';

const srcDir = join(process.cwd(), 'src');
const sources = [...walk(srcDir)]
  .filter((f) => /\.(ts|tsx|astro|mjs|js)$/.test(f))
  .map((file) => ({ file: relative(process.cwd(), file), text: readFileSync(file, 'utf8') }));

/** Every reply-playbook:… / reply-playbook.… string literal (a template literal up to its first ${). */
function keyLiterals(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/(name:\s*)?(['"`])(reply-playbook[:.][^'"`$\s]*)/g)) {
      if (m[1]) continue; // an Astro integration's name, not something stored
      (found.get(m[3]!) ?? found.set(m[3]!, []).get(m[3]!)!).push(file);
    }
  }
  return found;
}

const keys = keyLiterals();
const pageCodes = (locale: string) =>
  [...parseHtml(readPage(`/${locale}/privacy/`)).querySelectorAll('main code')].map(
    (c) => c.textContent ?? '',
  );

describe('privacy page and storage keys', () => {
  it('finds the keys in the code (the scan works)', () => {
    expect([...keys.keys()]).toEqual(
      expect.arrayContaining(['reply-playbook:house-rules', 'reply-playbook:offline:']),
    );
    expect([...keys.keys()].some((k) => k.startsWith('reply-playbook:wizard'))).toBe(true);
  });

  it('every key uses the reply-playbook: prefix with a colon', () => {
    expect(
      [...keys]
        .filter(([k]) => !k.startsWith('reply-playbook:'))
        .map(([k, files]) => `${k} in ${files.join(', ')}`),
    ).toEqual([]);
  });

  it('every storage call with a literal key uses a reply-playbook: key; no cookies, IndexedDB or sessionStorage', () => {
    const problems: string[] = [];
    for (const { file, text } of sources) {
      for (const m of text.matchAll(
        /(?:localStorage|sessionStorage)\.(?:getItem|setItem|removeItem)\(\s*(['"`])([^'"`]*)/g,
      )) {
        if (!m[2]!.startsWith('reply-playbook:')) problems.push(`${file}: key "${m[2]}"`);
      }
      if (/document\.cookie|indexedDB\.|sessionStorage\./.test(text))
        problems.push(`${file}: stores outside localStorage and the offline cache`);
    }
    expect(problems).toEqual([]);
  });

  it.each(localeCodes.map((l) => [l]))(
    '%s: names every key the code uses, and no other',
    (locale) => {
      const codes = pageCodes(locale);
      const missing = [...keys.keys()].filter((k) => !codes.includes(k));
      expect(missing, `keys missing from content/privacy/${locale}.mdx`).toEqual([]);
      // Examples of a prefixed key (reply-playbook:wizard:de) count as that key.
      const unknown = codes
        .filter((c) => c.startsWith('reply-playbook'))
        .filter(
          (c) => !keys.has(c) && ![...keys.keys()].some((k) => k.endsWith(':') && c.startsWith(k)),
        );
      expect(unknown, `content/privacy/${locale}.mdx names keys the code does not use`).toEqual([]);
    },
  );

  it('every page of a language links its privacy page from the footer', () => {
    const missing: string[] = [];
    for (const { path } of htmlPages()) {
      const locale = path.split('/')[1]!;
      if (!localeCodes.includes(locale as never)) continue;
      if (!parseHtml(readPage(path)).querySelector(`footer a[href="/${locale}/privacy/"]`))
        missing.push(path);
    }
    expect(missing).toEqual([]);
  });
});
