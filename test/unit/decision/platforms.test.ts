// The platform capabilities are data with a source and the day they were checked, like the bio
// limits; where a fact could not be confirmed the data takes the cautious side and says so.
import { describe, expect, it } from 'vitest';
import {
  capabilitiesAt,
  capabilitySources,
  impliedPlace,
  platformCapabilities,
  publicReplies,
  platformIds,
} from '../../../src/playbook/decision/platforms';
import { questions } from '../../../src/playbook/decision/questions';

describe('platform capabilities', () => {
  it('cover exactly the platform answers of the wizard', () => {
    expect(Object.keys(platformCapabilities).sort()).toEqual([...questions.platform].sort());
    expect(Object.keys(capabilitySources).sort()).toEqual([...platformIds].sort());
  });

  it.each([...platformIds])(
    '%s: every fact has a source (https) and the day it was checked',
    (p) => {
      const s = capabilitySources[p];
      expect(s.sources.length).toBeGreaterThan(0);
      for (const src of s.sources) expect(src).toMatch(/^https:\/\/\S+/);
      // A real calendar day, written as ISO, and not in the future: re-checking one platform moves
      // its date alone.
      expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const day = new Date(`${s.checked}T00:00:00Z`);
      expect(day.toISOString().slice(0, 10), `${p} checked`).toBe(s.checked);
      expect(day.getTime(), `${p} checked in the future`).toBeLessThanOrEqual(Date.now());
      // Anything not confirmed on the platform's own pages is said in a note.
      const c = platformCapabilities[p];
      const ownPages = s.sources.some((src) => !src.includes('eu-digital-services-act'));
      if (!ownPages || c.messageAuthor === false) expect(s.note, `${p} note`).toMatch(/\S/);
    },
  );

  it('takes the cautious side where unknown, and lets no one moderate a page they do not own', () => {
    const other = platformCapabilities.other;
    expect([other.messageAuthor, other.hide, other.delete, other.restrict, other.block]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(publicReplies.other).toBe('once');
    for (const p of platformIds) {
      for (const place of ['review', 'elsewhere'] as const) {
        const c = capabilitiesAt(p, place);
        expect([c.hide, c.delete, c.restrict, c.block], `${p} ${place}`).toEqual([
          false,
          false,
          false,
          false,
        ]);
      }
      // A hidden comment can only be "still reportable" where the owner can hide at all.
      if (platformCapabilities[p].hiddenStillReportable)
        expect(platformCapabilities[p].hide).toBe(true);
    }
    expect(impliedPlace('google')).toBe('review');
    expect(impliedPlace('review-site')).toBe('review');
    expect(impliedPlace('group')).toBe('elsewhere');
    expect(impliedPlace('instagram')).toBeUndefined();
    expect(publicReplies.google).toBe('once');
    expect(platformCapabilities.google.flagReview).toBe(true);
  });
});
