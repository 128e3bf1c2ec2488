// From answers to an ordered plan. The order is the order of doing: calm down, get help, secure
// evidence, answer in public, continue in private, moderate, report, keep watching. The twelve
// invariants of DESIGN.md ("The wizard") are tested over every combination of answers.
import { clearIrrelevant, isRealComplaint, type Answers } from './questions';
import { steps, type StepId, type StepKind } from './steps';
import { suggestedPause } from './timing';

export interface PlanStep {
  id: StepId;
  kind: StepKind;
  guide: string;
  writesMessage: boolean;
  /** An option, not a must: used where a step only fits some cases (a platform rule broken, humour). */
  optional: boolean;
  /** For `cool-down`: how long to step away, in minutes; always fits inside the response target. */
  pauseMinutes?: number;
}

export interface PlanOptions {
  /** Minutes left until the 30-minute target, when the user said when the comment was posted. */
  minutesToTarget?: number;
}

/** The ordered steps for a (complete) set of answers; incomplete answers give the steps known so far. */
export function resolvePlan(input: Answers, options: PlanOptions = {}): PlanStep[] {
  const a = clearIrrelevant(input);
  if (!a.kind) return [];
  const plan: PlanStep[] = [];
  const add = (id: StepId, optional = false): void => {
    if (plan.some((s) => s.id === id)) return;
    plan.push({ id, ...steps[id], optional });
  };
  const own = a.place === 'own';
  const abuse = a.kind === 'abusive' ? a.abuse : undefined;
  const complaint = isRealComplaint(a);
  // Where we cannot delete, hide or block, the platform is the one to act, on rule-breaking only.
  const flagAtPlatform = (optional: boolean): void => {
    if (a.place === 'review') add('flag-review', optional);
    else if (a.place === 'elsewhere') add('report-platform', optional);
  };

  // In the heat of the moment replies make it worse (R6); the pause comes before anything else.
  if (a.kind === 'heated' || a.mood === 'upset') {
    plan.push({ id: 'cool-down', ...steps['cool-down'], optional: false, pauseMinutes: suggestedPause(options.minutesToTarget) });
  }
  if (a.spreading === 'yes') add('escalate');
  if (a.kind === 'troll') add('monitor');
  if (a.kind === 'troll' || abuse === 'insult' || abuse === 'hate' || abuse === 'threat') add('document');

  if (complaint) {
    const removed = abuse === 'profanity' && own;
    if (removed) {
      // R14: tell them privately first, then remove the words, and answer the substance in private.
      add('notify-rules-private');
      add('delete');
      add('continue-private');
    } else {
      add('reply-public');
    }
    if (a.validity === 'justified') {
      add('apologize');
      add(a.fixable === 'yes' ? 'offer-fix' : 'promise-improvement');
    }
    if (a.validity === 'unjustified') add('correct-facts');
    if (a.kind === 'excessive') {
      add('invite-offline');
      if (a.validity === 'unjustified') add('light-humor', true);
    }
    if (!removed && (a.private === 'yes' || a.validity === 'unsure')) {
      // An excessive comment is already invited offline; a second invitation would be noise.
      if (a.kind !== 'excessive') add('ask-private');
      add('continue-private');
      add('follow-up-public');
    }
    if (abuse === 'profanity' && !own) flagAtPlatform(true);
    if (a.spreading === 'yes') add('keep-answering');
  }

  if (a.kind === 'troll') {
    if (own) {
      add('warn');
      add('block');
      add('delete');
      add('notify-rules-private');
    } else {
      flagAtPlatform(true);
    }
  }
  if (abuse === 'insult') {
    if (own) { add('delete'); add('block'); add('report-platform'); } else flagAtPlatform(false);
  }
  if (abuse === 'hate') {
    if (own) add('delete');
    add('state-rules-public');
    if (own) add('block');
    add('report-platform');
  }
  if (abuse === 'threat') {
    add('report-platform');
    add('contact-police');
    // Hidden rather than deleted: the platform and the police may still need to see it.
    if (own) { add('hide'); add('block'); }
  }
  if (a.kind === 'not-negative') add('thank');
  if (a.spreading === 'yes') add('monitor');

  // Not on our page: whatever we would answer at home is answered where the comment stands (R32).
  if (a.place && !own) {
    const first = plan.findIndex((s) => s.kind === 'public' && s.writesMessage);
    if (first >= 0) plan.splice(first, 0, { id: 'answer-elsewhere', ...steps['answer-elsewhere'], optional: false });
  }
  return plan;
}
