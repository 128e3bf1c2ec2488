// The first screen: paste the comment (optional) and the site reads it on this device to suggest
// answers (`data-action="suggest"`); "Skip" goes to the questions. Below, the open incidents on
// this device, to resume or delete.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ListedIncident } from '../../playbook/decision/incidents';
import { answerLabel, format, type WizardTexts } from '../../playbook/decision/texts';

interface Props {
  texts: Pick<WizardTexts, 'ui' | 'questions'>;
  locale: string;
  comment: string;
  focus: boolean;
  /** Set while the reading runs or when it could not start. */
  status: '' | 'reading' | 'failed';
  open: ListedIncident[];
  resumeHref: (i: ListedIncident) => string;
  onSuggest: (comment: string) => void;
  onSkip: () => void;
  onDelete: (id: string) => void;
}

export function PasteView(p: Props) {
  const { ui, questions } = p.texts;
  const [text, setText] = useState(p.comment);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (p.focus) heading.current?.focus();
  }, []);
  const when = new Intl.DateTimeFormat(p.locale, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  // A value the texts do not know (stored by an older version) is undefined and left out below.
  const label = (q: 'kind' | 'platform', v?: string) => v && answerLabel(questions, q, v);
  return (
    <>
      <form
        class="wizard-paste"
        aria-labelledby="wizard-paste-h"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) p.onSuggest(text);
          else p.onSkip();
        }}
      >
        <h2 id="wizard-paste-h" tabIndex={-1} ref={heading}>
          <label for="wizard-comment">{ui.pasteLabel}</label>
        </h2>
        <p class="wizard-help" id="wizard-comment-help">
          {ui.pasteHelp}
        </p>
        <textarea
          id="wizard-comment"
          data-input="comment"
          rows={4}
          value={text}
          aria-describedby="wizard-comment-help"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="wizard-nav">
          <button type="submit" data-action="suggest" disabled={p.status === 'reading'}>
            {ui.suggest}
          </button>
          <button type="button" class="secondary" data-action="skip" onClick={p.onSkip}>
            {ui.skip}
          </button>
        </div>
        <p class="wizard-status" role="status" aria-live="polite">
          {p.status === 'failed' ? ui.readFailed : ''}
        </p>
      </form>
      {p.open.length > 0 && (
        <section class="wizard-open" aria-labelledby="wizard-open-h">
          <h2 id="wizard-open-h">{ui.openTitle}</h2>
          <p class="wizard-help">{ui.openHelp}</p>
          <ul role="list">
            {p.open.map((i) => (
              <li key={i.id} data-incident={i.id}>
                <a href={p.resumeHref(i)}>
                  <strong>{when.format(i.seen)}</strong>{' '}
                  {[label('platform', i.platform), label('kind', i.kind)]
                    .filter(Boolean)
                    .join(' · ')}
                  {i.words && (
                    <>
                      {' '}
                      <q class="wizard-words">{i.words}</q>
                    </>
                  )}
                </a>
                <button type="button" class="link" onClick={() => p.onDelete(i.id)}>
                  {ui.deleteIncident}
                  <span class="visually-hidden">
                    : {format(ui.incidentOf, { time: when.format(i.seen) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
