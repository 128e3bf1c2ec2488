// The reader's country: the guess from the browser, the link's `country=` and the stored
// preference; per country the safety notice's emergency number, the law section a step links to,
// the EU-only sentences in the steps' texts, and the drafts' spelling over every composed plan.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localeCodes, type Locale } from '../../../src/i18n/locales';
import {
  countriesOf,
  countryFor,
  forCountry,
  guessCountry,
  speller,
  storeCountry,
  storedCountry,
  type Country,
} from '../../../src/playbook/decision/country';
import { parseWizardState, withCountry } from '../../../src/playbook/decision/state';
import { allAnswerCombinations } from '../../../src/playbook/decision/questions';
import { resolvePlan } from '../../../src/playbook/decision/plan';
import { apologisesForWait, composePlan } from '../../../src/playbook/decision/compose';
import { registers } from '../../../src/playbook/decision/steps';
import {
  wizardDraftsSchema,
  wizardTextsSchema,
} from '../../../src/playbook/decision/content-schema';
import type { WizardDrafts, WizardTexts } from '../../../src/playbook/decision/texts';

const read = (l: string, f: string): unknown =>
  JSON.parse(readFileSync(`content/wizard/${l}/${f}.json`, 'utf8'));
const texts = Object.fromEntries(
  localeCodes.map((l) => [l, wizardTextsSchema.parse(read(l, 'texts')) as WizardTexts]),
) as Record<Locale, WizardTexts>;
const drafts = Object.fromEntries(
  localeCodes.map((l) => [l, wizardDraftsSchema.parse(read(l, 'drafts')) as WizardDrafts]),
) as Record<Locale, WizardDrafts>;
const localeOf = (c: Country): Locale =>
  localeCodes.find((l) => (countriesOf[l] as readonly string[]).includes(c))!;
const allCountries = localeCodes.flatMap((l) => [...countriesOf[l]]) as Country[];

describe('the country preference', () => {
  it('guesses from the first browser language whose region the page serves', () => {
    const { de, en, tr, hu } = countriesOf;
    expect(guessCountry(de, ['de-AT', 'de'])).toBe('AT');
    expect(guessCountry(de, ['de-CH'])).toBe('CH');
    expect(guessCountry(de, ['en-US', 'de'])).toBe('DE');
    expect(guessCountry(de, ['fr-CH', 'de-AT'])).toBe('CH');
    expect(guessCountry(en, ['en-GB'])).toBe('GB');
    expect(guessCountry(en, ['en_IE'])).toBe('IE');
    expect(guessCountry(en, ['en'])).toBe('US');
    expect(guessCountry(en, ['de-DE'])).toBe('US');
    expect(guessCountry(tr, ['tr-TR'])).toBe('TR');
    expect(guessCountry(hu, [])).toBe('HU');
    // The page's list is its texts' order: the first is the default.
    for (const l of localeCodes)
      expect(Object.keys(texts[l].country.names), l).toEqual([...countriesOf[l]]);
  });

  it('takes only a country the page language serves, in any case', () => {
    expect(countryFor(countriesOf.de, 'at')).toBe('AT');
    expect(countryFor(countriesOf.de, 'US')).toBeUndefined();
    expect(countryFor(countriesOf.en, 'GB')).toBe('GB');
    expect(countryFor(countriesOf.en, 'UK')).toBeUndefined();
    expect(countryFor(countriesOf.tr, 42)).toBeUndefined();
    expect(countryFor(countriesOf.tr, undefined)).toBeUndefined();
  });

  it('validates `country=` in a link: a country the page serves stays, anything else is dropped and reported', () => {
    const de = countriesOf.de;
    expect(parseWizardState('?kind=troll&country=CH', de)).toMatchObject({
      answers: { kind: 'troll' },
      country: 'CH',
      dropped: [],
    });
    expect(parseWizardState('?country=ch', de).country).toBe('CH');
    for (const bad of ['US', 'XX', '', 'de-AT', 'CH;', '<b>'])
      expect(parseWizardState(`?kind=troll&country=${encodeURIComponent(bad)}`, de)).toEqual({
        answers: { kind: 'troll' },
        dropped: [{ key: 'country', value: bad, reason: 'unknown-answer' }],
      });
    expect(parseWizardState('?country=AT&country=CH', de).dropped).toEqual([
      { key: 'country', value: 'CH', reason: 'repeated' },
    ]);
    // A page that names no countries accepts none.
    expect(parseWizardState('?country=DE').country).toBeUndefined();
    expect(withCountry('?kind=troll', 'AT')).toBe('?kind=troll&country=AT');
    expect(withCountry('', 'AT')).toBe('?country=AT');
    expect(withCountry('?kind=troll', undefined)).toBe('?kind=troll');
  });

  it('never throws on a random link and keeps only a served country', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...localeCodes), (s, l) => {
        const c = parseWizardState(`?country=${encodeURIComponent(s)}`, countriesOf[l]).country;
        if (c !== undefined) expect(countriesOf[l]).toContain(c);
      }),
    );
  });

  it('is stored per page language, and a damaged entry is replaced', () => {
    const { de, en, tr } = countriesOf;
    const one = storeCountry(null, de, 'AT');
    const two = storeCountry(one, en, 'GB');
    expect(two).toBe('GB AT');
    expect(storedCountry(two, de)).toBe('AT');
    expect(storedCountry(two, en)).toBe('GB');
    expect(storedCountry(two, tr)).toBeUndefined();
    expect(storeCountry(two, de, 'CH')).toBe('CH GB');
    expect(storedCountry('{not a list', de)).toBeUndefined();
    expect(storedCountry('US', de)).toBeUndefined();
    expect(storeCountry('{"x":1} <b>', de, 'CH')).toBe('CH');
  });
});

