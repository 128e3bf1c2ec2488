// From answers to an ordered plan an owner can carry out, on the platform where the comment stands,
// in the order written. The order is the order of doing: calm down, get help, secure evidence,
// report while the comment still exists, answer in public, continue in private, then moderate
// (never a private message after a block, never a report after a removal). One function per kind
// of comment, each read top to bottom; the invariants in ./README.md are tested over every
// combination of answers.
import {
  clearIrrelevant,
  isRealComplaint,
  isRemovedProfanity,
  placeOf,
  type Answers,
} from './questions';
import { capabilitiesAt, type PlatformCapabilities, type PlatformId } from './platforms';
import { steps, type StepId, type StepInfo } from './steps';
import { minPauseMinutes } from './timing';
import type { StepTexts } from './texts';

export type PlanStep = StepInfo & PlanStepFacts;

interface PlanStepFacts {
  id: StepId;
  /** An option, not a must: used where a step only fits some cases (a platform rule broken, humour). */
  optional: boolean;
  /** Where the comment stands (`other` until known): picks the step's text for that platform. */
  platform: PlatformId;
  /** For `cool-down`: how long to step away, in minutes (at least 10, whatever the clock says). */
  pauseMinutes?: number;
  /** The comment touches health, an injury, a child or a legal claim: a step's discreet text applies. */
  discreet?: true;
}

/** The capabilities a plan was made for: the platform (`other`, the most cautious, until known) at the place. */
export function planCapabilities(input: Answers): PlatformCapabilities {
  return capabilitiesOf(clearIrrelevant(input));
}
const capabilitiesOf = (a: Answers): PlatformCapabilities =>
  capabilitiesAt(a.platform ?? 'other', placeOf(a) ?? 'own');

/** A threat: the plan opens with the safety notice (the emergency numbers), before any step. */
export const opensWithSafety = (input: Answers): boolean => isThreat(clearIrrelevant(input));
const isThreat = (a: Answers): boolean => a.kind === 'abusive' && a.abuse === 'threat';

