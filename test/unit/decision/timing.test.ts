import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  isLate,
  minPauseMinutes,
  parsePosted as parseWith,
  quietHours,
  replyDeadline,
  responseTarget,
  reviewTargetHours,
  targetKind,
  momentFormat,
  timeLeft,
  timePatterns,
  type TimeWords,
} from '../../../src/playbook/decision/timing';
import { targetText } from '../../../src/playbook/decision/summary';
import { resolvePlan } from '../../../src/playbook/decision/plan';
import { wizardTextsSchema } from '../../../src/playbook/decision/content-schema';
import { localeCodes } from '../../../src/i18n/locales';

// Each locale's words, read from its content file and compiled as the page's props carry them: the
// parser knows no language itself.
const words = Object.fromEntries(
  localeCodes.map((l) => [
    l,
    timePatterns(
      wizardTextsSchema.parse(JSON.parse(readFileSync(`content/wizard/${l}/texts.json`, 'utf8')))
        .time as TimeWords,
    ),
  ]),
);
const parsePosted = (input: string, at: Date, locale = 'en', monthFirst = false) =>
  parseWith(input, at, words[locale]!, monthFirst);

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
      deadline: now.getTime() + 50 * min,
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
        '2 2h',
        'h2',
        'vor',
        'ago',
        '1:2:3',
        '25::00',
        '2h h',
        'eine eine Stunde',
        '8 weeks',
        '40 napja',
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

  it('reads weeks and "yesterday" as Instagram and Google show them, in every language', () => {
    const week = 7 * 24 * 60;
    const yesterday = { ok: true, postedAt: +new Date(2025, 4, 11, 12) };
    const cases: Record<string, [string[], string]> = {
      en: [['1w', '1 wk', 'a week ago', '2 weeks ago'], 'Yesterday'],
      de: [['1 Wo.', 'vor einer Woche', 'vor 2 Wochen'], 'gestern'],
      tr: [['1 hf', '1 hafta önce', '2 hafta önce'], 'Dün'],
      hu: [['1 hét', 'egy hete', '2 hete', '2 héttel ezelőtt'], 'tegnap'],
    };
    for (const [locale, [weeks, word]] of Object.entries(cases)) {
      for (const text of weeks)
        expect(parsePosted(text, now, locale), `${locale}: ${text}`).toEqual(
          ago(week * (/2/.test(text) ? 2 : 1)),
        );
      expect(parsePosted(word, now, locale), `${locale}: ${word}`).toEqual(yesterday);
      // Only the page locale's word.
      expect(parsePosted(word, now, locale === 'en' ? 'de' : 'en')).toEqual({ ok: false });
    }
    // Past about a month a count of weeks is a typo, not a time.
    expect(parsePosted('9 weeks ago', now)).toEqual({ ok: false });
  });

  it('a new language is words in its content file, no code', () => {
    const fi: TimeWords = {
      minutes: ['min', 'minuutti*'],
      hours: ['h', 't', 'tunti*'],
      days: ['pv', 'päivä*'],
      weeks: ['vk', 'viikko*'],
      yesterday: ['eilen'],
      numbers: { puoli: 0.5 },
      filler: ['sitten'],
      now: ['nyt'],
      clockBefore: ['klo'],
      clockAfter: [],
      am: [],
      pm: [],
      months: [
        ['tammi*'],
        ['helmi*'],
        ['maalis*'],
        ['huhti*'],
        ['touko*'],
        ['kesä*'],
        ['heinä*'],
        ['elo*'],
        ['syys*'],
        ['loka*'],
        ['marras*'],
        ['joulu*'],
      ],
    };
    const fiPatterns = timePatterns(fi);
    expect(parseWith('25 minuuttia sitten', now, fiPatterns)).toEqual(ago(25));
    expect(parseWith('klo 14.05', now, fiPatterns)).toEqual(at(14, 5));
    expect(parseWith('nyt', now, fiPatterns)).toEqual(ago(0));
    expect(parseWith('10. toukokuuta', now, fiPatterns)).toEqual(at(12, 0, 10));
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

  describe('dates as review sites show them', () => {
    // Mon 7 Dec 2026, 10:00: a date without a time is midday that day, never later than now.
    const monday = new Date(2026, 11, 7, 10, 0);
    const day = (d: number, m = 12, y = 2026) => ({
      ok: true,
      postedAt: Math.min(new Date(y, m - 1, d, 12).getTime(), monday.getTime()),
    });
    const dates: Record<string, [string, ReturnType<typeof day>][]> = {
      en: [
        ['7 Dec', day(7)],
        ['Dec 7', day(7)],
        ['Dec 7, 2026', day(7)],
        ['December 5th', day(5)],
        ['5 December 2026', day(5)],
        ['05/12/2026', day(5)],
        ['5/12', day(5)],
        ['2026-12-05', day(5)],
        ['7 Nov', day(7, 11)],
      ],
      de: [
        ['07.12.', day(7)],
        ['7.12.2026', day(7)],
        ['5. Dez.', day(5)],
        ['5. Dezember 2026', day(5)],
        ['3. Jänner', day(3, 1, 2026)],
        ['12. Mai', day(12, 5)],
      ],
      tr: [
        ['7 Aralık', day(7)],
        ['5 ARALIK 2026', day(5)],
        ['05.12.2026', day(5)],
        ['3 Kasım', day(3, 11)],
      ],
      hu: [
        ['dec. 7.', day(7)],
        ['2026. dec. 5.', day(5)],
        ['december 5-én', day(5)],
        ['2026. 12. 05.', day(5)],
        ['nov. 30.', day(30, 11)],
      ],
    };
    for (const [locale, list] of Object.entries(dates))
      it(`reads the dates ${locale} review sites show`, () => {
        for (const [input, expected] of list)
          expect(parsePosted(input, monday, locale), input).toEqual(expected);
      });

    it('reads numbers with a slash month first only for US readers', () => {
      expect(parsePosted('12/7/2026', monday, 'en', true)).toEqual(day(7));
      expect(parsePosted('12/5', monday, 'en', true)).toEqual(day(5));
      expect(parsePosted('7/12/2026', monday, 'en', false)).toEqual(day(7));
      // Day first, 12 July is in the past: read, not rejected.
      expect(parsePosted('12/7/2026', monday, 'en', false)).toEqual(day(12, 7));
    });

    it('takes a date without a year as the most recent such day; a later date with a year is no date', () => {
      expect(parsePosted('8 Dec', monday, 'en')).toEqual(day(8, 12, 2025));
      expect(parsePosted('8 Dec 2026', monday, 'en')).toEqual({ ok: false });
      expect(parsePosted('31 Feb', monday, 'en')).toEqual({ ok: false });
      expect(parsePosted('7 Dec 2020', monday, 'en')).toEqual({ ok: false });
    });

    it('keeps "14.05" and "23.11" clock times, and a month word of another language unread', () => {
      expect(parsePosted('14.05', now, 'de')).toEqual(at(14, 5));
      expect(parsePosted('7 Aralık', monday, 'en')).toEqual({ ok: false });
      expect(parsePosted('7 Dez', monday, 'tr')).toEqual({ ok: false });
      for (const bad of ['7 Dec Dec', 'Dec', '7', '32 Dec', 'Dec 7 8', '7.13.', '13/13/2026'])
        expect(parsePosted(bad, monday, 'en', true), bad).not.toEqual(day(7));
    });
  });

  describe('the target: social media, reviews, late evening', () => {
    const min = 60_000;
    const at2 = (h: number, m = 0, d = 7) => new Date(2026, 11, d, h, m).getTime();

    it('a review is answered the same day, within 24 hours, not in 30 minutes', () => {
      expect(targetKind('review')).toBe('review');
      expect(targetKind('own')).toBe('social');
      expect(targetKind(undefined)).toBe('social');
      const posted = at2(9);
      const left = timeLeft(posted, at2(10, 30), 'review');
      expect(left.phase).toBe('by-deadline');
      expect(left.deadline).toBe(posted + reviewTargetHours * 60 * min);
      // Two hours under a review is not overdue; on social media it is.
      expect(timeLeft(at2(8), at2(10), 'review').phase).toBe('by-deadline');
      expect(timeLeft(at2(8), at2(10), 'social').phase).toBe('overdue');
      expect(timeLeft(at2(9, 0, 6), at2(10), 'review').phase).toBe('overdue');
    });

    it('the incident summary writes a moment without a leading zero before AM/PM', () => {
      const t = at2(1, 59);
      expect(momentFormat('en').format(t)).toMatch(/^Dec 7, 1:59\s?AM$/u);
      expect(momentFormat('de').format(t)).toBe('7. Dez., 1:59');
      expect(momentFormat('tr').format(t)).toContain(' 1:59');
      expect(momentFormat('hu').format(t)).toContain(' 1:59');
    });

    it('praise or a question: no rush, the day, in words and on the clock', () => {
      expect(targetKind('own', 'not-negative')).toBe('praise');
      expect(targetKind('review', 'not-negative')).toBe('praise');
      expect(targetKind('own', 'complaint')).toBe('social');
      const posted = at2(9);
      const left = timeLeft(posted, at2(11), 'praise');
      expect(left.phase).toBe('by-deadline');
      expect(left.deadline).toBe(posted + reviewTargetHours * 60 * min);
      const ui = {
        target: 'T {first}/{latest}',
        targetReview: 'R',
        targetPraise: 'P',
        targetLate: 'L',
      };
      expect(targetText(ui, 'praise', at2(11))).toBe('P');
      expect(targetText(ui, 'social', at2(11))).toBe('T 30/60');
      expect(targetText(ui, 'praise', at2(23))).toBe('L');
    });

    it('late in the evening, the morning is soon enough, and a limit in the night moves to the morning', () => {
      expect(quietHours.lateFrom).toBe(21);
      expect(isLate(at2(23, 5))).toBe(true);
      expect(isLate(at2(2))).toBe(true);
      expect(isLate(at2(20, 59))).toBe(false);
      expect(isLate(at2(10))).toBe(false);
      // The salon at 23:05, a comment from 22:50: not "15 min left", but the morning.
      const left = timeLeft(at2(22, 50), at2(23, 5), 'social');
      expect(left.phase).toBe('late');
      expect(left.deadline).toBe(at2(quietHours.replyBy, 0, 8));
      // The next morning at 8:30 it is not overdue yet, so the draft does not apologise for a wait.
      expect(timeLeft(at2(22, 50), at2(8, 30, 8), 'social').phase).toBe('by-deadline');
      expect(timeLeft(at2(22, 50), at2(10, 30, 8), 'social').phase).toBe('overdue');
      // A review from 22:00 yesterday: its 24 hours end at 22:00 tonight, in the quiet hours.
      expect(replyDeadline(at2(22, 0, 6), 'review')).toBe(at2(quietHours.replyBy, 0, 8));
      // At 14:30 a 10-minute-old comment still has its 30 and 60 minutes.
      expect(timeLeft(at2(14, 20), at2(14, 30)).phase).toBe('before-target');
    });
  });
});
