import { describe, expect, it } from 'vitest';
import { neighbours } from '../../../src/utils/guide-order';
import { keepsQuery } from '../../../src/i18n/paths';

const entries = ['de/principles', 'de/kinds-of-comments', 'de/law', 'de/sources'].map((id) => ({
  id,
}));

describe('neighbours in the guide', () => {
  it('gives the entries before and after a page', () => {
    expect(neighbours(entries, 'kinds-of-comments')).toEqual({
      previous: { id: 'de/principles' },
      next: { id: 'de/law' },
    });
  });
  it('has no previous on the first page and no next on the last', () => {
    expect(neighbours(entries, 'principles')).toEqual({
      previous: undefined,
      next: { id: 'de/kinds-of-comments' },
    });
    expect(neighbours(entries, 'sources')).toEqual({ previous: { id: 'de/law' }, next: undefined });
  });
  it('has none for a page not in the list', () => {
    expect(neighbours(entries, 'nope')).toEqual({});
  });
});

describe('pages whose state lives in the query', () => {
  it('are the wizard and the generator, nothing else', () => {
    expect(keepsQuery('wizard')).toBe(true);
    expect(keepsQuery('house-rules')).toBe(true);
    expect(keepsQuery('principles')).toBe(false);
    expect(keepsQuery('')).toBe(false);
  });
});
