// Platform limits as data: what the bio field takes, how the platform counts it, where the number
// comes from and when it was checked. A limit that changes is one line here, and the property
// tests re-check every platform on the next run.
import type { Counting } from './measure';
import type { PlatformId } from './ids';

export interface TextLimit {
  limit: number;
  counting: Counting;
  /** The platform counts each link as this many characters, however short (X, Mastodon). */
  linkLength?: number;
  /** A second limit in UTF-8 bytes that the platform also enforces (Bluesky). */
  maxUtf8Bytes?: number;
}

export interface PlatformLimit {
  id: PlatformId;
  label: string;
  /** The profile text the bio goes into. */
  bio: TextLimit;
  /** Where the full rules go (a pinned post or an about text), for its counter. */
  full: TextLimit;
  /** Where each number comes from. */
  sources: string[];
  checked: string;
  note?: string;
}

const checked = '2026-11-25';

export const platforms: readonly PlatformLimit[] = [
  {
    id: 'instagram',
    label: 'Instagram',
    bio: { limit: 150, counting: 'code-units' },
    full: { limit: 2200, counting: 'code-units' },
    sources: [
      'https://smartitools.com/tools/character-counter/articles/instagram-character-limit (bio 150, caption 2,200)',
      'https://socialswiss.tech/guides/social-media-character-limits (bio 150)',
    ],
    checked,
    note: 'Instagram documents no counting rule: counted in UTF-16 code units, which never undercounts.',
  },
  {
    id: 'x',
    label: 'X',
    bio: { limit: 160, counting: 'x-weighted', linkLength: 23 },
    full: { limit: 280, counting: 'x-weighted', linkLength: 23 },
    sources: [
      'https://www.lifewire.com/twitter-bio-definition-3289021 (bio 160 characters)',
      'https://developer.x.com/en/docs/counting-characters (weighting of posts, 280)',
      'node_modules/twitter-text configs.js version3 (weights and ranges)',
    ],
    checked,
    note:
      'X documents weighting for posts, not for the bio. Counted weighted (emoji and CJK as 2, links at least 23) ' +
      'which is never less than a plain character count, so the bio fits either way.',
  },
  {
    id: 'tiktok',
    label: 'TikTok',
    bio: { limit: 80, counting: 'code-units' },
    full: { limit: 4000, counting: 'code-units' },
    sources: [
      'https://socialswiss.tech/guides/social-media-character-limits (bio 80, caption 4,000)',
      'https://everydaytools.pro/bio-character-counter (bio 80)',
    ],
    checked,
  },
  {
    id: 'threads',
    label: 'Threads',
    bio: { limit: 150, counting: 'code-units' },
    full: { limit: 500, counting: 'code-units' },
    sources: [
      'https://mojicnt.click/en/blog/sns-character-limits.html (bio 150, post 500)',
      'https://typecount.com/blog/social-media-character-limits (bio 150, post 500)',
    ],
    checked,
    note: 'One guide (socialswiss.tech) gives 500 for the bio; the stricter 150 of the others is used.',
  },
  {
    id: 'bluesky',
    label: 'Bluesky',
    bio: { limit: 256, counting: 'graphemes', maxUtf8Bytes: 2560 },
    full: { limit: 300, counting: 'graphemes', maxUtf8Bytes: 3000 },
    sources: [
      'bluesky-social/atproto lexicons/app/bsky/actor/profile.json (description: maxGraphemes 256, maxLength 2560)',
      'bluesky-social/atproto lexicons/app/bsky/feed/post.json (text: maxGraphemes 300, maxLength 3000)',
    ],
    checked,
  },
  {
    id: 'mastodon',
    label: 'Mastodon',
    bio: { limit: 500, counting: 'code-units', linkLength: 23 },
    full: { limit: 500, counting: 'code-units', linkLength: 23 },
    sources: [
      'mastodon/mastodon app/models/account.rb (note: maximum 500; links count as 23 characters)',
      'https://mojicnt.click/en/blog/sns-character-limits.html (post 500)',
    ],
    checked,
    note: 'Servers can raise these limits; 500 is the default of the Mastodon software.',
  },
  {
    id: 'youtube',
    label: 'YouTube',
    bio: { limit: 1000, counting: 'code-units' },
    full: { limit: 1000, counting: 'code-units' },
    sources: [
      'https://typecount.com/blog/youtube-description-character-limit (channel description 1,000)',
      'https://blog.aitoearn.ai/youtube-channel-description-character-limit-explained (1,000)',
    ],
    checked,
    note: 'The channel description is both the bio and the about text.',
  },
  {
    id: 'facebook',
    label: 'Facebook',
    bio: { limit: 101, counting: 'code-units' },
    full: { limit: 63206, counting: 'code-units' },
    sources: [
      'https://socialswiss.tech/guides/social-media-character-limits (page intro 101)',
      'https://mojicnt.click/en/blog/sns-character-limits.html (bio 101, post 63,206)',
    ],
    checked,
  },
  {
    id: 'linkedin',
    label: 'LinkedIn',
    bio: { limit: 2600, counting: 'code-units' },
    full: { limit: 3000, counting: 'code-units' },
    sources: [
      'https://typecount.com/blog/social-media-character-limits (about 2,600, post 3,000)',
      'https://smartitools.com/tools/character-counter/articles/instagram-character-limit (about 2,600)',
    ],
    checked,
  },
];

export function platformById(id: PlatformId): PlatformLimit {
  return platforms.find((p) => p.id === id)!;
}
