// Platform limits as data: what the bio field takes and how the platform counts it. Where each
// number comes from, and when it was checked, is in platform-sources.ts (same ids; kept apart so
// the browser bundle carries only the numbers). A limit that changes is one line here, and the
// property tests re-check every platform on the next run.
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
}

export const platforms: readonly PlatformLimit[] = [
  {
    id: 'instagram',
    label: 'Instagram',
    bio: { limit: 150, counting: 'code-units' },
    full: { limit: 2200, counting: 'code-units' },
  },
  {
    id: 'x',
    label: 'X',
    bio: { limit: 160, counting: 'x-weighted', linkLength: 23 },
    full: { limit: 280, counting: 'x-weighted', linkLength: 23 },
  },
  {
    id: 'tiktok',
    label: 'TikTok',
    bio: { limit: 80, counting: 'code-units' },
    full: { limit: 4000, counting: 'code-units' },
  },
  {
    id: 'threads',
    label: 'Threads',
    bio: { limit: 150, counting: 'code-units' },
    full: { limit: 500, counting: 'code-units' },
  },
  {
    id: 'bluesky',
    label: 'Bluesky',
    bio: { limit: 256, counting: 'graphemes', maxUtf8Bytes: 2560 },
    full: { limit: 300, counting: 'graphemes', maxUtf8Bytes: 3000 },
  },
  {
    id: 'mastodon',
    label: 'Mastodon',
    bio: { limit: 500, counting: 'code-units', linkLength: 23 },
    full: { limit: 500, counting: 'code-units', linkLength: 23 },
  },
  {
    id: 'youtube',
    label: 'YouTube',
    bio: { limit: 1000, counting: 'code-units' },
    full: { limit: 1000, counting: 'code-units' },
  },
  {
    id: 'facebook',
    label: 'Facebook',
    bio: { limit: 101, counting: 'code-units' },
    full: { limit: 63206, counting: 'code-units' },
  },
  {
    id: 'linkedin',
    label: 'LinkedIn',
    bio: { limit: 2600, counting: 'code-units' },
    full: { limit: 3000, counting: 'code-units' },
  },
];

export function platformById(id: PlatformId): PlatformLimit {
  return platforms.find((p) => p.id === id)!;
}
