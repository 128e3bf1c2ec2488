// The answers so far, each with a Change button: changing one clears only what it makes irrelevant.
import {
  relevantQuestions,
  type Answers,
  type QuestionId,
} from '../../playbook/decision/questions';
import { answerLabel, type WizardTexts } from '../../playbook/decision/texts';

interface Props {
  answers: Answers;
  texts: Pick<WizardTexts, 'ui' | 'questions'>;
  onChange: (question: QuestionId) => void;
}

export function AnswerSummary({ answers, texts, onChange }: Props) {
  const asked = relevantQuestions(answers).filter((q) => answers[q] !== undefined);
  if (!asked.length) return null;
  return (
    <section class="wizard-summary" aria-labelledby="wizard-summary-h">
      <h2 id="wizard-summary-h">{texts.ui.summaryTitle}</h2>
      <dl>
        {asked.map((q) => (
          <div key={q} data-answer={q}>
            <dt>{texts.questions[q].label}</dt>
            <dd>
              <span>{answerLabel(texts.questions, q, answers[q]!)}</span>
              <button type="button" class="secondary" onClick={() => onChange(q)}>
                {texts.ui.change}
                <span class="visually-hidden">: {texts.questions[q].label}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