/** The ordered steps for a (complete) set of answers; incomplete answers give the steps known so far. */
export function resolvePlan(input: Answers): PlanStep[] {
  const a = clearIrrelevant(input);
  if (!a.kind) return [];
  const platform: PlatformId = a.platform ?? 'other';
  const place = placeOf(a);
  const own = place === 'own';
  const can = capabilitiesOf(a);
  const plan: PlanStep[] = [];
  /** The one way a plan step is built. */
  const step = (id: StepId, optional = false): PlanStep => ({
    id,
    ...steps[id],
    optional,
    platform,
    ...(id === 'cool-down' ? { pauseMinutes: minPauseMinutes } : {}),
    ...(a.sensitive === 'yes' ? { discreet: true as const } : {}),
  });
  /** Adds a step once; a step already in the plan keeps its place. */
  const add = (id: StepId, optional?: boolean): void => {
    if (!plan.some((s) => s.id === id)) plan.push(step(id, optional));
  };

  if (isThreat(a)) threatPlan();
  else {
    opening();
    if (a.kind === 'troll') trollPlan();
    else if (a.kind === 'fake') fakePlan();
    else if (a.kind === 'not-negative') add('thank');
    else if (a.kind === 'abusive' && a.abuse === 'insult') insultPlan();
    else if (a.kind === 'abusive' && a.abuse === 'hate') hatePlan();
    else if (isRealComplaint(a)) complaintPlan();
    if (a.spreading === 'yes') add('monitor');
  }
  // Not on our page: whatever we would answer at home is answered where the comment stands (R32).
  if (place && !own) {
    const first = plan.findIndex((s) => s.kind === 'public' && s.writesMessage);
    if (first >= 0) plan.splice(first, 0, step('answer-elsewhere'));
  }
  return plan;

  // One function per kind of comment, each read top to bottom; the helpers they share first.
  /** In the heat of the moment replies make it worse (R6): heated or upset, a pause first. */
  function pause(): void {
    if (a.kind === 'heated' || a.mood === 'upset') add('cool-down');
  }

  /**
   * Where the owner cannot moderate, the platform is the one to act: a review is flagged, anything
   * else reported. `must` says whether a rule is surely broken (or the content may be illegal).
   */
  function reportAtPlatform(must: boolean): void {
    if (place === 'review') {
      if (can.flagReview) add('flag-review', !must);
    } else if (can.reportRule || can.reportIllegal) add('report-platform', !must);
  }

  /** Out of sight on the own page, after the report: a deleted comment can no longer be reported. */
  function remove(): void {
    if (can.delete) add('delete');
    else if (can.hide) add('hide');
  }

  /**
   * Safety, evidence, out of sight at once, the police; the pause only after that (nothing is
   * written in public). Hiding comes first only where a hidden comment can still be reported.
   */
  function threatPlan(): void {
    add('document');
    if (own && can.hide && can.hiddenStillReportable) add('hide');
    reportAtPlatform(true);
    // Once reported: deleted where the owner can, else the platform's personal-data request.
    add('remove-personal-data');
    // The person named is told and kept safe before the police: they may be the one to file.
    if (a.staff === 'yes') add('support-staff');
    add('contact-police');
    if (own && can.block) add('block');
    if (a.spreading === 'yes') add('escalate');
    pause();
    if (a.spreading === 'yes') add('monitor');
  }

  /** What every other plan starts with: the pause before anything else, help, evidence, the person. */
  function opening(): void {
    pause();
    if (a.spreading === 'yes') add('escalate');
    // A troll is watched before anything else is done (R11): quiet first.
    if (a.kind === 'troll') add('monitor');
    if (a.kind === 'troll' || a.abuse === 'insult' || a.abuse === 'hate' || a.kind === 'fake')
      add('document');
    // Before anything public: the person targeted is asked, protected and kept out of it.
    if (a.staff === 'yes') add('support-staff');
  }

  /**
   * On the own page: the platform's quiet tools first, then one warning in private, then removal and
   * the block, last: after a block no message reaches them. A troll gets no public reply, not even a
   * warning (it is the attention they want): where the platform carries no private message, the
   * house rules in the bio are the warning and the plan goes from the quiet tools on.
   */
  function trollPlan(): void {
    if (!own) return reportAtPlatform(false);
    if (can.restrict) add('restrict');
    if (can.hide) add('hide');
    if (can.messageAuthor) add('warn');
    if (!can.hide && can.delete) add('delete');
    if (can.block) add('block');
  }

  function insultPlan(): void {
    reportAtPlatform(!own);
    if (own) {
      remove();
      if (can.block) add('block');
    }
  }

  /** Reported while it still stands, then a line of your own, then removed and blocked. */
  function hatePlan(): void {
    reportAtPlatform(true);
    add('state-rules-public');
    if (own) {
      remove();
      if (can.block) add('block');
    }
  }

  /** Flagging is the main remedy; the one public reply states calmly that there is no record. */
  function fakePlan(): void {
    reportAtPlatform(true);
    add('no-record');
    if (a.sensitive === 'yes') add('get-advice');
  }

  /** A complaint, heated, excessive or with profanity: answered, in public or in private. */
  function complaintPlan(): void {
    const sensitive = a.sensitive === 'yes';
    // Profanity on the own page: the rules first, in private, then the words go, and the
    // complaint is answered in private (R14). Only where the platform carries a private message.
    const removed = isRemovedProfanity(a);
    if (removed) {
      // The comment is gone: what would have been the public answer is the private conversation.
      add('notify-rules-private');
      remove();
      if (sensitive) add('get-advice');
      add('continue-private');
    } else {
      publicAnswer();
    }
    if (a.spreading === 'yes') {
      add('keep-answering');
      // One answer, the copies out of sight (never the complaint itself).
      if (own && can.hide) add('hide-duplicates', true);
    }
    if (a.abuse === 'profanity' && !removed && !own) reportAtPlatform(false);
  }

  /** The public reply to a complaint and, where it needs one, the way to a private channel. */
  function publicAnswer(): void {
    const sensitive = a.sensitive === 'yes';
    add('reply-public');
    if (sensitive) {
      // No details and no admission in public; the substance goes private, with advice (R18).
      add('show-concern');
    } else {
      const right = a.validity === 'justified' || a.validity === 'partly';
      if (right) add('apologize');
      if (a.validity === 'partly' || a.validity === 'unjustified') add('correct-facts');
      if (right) add(a.fixable === 'yes' ? 'offer-fix' : 'promise-improvement');
    }
    if (a.kind === 'excessive') {
      add('invite-offline');
      if (a.validity === 'unjustified' && !sensitive) add('light-humor', true);
    }
    // Unjustified complaints get a way to a private channel too (seed 003).
    if (
      sensitive ||
      a.private === 'yes' ||
      a.validity === 'unsure' ||
      a.validity === 'unjustified'
    ) {
      // An excessive comment is already invited offline; a second invitation would be noise.
      if (a.kind !== 'excessive') add('ask-private');
      if (sensitive) add('get-advice');
      add('continue-private');
      add('follow-up-public');
    }
  }
}

/**
 * The explanation of a step as shown in this plan: on a sensitive matter the discreet text where
 * the step has one (it covers every platform), else the platform's own text where there is one.
 */
export function stepText(
  texts: Omit<StepTexts, 'title'>,
  step: Pick<PlanStep, 'platform' | 'discreet'>,
): string {
  return (step.discreet && texts.discreet) || texts.byPlatform?.[step.platform] || texts.text;
}
