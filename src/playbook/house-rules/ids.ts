// The public ids of the house-rules generator. They appear in the URL (?platform=tiktok&rules=…),
// in the content files (one text per id) and in tests that enumerate every combination, so they
// are data here and nowhere else. Renaming one breaks shared links: add, don't rename.

export const platformIds = [
  'instagram',
  'x',
  'tiktok',
  'threads',
  'bluesky',
  'mastodon',
  'youtube',
  'facebook',
  'linkedin',
] as const;
export type PlatformId = (typeof platformIds)[number];

/**
 * Rules, most important first: when a bio has no room for all chosen rules, the last ones in this
 * order are left out first (threats and hate matter more to name than the topic of a thread).
 */
export const ruleIds = [
  'no-threats',
  'no-hate',
  'no-insults',
  'respect',
  'no-spam',
  'privacy',
  'no-obscenity',
  'no-impersonation',
  'legal',
  'on-topic',
] as const;
export type RuleId = (typeof ruleIds)[number];

/**
 * The order the full rules list them in: the general ask first, then the specifics, the plainly
 * unlawful last. Independent of `ruleIds` (importance), which decides what a short bio keeps.
 */
export const fullRuleOrder: readonly RuleId[] = [
  'respect',
  'no-insults',
  'no-hate',
  'no-threats',
  'privacy',
  'no-obscenity',
  'no-spam',
  'no-impersonation',
  'on-topic',
  'legal',
];

/** Rules the bio names in its "we remove …" list; `respect` is a request of its own, not a removal. */
export const listedRuleIds = ruleIds.filter(
  (r): r is Exclude<RuleId, 'respect'> => r !== 'respect',
);

/**
 * What happens on a breach, in the order a new step joins the ladder: a reminder first, then the
 * report (before the comment is taken down: a deleted comment can no longer be reported), the
 * account last. The user can still reorder.
 */
export const consequenceIds = ['warn', 'report', 'hide', 'delete', 'block'] as const;
export type ConsequenceId = (typeof consequenceIds)[number];

export { registers, type Register } from '../../i18n/registers';

export const contactKinds = ['dm', 'email', 'phone', 'link'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** Contact kinds whose statement needs a typed value (`contactValue`). */
export function contactNeedsValue(kind: ContactKind): boolean {
  return kind !== 'dm';
}

/** When the team answers: presets, so every output language can say it natively. */
export const replyTimeIds = ['hour', 'day', 'workday'] as const;
export type ReplyTimeId = (typeof replyTimeIds)[number];

/**
 * Ticks a consequence on: it joins the ladder before the first chosen step that is stricter in the
 * escalation order (warn → report → hide → delete → block), so a new step never lands after
 * "block" by accident; the user's own reordering of the others is kept.
 */
export function withConsequence(
  list: readonly ConsequenceId[],
  id: ConsequenceId,
): ConsequenceId[] {
  const rank = consequenceIds.indexOf(id);
  const at = list.findIndex((c) => consequenceIds.indexOf(c) > rank);
  return at < 0 ? [...list, id] : [...list.slice(0, at), id, ...list.slice(at)];
}

/** Consequences that take a comment down: with one of them chosen, the bio says "we remove …". */
export const removingConsequences: readonly ConsequenceId[] = ['hide', 'delete'];

/**
 * The parts of a bio, in the order they are written. `pointer` sends the reader to the full rules
 * (a pinned post) when the bio had to leave rules out, or the contact too.
 */
const bioParts = [
  'heading',
  'welcome',
  'contact',
  'respect',
  'rules',
  'replyTime',
  'pointer',
] as const;
export type BioPart = (typeof bioParts)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
