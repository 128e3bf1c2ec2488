import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  minPauseMinutes,
  parsePosted as parseWith,
  responseTarget,
  timeLeft,
  type TimeWords,
} from '../../../src/playbook/decision/timing';
import { resolvePlan } from '../../../src/playbook/decision/plan';
import { wizardTextsSchema } from '../../../src/playbook/decision/content-schema';
import { localeCodes } from '../../../src/i18n/locales';

// Each locale's words, read from its content file as the page reads them: the parser knows no language itself.
const words = Object.fromEntries(
  localeCodes.map((l) => [
    l,
    wizardTextsSchema.parse(JSON.parse(readFileSync(`content/wizard/${l}/texts.json`, 'utf8')))
      .time as TimeWords,
  ]),
);
const parsePosted = (input: string, at: Date, locale = 'en') =>
  parseWith(input, at, words[locale]!);

const now = new Date(2025, 4, 12, 14, 30, 0);

describe('response times', () => {
  it('targets 30 minutes, at the latest 60 (R26, R27)', () => {
    expect(responseTarget).toEqual({ firstMinutes: 30, latestMinutes: 60 });
  });

  it('computes the time left in each phase', () => {
    const min = 60_000;
    expect(timeLeft(now.getTime() - 10 * min, now.getTime())).toEqual({
      elapsedMinutes: 10,
      toTarget: 20,
      toLatest: 50,
      phase: 'before-target',
    });
    expect(timeLeft(now.getTime() - 45 * min, now.getTime()).phase).toBe('before-latest');
    expect(timeLeft(now.getTime() - 60 * min, now.getTime()).phase).toBe('overdue');
    expect(timeLeft(now.getTime() + 5 * min, now.getTime()).elapsedMinutes).toBe(0);
  });

  it('reads minutes ago and clock times, yesterday when the clock is ahead', () => {
    expect(parsePosted('20', now)).toEqual({ ok: true, postedAt: now.getTime() - 20 * 60_000 });
    expect(parsePosted(' 20 min ', now)).toEqual({
      ok: true,
      postedAt: now.getTime() - 20 * 60_000,
    });
    expect(parsePosted('14:05', now)).toEqual({
      ok: true,
      postedAt: new Date(2025, 4, 12, 14, 5).getTime(),
    });
    expect(parsePosted('9.30', now)).toEqual({
      ok: true,
      postedAt: new Date(2025, 4, 12, 9, 30).getTime(),
    });
    expect(parsePosted('23:50', now)).toEqual({
      ok: true,
      postedAt: new Date(2025, 4, 11, 23, 50).getTime(),
    });
    for (const bad of ['', 'soon', '25:00', '12:60', '-5', '99999999', '1:2', '13 pm', '0:30 am'])
      expect(parsePosted(bad, now)).toEqual({ ok: false });
  });

  const ago = (minutes: number) => ({ ok: true, postedAt: now.getTime() - minutes * 60_000 });
  const at = (h: number, m: number, day = 12) => ({
    ok: true,
    postedAt: new Date(2025, 4, day, h, m).getTime(),
  });
  // What each locale's platforms and people show (Instagram "2h", Facebook "25 Min.", "2 sa", "25 p" …).
  const forms: Record<string, [string, ReturnType<typeof ago>][]> = {
    en: [
      ['14:05', at(14, 5)],
      ['2:05 pm', at(14, 5)],
      ['25 min', ago(25)],
      ['2h', ago(120)],
      ['25 minutes ago', ago(25)],
      ['25m', ago(25)],
      ['an hour ago', ago(60)],
      ['half an hour ago', ago(30)],
      ['1h 30m', ago(90)],
      ['2 hrs', ago(120)],
      ['1d', ago(1440)],
      ['just now', ago(0)],
    ],
    de: [
      ['14.05', at(14, 5)],
      ['23:30 Uhr', at(23, 30, 11)],
      ['14 Uhr', at(14, 0)],
      ['23,30', at(23, 30, 11)],
      ['vor 25 Minuten', ago(25)],
      ['25 Min.', ago(25)],
      ['2 Std.', ago(120)],
      ['vor 2 Std.', ago(120)],
      ['vor einer Stunde', ago(60)],
      ['eine halbe Stunde', ago(30)],
      ['1 Tag', ago(1440)],
      ['gerade eben', ago(0)],
    ],
    tr: [
      ['14.05', at(14, 5)],
      ['saat 14.05', at(14, 5)],
      ['25 dakika önce', ago(25)],
      ['25 dk', ago(25)],
      ['2 sa', ago(120)],
      ['2 saat önce', ago(120)],
      ['yarım saat önce', ago(30)],
      ['bir saat önce', ago(60)],
      ['3 gün önce', ago(3 * 1440)],
      ['şimdi', ago(0)],
    ],
    hu: [
      ['14:05', at(14, 5)],
      ['14.05', at(14, 5)],
      ['14:05-kor', at(14, 5)],
      ['25 perce', ago(25)],
      ['25 p', ago(25)],
      ['2 órája', ago(120)],
      ['2 ó', ago(120)],
      ['fél órája', ago(30)],
      ['egy órája', ago(60)],
      ['25 perccel ezelőtt', ago(25)],
      ['1 napja', ago(1440)],
      ['az előbb', ago(0)],
    ],
  };
  for (const [locale, list] of Object.entries(forms)) {
    it(`reads what ${locale} screens show`, () => {
      for (const [input, expected] of list)
        expect(parsePosted(input, now, locale), input).toEqual(expected);
    });
  }
  it('rejects garbage, whatever the language', () => {
    for (const locale of localeCodes) {
      for (const bad of [
        'a',
        'soon',
        'gestern irgendwann',
        'dün',
        'tegnap',
        '2 2h',
        'h2',
        'vor',
        'ago',
        '1:2:3',
        '25::00',
        '2h h',
        'eine eine Stunde',
        '8 weeks',
        '10 napja',
        'um',
        'saat',
        '-kor',
      ])
        expect(parsePosted(bad, now, locale), `${locale}: ${bad}`).toEqual({ ok: false });
    }
  });

  it('reads "25 min", "2h" and clock times in every locale, and only the page locale\'s words', () => {
    for (const locale of localeCodes) {
      expect(parsePosted('25 min', now, locale), locale).toEqual(ago(25));
      expect(parsePosted('2h', now, locale), locale).toEqual(ago(120));
      expect(parsePosted('14:05', now, locale), locale).toEqual(at(14, 5));
    }
    expect(parsePosted('vor 25 Minuten', now, 'en')).toEqual({ ok: false });
    expect(parsePosted('25 minutes ago', now, 'de')).toEqual({ ok: false });
    expect(parsePosted('2:05 pm', now, 'de')).toEqual({ ok: false });
  });

  it('a new language is words in its content file, no code', () => {
    const fi: TimeWords = {
      minutes: ['min', 'minuutti*'],
      hours: ['h', 't', 'tunti*'],
      days: ['pv', 'päivä*'],
      numbers: { puoli: 0.5 },
      filler: ['sitten'],
      now: ['nyt'],
      clockBefore: ['klo'],
      clockAfter: [],
      am: [],
      pm: [],
    };
    expect(parseWith('25 minuuttia sitten', now, fi)).toEqual(ago(25));
    expect(parseWith('klo 14.05', now, fi)).toEqual(at(14, 5));
    expect(parseWith('nyt', now, fi)).toEqual(ago(0));
  });

  it('reads the 12-hour clock as Americans write it', () => {
    expect(parsePosted('2:05 pm', now)).toEqual(parsePosted('14:05', now));
    expect(parsePosted('9.30AM', now)).toEqual(parsePosted('9:30', now));
    expect(parsePosted('9 a.m.', now)).toEqual(parsePosted('9:00', now));
    expect(parsePosted('12:15 am', now)).toEqual(parsePosted('0:15', now));
    expect(parsePosted('12 pm', now)).toEqual(parsePosted('12:00', now));
  });

  it('never throws on random input and never puts the comment in the future', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...localeCodes), (s, locale) => {
        const r = parsePosted(s, now, locale);
        if (r.ok) expect(r.postedAt).toBeLessThanOrEqual(now.getTime() + 60_000);
      }),
    );
  });

  it('never shrinks the cool-down below 10 minutes, however little time is left (R6)', () => {
    expect(minPauseMinutes).toBe(10);
    // The plan takes no clock: a heated comment seen with 2 minutes to the target still pauses 10.
    const plan = resolvePlan({
      kind: 'heated',
      validity: 'justified',
      fixable: 'yes',
      private: 'no',
      place: 'own',
      spreading: 'no',
    });
    expect(plan.find((s) => s.id === 'cool-down')?.pauseMinutes).toBe(10);
  });
});
