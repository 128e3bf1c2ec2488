// How long a reply under a comment may be on each platform of the wizard, and how the platform
// counts it, as data with a source and the day it was checked (2026-12-07). Where no figure could
// be confirmed the limit is null: the check then counts but never warns.
import type { PlatformId } from '../decision/platforms';
import type { Counting } from '../house-rules/measure';

/** `utf8-bytes`: where the only figure found is in bytes (Google's API), the cautious count. */
export type ReplyCounting = Counting | 'utf8-bytes';

export interface ReplyLimit {
  max: number | null;
  counting: ReplyCounting;
}

export const replyLimits: Record<PlatformId, ReplyLimit> = {
  instagram: { max: 2200, counting: 'code-units' },
  facebook: { max: 8000, counting: 'code-units' },
  tiktok: { max: 150, counting: 'code-units' },
  youtube: { max: 10000, counting: 'code-units' },
  x: { max: 280, counting: 'x-weighted' },
  threads: { max: 500, counting: 'code-units' },
  linkedin: { max: 1250, counting: 'code-units' },
  google: { max: 4096, counting: 'utf8-bytes' },
  'review-site': { max: null, counting: 'graphemes' },
  marketplace: { max: null, counting: 'graphemes' },
  group: { max: null, counting: 'graphemes' },
  other: { max: null, counting: 'graphemes' },
};
