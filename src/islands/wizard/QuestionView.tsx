// One question at a time: a fieldset with a legend, native radio buttons, Back and Next.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  answersFor,
  progress,
  type Answers,
  type QuestionId,
} from '../../playbook/decision/questions';
import { answerLabel, format, type WizardTexts } from '../../playbook/decision/texts';

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

export function QuestionView({
  question,
  answers,
  chosen,
  texts,
  canGoBack,
  focus,
  onAnswer,
  onBack,
}: Props) {
  const { ui } = texts;
  const q = texts.questions[question];
  const [value, setValue] = useState(chosen);
  const [missing, setMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Before paint, so the new question never flashes up with the focus still on the old page position.
  useLayoutEffect(() => {
    setValue(chosen);
    setMissing(false);
    // GOV.UK's one-question pattern: the new question starts at the top of the screen, its heading
    // focused, so a phone shows it whole and a screen reader reads it first.
    if (focus) {
      heading.current?.focus({ preventScroll: true });
      form.current?.scrollIntoView({ block: 'start' });
    }
  }, [question]);
  const { n, about } = progress(answers, question);
  const submit = (e: Event) => {
    e.preventDefault();
    if (value) onAnswer(question, value);
    else setMissing(true);
  };
  return (
    <form class="wizard-question" ref={form} onSubmit={submit} data-question={question}>
      <fieldset aria-labelledby="wizard-q-h" aria-describedby={`help-${question}`}>
        <legend>
          <span class="wizard-progress">{format(ui.progress, { n, m: about })}</span>
          <h2 id="wizard-q-h" tabIndex={-1} ref={heading}>
            {q.label}
          </h2>
        </legend>
        <p class="wizard-help" id={`help-${question}`}>
          {q.help}
        </p>
        {answersFor(question, answers).map((a) => (
          <label class="wizard-answer" key={a}>
            <input
              type="radio"
              name={question}
              value={a}
              checked={value === a}
              onChange={() => {
                setValue(a);
                setMissing(false);
              }}
            />
            <span>{answerLabel(texts.questions, question, a)}</span>
          </label>
        ))}
      </fieldset>
      <p class="wizard-error" role="alert">
        {missing ? ui.chooseFirst : ''}
      </p>
      <div class="wizard-nav">
        {canGoBack && (
          <button type="button" class="secondary" onClick={onBack}>
            {ui.back}
          </button>
        )}
        <button type="submit">{ui.next}</button>
      </div>
    </form>
  );
}
