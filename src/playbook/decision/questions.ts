// The wizard's questions and their answers, as data. The ids are a public contract: they appear in
// shared links (`?kind=heated&validity=justified`) and must never be renamed.

export const questions = {
  kind: ['complaint', 'heated', 'excessive', 'troll', 'abusive', 'not-negative'],
  abuse: ['profanity', 'insult', 'hate', 'threat'],
  validity: ['justified', 'unsure', 'unjustified'],
  fixable: ['yes', 'no'],
  private: ['yes', 'no'],
  place: ['own', 'review', 'elsewhere'],
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
  return a.kind === 'complaint' || a.kind === 'heated' || a.kind === 'excessive' ||
    (a.kind === 'abusive' && a.abuse === 'profanity');
}

/**
 * Whether a question matters given the answers so far. Only answers to earlier questions are
 * consulted, so one pass in `questionOrder` decides relevance for a whole state.
 */
export function isRelevant(question: QuestionId, a: Answers): boolean {
  switch (question) {
    case 'kind': return true;
    case 'abuse': return a.kind === 'abusive';
    case 'validity':
    case 'private': return isRealComplaint(a);
    case 'fixable': return isRealComplaint(a) && a.validity === 'justified';
    case 'place': return a.kind !== undefined;
    case 'spreading': return a.kind !== undefined && a.kind !== 'not-negative';
    // A heated comment always starts with a pause, so asking about the mood would change nothing.
    case 'mood': return a.kind !== undefined && a.kind !== 'not-negative' && a.kind !== 'heated';
  }
}

/** Drops every answer that the other answers make irrelevant (e.g. `abuse` once `kind` is not abusive). */
export function clearIrrelevant(a: Answers): Answers {
  const kept: Answers = {};
  for (const q of questionOrder) {
    const value = a[q];
    if (value !== undefined && isRelevant(q, kept)) (kept as Record<string, string>)[q] = value;
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

export function isComplete(a: Answers): boolean {
  return nextQuestion(a) === undefined;
}

/**
 * "Question n of about m": n counts the answered relevant questions before `current`; m assumes
 * the first answer for every question still open, which is a fair guess and never less than n.
 */
export function progress(a: Answers, current: QuestionId): { n: number; about: number } {
  const kept = clearIrrelevant(a);
  const guess: Answers = { ...kept };
  for (const q of questionOrder) {
    if (guess[q] === undefined && isRelevant(q, guess)) (guess as Record<string, string>)[q] = questions[q][0];
  }
  const path = relevantQuestions(guess);
  const asked = relevantQuestions(kept);
  const index = asked.indexOf(current);
  const n = (index < 0 ? asked.filter((q) => kept[q] !== undefined).length : index) + 1;
  return { n, about: Math.max(path.length, n) };
}

/** Every complete combination of answers, asking only relevant questions. */
export function allAnswerCombinations(): Answers[] {
  const out: Answers[] = [];
  const walk = (a: Answers): void => {
    const q = nextQuestion(a);
    if (!q) { out.push(a); return; }
    for (const value of questions[q]) walk({ ...a, [q]: value });
  };
  walk({});
  return out;
}
