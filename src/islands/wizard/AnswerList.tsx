// The answers so far, each with a Change button; changing one clears only what it makes
// irrelevant. As "Check your answers" (after the reading suggested some) it marks each suggestion
// (`data-suggested="<id>=<value>"`) and ends with one Confirm (`data-action="confirm"`); under a
// plan it is folded away. The reading misses threats written in forms it does not know, so the
// check screen asks outright, with one tap to the safety steps (`data-action="threat"`).
import { useLayoutEffect, useRef } from 'preact/hooks';
import {
  relevantQuestions,
  type Answers,
  type QuestionId,
} from '../../playbook/decision/questions';
import { answerLabel, type WizardTexts } from '../../playbook/decision/texts';
import { showScreen } from './show';

interface Props {
  answers: Answers;
  texts: Pick<WizardTexts, 'ui' | 'questions'>;
  /** Questions whose answer the reading suggested and the owner has not changed. */
  suggested: readonly QuestionId[];
  onChange: (question: QuestionId) => void;
  /** Given: the check screen, with its heading focused and a Confirm button. */
  onConfirm?: () => void;
  /** Given (on the check screen, no threat chosen): the comment is a threat after all. */
  onThreat?: () => void;
  focus?: boolean;
}

export function AnswerList(p: Props) {
  const { ui, questions } = p.texts;
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (p.focus) {
      showScreen(heading.current);
    }
  }, []);
  const asked = relevantQuestions(p.answers).filter((q) => p.answers[q] !== undefined);
  if (!asked.length) return null;
  const list = (
    <dl>
      {asked.map((q) => {
        const mark = p.suggested.includes(q);
        return (
          <div key={q} data-answered={q} data-suggested={mark ? `${q}=${p.answers[q]}` : undefined}>
            <dt>{questions[q].label}</dt>
            <dd>
              <span>
                {answerLabel(questions, q, p.answers[q]!)}
                {mark && <small class="wizard-suggested"> ({ui.suggestedMark})</small>}
              </span>
              <button type="button" class="link" onClick={() => p.onChange(q)}>
                {ui.change}
                <span class="visually-hidden">: {questions[q].label}</span>
              </button>
            </dd>
          </div>
        );
      })}
    </dl>
  );
  if (!p.onConfirm)
    return (
      <details class="wizard-summary">
        <summary>{ui.summaryTitle}</summary>
        {list}
      </details>
    );
  return (
    <section class="wizard-summary wizard-check" aria-labelledby="wizard-check-h">
      <h2 id="wizard-check-h" tabIndex={-1} ref={heading}>
        {ui.checkTitle}
      </h2>
      <p class="wizard-help">{ui.checkHelp}</p>
      {list}
      {p.onThreat && (
        <div class="wizard-threat">
          <p id="wizard-threat-q">{ui.threatAsk}</p>
          <button
            type="button"
            class="secondary"
            data-action="threat"
            aria-describedby="wizard-threat-q"
            onClick={p.onThreat}
          >
            {ui.threatYes}
          </button>
        </div>
      )}
      <div class="wizard-nav">
        <button type="button" data-action="confirm" onClick={p.onConfirm}>
          {ui.confirm}
        </button>
      </div>
    </section>
  );
}
