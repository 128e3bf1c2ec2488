// One step's reply draft: pick a version, fill the gaps, copy. Copying warns while a gap is
// empty (R2: a scaffold, not a canned reply) and offers to copy anyway.
import { useRef, useState } from 'preact/hooks';
import { emptyGaps, fillGaps, findGaps, type GapValues } from '../../playbook/decision/gaps';
import { format, type WizardTexts } from '../../playbook/decision/texts';
import { copyText } from '../shared/copy';

interface Props {
  id: string;
  drafts: string[];
  lang: string;
  values: GapValues;
  ui: WizardTexts['ui'];
  onGap: (label: string, value: string) => void;
}

type Status = { kind: 'idle' } | { kind: 'warn'; gaps: string[] } | { kind: 'copied' } | { kind: 'selected' };

export function DraftBox({ id, drafts, lang, values, ui, onGap }: Props) {
  const [variant, setVariant] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const area = useRef<HTMLTextAreaElement>(null);
  const draft = drafts[Math.min(variant, drafts.length - 1)];
  const text = fillGaps(draft, values);
  const empty = emptyGaps(draft, values);
  const copy = async (anyway: boolean) => {
    if (empty.length && !anyway) { setStatus({ kind: 'warn', gaps: empty }); return; }
    setStatus({ kind: await copyText(text, area.current) });
  };
  const message = status.kind === 'warn' ? format(ui.gapWarning, { gaps: status.gaps.join(', ') })
    : status.kind === 'copied' ? ui.copied : status.kind === 'selected' ? ui.copyFallback : '';
  return (
    <div class="wizard-draft" data-draft={id}>
      {drafts.length > 1 && (
        <fieldset class="wizard-variants">
          <legend>{ui.draftTitle}</legend>
          {drafts.map((_, i) => (
            <label key={i}>
              <input type="radio" name={`variant-${id}`} checked={i === variant}
                onChange={() => { setVariant(i); setStatus({ kind: 'idle' }); }} />
              {format(ui.variant, { n: i + 1 })}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset class="wizard-gaps">
        <legend>{ui.gapsLegend}</legend>
        {findGaps(draft).map((label, i) => (
          <p key={label}>
            <label for={`gap-${id}-${i}`} lang={lang}>{label}</label>
            <input id={`gap-${id}-${i}`} type="text" lang={lang} value={values[label] ?? ''} data-gap={label}
              onInput={(e) => { onGap(label, e.currentTarget.value); setStatus({ kind: 'idle' }); }} />
          </p>
        ))}
      </fieldset>
      <label for={`preview-${id}`}>{ui.preview}</label>
      <textarea id={`preview-${id}`} ref={area} readOnly rows={5} lang={lang} value={text} />
      <p class="wizard-empty">{empty.length ? format(ui.stillEmpty, { gaps: empty.join(', ') }) : ''}</p>
      <div class="wizard-nav">
        <button type="button" onClick={() => copy(false)}>{ui.copy}</button>
        {status.kind === 'warn' && <button type="button" class="secondary" onClick={() => copy(true)}>{ui.copyAnyway}</button>}
      </div>
      <p class={`wizard-status ${status.kind}`} role="status" aria-live="polite">{message}</p>
    </div>
  );
}
