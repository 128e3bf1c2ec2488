// Where each platform limit in platforms.ts comes from, and when it was checked. Shown on the
// generator page for owners (server-rendered, no JavaScript): the platform's own documentation where
// one was found, otherwise the independent guide the figure comes from, and the day it was read.
// Checked by the unit tests: every platform has a source with an https link and a date.
import type { PlatformId } from './ids';

export interface LimitSource {
  /** The page a reader can open to check the figure. */
  url: string;
  /** Its site, as the link's text. */
  site: string;
  /** The platform's own documentation (true), or an independent guide (false). */
  official: boolean;
  /** The day the source was read (YYYY-MM-DD). */
  checked: string;
}

// Searched again on 2026-11-30 for the platforms' own help pages: found for Bluesky, Mastodon and
// YouTube only. Instagram, X, TikTok, Threads, Facebook and LinkedIn publish no page with the limit
// that could be confirmed; their figures come from the independent guides read on 2026-11-25.
export const platformSources: Record<PlatformId, LimitSource> = {
  instagram: {
    url: 'https://blog.replug.io/instagram-character-limits',
    site: 'blog.replug.io',
    official: false,
    checked: '2026-11-30',
  },
  x: {
    url: 'https://www.lifewire.com/twitter-bio-definition-3289021',
    site: 'lifewire.com',
    official: false,
    checked: '2026-11-30',
  },
  tiktok: {
    url: 'https://socialswiss.tech/guides/social-media-character-limits',
    site: 'socialswiss.tech',
    official: false,
    checked: '2026-11-25',
  },
  threads: {
    url: 'https://typecount.com/blog/social-media-character-limits',
    site: 'typecount.com',
    official: false,
    checked: '2026-11-25',
  },
  bluesky: {
    url: 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/actor/profile.json',
    site: 'github.com/bluesky-social',
    official: true,
    checked: '2026-11-25',
  },
  mastodon: {
    url: 'https://docs.joinmastodon.org/user/profile/',
    site: 'docs.joinmastodon.org',
    official: true,
    checked: '2026-11-30',
  },
  youtube: {
    url: 'https://developers.google.com/youtube/v3/docs/channels',
    site: 'developers.google.com',
    official: true,
    checked: '2026-11-30',
  },
  facebook: {
    url: 'https://socialswiss.tech/guides/social-media-character-limits',
    site: 'socialswiss.tech',
    official: false,
    checked: '2026-11-25',
  },
  linkedin: {
    url: 'https://connectsafely.ai/articles/linkedin-about-section',
    site: 'connectsafely.ai',
    official: false,
    checked: '2026-11-30',
  },
};