// What each country's emergency services answer, checked 2026-12-07 (see the sources pages).
const emergency: Record<Country, string[]> = {
  DE: ['110', '112'],
  AT: ['133', '112'],
  CH: ['117', '112'],
  US: ['911'],
  GB: ['999', '112'],
  IE: ['112', '999'],
  TR: ['112'],
  HU: ['112'],
};

describe('per country', () => {
  it('each locale names, warns and links exactly the countries it serves', () => {
    for (const l of localeCodes) {
      const c = texts[l].country;
      for (const part of [c.names, c.safety, c.lawLink, ...Object.values(c.law)])
        expect(Object.keys(part!).sort(), l).toEqual([...countriesOf[l]].sort());
    }
  });

  for (const c of allCountries)
    it(`${c}: the safety notice gives its emergency number${emergency[c].length > 1 ? 's' : ''} and no other country's`, () => {
      const notice = texts[localeOf(c)].country.safety[c]!;
      for (const n of emergency[c]) expect(notice).toContain(n);
      const others = new Set(
        Object.values(emergency)
          .flat()
          .filter((n) => !emergency[c].includes(n)),
      );
      for (const n of others) expect(notice, n).not.toContain(n);
    });

  it('links a step to a law-page section that exists, for every country', () => {
    for (const c of allCountries) {
      const l = localeOf(c);
      const page = readFileSync(`content/guide/${l}/law.mdx`, 'utf8');
      const law = Object.entries(texts[l].country.law);
      expect(law.length, l).toBeGreaterThan(0);
      for (const [step, byCountry] of law)
        expect(page, `${step} ${c}`).toContain(`id="${byCountry![c]}"`);
    }
    // Each country its own section where the page has one.
    expect(texts.de.country.law['continue-private']).toEqual({
      DE: 'complaints-de',
      AT: 'complaints-at',
      CH: 'complaints-ch',
    });
  });

  it('keeps a part for its countries only; without a country, every part', () => {
    const t = 'Report it. {{EU: The DSA applies.}} {{DE AT: Volksverhetzung.}} Keep a copy.';
    expect(forCountry(t, 'IE')).toBe('Report it. The DSA applies. Keep a copy.');
    expect(forCountry(t, 'AT')).toBe('Report it. The DSA applies. Volksverhetzung. Keep a copy.');
    expect(forCountry(t, 'US')).toBe('Report it. Keep a copy.');
    expect(forCountry(t, 'CH')).toBe('Report it. Keep a copy.');
    expect(forCountry(t)).toBe('Report it. The DSA applies. Volksverhetzung. Keep a copy.');
  });

  // Words that name the EU's routes, in each language.
  const euWords =
    /\bDSA\b|Digital Services|digitale Dienste|Dijital Hizmetler|digitális szolgáltatás|\bEU\b|\bAB[’']|EU-ban/;
  const stepTexts = (l: Locale) =>
    Object.entries(texts[l].steps).flatMap(([id, s]) =>
      [s.text, s.discreet, ...Object.values(s.byPlatform ?? {})]
        .filter((x): x is string => !!x)
        .map((x) => [id, x] as const),
    );

  for (const c of allCountries) {
    const inEu = ['DE', 'AT', 'IE', 'HU'].includes(c);
    it(`${c}: step texts ${inEu ? 'keep' : 'have no'} EU routes (the DSA)`, () => {
      const l = localeOf(c);
      const shown = stepTexts(l).map(([id, x]) => [id, forCountry(x, c)] as const);
      for (const [id, x] of shown) {
        expect(x, id).not.toMatch(/\{\{|\}\}/);
        if (!inEu) expect(x, `${c} ${id}`).not.toMatch(euWords);
      }
      const report = shown.find(([id]) => id === 'report-platform')![1];
      if (inEu) expect(report).toMatch(euWords);
    });
  }

  it('names the offence as the country does: Volksverhetzung in Germany, Verhetzung in Austria', () => {
    const t = texts.de.steps['report-platform'].text;
    expect(forCountry(t, 'DE')).toContain('Volksverhetzung');
    expect(forCountry(t, 'AT')).toContain('Verhetzung');
    expect(forCountry(t, 'AT')).not.toContain('Volksverhetzung');
  });

  // Where a complaint goes private, the step names the country's own duty or route, and no
  // other country's: a Hungarian owner who rejects a complaint by e-mail owes a written answer.
  const complaintRoutes: Record<Country, RegExp> = {
    US: /Better Business Bureau/,
    GB: /ADR.*DMCC Act 2024/,
    IE: /ADR is voluntary in Ireland/,
    DE: /§ 37 VSBG/,
    AT: /§ 19 Abs\. 3 AStG/,
    CH: /schriftlich/,
    TR: /Tüketici Hakem Heyetine/,
    HU: /30 napon belül.*Fgytv\. 17\/A\. §.*békéltető testület/,
  };
  for (const c of allCountries)
    it(`${c}: the private conversation names the country's complaint route`, () => {
      const l = localeOf(c);
      const text = forCountry(texts[l].steps['continue-private'].text, c);
      expect(text).toMatch(complaintRoutes[c]);
      for (const other of countriesOf[l].filter((o) => o !== c && o !== 'CH'))
        expect(text, other).not.toMatch(complaintRoutes[other]);
    });

  it('a threat in Switzerland needs a Strafantrag, filed by the person threatened; in Germany and Austria none is claimed', () => {
    const t = texts.de.steps['contact-police'].text;
    expect(forCountry(t, 'CH')).toMatch(/Art\. 180 StGB.*bedrohte Person selbst.*drei Monaten/);
    for (const c of ['DE', 'AT'] as const) expect(forCountry(t, c), c).not.toMatch(/Antrag/);
    // Turkey: where a threat needs a complaint, it is the threatened person's.
    expect(texts.tr.steps['contact-police'].text).toMatch(
      /Şikâyet hakkı, tehdit edilen kişinindir/,
    );
  });

  it('Turkey: the report step says no lawyer is needed to file a complaint, and its six months', () => {
    const t = texts.tr.steps['report-platform'].text;
    expect(t).toMatch(/Şikâyet için avukat şart değildir/);
    expect(t).toMatch(/altı aydır \(TCK 73\)/);
    expect(t).not.toMatch(/avukata danışın/);
  });

  it('the Hungarian checklist keeps the 30-day written answer and the békéltető testület', () => {
    const page = readFileSync('content/guide/hu/checklist.mdx', 'utf8');
    expect(page).toMatch(/30 napon belül írásban.*Fgytv\. 17\/A\. §.*békéltető testülethez/);
  });
});

describe('the drafts’ spelling, over every composed plan', () => {
  const plans = [
    ...new Map(
      allAnswerCombinations().map((answers) => {
        const plan = resolvePlan(answers);
        return [plan.map((s) => s.id).join(' '), plan] as const;
      }),
    ).values(),
  ];
  /** Every wording of every piece the plans compose in that language, spelled for the country. */
  const wordings = (l: Locale, c: Country | undefined) => {
    const spell = speller(drafts[l].spelling, c);
    const out = new Set<string>();
    for (const r of registers)
      for (const plan of plans)
        for (const overdue of [false, true])
          for (const pieces of Object.values(composePlan(plan, drafts[l][r], { overdue, spell })))
            for (const p of pieces!) for (const o of p.options) out.add(o);
    return [...out];
  };
  const usWords = Object.keys(drafts.en.spelling![0]!.words!);
  const usRe = new RegExp(`(?<!\\p{L})(${usWords.join('|')})(?!\\p{L})`, 'iu');

  it('the lists come from the drafts: the English drafts use at least one listed US spelling, the German ones ß', () => {
    expect(wordings('en', 'US').some((w) => usRe.test(w))).toBe(true);
    expect(wordings('de', 'DE').some((w) => w.includes('ß'))).toBe(true);
  });

  it('CH: Swiss German never has ß', () => {
    const all = wordings('de', 'CH');
    for (const w of all) expect(w).not.toMatch(/[ßẞ]/);
    expect(all.some((w) => w.includes('Grüsse'))).toBe(true);
  });

  for (const c of ['GB', 'IE'] as const)
    it(`${c}: British spelling, none of the listed US spellings`, () => {
      const all = wordings('en', c);
      for (const w of all) expect(w).not.toMatch(usRe);
      expect(all.some((w) => /apologise/.test(w))).toBe(true);
    });

  for (const c of ['DE', 'AT', 'US', 'TR', 'HU'] as const)
    it(`${c}: the drafts as written`, () => {
      const l = localeOf(c);
      const spell = speller(drafts[l].spelling, c);
      for (const w of wordings(l, undefined)) expect(spell(w)).toBe(w);
    });

  it('keeps the case of a word and touches no longer word', () => {
    const gb = speller(drafts.en.spelling, 'GB');
    expect(gb('We apologize. Apologize! APOLOGIZE')).toBe('We apologise. Apologise! APOLOGISE');
    expect(gb('the color of a colorful center')).toBe('the colour of a colorful centre');
    const ch = speller(drafts.de.spelling, 'CH');
    expect(ch('Viele Grüße, Straße')).toBe('Viele Grüsse, Strasse');
    // Another language's rules never apply: German drafts for a UK reader stay as they are.
    expect(speller(drafts.de.spelling, 'GB')('Grüße')).toBe('Grüße');
  });
});

describe('a word about the wait only when overdue', () => {
  const plan = resolvePlan({
    kind: 'complaint',
    platform: 'google',
    validity: 'justified',
    sensitive: 'no',
    fixable: 'yes',
    private: 'no',
    spreading: 'no',
    mood: 'calm',
  });
  for (const l of localeCodes)
    for (const r of registers)
      it(`${l} ${r}: after the greeting of the public reply, and nowhere when on time`, () => {
        const late = composePlan(plan, drafts[l][r], { overdue: true });
        expect(late.public!.map((p) => p.key).slice(0, 2)).toEqual(['greeting', 'wait']);
        expect(late.public!.find((p) => p.key === 'wait')!.options).toEqual(drafts[l][r].wait);
        for (const ch of ['private', 'later', 'everyone'] as const)
          expect(late[ch]?.some((p) => p.key === 'wait') ?? false).toBe(false);
        const onTime = composePlan(plan, drafts[l][r]);
        expect(
          Object.values(onTime)
            .flat()
            .some((p) => p!.key === 'wait'),
        ).toBe(false);
      });

  // A suspected fake review gets a reply about how the business works, a day or a week later alike:
  // a sorry for the wait would treat its writer as a customer kept waiting.
  const fake = resolvePlan({ kind: 'fake', platform: 'google', sensitive: 'no', spreading: 'no' });
  for (const l of localeCodes)
    for (const r of registers)
      it(`${l} ${r}: never in the reply to a suspected fake review`, () => {
        expect(fake.map((s) => s.id)).toContain('no-record');
        const late = composePlan(fake, drafts[l][r], { overdue: true });
        expect(late.public!.some((p) => p.key === 'no-record')).toBe(true);
        expect(late.public!.some((p) => p.key === 'wait')).toBe(false);
      });

  it('the time box says the draft apologises only where it does', () => {
    expect(apologisesForWait(plan)).toBe(true);
    expect(apologisesForWait(fake)).toBe(false);
    for (const l of localeCodes) {
      expect(texts[l].ui.overdueNoWait.length).toBeGreaterThan(0);
      expect(texts[l].ui.overdue.startsWith(texts[l].ui.overdueNoWait.slice(0, -1)), l).toBe(true);
    }
  });
});
