// What an owner can do about someone else's comment on each platform, so the published house rules
// promise only steps the owner can take. The facts are the wizard's capability table
// (../decision/platforms.ts, with its sources and checked dates); the unit tests keep the two in
// step. Threads and LinkedIn have none confirmed there; Bluesky and Mastodon are not in that table,
// so they take the same cautious side (none). A warning and a report are possible everywhere.
import { consequenceIds, type ConsequenceId, type PlatformId } from './ids';

/** Hide, delete and block, where confirmed; a platform not listed has none of them. */
export const commentTools: Partial<Record<PlatformId, readonly ConsequenceId[]>> = {
  instagram: ['delete', 'block'],
  x: ['hide', 'block'],
  tiktok: ['delete', 'block'],
  youtube: ['delete', 'block'],
  facebook: ['hide', 'delete', 'block'],
};

/** The steps the platform lets the owner take, in escalation order. */
export function consequencesOn(platform: PlatformId): readonly ConsequenceId[] {
  const tools = commentTools[platform] ?? [];
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
    // Warn and report are offered everywhere: what is missing is a block, a hide or a delete.
    const step = on.includes(c)
      ? c
      : c !== 'block' && (['delete', 'hide', 'report'] as const).find((s) => on.includes(s));
    if (step && !out.includes(step)) out.push(step);
  }
  return out;
}
