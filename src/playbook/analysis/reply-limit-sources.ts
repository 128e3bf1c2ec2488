// Where each reply limit in reply-limits.ts comes from (kept apart so the browser bundle carries
// only the numbers). Read on 2026-12-07. Only X publishes its limit and its counting on its own
// pages; the other figures come from independent guides, and the note says so. Where the
// platform's counting is not documented, the check counts UTF-16 code units, never fewer than
// the characters a person sees.
import type { PlatformId } from '../decision/platforms';

export interface ReplyLimitSource {
  urls: string[];
  official: boolean;
  checked: string;
  note: string;
}

const checked = '2026-12-07';
const typecount = 'https://typecount.com/blog/social-media-character-limits';
const socialswiss = 'https://socialswiss.tech/guides/social-media-character-limits';

export const replyLimitSources: Record<PlatformId, ReplyLimitSource> = {
  instagram: {
    urls: [socialswiss, typecount],
    official: false,
    checked,
    note: 'Comment 2,200 in two independent guides; no Instagram help page with the figure was found.',
  },
  facebook: {
    urls: [typecount, 'https://getwpcaptcha.com/social-media-character-limits-for-every-platform'],
    official: false,
    checked,
    note: 'Comment 8,000 in independent guides; no Meta page with the figure was found.',
  },
  tiktok: {
    urls: [socialswiss, typecount],
    official: false,
    checked,
    note: 'Comment 150 is widely reported (both guides say so); TikTok publishes no figure that could be confirmed.',
  },
  youtube: {
    urls: [typecount],
    official: false,
    checked,
    note: 'Comment 10,000 in an independent guide; no YouTube help page with the figure was found.',
  },
  x: {
    urls: ['https://docs.x.com/fundamentals/counting-characters'],
    official: true,
    checked,
    note: '280 weighted characters without a paid account (most letters 1, emoji and CJK 2, links 23); counted with twitter-text’s weights.',
  },
  threads: {
    urls: [typecount],
    official: false,
    checked,
    note: 'Replies are posts: 500 in an independent guide.',
  },
  linkedin: {
    urls: [typecount, 'https://getwpcaptcha.com/social-media-character-limits-for-every-platform'],
    official: false,
    checked,
    note: 'Comment 1,250 in independent guides; no LinkedIn help page with the figure was found.',
  },
  google: {
    urls: [
      'https://docs.postsyncer.com/api-reference/reviews/reply.md',
      'https://glama.ai/mcp/connectors/com.breakreach/breakreach/tools/reply_to_comment',
    ],
    official: false,
    checked,
    note: 'The owner’s reply to a review: 4,096 in two API tools’ documentation (one says bytes): counted as UTF-8 bytes, the cautious side. Google’s own page was not found.',
  },
  'review-site': {
    urls: [],
    official: false,
    checked,
    note: 'Review sites differ; no limit is assumed.',
  },
  group: {
    urls: [],
    official: false,
    checked,
    note: 'As the platform the group is on; no limit is assumed.',
  },
  other: { urls: [], official: false, checked, note: 'Unknown platform: no limit is assumed.' },
};
