// "Copy incident summary": answers, plan and times for a colleague or a manager, as plain text
// or Markdown, in the page's language.
import { useRef, useState } from 'preact/hooks';
import type { Answers } from '../../playbook/decision/questions';
import type { PlanStep } from '../../playbook/decision/plan';
import { incidentSummary, type SummaryFormat } from '../../playbook/decision/summary';
import type { WizardPageTexts } from '../../playbook/decision/texts';
import { momentFormat } from '../../playbook/decision/timing';
import { copyText, type CopyResult } from '../shared/copy';

interface Props {
  answers: Answers;
  plan: PlanStep[];
  texts: Pick<WizardPageTexts, 'ui' | 'questions' | 'steps'>;
  locale: string;
  postedAt?: number;
  now: number;
}

export function IncidentCopy({ answers, plan, texts, locale, postedAt, now }: Props) {
  const { ui } = texts;
  const [fmt, setFmt] = useState<SummaryFormat>('text');
  const [status, setStatus] = useState<CopyResult | undefined>();
  const area = useRef<HTMLTextAreaElement>(null);
  const clock = momentFormat(locale);
  const text = incidentSummary({
    answers,
    plan,
    texts,
    format: fmt,
    now,
    postedAt,
    formatTime: (t) => clock.format(t),
  });
  return (
    <section class="wizard-incident" aria-labelledby="wizard-incident-h">
      <h3 id="wizard-incident-h">{ui.incidentTitle}</h3>
      <fieldset>
        <legend>{ui.formatLegend}</legend>
        {(['text', 'markdown'] as const).map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="incident-format"
              value={f}
              checked={fmt === f}
              onChange={() => {
                setFmt(f);
                setStatus(undefined);
              }}
            />
            {f === 'text' ? ui.formatText : ui.formatMarkdown}
          </label>
        ))}
      </fieldset>
      <label for="wizard-incident-text" class="visually-hidden">
        {ui.incidentTitle}
      </label>
      <textarea id="wizard-incident-text" readOnly rows={6} value={text} ref={area} />
      <button type="button" onClick={async () => setStatus(await copyText(text, area.current))}>
        {ui.incidentCopy}
      </button>
      <p class="wizard-status" role="status" aria-live="polite">
        {status === 'copied' ? ui.copied : status === 'selected' ? ui.copyFallback : ''}
      </p>
    </section>
  );
}
