// The home page's quick starts: three links into the wizard for what an owner most often faces,
// each with the answers it gives already in the query (the wizard's public URL ids).
//
// A link with answers opens the wizard past its paste box, so each start was weighed:
// - a troll: the owner knows it from the pattern (the same person, again and again), which one
//   pasted comment cannot show; the link says `kind=troll` and the questions follow;
// - a threat: nothing should stand between the owner and the safety notice, which the wizard shows
//   above every screen once `abuse=threat` is given;
// - an angry review: no answer given, so it opens on the paste box. Read on the device, the review
//   answers more than the kind (whether it is sensitive, needs personal data or names a team member;
//   the writer's name, language and register for the reply), and the reading can still tell a
//   polite complaint from an angry one, or find a threat the owner took for anger. A link fixing
//   `kind` would keep the reading from suggesting a kind at all.
import type { Answers } from './questions';
import { serializeWizardState } from './state';
import { threatAnswers } from './plan';

export const quickStartIds = ['review', 'troll', 'threat'] as const;
export type QuickStartId = (typeof quickStartIds)[number];

export const quickStartAnswers: Record<QuickStartId, Answers> = {
  review: {},
  troll: { kind: 'troll' },
  threat: threatAnswers,
};

/** The query a quick start adds to the wizard's address ('' for the paste box). */
export const quickStartQuery = (id: QuickStartId): string =>
  serializeWizardState(quickStartAnswers[id]);
