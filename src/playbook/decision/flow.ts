// The wizard's flow on a phone, under stress: which screen comes next (the pasted comment, the
// remaining questions, the check of what the reading suggested, the plan), how far along the owner
// is, and when the safety notice must show. Pure: the island keeps the state and asks here.
import {
  answer,
  clearIrrelevant,
  answersFor,
  isRelevant,
  nextQuestion,
  questionOrder,
  relevantQuestions,
  type Answers,
  type QuestionId,
} from './questions';
import { impliedPlace, platformCapabilities } from './platforms';

export type Screen =
  | { name: 'paste' }
  | { name: 'question'; question: QuestionId }
  | { name: 'check' }
  | { name: 'plan' };

export interface FlowState {
  answers: Answers;
  /** The comment was read (suggestions made) or the owner skipped pasting one. */
  pasted: boolean;
  /** Answers the reading suggested (question → value), until the owner changes them. */
  suggested: Partial<Record<QuestionId, string>>;
  /** The owner confirmed the check of their answers. */
  confirmed: boolean;
}

/**
 * The screen to show. An old link or a shared one (answers already there) skips the paste box; the
 * check of the suggested answers comes once the remaining questions are answered.
 */
export function screenOf(s: FlowState): Screen {
  const a = clearIrrelevant(s.answers);
  if (!s.pasted && !Object.keys(a).length) return { name: 'paste' };
  const question = nextQuestion(a);
  if (question) return { name: 'question', question };
  if (hasSuggestions(s) && !s.confirmed) return { name: 'check' };
  return { name: 'plan' };
}

/** Suggestions still standing: an answer the owner changed is theirs, not the reading's. */
export function standingSuggestions(s: Pick<FlowState, 'answers' | 'suggested'>): QuestionId[] {
  const a = clearIrrelevant(s.answers);
  return (Object.keys(s.suggested) as QuestionId[]).filter((q) => a[q] === s.suggested[q]);
}

const hasSuggestions = (s: FlowState) => standingSuggestions(s).length > 0;

/** One suggestion of the comment reading: a question (or lang/register/name) and a value. */
export interface ReadSuggestion {
  question: string;
  value: string;
}

/**
 * Yes/no questions the reading looks for on purpose (a health or legal matter, personal data, a
 * team member named). When a comment was read and showed none of it, "no" is suggested – marked
 * as a suggestion on the check screen, where the owner can change it – so the owner is not asked
 * what the text already answers.
 */
const readFor: readonly QuestionId[] = ['sensitive', 'private', 'staff'];

export interface Suggested {
  answers: Answers;
  suggested: Partial<Record<QuestionId, string>>;
  /** Reply language, register and the commenter's signed name: for the reply, not questions. */
  replyLang?: string;
  register?: string;
  name?: string;
}

/**
 * Applies what the reading suggested to the answers so far. An answer the owner already gave
 * stays; a suggestion that does not fit the answers (an unknown kind, a review on Instagram) is
 * left out, and that question is asked.
 */
export function applySuggestions(
  given: Answers,
  suggestions: readonly ReadSuggestion[],
  replyLangs: readonly string[],
): Suggested {
  let answers = given;
  const suggested: Partial<Record<QuestionId, string>> = {};
  const out: Suggested = { answers, suggested };
  const byQuestion = new Map(suggestions.map((s) => [s.question, s.value]));
  // In question order, so that a suggestion is checked against the ones before it. A value the
  // question does not offer here (or none) is not among answersFor, so that one check suffices.
  for (const q of readOrder) {
    const value = byQuestion.get(q);
    if (answers[q] !== undefined || !isRelevant(q, answers)) continue;
    if (!answersFor(q, answers).includes(value as never)) continue;
    answers = answer(answers, q, value as never);
    suggested[q] = value!;
  }
  for (const q of readFor) {
    if (answers[q] === undefined && isRelevant(q, answers)) {
      answers = answer(answers, q, 'no');
      suggested[q] = 'no';
    }
  }
  out.answers = clearIrrelevant(answers);
  const lang = byQuestion.get('lang');
  if (lang && replyLangs.includes(lang)) out.replyLang = lang;
  const register = byQuestion.get('register');
  if (register === 'formal' || register === 'informal') out.register = register;
  const name = byQuestion.get('name')?.trim();
  if (name) out.name = name.slice(0, 80);
  return out;
}

/** The questions a reading may suggest, in question order. */
const readOrder = ['kind', 'abuse', 'platform', 'sensitive', 'private', 'staff'] as const;

/**
 * Where the platforms differ only in what no question depends on, one stands for all: the
 * longest path below is the same for each. Keeps the walk small enough to run on every screen.
 */
function platformClass(p: string): string {
  const c = platformCapabilities[p as keyof typeof platformCapabilities];
  return `${impliedPlace(p as never) ?? ''}|${c.places.join()}|${c.messageAuthor && (c.delete || c.hide)}`;
}

/**
 * Answers that no question's relevance depends on: for the walk below it matters only whether they
 * are given, not what they are (flow.test.ts checks this over every combination). Walking one value
 * of each instead of all makes the first count (on the first screen, on a phone) about five
 * times faster than walking every combination.
 */
export const shapesNothing: ReadonlySet<QuestionId> = new Set<QuestionId>([
  'concern',
  'fixable',
  'private',
  'staff',
  'spreading',
  'mood',
]);

const walkKey = (a: Answers): string =>
  questionOrder.map((q) => (a[q] === undefined ? '' : shapesNothing.has(q) ? '*' : a[q])).join('|');

const longestMemo = new Map<string, number>();

/** The most questions still to come from these answers, over every way of answering them. */
function longestRemaining(a: Answers): number {
  const key = walkKey(a);
  const known = longestMemo.get(key);
  if (known !== undefined) return known;
  const q = nextQuestion(a);
  let most = 0;
  if (q) {
    const seen = new Set<string>();
    const values = answersFor(q, a);
    for (const v of shapesNothing.has(q) ? values.slice(0, 1) : values) {
      if (q === 'platform') {
        const c = platformClass(v);
        if (seen.has(c)) continue;
        seen.add(c);
      }
      most = Math.max(most, longestRemaining(answer(a, q, v as never)));
    }
    most += 1;
  }
  longestMemo.set(key, most);
  return most;
}

/**
 * "Question n of m": n counts the relevant questions answered before `current`; m adds the most
 * that can still come. Answering never makes m grow, since every path on from here is one of the
 * paths counted before the answer.
 */
export function progress(a: Answers, current: QuestionId): { n: number; m: number } {
  const kept = clearIrrelevant(a);
  const before: Answers = {};
  for (const q of relevantQuestions(kept)) {
    if (q === current) break;
    if (kept[q] !== undefined) (before as Record<string, string>)[q] = kept[q]!;
  }
  const n = Object.keys(before).length + 1;
  return { n, m: n - 1 + longestRemaining(before) };
}
