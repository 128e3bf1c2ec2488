// The incident summary a user copies for a colleague or a manager: answers, plan and times as
// plain text or Markdown. Built from the page's texts, so it speaks the page's language.
import { placeOf, relevantQuestions, type Answers, type QuestionId } from './questions';
import type { PlanStep } from './plan';
import type { StepId } from './steps';
import { writesInPublic } from './compose';
import { answerLabel, format, type WizardPageTexts } from './texts';
import { isLate, responseTarget, type TargetKind, targetKind } from './timing';

export type SummaryFormat = 'text' | 'markdown';

export interface SummaryInput {
  answers: Answers;
  plan: PlanStep[];
  /** The page's texts (the steps' titles are all it reads of the steps). */
  texts: Pick<WizardPageTexts, 'ui' | 'questions'> & { steps: Record<StepId, { title: string }> };
  format: SummaryFormat;
  /** When the summary is made and, if known, when the comment was posted (epoch ms). */
  now: number;
  postedAt?: number;
  /** Formats a moment for people (the island passes the locale's clock format). */
  formatTime: (epochMs: number) => string;
}

export function incidentSummary(input: SummaryInput): string {
  const { ui, questions, steps } = input.texts;
  const md = input.format === 'markdown';
  const heading = (s: string, level: number) =>
    md ? `${'#'.repeat(level)} ${s}` : level === 1 ? s.toUpperCase() : `${s}:`;
  const lines: string[] = [heading(ui.incidentHeading, 1), ''];

  lines.push(heading(ui.incidentAnswers, 2));
  for (const q of relevantQuestions(input.answers) as QuestionId[]) {
    const value = input.answers[q];
    if (value === undefined) continue;
    const bold = md ? '**' : '';
    lines.push(`- ${bold}${questions[q].label}${bold} ${answerLabel(questions, q, value)}`);
  }
  lines.push('', heading(ui.incidentPlan, 2));
  input.plan.forEach((step, i) => {
    const optional = step.optional ? ` (${ui.optional})` : '';
    lines.push(`${i + 1}. ${steps[step.id].title}${optional}`);
  });
  lines.push('', heading(ui.incidentTimes, 2));
  // The response target is about a public reply: a plan that writes nothing in public (a threat) has none.
  if (writesInPublic(input.plan))
    lines.push(
      `- ${targetText(ui, targetKind(placeOf(input.answers), input.answers.kind), input.now)}`,
    );
  if (input.postedAt !== undefined)
    lines.push(`- ${format(ui.incidentPosted, { time: input.formatTime(input.postedAt) })}`);
  lines.push(`- ${format(ui.incidentCreated, { time: input.formatTime(input.now) })}`);
  return lines.join('\n') + '\n';
}

/**
 * The response target in words: 30/60 minutes on social media, the same day under a review, no
 * rush for praise, and late in the evening the morning.
 */
export function targetText(
  ui: Pick<WizardPageTexts['ui'], 'target' | 'targetReview' | 'targetPraise' | 'targetLate'>,
  kind: TargetKind,
  now: number,
): string {
  if (isLate(now)) return ui.targetLate;
  if (kind === 'review') return ui.targetReview;
  if (kind === 'praise') return ui.targetPraise;
  return format(ui.target, targetVars);
}

/** The response target's minutes, as the texts name them (the time box's countdown reads them too). */
export const targetVars = {
  first: responseTarget.firstMinutes,
  latest: responseTarget.latestMinutes,
};
