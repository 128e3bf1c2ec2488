// The generator's decisions the island only applies: where the first state comes from, whether a
// fetched phrase file is trusted, when the reserve as typed is wrong, and the notice above the bio.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitBio, maxReserve } from '../../../src/playbook/house-rules/fit';
import { bioNotice } from '../../../src/playbook/house-rules/notice';
import { looksLikePhrases } from '../../../src/playbook/house-rules/phrases';
import type { HouseRulesUi, PhraseFile } from '../../../src/playbook/house-rules/schema';
import { defaultState, startingState } from '../../../src/playbook/house-rules/state';
import { localeCodes } from '../../../src/i18n/locales';
import { validateForm } from '../../../src/playbook/house-rules/validate';

const read = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const ui = read<HouseRulesUi>('content/house-rules/en/ui.json');
const phrases = read<PhraseFile>('content/house-rules/en/phrases.json');
const stored = JSON.stringify({ name: 'Stored Salon', contactValue: 'a@b.de' });

describe('the first state', () => {
  it("takes the link's typed text over the stored one, and the stored one where the link has none", () => {
    const { state, badParams, badStorage } = startingState(
      '?name=Linked',
      stored,
      'en',
      localeCodes,
    );
    expect(state.name).toBe('Linked');
    expect(state.contactValue).toBe('a@b.de');
    expect(badParams).toEqual([]);
    expect(badStorage).toBe(false);
  });

  it('reports a bad parameter and malformed storage, keeping the defaults', () => {
    const { state, badParams, badStorage } = startingState(
      '?platform=myspace',
      '{oops',
      'de',
      localeCodes,
    );
    expect(state).toEqual(defaultState('de'));
    expect(badParams).toEqual([{ param: 'platform', value: 'myspace' }]);
    expect(badStorage).toBe(true);
  });
});

describe('a fetched phrase file', () => {
  it('is trusted with its lists and both registers, and not otherwise', () => {
    expect(looksLikePhrases(phrases)).toBe(true);
    expect(looksLikePhrases(null)).toBe(false);
    expect(looksLikePhrases('<html>')).toBe(false);
    expect(looksLikePhrases({ ...phrases, informal: undefined })).toBe(false);
    expect(looksLikePhrases({ ...phrases, formal: { bio: {} } })).toBe(false);
  });
});

describe('the reserve as typed', () => {
  const input = { ...defaultState('en'), platform: 'instagram' as const };
  it('is fine empty (the default) or as digits within the limit', () => {
    expect(validateForm(input, '')).toEqual([]);
    expect(validateForm(input, ' 40 ')).toEqual([]);
  });
  it('is wrong as text, negative or over the limit', () => {
    for (const typed of ['abc', '-3', '151'])
      expect(validateForm(input, typed), typed).toEqual([
        { field: 'reserve', error: 'reserve-invalid' },
      ]);
  });
  it('comes after the other fields', () => {
    expect(validateForm({ ...input, contact: 'email', contactValue: '' }, 'x')).toEqual([
      { field: 'contactValue', error: 'contact-missing' },
      { field: 'reserve', error: 'reserve-invalid' },
    ]);
  });
});

describe('the notice above the bio', () => {
  const options = { ...defaultState('en'), locale: 'en', phrases };
  it('is empty when the bio holds everything', () => {
    expect(bioNotice(fitBio({ ...options, reserve: 0 }), ui)).toEqual(['', 0]);
  });
  it('lists what was left out, says where the rest is, and that the reserve was capped', () => {
    const tight = { ...options, platform: 'tiktok' as const, emoji: true, reserve: 75 };
    const [notice, leftOut] = bioNotice(fitBio(tight), ui);
    const o = fitBio(tight).omitted;
    expect(leftOut).toBe(
      [o.name, o.emoji, o.replyTime, o.contact].filter(Boolean).length + o.rules.length,
    );
    expect(leftOut).toBeGreaterThan(0);
    expect(notice).toContain(ui.outputs.omittedParts.pointer);
    expect(notice.startsWith(ui.outputs.omitted.split('{list}')[0]!)).toBe(true);
    expect(notice).toContain(ui.outputs.reserveCapped.split('{n}')[0]!);
  });
  it('is the same whether fitBio measures the shortest bio itself or is given it', () => {
    const o = { ...options, platform: 'tiktok' as const };
    expect(fitBio(o, maxReserve(o))).toEqual(fitBio(o));
  });
});
