// Every complete combination of answers with its plan, enumerated and resolved once per worker.
// Several unit files walk all of them; the unit project runs its files without isolation, so a
// worker loads this module once and every file after the first reuses the list.
import { allAnswerCombinations, type Answers } from '../../src/playbook/decision/questions';
import { resolvePlan, type PlanStep } from '../../src/playbook/decision/plan';

export interface PlanCase {
  answers: Answers;
  plan: PlanStep[];
}

let cases: readonly PlanCase[] | undefined;

/** Every complete combination (asking only relevant questions) and its plan, in enumeration order. */
export function everyPlanCase(): readonly PlanCase[] {
  cases ??= allAnswerCombinations().map((answers) => ({ answers, plan: resolvePlan(answers) }));
  return cases;
}

/**
 * One case per distinct key (in the order keys first appear, the last case met for each): plans
 * alike by the key compose alike, so each is checked once.
 */
export function distinctPlanCases(
  key: (c: PlanCase) => string,
  only: (a: Answers) => boolean = () => true,
): PlanCase[] {
  const seen = new Map<string, PlanCase>();
  for (const c of everyPlanCase()) if (only(c.answers)) seen.set(key(c), c);
  return [...seen.values()];
}
