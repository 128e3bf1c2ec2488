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
/** The answers that make a comment a threat (a quick start gives them; the check screen sets them). */
export const threatAnswers = { kind: 'abusive', abuse: 'threat' } as const satisfies Answers;
/** These answers with the comment taken as a threat; the others stay where they still apply. */
export const asThreat = (a: Answers): Answers => clearIrrelevant({ ...a, ...threatAnswers });
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
    // Undefined where they do not apply (as if absent: the view and compose test for a value).
    pauseMinutes: id === 'cool-down' ? minPauseMinutes : undefined,
    discreet: a.sensitive === 'yes' || undefined,
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
    else if (a.kind === 'rumour') rumourPlan();
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
    // Evidence before anything can go: profanity is removed, a rumour may be taken down by others.
    if (a.kind === 'troll' || a.kind === 'abusive' || a.kind === 'fake' || a.kind === 'rumour')
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
    if (!own) return elsewhereMockery();
    // Going after a team member breaks every platform's harassment rules: reported first.
    if (a.staff === 'yes') reportAtPlatform(true);
    if (can.restrict) add('restrict');
    if (can.hide) add('hide');
    if (can.messageAuthor) add('warn');
    if (!can.hide && can.delete) add('delete');
    // The block is for when it goes on after the warning.
    if (can.block) add('block', true);
  }

  /**
   * Baiting or mockery on someone else's video or post: nothing to moderate there. A report only
   * where a rule is broken, and a calm word on your own channel instead of a fight under theirs.
   */
  function elsewhereMockery(): void {
    reportAtPlatform(false);
    // In a group the admins act: they are asked; a post of your own would only feed it.
    if (a.platform === 'group') add('ask-admins');
    else if (place === 'elsewhere') add('answer-own-channel', true);
  }

  /**
   * As the guide says: reported, then the rule told in private where the platform carries a
   * message, then removed; the block only if it goes on.
   */
  function insultPlan(): void {
    reportAtPlatform(true);
    if (own) {
      if (can.messageAuthor) add('warn');
      remove();
      if (can.block) add('block', true);
    } else if (place === 'review') add('answer-insult', true);
    // Under a review only the portal can remove it: if it keeps it, one calm reply stands by the team.
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

  /**
   * Flagging is the main remedy; the one public reply is calm and says nothing about the person's
   * records. On a sensitive matter (a practice, a pharmacy) advice comes first, and the reply
   * neither confirms nor denies a visit, a treatment or a record.
   */
  function fakePlan(): void {
    reportAtPlatform(true);
    if (a.sensitive === 'yes') add('get-advice');
    add('no-record');
  }

  /**
   * A claim about the business that is not about the writer's own visit: answered in public where
   * it stands, never moved to a private talk. True: regretted and what changes said to everyone
   * reading (the writer was never the customer, so nothing is offered to them); not: the facts,
   * plainly. In a group someone else runs, its admins can pin the correction or take the claim down.
   */
  function rumourPlan(): void {
    realWorldSteps();
    // Sensitive: advice first, then only the facts (what is being checked or done), no admission;
    // unless it is plainly false, concern is shown first (in words that invite no private talk,
    // and no get-well words: the writer is not the one who was hurt).
    const sensitive = a.sensitive === 'yes';
    if (sensitive) add('get-advice');
    if (sensitive && a.validity !== 'unjustified') add('show-concern');
    const right = !sensitive && (a.validity === 'justified' || a.validity === 'partly');
    if (!right || a.validity === 'partly') add('correct-facts');
    if (right) add('apologize');
    if (right) add('promise-improvement');
    if (a.platform === 'group') add('ask-admins');
    else if (place === 'elsewhere') add('answer-own-channel', true);
  }

  /** A sensitive matter's real-world step, before anything is written: safety does not wait. */
  function realWorldSteps(): void {
    if (a.concern === 'legal') add('get-advice');
    if (a.concern === 'product') add('product-safety');
    if (a.concern === 'food') add('food-safety');
  }

  /**
   * The fix for this customer where it can be done now, and what will change: a fault of the
   * business's own gets both when it can be put right (the change is an option then).
   */
  function fixAndChange(): void {
    if (a.fixable === 'yes') {
      add('offer-fix');
      add('promise-improvement', true);
    } else add('promise-improvement');
  }

  /** A complaint, heated, excessive or with profanity: answered, in public or in private. */
  function complaintPlan(): void {
    const sensitive = a.sensitive === 'yes';
    // Profanity on the own page: the rules first, in private, then the words go, and the
    // complaint is answered in private (R14). Only where the platform carries a private message.
    const removed = isRemovedProfanity(a);
    if (removed) {
      // The comment is gone: what would have been the public answer is the private conversation.
      realWorldSteps();
      add('notify-rules-private');
      remove();
      if (sensitive) add('get-advice');
      if (a.concern === 'health') add('call-back');
      add('continue-private');
    } else {
      publicAnswer();
    }
    if (a.spreading === 'yes') {
      add('keep-answering');
      // One answer, the copies out of sight (never the complaint itself).
      if (own && can.hide) add('hide-duplicates', true);
    }
    // Swearing elsewhere may be reported; a review whose complaint is right is answered, never
    // flagged away: a genuine review is not to be removed (the law page says so).
    const genuineReview =
      place === 'review' && (a.validity === 'justified' || a.validity === 'partly');
    if (a.abuse === 'profanity' && !removed && !own && !genuineReview) reportAtPlatform(false);
  }

  /** The public reply to a complaint and, where it needs one, the way to a private channel. */
  function publicAnswer(): void {
    const sensitive = a.sensitive === 'yes';
    realWorldSteps();
    add('reply-public');
    if (sensitive) {
      // No details and no admission in public; the substance goes private, with advice (R18).
      // An injury or food: the get-well words first (they admit nothing).
      if (a.concern === 'health' || a.concern === 'product' || a.concern === 'food')
        add('wish-well');
      add('show-concern');
    } else {
      // Partly right: the correction first, then the apology and the fix, so no excuse follows it.
      const right = a.validity === 'justified' || a.validity === 'partly';
      if (a.validity === 'partly' || a.validity === 'unjustified') add('correct-facts');
      if (right) add('apologize');
      if (right) fixAndChange();
    }
    if (a.kind === 'excessive') {
      // Where the platform carries messages and forbids a contact under the review (a
      // marketplace), its messages are the invitation: no phone, no address, no "stop by".
      // The light touch before the invitation: after the contact line it reads as a parting shot.
      if (a.validity === 'unjustified' && !sensitive) add('light-humor', true);
      add(a.platform === 'marketplace' ? 'ask-message' : 'invite-offline');
    }
    // Unjustified complaints get a way to a private channel too (seed 003).
    if (
      sensitive ||
      a.private === 'yes' ||
      a.validity === 'unsure' ||
      a.validity === 'unjustified'
    ) {
      // Only a plan that needs personal data asks for it.
      if (a.private === 'yes') add('ask-details');
      // An excessive comment is already invited offline; a second invitation would be noise.
      // Where the platform carries private messages, they are the way (no e-mail under a review).
      // A sensitive matter's concern replaces that invitation, so the way to get in touch is given.
      if (a.kind !== 'excessive' || sensitive)
        add(can.messageAuthor ? 'ask-message' : 'ask-private');
      if (sensitive) add('get-advice');
      // Health: the person is reached from your own records; the public reply asks for nothing.
      if (a.concern === 'health') add('call-back');
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
