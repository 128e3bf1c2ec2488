// The twelve invariants of DESIGN.md ("The wizard") over EVERY complete combination of answers,
// asking only relevant questions. If a question or an answer is added, the count below changes
// on purpose: look at the new plans before updating it.
import { describe, expect, it } from 'vitest';
import { allAnswerCombinations, isRealComplaint, type Answers } from '../../src/playbook/decision/questions';
import { resolvePlan, type PlanStep } from '../../src/playbook/decision/plan';
import { stepIds, steps, type StepId } from '../../src/playbook/decision/steps';
import { responseTarget } from '../../src/playbook/decision/timing';

const combos = allAnswerCombinations();
const COMBINATIONS = 387;
const cases = combos.map((answers) => ({ answers, plan: resolvePlan(answers) }));

const ids = (plan: PlanStep[]) => plan.map((s) => s.id);
const has = (plan: PlanStep[], id: StepId) => plan.some((s) => s.id === id);
const at = (plan: PlanStep[], id: StepId) => plan.findIndex((s) => s.id === id);
const label = (a: Answers) => new URLSearchParams(a as Record<string, string>).toString();
const complaintKinds = ['complaint', 'heated', 'excessive'];
const abuseKinds = (a: Answers) => a.kind === 'troll' || ['insult', 'hate', 'threat'].includes(a.abuse ?? '');

/** Runs a check over every case and reports every failing combination with its plan. */
function everyPlan(check: (a: Answers, plan: PlanStep[]) => string | undefined) {
  const failures = cases.flatMap(({ answers, plan }) => {
    const why = check(answers, plan);
    return why ? [`${label(answers)}: ${why} [${ids(plan).join(', ')}]`] : [];
  });
  expect(failures).toEqual([]);
}

