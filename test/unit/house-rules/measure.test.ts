// The X weighting, checked against twitter-text's own parseTweet as the oracle: equal where the
// text has no links or emoji sequences, never less anywhere. And the other counts' basic facts.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  graphemeCount,
  linkLikeCount,
  xWeightedLength,
} from '../../../src/playbook/house-rules/measure';
import { measureFor } from '../../../src/playbook/house-rules/fit';

const { parseTweet } = createRequire(import.meta.url)('twitter-text') as {
  parseTweet: (text: string) => { weightedLength: number };
};

/** What X counts for a bio at most: the weighted count with links at 23, or plain code points. */
const xOracle = (text: string) => Math.max(parseTweet(text).weightedLength, [...text].length);
const xLimit = { limit: 160, counting: 'x-weighted', linkLength: 23 } as const;

// Text without dots or colons has no link; without pictographs no emoji for twemoji to find.
const plain = fc
  .string({ unit: 'grapheme', maxLength: 80 })
  .map((s) =>
    s.replace(
      /[.:：。．｡]|\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3|[\uFE0E\uFE0F]/gu,
      '',
    ),
  );

const pieces = fc.constantFrom(
  'Salon Anna',
  'Kritik willkommen',
  'Eleştiriye açığız',
  'Kritikát szívesen',
  'ő',
  'ű',
  'ı',
  'İ',
  'e\u0301',
  '日本語',
  '한국어',
  '💬',
  '📩',
  '👍🏽',
  '👩‍👩‍👧',
  '🇩🇪',
  '🐦‍🔥',
  '©',
  '®',
  '™',
  '1️⃣',
  '#️⃣',
  'https://salon-anna.de/kontakt',
  'https://a.de',
  'info@salon-anna.de',
  'salon.de',
  'a.co,b.co',
  'https://x.co/é日',
  ' ',
  ', ',
  '. ',
  '→',
  '…',
  '\n',
  '\u200d',
  '\ufe0f',
  'ﬁ',
  '\u00e9',
);
const mixed = fc
  .array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 })
  .map((a) => a.join(''));

describe('X weighting (twitter-text v3)', () => {
  it('equals parseTweet on text without links and emoji', () => {
    fc.assert(
      fc.property(plain, (text) => {
        expect(xWeightedLength(text)).toBe(parseTweet(text).weightedLength);
      }),
      { numRuns: 2000 },
    );
  });

  it('equals parseTweet for single-code-point emoji (the ones the generator adds)', () => {
    for (const e of ['💬', '📩', '📧', '📞', '🔗', '🚫', '🛑', '⏰', '📌', '👉']) {
      expect(xWeightedLength(`Salon ${e} Anna`)).toBe(parseTweet(`Salon ${e} Anna`).weightedLength);
    }
  });

  it('never counts less than X, links and emoji sequences included', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expect(measureFor(xLimit, text).count).toBeGreaterThanOrEqual(xOracle(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts known cases as X does', () => {
    expect(xWeightedLength('abc')).toBe(3);
    expect(xWeightedLength('日本')).toBe(4);
    expect(xWeightedLength('💬')).toBe(2);
    expect(xWeightedLength('e\u0301')).toBe(1); // NFC makes it one code point
    // A short link counts 23 on X: the allowance makes up for it.
    expect(measureFor(xLimit, 'https://a.de').count).toBeGreaterThanOrEqual(23);
    expect(linkLikeCount('info@salon-anna.de und x.co')).toBe(2);
  });
});

describe('addresses with a second-level domain (.com.tr, .co.uk)', () => {
  const emails = fc
    .tuple(
      fc.constantFrom('info', 'merhaba', 'very.long.name', 'a'),
      fc.constantFrom('ornek', 'çiçekçi-ayşe', 'x', 'salon-anna'),
      fc.constantFrom('com.tr', 'co.uk', 'org.tr', 'gen.tr', 'de', 'com.au'),
    )
    .map(([local, host, tld]) => `${local}@${host}.${tld}`);
  const around = fc.constantFrom('', 'E-posta: ', 'Kritik · ', '📧 ');

  it('counts an e-mail address as one link at most, never less than X', () => {
    fc.assert(
      fc.property(around, emails, around, (before, email, after) => {
        const text = `${before}${email}${after ? ` ${after}` : ''}`;
        expect(linkLikeCount(email)).toBe(1);
        const m = measureFor(xLimit, text).count;
        expect(m).toBeGreaterThanOrEqual(xOracle(text));
        expect(m).toBeLessThanOrEqual(xOracle(text) + 23);
      }),
      { numRuns: 500 },
    );
  });

  it('counts a link on .com.tr once, as X does', () => {
    for (const link of ['https://ornek.com.tr', 'ornek.com.tr/iletisim', 'https://a.gen.tr/x.y']) {
      expect(linkLikeCount(link)).toBe(1);
      expect(measureFor(xLimit, link).count).toBeGreaterThanOrEqual(xOracle(link));
    }
    expect(measureFor(xLimit, 'info@ornek.com.tr').count).toBe(17 + 19);
  });
});

describe('grapheme counting', () => {
  it('counts what a person sees as one character once', () => {
    expect(graphemeCount('👩‍👩‍👧')).toBe(1);
    expect(graphemeCount('🇩🇪')).toBe(1);
    expect(graphemeCount('e\u0301')).toBe(1);
    expect(graphemeCount('őű ı')).toBe(4);
  });

  it('is never more than the code-unit count', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => graphemeCount(s) <= s.length));
  });
});
