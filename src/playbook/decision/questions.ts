// The wizard's questions and their answers, as data. The ids are a public contract: they appear in
// shared links (`?kind=heated&validity=justified`) and must never be renamed. The key order is the
// order of asking: a question depends only on the answers before it.
import {
  impliedPlace,
  placeIds,
  platformCapabilities,
  platformIds,
  type PlaceId,
} from './platforms';

export const questions = {
  kind: ['complaint', 'heated', 'excessive', 'troll', 'abusive', 'fake', 'rumour', 'not-negative'],
  abuse: ['profanity', 'insult', 'hate', 'threat'],
  platform: platformIds,
  place: placeIds,
  validity: ['justified', 'partly', 'unsure', 'unjustified'],
  sensitive: ['yes', 'no'],
  concern: ['health', 'product', 'food', 'legal'],
  fixable: ['yes', 'no'],
  private: ['yes', 'no'],
  staff: ['yes', 'no'],
  spreading: ['yes', 'no'],
  mood: ['calm', 'upset'],
} as const;

export type QuestionId = keyof typeof questions;
export type AnswerOf<Q extends QuestionId> = (typeof questions)[Q][number];
export type Answers = { [Q in QuestionId]?: AnswerOf<Q> };

/** The order in which questions are asked; a question depends only on questions before it. */
export const questionOrder = Object.keys(questions) as QuestionId[];

export function isAnswer<Q extends QuestionId>(question: Q, value: unknown): value is AnswerOf<Q> {
  return typeof value === 'string' && (questions[question] as readonly string[]).includes(value);
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.hasOwn(questions, value);
}

/**
 * A comment that carries a real complaint, however it is worded. Profanity around a real issue
 * counts: the words are removed, the customer is still answered (invariant 6).
 */
export function isRealComplaint(a: Answers): boolean {
  return (
    a.kind === 'complaint' ||
    a.kind === 'heated' ||
    a.kind === 'excessive' ||
    (a.kind === 'abusive' && a.abuse === 'profanity')
  );
}

/** Abuse aimed at people, where a team member may be the target. */
function isAttack(a: Answers): boolean {
  return (
    a.kind === 'troll' ||
    (a.kind === 'abusive' && (a.abuse === 'insult' || a.abuse === 'hate' || a.abuse === 'threat'))
  );
}

/** Where the comment stands: the answer, or what the platform implies (Google: a review). */
export function placeOf(a: Answers): PlaceId | undefined {
  return a.place ?? impliedPlace(a.platform);
}

/**
 * Profanity on the owner's own page, where the platform carries a private message and lets the
 * owner remove the comment: the rules are told in private, the words removed, and the complaint
 * answered in private (R14). Then fairness, fixability and personal data change nothing.
 */
export function isRemovedProfanity(a: Answers): boolean {
  if (a.kind !== 'abusive' || a.abuse !== 'profanity' || placeOf(a) !== 'own') return false;
  const c = platformCapabilities[a.platform ?? 'other'];
  return c.messageAuthor && (c.delete || c.hide);
}

/**
 * Whether a question matters given the answers so far. Only answers to earlier questions are
 * consulted, so one pass in `questionOrder` decides relevance for a whole state.
 */
export function isRelevant(question: QuestionId, a: Answers): boolean {
  switch (question) {
    case 'kind':
      return true;
    case 'abuse':
      return a.kind === 'abusive';
    // A question or praise is answered the same way everywhere: thanked where it stands.
    case 'platform':
      return a.kind !== undefined && a.kind !== 'not-negative';
    // Asked only where the platform leaves it open. Without a platform (a link made before the
    // platform question existed) the place is still kept.
    case 'place':
      return a.kind !== undefined && impliedPlace(a.platform) === undefined;
    // A rumour may be true: then it is regretted in public and what changes is said.
    case 'validity':
      return (isRealComplaint(a) && !isRemovedProfanity(a)) || a.kind === 'rumour';
    case 'sensitive':
      return isRealComplaint(a) || a.kind === 'fake' || a.kind === 'rumour';
    // What the sensitive matter is decides its real-world step. A fake review gets advice whatever
    // it concerns, so the answer would change nothing there.
    case 'concern':
      return a.sensitive === 'yes' && a.kind !== 'fake';
    // A sensitive complaint goes private with no details in public: neither question changes that.
    // A true rumour gets no offer (its writer was never the customer), so nothing to ask there.
    case 'fixable':
      return (
        isRealComplaint(a) &&
        a.sensitive !== 'yes' &&
        (a.validity === 'justified' || a.validity === 'partly')
      );
    case 'private':
      return isRealComplaint(a) && a.sensitive !== 'yes' && !isRemovedProfanity(a);
    // A complaint or profanity may name an employee as much as an insult may target one.
    case 'staff':
      return isAttack(a) || isRealComplaint(a);
    case 'spreading':
      return a.kind !== undefined && a.kind !== 'not-negative';
    // A heated comment always starts with a pause, so asking about the mood would change nothing;
    // under a threat nothing waits for a pause: safety, evidence and the police come first.
    case 'mood':
      return (
        a.kind !== undefined &&
        a.kind !== 'not-negative' &&
        a.kind !== 'heated' &&
        a.abuse !== 'threat'
      );
  }
}

/**
 * Whether an answer fits the answers before it, beyond being a known id: a place the platform does
 * not have (a review on Instagram) does not fit.
 */
export function fits<Q extends QuestionId>(question: Q, value: AnswerOf<Q>, a: Answers): boolean {
  if (question === 'place' && a.platform)
    return platformCapabilities[a.platform].places.includes(value as PlaceId);
  return true;
}

/** The answers to offer for a question, given the answers before it. */
export function answersFor<Q extends QuestionId>(question: Q, a: Answers): AnswerOf<Q>[] {
  return (questions[question] as readonly AnswerOf<Q>[]).filter((v) => fits(question, v, a));
}

/** Drops every answer that the other answers make irrelevant (e.g. `abuse` once `kind` is not abusive). */
export function clearIrrelevant(a: Answers): Answers {
  const kept: Answers = {};
  for (const q of questionOrder) {
    const value = a[q];
    if (value !== undefined && isRelevant(q, kept) && fits(q, value as never, kept))
      (kept as Record<string, string>)[q] = value;
  }
  return kept;
}

/** Sets one answer and clears the answers it makes irrelevant; answers it leaves relevant stay. */
export function answer<Q extends QuestionId>(a: Answers, question: Q, value: AnswerOf<Q>): Answers {
  return clearIrrelevant({ ...a, [question]: value });
}

/** The questions that matter for these answers, in the order they are asked. */
export function relevantQuestions(a: Answers): QuestionId[] {
  const kept = clearIrrelevant(a);
  return questionOrder.filter((q) => isRelevant(q, kept));
}

/** The next question to ask, or undefined when the answers are complete and the plan can show. */
export function nextQuestion(a: Answers): QuestionId | undefined {
  const kept = clearIrrelevant(a);
  return questionOrder.find((q) => isRelevant(q, kept) && kept[q] === undefined);
}

/** Every complete combination of answers, asking only relevant questions. */
export function allAnswerCombinations(): Answers[] {
  const out: Answers[] = [];
  const walk = (a: Answers): void => {
    const q = nextQuestion(a);
    if (!q) {
      out.push(a);
      return;
    }
    for (const value of answersFor(q, a)) walk({ ...a, [q]: value });
  };
  walk({});
  return out;
}
