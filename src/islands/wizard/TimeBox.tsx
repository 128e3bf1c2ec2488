// The response-time target (R26, R27) and, if the user says when the comment was posted, the
// time left. A posting time that cannot be read stays in the field, with a message.
import { useState } from 'preact/hooks';
import { parsePosted, responseTarget, type TimeLeft } from '../../playbook/decision/timing';
import { format, type WizardTexts } from '../../playbook/decision/texts';

interface Props {
  ui: WizardTexts['ui'];
  posted?: { text: string; at: number };
  onPosted: (posted: { text: string; at: number } | undefined) => void;
}

const vars = { first: responseTarget.firstMinutes, latest: responseTarget.latestMinutes };

/** The target, and the time left once known: shown at the top of the plan, readable at a glance. */
export function TimeTarget({ ui, left }: { ui: WizardTexts['ui']; left?: TimeLeft }) {
  const leftText = !left ? '' : left.phase === 'before-target' ? format(ui.leftTarget, { ...vars, n: left.toTarget })
    : left.phase === 'before-latest' ? format(ui.leftLatest, { ...vars, n: left.toLatest }) : format(ui.overdue, vars);
  return (
    <div class="wizard-time-target">
      <p class="wizard-target">{format(ui.target, vars)}</p>
      <p class={`wizard-left ${left?.phase ?? ''}`} role="status" aria-live="polite">{leftText}</p>
    </div>
  );
}

export function TimeBox({ ui, posted, onPosted }: Props) {
  const [text, setText] = useState(posted?.text ?? '');
  const [invalid, setInvalid] = useState(false);
  const read = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) { setInvalid(false); onPosted(undefined); return; }
    const r = parsePosted(text, new Date());
    setInvalid(!r.ok);
    if (r.ok) onPosted({ text, at: r.postedAt });
  };
  return (
    <section class="wizard-time" aria-labelledby="wizard-time-h">
      <h3 id="wizard-time-h">{ui.timeTitle}</h3>
      <form onSubmit={read}>
        <label for="wizard-posted">{ui.postedLabel}</label>
        <p class="wizard-help" id="wizard-posted-help">{ui.postedHelp}</p>
        <input id="wizard-posted" type="text" inputMode="decimal" autocomplete="off" value={text}
          aria-describedby="wizard-posted-help wizard-posted-error" aria-invalid={invalid || undefined}
          onInput={(e) => setText(e.currentTarget.value)} onChange={read} />
      </form>
      <p class="wizard-error" id="wizard-posted-error" role="alert">{invalid ? ui.postedInvalid : ''}</p>
    </section>
  );
}
