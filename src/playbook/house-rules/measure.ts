// Text measuring, the way each platform counts. Pure; runs in the browser (live counters) and in
// the unit tests, where twitter-text's own parseTweet serves as the oracle for the X weighting.

/** How a platform counts the length of a text. */
export type Counting =
  /** user-perceived characters (Unicode grapheme clusters), as Bluesky counts */
  | 'graphemes'
  /**
   * UTF-16 code units, like a browser's `maxlength`. Used where the platform does not document its
   * counting: it is never less than the grapheme or code-point count, so a text within the limit
   * this way is within it whichever of those the platform uses.
   */
  | 'code-units'
  /** twitter-text v3 weighting (most scripts 1, CJK and emoji 2), as X counts */
  | 'x-weighted';

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/**
 * twitter-text v3's configuration (node_modules/twitter-text, configs.js `version3`): weights are
 * in hundredths of a character; code points in these ranges weigh one character, all others two.
 */
const twitterV3 = {
  scale: 100,
  defaultWeight: 200,
  transformedURLLength: 23,
  ranges: [
    { start: 0, end: 4351, weight: 100 },
    { start: 8192, end: 8205, weight: 100 },
    { start: 8208, end: 8223, weight: 100 },
    { start: 8242, end: 8247, weight: 100 },
  ],
} as const;

function codePointWeight(cp: number): number {
  for (const r of twitterV3.ranges) if (cp >= r.start && cp <= r.end) return r.weight;
  return twitterV3.defaultWeight;
}

// Clusters that twitter-text may read as one emoji (it then counts them as defaultWeight).
const emojiLike = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/**
 * X's weighted length of a text, without shortening links (see `urlAllowance`). Equal to
 * twitter-text's `parseTweet(text).weightedLength` for text without links and emoji sequences.
 * An emoji cluster counts max(2, the sum of its code points): twitter-text counts an emoji it
 * knows as 2, one it doesn't know (its emoji list is older than Unicode's) code point by code
 * point, so this never counts less than X does.
 */
export function xWeightedLength(text: string): number {
  let total = 0;
  for (const { segment } of segmenter.segment(text.normalize('NFC'))) {
    let sum = 0;
    for (const ch of segment) sum += codePointWeight(ch.codePointAt(0)!);
    total += emojiLike.test(segment) ? Math.max(sum, twitterV3.defaultWeight) : sum;
  }
  return total / twitterV3.scale;
}

/**
 * Places where a platform might see a link, each counted once: an e-mail address, or a host name
 * (its labels after the first in ASCII) with the path that follows it ("salon.de",
 * "ornek.com.tr", "https://x.co/a"), however many dots it has. Any other dot followed by a letter
 * or digit counts once more, so text a link finder reads differently (other scripts, odd
 * separators) is never counted short. Platforms that count every link as a fixed length (X and
 * Mastodon: 23) count a short link as more than its characters; a link holds at least four
 * characters, so adding (23 − 4) per place never counts less than the platform. A path stops at
 * a comma or a character outside ASCII: "a.de,b.de" is two links, as X reads it.
 */
const linkLike =
  /(?:[\w.%+-]+@)?[\p{L}\p{N}_-]+(?:\.[\w-]+)+(?:[/?#][\w/?#=&%~+@!*;.-]*)?|\.(?=[\p{L}\p{N}])/gu;

export function linkLikeCount(text: string): number {
  return text.match(linkLike)?.length ?? 0;
}

export const shortestLink = 4; // "a.co"

export function countWith(counting: Counting, text: string): number {
  switch (counting) {
    case 'graphemes':
      return graphemeCount(text);
    case 'code-units':
      return text.length;
    case 'x-weighted':
      // X weighs the text after NFC; a plain count would see the text as typed. Whichever X uses
      // for the bio, the larger of the two is never less.
      return Math.max(xWeightedLength(text), text.length);
  }
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
