import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePosted, responseTarget, suggestedPause, timeLeft } from '../../src/playbook/decision/timing';
import { emptyGaps, fillGaps, findGaps, gapMarkupProblems } from '../../src/playbook/decision/gaps';

const now = new Date(2025, 4, 12, 14, 30, 0);

describe('response times', () => {
  it('targets 30 minutes, at the latest 60 (R26, R27)', () => {
    expect(responseTarget).toEqual({ firstMinutes: 30, latestMinutes: 60 });
  });

  it('computes the time left in each phase', () => {
    const min = 60_000;
    expect(timeLeft(now.getTime() - 10 * min, now.getTime())).toEqual({ elapsedMinutes: 10, toTarget: 20, toLatest: 50, phase: 'before-target' });
    expect(timeLeft(now.getTime() - 45 * min, now.getTime()).phase).toBe('before-latest');
    expect(timeLeft(now.getTime() - 60 * min, now.getTime()).phase).toBe('overdue');
    expect(timeLeft(now.getTime() + 5 * min, now.getTime()).elapsedMinutes).toBe(0);
  });

  it('reads minutes ago and clock times, yesterday when the clock is ahead', () => {
    expect(parsePosted('20', now)).toEqual({ ok: true, postedAt: now.getTime() - 20 * 60_000 });
    expect(parsePosted(' 20 min ', now)).toEqual({ ok: true, postedAt: now.getTime() - 20 * 60_000 });
    expect(parsePosted('14:05', now)).toEqual({ ok: true, postedAt: new Date(2025, 4, 12, 14, 5).getTime() });
    expect(parsePosted('9.30', now)).toEqual({ ok: true, postedAt: new Date(2025, 4, 12, 9, 30).getTime() });
    expect(parsePosted('23:50', now)).toEqual({ ok: true, postedAt: new Date(2025, 4, 11, 23, 50).getTime() });
    for (const bad of ['', 'soon', '25:00', '12:60', '-5', '99999999', '1:2', '13 pm', '0:30 am']) expect(parsePosted(bad, now)).toEqual({ ok: false });
  });

  it('reads the 12-hour clock as Americans write it', () => {
    expect(parsePosted('2:05 pm', now)).toEqual(parsePosted('14:05', now));
    expect(parsePosted('9.30AM', now)).toEqual(parsePosted('9:30', now));
    expect(parsePosted('9 a.m.', now)).toEqual(parsePosted('9:00', now));
    expect(parsePosted('12:15 am', now)).toEqual(parsePosted('0:15', now));
    expect(parsePosted('12 pm', now)).toEqual(parsePosted('12:00', now));
  });

  it('never throws on random input and never puts the comment in the future', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = parsePosted(s, now);
      if (r.ok) expect(r.postedAt).toBeLessThanOrEqual(now.getTime() + 60_000);
    }));
  });

  it('shrinks the cool-down pause so that writing time remains, never below one minute', () => {
    expect(suggestedPause()).toBe(10);
    expect(suggestedPause(30)).toBe(10);
    expect(suggestedPause(20)).toBe(5);
    expect(suggestedPause(3)).toBe(1);
    expect(suggestedPause(-40)).toBe(1);
    fc.assert(fc.property(fc.integer({ min: -100, max: 30 }), (left) => {
      const p = suggestedPause(left);
      expect(p).toBeGreaterThanOrEqual(1);
      expect(p).toBeLessThan(responseTarget.firstMinutes);
      if (left >= 16) expect(p + 15).toBeLessThanOrEqual(left);
    }));
  });
});

describe('draft gaps', () => {
  const draft = 'Hallo [[Name]], danke für Ihren Hinweis zu [[das Problem]]. Bis bald, [[Name]]! [[Ihr Name]]';
  it('finds each gap once, in order', () => {
    expect(findGaps(draft)).toEqual(['Name', 'das Problem', 'Ihr Name']);
  });
  it('fills what is typed and leaves empty gaps visible and reported', () => {
    const values = { Name: ' Frau Kaya ', 'das Problem': '' };
    expect(fillGaps(draft, values)).toBe('Hallo Frau Kaya, danke für Ihren Hinweis zu [[das Problem]]. Bis bald, Frau Kaya! [[Ihr Name]]');
    expect(emptyGaps(draft, values)).toEqual(['das Problem', 'Ihr Name']);
    expect(emptyGaps(draft, { Name: 'a', 'das Problem': 'b', 'Ihr Name': 'c' })).toEqual([]);
  });
  it('flags drafts without gaps and broken brackets', () => {
    expect(gapMarkupProblems('Danke!')).toHaveLength(1);
    expect(gapMarkupProblems('Hallo [[Name]] ]]')).toHaveLength(1);
    expect(gapMarkupProblems('Hallo [[Name]]')).toEqual([]);
  });
  it('filling never changes text outside gaps', () => {
    fc.assert(fc.property(fc.string().filter((s) => !s.includes('[') && !s.includes(']')), fc.string(), (outside, value) => {
      const d = `${outside}[[x]]${outside}`;
      const filled = fillGaps(d, { x: value });
      expect(filled.startsWith(outside)).toBe(true);
      expect(filled.endsWith(outside)).toBe(true);
    }));
  });
});
