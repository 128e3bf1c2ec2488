// The search page's check of Pagefind's results: a searched word that no matched word starts like
// was cut back by Pagefind to a start that is in the index ("xyzzy" to "x"), and the search found
// nothing; stemmed and inflected matches still count, in every language.
import { describe, expect, it } from 'vitest';
import { missingTerm } from '../../../src/scripts/search-terms';

describe('missingTerm', () => {
  it('finds the word Pagefind cut back', () => {
    expect(missingTerm('xyzzy', [['X'], ['(X', 'X:']])).toBe('xyzzy');
    expect(missingTerm('flibbertigibbet', [['f.']])).toBe('flibbertigibbet');
    expect(missingTerm('ark', [['ar']])).toBe('ark');
    // One word found, the other cut back.
    expect(missingTerm('refund xyzzy', [['refund', 'X']])).toBe('xyzzy');
  });

  it.each([
    ['apologize', ['Apologize,', 'apology.']],
    ['refund policy', ['policy.', 'refunding']],
    ['X', ['X:']],
    ['112', ['112,']],
    ['Bewertungen', ['Ein-Stern-Bewertung', 'Bewertung:']],
    ['Beleidigungen', ['Beleidigung']],
    ['yorumlarınıza', ['yorumlara', 'yorumlarda']],
    ['şikayet', ['şikâyetler']],
    ['IŞIK', ['ışık']],
    ['kommentekre', ['kommentek.', 'kommentről']],
    ['értékelés', ['Értékelésekre']],
  ])('keeps a real search: %s', (query, matched) => {
    expect(missingTerm(query, [matched])).toBeUndefined();
  });

  it('an empty query leaves nothing to check', () => {
    expect(missingTerm('  ', [])).toBeUndefined();
    expect(missingTerm('', [['x']])).toBeUndefined();
  });
});
