// What an owner can do about someone else's comment on each platform, so the published house rules
// promise only steps the owner can take. The facts are the wizard's capability table
// (../decision/platforms.ts, with its sources and checked dates); the unit tests keep the two in
// step. Bluesky and Mastodon are not in that table: no hide, delete or block was confirmed there, so
// they take the cautious side. A warning and a report to the platform are possible everywhere.
import { consequenceIds, type ConsequenceId, type PlatformId } from './ids';

type Tool = Extract<ConsequenceId, 'hide' | 'delete' | 'block'>;

export const commentTools: Record<PlatformId, readonly Tool[]> = {
  instagram: ['delete', 'block'],
  x: ['hide', 'block'],
  tiktok: ['delete'],
  threads: [],
  bluesky: [],
  mastodon: [],
  youtube: ['delete', 'block'],
  facebook: ['hide', 'delete', 'block'],
  linkedin: [],
};

/** The steps the platform lets the owner take, in escalation order. */
export function consequencesOn(platform: PlatformId): readonly ConsequenceId[] {
  const tools: readonly ConsequenceId[] = commentTools[platform];
  return consequenceIds.filter((c) => c === 'warn' || c === 'report' || tools.includes(c));
}

/**
 * The chosen steps as the platform allows them, in the user's order: a comment that cannot be
 * hidden is deleted where that is possible (and the other way round); where neither is, it is
 * reported instead. A block the platform does not offer is left out.
 */
export function consequencesFor(
  platform: PlatformId,
  chosen: readonly ConsequenceId[],
): ConsequenceId[] {
  const on = consequencesOn(platform);
  const out: ConsequenceId[] = [];
  for (const c of chosen) {
    const step: ConsequenceId | undefined = on.includes(c)
      ? c
      : c === 'hide' || c === 'delete'
        ? (['delete', 'hide', 'report'] as const).find((s) => on.includes(s))
        : undefined;
    if (step && !out.includes(step)) out.push(step);
  }
  return out;
}
