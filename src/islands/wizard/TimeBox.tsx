// The response-time target (R26, R27), shown only when the plan writes in public, and the posting
// time as people read it off the screen ("14:05", "2h", "vor 25 Minuten", "7 Dec"), with the time
// left right beside the field. A time that cannot be read stays in the field, with a message, and
// clears the countdown: a stale "18 min left" would be worse than none.
import { useState } from 'preact/hooks';
import {
  parsePosted,
  type TargetKind,
  type TimeLeft,
  type TimePatterns,
} from '../../playbook/decision/timing';
import { format, type WizardTexts } from '../../playbook/decision/texts';
import { targetText, targetVars } from '../../playbook/decision/summary';

interface Props {
  ui: WizardTexts['ui'];
  /** The page locale's words for a time ("vor", "Std.", "Dez"), compiled at build time. */
  words: TimePatterns;
  /** The reader's locale with its country ("en-US", "de-CH"): how the deadline is written, and dates read. */
  region: string;
  kind: TargetKind;
  now: number;
  posted?: { text: string; at: number };
  left?: TimeLeft;
  /** Whether the composed public reply says sorry for the wait once overdue (not to a suspected fake). */
  apologises: boolean;
  onPosted: (posted: { text: string; at: number } | undefined) => void;
}

export function TimeBox(p: Props) {
  const { ui, words, region, kind, now, posted, left, onPosted } = p;
  const [text, setText] = useState(posted?.text ?? '');
  const [invalid, setInvalid] = useState(false);
  const read = (value: string, final: boolean) => {
    setText(value);
    const r = value.trim() ? parsePosted(value, new Date(), words, region === 'en-US') : undefined;
    setInvalid(!!r && !r.ok && final);
    onPosted(r?.ok ? { text: value, at: r.postedAt } : undefined);
  };
  const by = (at: number) =>
    new Intl.DateTimeFormat(region, {
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
    }).format(at);
  const leftText = !left
    ? ''
    : left.phase === 'before-target'
      ? format(ui.leftTarget, { ...targetVars, n: left.toTarget })
      : left.phase === 'before-latest'
        ? format(ui.leftLatest, { ...targetVars, n: left.toLatest })
        : left.phase === 'overdue'
          ? p.apologises
            ? ui.overdue
            : ui.overdueNoWait
          : format(left.phase === 'late' ? ui.leftLate : ui.leftDeadline, {
              time: by(left.deadline),
            });
  return (
    <section class="wizard-time" aria-label={ui.timeTitle}>
      <p class="wizard-target" data-output="target">
        {targetText(ui, kind, now)}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          read(text, true);
        }}
      >
        <label for="wizard-posted">{ui.postedLabel}</label>
        <div class="wizard-time-row">
          <input
            id="wizard-posted"
            data-input="posted"
            type="text"
            inputMode="text"
            enterKeyHint="done"
            autocomplete="off"
            value={text}
            aria-describedby="wizard-posted-help wizard-posted-error wizard-left"
            aria-invalid={invalid || undefined}
            onInput={(e) => read(e.currentTarget.value, false)}
            onChange={(e) => read(e.currentTarget.value, true)}
          />
          <output
            id="wizard-left"
            class={`wizard-left ${left?.phase ?? ''}`}
            data-output="time-left"
            for="wizard-posted"
            aria-live="polite"
          >
            {leftText}
          </output>
        </div>
        <p class="wizard-help" id="wizard-posted-help">
          {ui.postedHelp}
        </p>
      </form>
      <p class="wizard-error" id="wizard-posted-error" role="alert">
        {invalid ? ui.postedInvalid : ''}
      </p>
    </section>
  );
}
