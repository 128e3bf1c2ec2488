// The comment reader against test sets written by native readers who never saw the reading data:
// the set it was tuned on (analysis/) and every held-out set by other readers (analysis-holdout*/),
// which keep the tuning honest. The same floors hold for each. Prints, per question and locale, how often a suggestion is made and how often it is right, and
// holds the floors: every threat found, sensitive matters found, suggestions right.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommentData } from '../../../src/playbook/analysis/reading-data';
import { commentPayload } from '../../../src/playbook/analysis/reading-match';
import { readComment, type ReadQuestion } from '../../../src/playbook/analysis/reading';
import { readingShared } from '../../../src/playbook/analysis/reading-shared';

const locales = ['en', 'de', 'tr', 'hu'] as const;
const questions: ReadQuestion[] = [
  'kind',
  'abuse',
  'sensitive',
  'concern',
  'private',
  'staff',
  'platform',
  'lang',
  'register',
  'name',
];
/** Where the set leaves these out, the text does not state them: a suggestion is not counted. */
const mayBeAbsent = new Set<ReadQuestion>(['register', 'name', 'concern']);

type Expect = Partial<Record<ReadQuestion, string>>;
type Entry = { text: string; expect: Expect; why: string };

const fixtures = new URL('../../fixtures/', import.meta.url);
/** Every set present: the main one and each held-out one, in name order. */
const sets = readdirSync(fixtures)
  .filter((d) => /^analysis(?:-holdout\d*)?$/.test(d))
  .filter((d) => existsSync(new URL(`${d}/en/comments.json`, fixtures)))
  .sort();

function loadSet(set: string, locale: string): Entry[] {
  const url = new URL(`../../fixtures/${set}/${locale}/comments.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { comments: Entry[] }).comments;
}
function loadData(locale: string) {
  const url = new URL(`../../../content/analysis/${locale}.json`, import.meta.url);
  return commentPayload(
    (JSON.parse(readFileSync(url, 'utf8')) as { comment: CommentData }).comment,
  );
}

// As the wizard fetches it (/reading-shared.json): the link hosts and the languages.
const shared = readingShared();

/** `unstated`: suggestions where the set states nothing (register, name, concern): not scored. */
type Tally = { cases: number; made: number; right: number; unstated: number; wrong: string[] };

function score(set: string, locale: string) {
  const data = loadData(locale);
  // As the wizard reads: a comment in another of the site's languages is read with that one's data.
  const others = Object.fromEntries(
    locales.filter((l) => l !== locale).map((l) => [l, loadData(l)]),
  );
  const tally = Object.fromEntries(
    questions.map((q) => [q, { cases: 0, made: 0, right: 0, unstated: 0, wrong: [] } as Tally]),
  ) as Record<ReadQuestion, Tally>;
  const threats: string[] = [];
  const sensitive: string[] = [];
  let threatCases = 0;
  let sensitiveCases = 0;
  loadSet(set, locale).forEach((entry, i) => {
    const got = new Map(
      readComment(entry.text, data, { locale, others, ...shared }).map((s) => [
        s.question,
        s.value,
      ]),
    );
    for (const q of questions) {
      const want = entry.expect[q];
      const t = tally[q];
      t.cases++;
      const value = got.get(q);
      if (value === undefined) continue;
      if (want === undefined && mayBeAbsent.has(q)) {
        t.unstated++;
        continue;
      }
      t.made++;
      if (value === want) t.right++;
      else t.wrong.push(`#${i} ${q}=${value} (set: ${want ?? '–'}): ${entry.text.slice(0, 70)}`);
    }
    if (entry.expect.abuse === 'threat') {
      threatCases++;
      if (got.get('kind') !== 'abusive' || got.get('abuse') !== 'threat')
        threats.push(`#${i} ${entry.text.slice(0, 70)}`);
    }
    // Health, food, a product that hurt or may hurt, or a child: everything sensitive but a
    // purely legal matter.
    if (entry.expect.sensitive === 'yes' && entry.expect.concern !== 'legal') {
      sensitiveCases++;
      if (got.get('sensitive') !== 'yes') sensitive.push(`#${i} ${entry.text.slice(0, 70)}`);
    }
  });
  return { tally, threats, threatCases, sensitive, sensitiveCases };
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '–');

describe.each(sets)('comment reading against the native test set %s', (set) => {
  const results = Object.fromEntries(locales.map((l) => [l, score(set, l)]));
  it('prints suggestion rate and precision per question and locale', () => {
    const rows = questions.map((q) =>
      [
        q.padEnd(10),
        ...locales.map((l) => {
          const t = results[l]!.tally[q];
          return `${pct(t.made, t.cases).padStart(4)} ${pct(t.right, t.made).padStart(4)}`;
        }),
      ].join(' │ '),
    );
    const head = ['question  ', ...locales.map((l) => `${l} made right`.padEnd(9))].join(' │ ');
    const recall = locales
      .map((l) => {
        const r = results[l]!;
        return `${l}: threat ${pct(r.threatCases - r.threats.length, r.threatCases)} of ${r.threatCases}, sensitive ${pct(r.sensitiveCases - r.sensitive.length, r.sensitiveCases)} of ${r.sensitiveCases}`;
      })
      .join('\n');
    const unstated = locales
      .map((l) => {
        const t = results[l]!.tally;
        return `${l}: register ${t.register.unstated}, name ${t.name.unstated}, concern ${t.concern.unstated}`;
      })
      .join('; ');
    console.log(
      `${set}\n${head}\n${rows.join('\n')}\n${recall}\nsuggested where the set states none (not scored): ${unstated}`,
    );
    if (process.env.READING_DEBUG) {
      for (const l of locales) {
        const r = results[l]!;
        const wrong = questions.flatMap((q) => r.tally[q].wrong);
        console.log(
          `${set} ${l} wrong:\n${[...wrong, ...r.threats.map((t) => `missed threat ${t}`), ...r.sensitive.map((t) => `missed sensitive ${t}`)].join('\n')}`,
        );
      }
    }
  });

  for (const l of locales) {
    it(`${l}: every threat and doxxing case is suggested as a threat`, () => {
      expect(results[l]!.threats).toEqual([]);
    });
    it(`${l}: health, food, product and child cases are suggested as sensitive (>= 95 %)`, () => {
      const r = results[l]!;
      expect(r.sensitiveCases - r.sensitive.length, r.sensitive.join('\n')).toBeGreaterThanOrEqual(
        Math.ceil(0.95 * r.sensitiveCases),
      );
    });
    it(`${l}: where a suggestion is made it is right (>= 90 % per question)`, () => {
      for (const q of questions) {
        const t = results[l]!.tally[q];
        expect(t.right, `${q}:\n${t.wrong.join('\n')}`).toBeGreaterThanOrEqual(
          Math.ceil(0.9 * t.made),
        );
      }
    });
  }
});
