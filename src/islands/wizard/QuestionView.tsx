// One question at a time, one tap per answer: each answer is a button that commits it and moves
// on (`data-answer="<id>=<value>"`); Back undoes. The new question starts at the top of the
// screen with its heading focused, so a phone shows it whole and a screen reader reads it first.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { answersFor, type Answers, type QuestionId } from '../../playbook/decision/questions';
import { progress } from '../../playbook/decision/flow';
import { answerLabel, format, type WizardTexts } from '../../playbook/decision/texts';
import { showScreen } from './show';

interface Props {
  question: QuestionId;
  answers: Answers;
  /** The answer to show as chosen: the current one, or the one just taken back. */
  chosen?: string;
  texts: Pick<WizardTexts, 'ui' | 'questions'>;
  canGoBack: boolean;
  focus: boolean;
  onAnswer: (question: QuestionId, value: string) => void;
  onBack: () => void;
}

export function QuestionView(p: Props) {
  const { ui } = p.texts;
  const q = p.texts.questions[p.question];
  const box = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Before paint, so the new question never flashes up with the focus still on the old position.
  useLayoutEffect(() => {
    if (p.focus) {
      showScreen(heading.current, box.current);
    }
  }, [p.question]);
  const { n, m } = progress(p.answers, p.question);
  return (
    <section
      class="wizard-question"
      ref={box}
      data-question={p.question}
      aria-labelledby="wizard-q-h"
    >
      <p class="wizard-progress">{format(ui.progress, { n, m })}</p>
      <h2 id="wizard-q-h" tabIndex={-1} ref={heading}>
        {q.label}
      </h2>
      <p class="wizard-help" id={`help-${p.question}`}>
        {q.help}
      </p>
      <ul class="wizard-answers" role="list">
        {answersFor(p.question, p.answers).map((a) => (
          <li key={a}>
            <button
              type="button"
              class="wizard-answer"
              data-answer={`${p.question}=${a}`}
              aria-current={p.chosen === a ? 'true' : undefined}
              aria-describedby={`help-${p.question}`}
              onClick={() => p.onAnswer(p.question, a)}
            >
              {answerLabel(p.texts.questions, p.question, a)}
            </button>
          </li>
        ))}
      </ul>
      {p.canGoBack && (
        <div class="wizard-nav">
          <button type="button" class="secondary" onClick={p.onBack}>
            {ui.back}
          </button>
        </div>
      )}
    </section>
  );
}