describe(`the plan over all ${COMBINATIONS} answer combinations`, () => {
  it(`enumerates exactly ${COMBINATIONS} distinct complete combinations`, () => {
    expect(combos.length).toBe(COMBINATIONS);
    expect(new Set(combos.map(label)).size).toBe(COMBINATIONS);
  });

  it('gives every combination a non-empty plan of known, distinct steps with the catalogue data', () => {
    everyPlan((_, plan) => {
      if (plan.length === 0) return 'empty plan';
      if (new Set(ids(plan)).size !== plan.length) return 'a step appears twice';
      const bad = plan.find((s) => !stepIds.includes(s.id) || s.guide !== steps[s.id].guide || s.writesMessage !== steps[s.id].writesMessage);
      return bad ? `step ${bad.id} does not match the catalogue` : undefined;
    });
  });

  it('1. never deletes or hides a complaint, heated or excessive comment (R22)', () => {
    everyPlan((a, plan) => complaintKinds.includes(a.kind!) && (has(plan, 'delete') || has(plan, 'hide')) ? 'deletes or hides a complaint' : undefined);
  });

  it('2. always answers a complaint, heated or excessive comment in public (R23)', () => {
    everyPlan((a, plan) => complaintKinds.includes(a.kind!) && !has(plan, 'reply-public') ? 'no reply-public' : undefined);
  });

  it('3. continues privately only between a public step and a public follow-up (R18), unless the comment was removed', () => {
    everyPlan((a, plan) => {
      const i = at(plan, 'continue-private');
      if (i < 0) return undefined;
      const removed = a.abuse === 'profanity' && (has(plan, 'delete') || has(plan, 'hide'));
      if (removed) return undefined;
      const before = plan.slice(0, i).some((s) => s.id === 'reply-public' || s.id === 'ask-private');
      const after = plan.slice(i + 1).some((s) => s.id === 'follow-up-public');
      return before && after ? undefined : 'continue-private not framed by public steps';
    });
  });

  it('4. documents before any warn, block, delete, hide or report for trolls, insults, hate and threats', () => {
    everyPlan((a, plan) => {
      if (!abuseKinds(a)) return undefined;
      const doc = at(plan, 'document');
      if (doc < 0) return 'no document step';
      const early = plan.slice(0, doc).find((s) => ['warn', 'block', 'delete', 'hide', 'report-platform'].includes(s.id));
      return early ? `${early.id} before document` : undefined;
    });
  });

  it('5. reports threats to the platform and the police; states the rules publicly and reports hate (R15)', () => {
    everyPlan((a, plan) => {
      if (a.abuse === 'threat' && !(has(plan, 'report-platform') && has(plan, 'contact-police'))) return 'threat not reported';
      if (a.abuse === 'hate' && !(has(plan, 'state-rules-public') && has(plan, 'report-platform'))) return 'hate not answered and reported';
      return undefined;
    });
  });

  it('6. profanity: tells the rules privately before removing, and still answers the substance (R14)', () => {
    everyPlan((a, plan) => {
      if (a.abuse !== 'profanity') return undefined;
      const notify = at(plan, 'notify-rules-private');
      const removal = [at(plan, 'delete'), at(plan, 'hide')].filter((i) => i >= 0);
      if (removal.length && (notify < 0 || removal.some((i) => i < notify))) return 'removed before notify-rules-private';
      return has(plan, 'continue-private') || has(plan, 'reply-public') ? undefined : 'substance not answered';
    });
  });

  it('7. trolls get no public reply; on the own page monitor → warn → block → delete with the rules told privately', () => {
    everyPlan((a, plan) => {
      if (a.kind !== 'troll') return undefined;
      if (has(plan, 'reply-public')) return 'troll gets reply-public';
      if (!has(plan, 'monitor') || !has(plan, 'document')) return 'troll not monitored and documented';
      if (a.place === 'own') {
        const order = ['monitor', 'warn', 'block', 'delete'].map((id) => at(plan, id as StepId));
        if (order.some((i) => i < 0) || order.some((i, k) => k > 0 && i <= order[k - 1])) return 'ladder out of order';
        if (!has(plan, 'notify-rules-private')) return 'rules not told privately';
      } else {
        const report = plan.find((s) => s.id === 'report-platform' || s.id === 'flag-review');
        if (report && !report.optional) return 'troll reported as a must where no rule may be broken';
      }
      return undefined;
    });
  });

  it('8. heated or upset: cool-down comes first, at least 10 minutes (R6)', () => {
    everyPlan((a, plan) => {
      const needs = a.kind === 'heated' || a.mood === 'upset';
      if (!needs) return has(plan, 'cool-down') ? 'cool-down without reason' : undefined;
      if (plan[0].id !== 'cool-down') return 'cool-down is not first';
      const pause = plan[0].pauseMinutes ?? Infinity;
      return pause >= 10 && pause < responseTarget.firstMinutes ? undefined : `pause ${pause} is not 10 minutes or more`;
    });
    // A late calm reply beats a fast angry one: the clock never shrinks the pause.
    for (const left of [-30, 0, 1, 10, 16, 20, 25, 30]) {
      const [cool] = resolvePlan({ kind: 'heated', validity: 'justified', fixable: 'yes', private: 'no', place: 'own', spreading: 'no' }, { minutesToTarget: left });
      expect(cool.pauseMinutes).toBeGreaterThanOrEqual(10);
    }
  });

  it('9. spreading: escalates, and keeps answering wherever the comment is a real complaint (R24, R29)', () => {
    everyPlan((a, plan) => {
      if (a.spreading !== 'yes') return has(plan, 'escalate') || has(plan, 'keep-answering') ? 'escalates without spreading' : undefined;
      if (!has(plan, 'escalate')) return 'no escalate';
      return isRealComplaint(a) && !has(plan, 'keep-answering') ? 'stops answering' : undefined;
    });
  });

  it('10. excessive: invites offline; light humour only as an option for a non-constructive comment (R8, R10, R21)', () => {
    everyPlan((a, plan) => {
      if (a.kind === 'excessive' && !has(plan, 'invite-offline')) return 'no invite-offline';
      const humor = plan.find((s) => s.id === 'light-humor');
      if (humor && !(humor.optional && a.kind === 'excessive' && a.validity === 'unjustified')) return 'light-humor where it does not belong';
      return undefined;
    });
  });

  it('11. review sites and foreign pages: never delete, hide or block; flag or report only on broken rules; answer where it stands (R32)', () => {
    everyPlan((a, plan) => {
      if (a.place === 'own') return has(plan, 'answer-elsewhere') || has(plan, 'flag-review') ? 'elsewhere-steps on the own page' : undefined;
      if (['delete', 'hide', 'block'].some((id) => has(plan, id as StepId))) return 'moderates a page we do not own';
      const rulesMayBeBroken = a.kind === 'abusive' || a.kind === 'troll';
      if (has(plan, 'flag-review') && (a.place !== 'review' || !rulesMayBeBroken)) return 'flag-review without cause';
      if (has(plan, 'report-platform') && !rulesMayBeBroken) return 'report-platform without a broken rule';
      if (has(plan, 'flag-review') && has(plan, 'report-platform')) return 'reported twice';
      if (a.place === 'review' && rulesMayBeBroken && !['hate', 'threat'].includes(a.abuse ?? '') && !has(plan, 'flag-review')) return 'review not flagged';
      const home = resolvePlan({ ...a, place: 'own' });
      const answersAtHome = home.some((s) => s.kind === 'public' && s.writesMessage);
      const first = plan.findIndex((s) => s.kind === 'public' && s.writesMessage);
      if (answersAtHome && (!has(plan, 'answer-elsewhere') || at(plan, 'answer-elsewhere') > first)) return 'not answered where it stands';
      return undefined;
    });
  });

  it('12. unjustified: corrects the facts politely and publicly, never a put-down (R21)', () => {
    everyPlan((a, plan) => {
      if (a.validity !== 'unjustified') return undefined;
      const facts = plan.find((s) => s.id === 'correct-facts');
      if (!facts || facts.kind !== 'public') return 'facts not corrected in public';
      const putDown = plan.find((s) => ['warn', 'block'].includes(s.id) || (s.id === 'light-humor' && !s.optional));
      return putDown ? `${putDown.id} on an unjustified complaint` : undefined;
    });
  });

  it('only the design’s optional steps are ever optional', () => {
    everyPlan((_, plan) => {
      const odd = plan.find((s) => s.optional && !['light-humor', 'flag-review', 'report-platform'].includes(s.id));
      return odd ? `${odd.id} optional` : undefined;
    });
  });

  it('not-negative comments are thanked, never moderated', () => {
    everyPlan((a, plan) => a.kind === 'not-negative' && (!has(plan, 'thank') || plan.some((s) => s.kind === 'moderate' || s.kind === 'report')) ? 'not thanked' : undefined);
  });

  it('a plan for incomplete answers holds the steps known so far, and none for no answers', () => {
    expect(resolvePlan({})).toEqual([]);
    expect(ids(resolvePlan({ kind: 'heated' }))).toEqual(['cool-down', 'reply-public']);
  });
});
