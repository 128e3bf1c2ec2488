// The guide as writers left it in content/: complete in every locale, every recommendation
// R1–R36 carried in every locale, the same page carrying the same ids everywhere.
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { guideFrontmatter, recommendationIds } from '../../src/utils/guide-schema';
import { guideProblems, uncoveredIds } from '../../src/utils/guide-completeness';
import { readGuide } from '../support/content';

const pages = readGuide();
const entries = pages.map((p) => ({ id: p.id, covers: (p.data.covers as string[]) ?? [] }));

describe('guide content', () => {
  it('has pages', () => expect(pages.length).toBeGreaterThan(0));

  it.each(pages.map((p) => [p.file, p] as const))('%s has valid frontmatter', (_file, page) => {
    const result = guideFrontmatter.safeParse(page.data);
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
  });

  it('has every page in every locale with the same covers', () => {
    expect(guideProblems(entries, localeCodes)).toEqual([]);
  });

  it.each(localeCodes)('carries every recommendation R1–R36 in %s', (locale) => {
    expect(uncoveredIds(entries, locale, recommendationIds)).toEqual([]);
  });
});

describe('guide completeness check', () => {
  const ok = [
    { id: 'en/a', covers: ['R1'] },
    { id: 'de/a', covers: ['R1'] },
  ];
  it('accepts a complete guide', () => expect(guideProblems(ok, ['en', 'de'])).toEqual([]));

  it('names the missing file', () => {
    expect(guideProblems(ok, ['en', 'de', 'tr'])).toEqual([
      'content/guide/tr/a.mdx is missing (the page exists in another locale)',
    ]);
  });

  it('names a page whose covers differ between locales', () => {
    const problems = guideProblems([...ok.slice(0, 1), { id: 'de/a', covers: ['R2'] }], ['en', 'de']);
    expect(problems.join()).toMatch(/content\/guide\/de\/a\.mdx: covers \[R2\] differ/);
  });

  it('names a folder that is not a locale', () => {
    expect(guideProblems([...ok, { id: 'fr/a', covers: ['R1'] }], ['en', 'de']).join()).toMatch(/"fr" is not a locale/);
  });

  it('rejects unknown recommendation ids in frontmatter', () => {
    const bad = guideFrontmatter.safeParse({ title: 'T', description: 'A description long enough.', order: 1, covers: ['R37'] });
    expect(bad.success).toBe(false);
  });
});
