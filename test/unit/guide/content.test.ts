// The guide as writers left it in content/: complete in every locale, every recommendation
// R1–R36 carried in every locale, the same page carrying the same ids everywhere.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales';
import { guideFrontmatter, recommendationIds } from '../../../src/utils/guide-schema';
import { guideProblems, uncoveredIds } from '../../../src/utils/guide-completeness';
import { readGuide } from '../../support/content';

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

// The law page: the same slug, place and covers in every locale, agreed
// across locales: law 11, sources 12, checklist 13.
describe('law page', () => {
  const bySlug = (locale: string, slug: string) => pages.find((p) => p.id === `${locale}/${slug}`);

  it.each(localeCodes)(
    'exists in %s as page 11 covering R11 and R15, before sources and checklist',
    (locale) => {
      const law = bySlug(locale, 'law');
      expect(law, `content/guide/${locale}/law.mdx is missing`).toBeDefined();
      expect(law!.data.order).toBe(11);
      expect([...(law!.data.covers as string[])].sort()).toEqual(['R11', 'R15']);
      expect(bySlug(locale, 'sources')?.data.order).toBe(12);
      expect(bySlug(locale, 'checklist')?.data.order).toBe(13);
    },
  );

  it('gives every guide page its own place in the order, per locale', () => {
    for (const locale of localeCodes) {
      const orders = pages.filter((p) => p.id.startsWith(`${locale}/`)).map((p) => p.data.order);
      expect(new Set(orders).size, `${locale}: two pages share an order`).toBe(orders.length);
    }
  });
});

// What the editors' reviews removed stays out, and what the law page must carry stays in:
// data per locale in test/unit/guide/safety/<locale>.json (see its README).
interface SafetyData {
  forbidden: { pattern: string; why: string }[];
  lawSections: string[];
  linkToLaw: string[];
}
const safetyDir = 'test/unit/guide/safety';
const safety = readdirSync(safetyDir)
  .filter((n) => n.endsWith('.json'))
  .map(
    (n) =>
      [
        n.replace(/\.json$/, ''),
        JSON.parse(readFileSync(join(safetyDir, n), 'utf8')) as SafetyData,
      ] as const,
  );

/** Problems of one locale's texts against its safety data. Pure, so it can be tested on its own. */
function safetyProblems(
  texts: readonly { id: string; body: string }[],
  data: SafetyData,
): string[] {
  const problems: string[] = [];
  for (const { id, body } of texts) {
    for (const { pattern, why } of data.forbidden) {
      const m = new RegExp(pattern, 'iu').exec(body);
      if (m) problems.push(`${id}: "${m[0]}" – ${why}`);
    }
  }
  const law = texts.find((t) => t.id.endsWith('/law'));
  if (!law) problems.push('law page missing');
  else
    for (const id of data.lawSections)
      if (!law.body.includes(`id="${id}"`)) problems.push(`${law.id}: no section id="${id}"`);
  for (const slug of data.linkToLaw) {
    const page = texts.find((t) => t.id.endsWith(`/${slug}`));
    if (!page) problems.push(`${slug}: page missing`);
    else if (!/\]\(\.\.\/law\/(#[\w-]+)?\)/.test(page.body))
      problems.push(`${page.id}: no link to ../law/`);
  }
  return problems;
}

describe('guide safety', () => {
  it('has safety data for at least one locale', () => expect(safety.length).toBeGreaterThan(0));

  it.each(safety)(
    '%s: no removed order or unsafe example is back; law page complete and linked',
    (locale, data) => {
      const home = readFileSync(join('content/home', `${locale}.mdx`), 'utf8');
      const texts = [
        ...pages.filter((p) => p.id.startsWith(`${locale}/`)),
        { id: `home/${locale}`, body: home },
      ];
      expect(safetyProblems(texts, data)).toEqual([]);
    },
  );

  it.each(safety)('%s: every forbidden pattern is a valid expression', (_locale, data) => {
    for (const { pattern } of data.forbidden) expect(() => new RegExp(pattern, 'iu')).not.toThrow();
  });

  it('finds a forbidden phrase, a missing section and a missing link', () => {
    const data: SafetyData = {
      forbidden: [{ pattern: 'warn, block, delete', why: 'order' }],
      lawSections: ['emergency'],
      linkToLaw: ['moderation'],
    };
    const problems = safetyProblems(
      [
        { id: 'xx/moderation', body: 'If it goes on: Warn, block, delete.' },
        { id: 'xx/law', body: '<h2 id="help">Help</h2>' },
      ],
      data,
    );
    expect(problems).toEqual([
      'xx/moderation: "Warn, block, delete" – order',
      'xx/law: no section id="emergency"',
      'xx/moderation: no link to ../law/',
    ]);
    expect(
      safetyProblems(
        [
          { id: 'xx/moderation', body: 'See [the law](../law/#reviews).' },
          { id: 'xx/law', body: '<h2 id="emergency">Call</h2>' },
        ],
        data,
      ),
    ).toEqual([]);
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
    const problems = guideProblems(
      [...ok.slice(0, 1), { id: 'de/a', covers: ['R2'] }],
      ['en', 'de'],
    );
    expect(problems.join()).toMatch(/content\/guide\/de\/a\.mdx: covers \[R2\] differ/);
  });

  it('names a folder that is not a locale', () => {
    expect(guideProblems([...ok, { id: 'fr/a', covers: ['R1'] }], ['en', 'de']).join()).toMatch(
      /"fr" is not a locale/,
    );
  });

  it('rejects unknown recommendation ids in frontmatter', () => {
    const bad = guideFrontmatter.safeParse({
      title: 'T',
      description: 'A description long enough.',
      order: 1,
      covers: ['R37'],
    });
    expect(bad.success).toBe(false);
  });
});
