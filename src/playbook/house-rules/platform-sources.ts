// Where each platform limit in platforms.ts comes from, and when it was checked. Shown on the
// generator page (server-rendered, no JavaScript) and checked by the unit tests: every platform
// has at least one source and a date.
import type { PlatformId } from './ids';

export interface LimitSource {
  sources: string[];
  /** The day the sources were read (YYYY-MM-DD). */
  checked: string;
    note?: string;
}

const checked = '2026-11-25';

export const platformSources: Record<PlatformId, LimitSource> = {
  instagram: {
    sources: [
      'https://smartitools.com/tools/character-counter/articles/instagram-character-limit (bio 150, caption 2,200)',
      'https://socialswiss.tech/guides/social-media-character-limits (bio 150)',
    ],
    checked,
    note: 'Instagram documents no counting rule: counted in UTF-16 code units, which never undercounts.',
  },
  x: {
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
  tiktok: {
    sources: [
      'https://socialswiss.tech/guides/social-media-character-limits (bio 80, caption 4,000)',
      'https://everydaytools.pro/bio-character-counter (bio 80)',
    ],
    checked,
  },
  threads: {
    sources: [
      'https://mojicnt.click/en/blog/sns-character-limits.html (bio 150, post 500)',
      'https://typecount.com/blog/social-media-character-limits (bio 150, post 500)',
    ],
    checked,
    note: 'One guide (socialswiss.tech) gives 500 for the bio; the stricter 150 of the others is used.',
  },
  bluesky: {
    sources: [
      'bluesky-social/atproto lexicons/app/bsky/actor/profile.json (description: maxGraphemes 256, maxLength 2560)',
      'bluesky-social/atproto lexicons/app/bsky/feed/post.json (text: maxGraphemes 300, maxLength 3000)',
    ],
    checked,
  },
  mastodon: {
    sources: [
      'mastodon/mastodon app/models/account.rb (note: maximum 500; links count as 23 characters)',
      'https://mojicnt.click/en/blog/sns-character-limits.html (post 500)',
    ],
    checked,
    note: 'Servers can raise these limits; 500 is the default of the Mastodon software.',
  },
  youtube: {
    sources: [
      'https://typecount.com/blog/youtube-description-character-limit (channel description 1,000)',
      'https://blog.aitoearn.ai/youtube-channel-description-character-limit-explained (1,000)',
    ],
    checked,
    note: 'The channel description is both the bio and the about text.',
  },
  facebook: {
    sources: [
      'https://socialswiss.tech/guides/social-media-character-limits (page intro 101)',
      'https://mojicnt.click/en/blog/sns-character-limits.html (bio 101, post 63,206)',
    ],
    checked,
  },
  linkedin: {
    sources: [
      'https://typecount.com/blog/social-media-character-limits (about 2,600, post 3,000)',
      'https://smartitools.com/tools/character-counter/articles/instagram-character-limit (about 2,600)',
    ],
    checked,
  },
};
