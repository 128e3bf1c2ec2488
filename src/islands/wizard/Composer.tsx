// One channel's message, composed: the blanks to fill, the whole text to read and edit, one Copy
// (warned while a blank is empty, R2), and each piece swappable for its other wording without
// losing what the user changed elsewhere. The composition itself is the domain's (compose.ts).
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import {
  applyEdit,
  renderPieces,
  swapPiece,
  type Channel,
  type Piece,
  type PieceStates,
} from '../../playbook/decision/compose';
import type { GapLabels, GapValues } from '../../playbook/decision/gaps';
import { format, type WizardTexts } from '../../playbook/decision/texts';
import { copyText } from '../shared/copy';
import { isOwnGap } from '../../playbook/decision/preferences';
import { LiveCheck, type LiveCheckProps } from '../check/LiveCheck';

interface Props {
  channel: Channel;
  pieces: Piece[];
  states: PieceStates;
  values: GapValues;
  labels: GapLabels;
  lang: string;
  /** Where the reply goes, for the reply check beside it. */
  check: Pick<LiveCheckProps, 'platform' | 'locale' | 'base'>;
  ui: WizardTexts['ui'];
  stepTitle: (key: string) => string;
  onPieces: (states: PieceStates) => void;
  onGap: (id: string, value: string) => void;
  /** Blanks an earlier card already asks for: one value fills them everywhere, asked once. */
  asked?: readonly string[];
  /** Shown after the blanks: the steps ticked in this message, the reply settings. */
  children?: ComponentChildren;
}

type Status = '' | 'warn' | 'copied' | 'selected';
/** The channel's heading in the texts (the plan's links to a message read it too). */
export const channelTitles = {
  public: 'channelPublic',
  everyone: 'channelEveryone',
  private: 'channelPrivate',
  later: 'channelLater',
} as const;

export function Composer(p: Props) {
  const { ui, channel } = p;
  const [status, setStatus] = useState<Status>('');
  const area = useRef<HTMLTextAreaElement>(null);
  const r = renderPieces(p.pieces, p.states, p.values, p.labels);
  // Labels may hold commas (German and Hungarian clauses need them): the list is joined with semicolons.
  const gaps = r.gaps.filter((g) => !p.asked?.includes(g));
  const names = (ids: string[]) => ids.map((id) => p.labels[id]?.label ?? id).join('; ');
  const copy = async (anyway: boolean) => {
    setStatus(r.empty.length && !anyway ? 'warn' : await copyText(r.text, area.current));
  };
  const id = `wizard-${channel}`;
  // The data-output hook names the public channel's message 'reply'; the others by their channel.
  const output = channel === 'public' ? 'reply' : channel;
  const message =
    status === 'warn'
      ? format(ui.gapWarning, { gaps: names(r.empty) })
      : status
        ? ui[status === 'copied' ? 'copied' : 'copyFallback']
        : '';
  return (
    <section class="wizard-compose" id={id} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{ui[channelTitles[channel]]}</h3>
      <label for={`${id}-text`} class="visually-hidden">
        {ui[channelTitles[channel]]}
      </label>
      <textarea
        id={`${id}-text`}
        ref={area}
        rows={Math.min(7, 3 + Math.ceil(r.text.length / 42))}
        lang={p.lang}
        value={r.text}
        data-output={output}
        aria-describedby={`${id}-empty`}
        spellcheck
        onInput={(e) => {
          p.onPieces(applyEdit(p.pieces, p.states, p.values, p.labels, e.currentTarget.value));
          setStatus('');
        }}
      />
      <div class="wizard-nav">
        <button type="button" data-action={`copy-${output}`} onClick={() => copy(false)}>
          {ui.copy}
        </button>
        {status === 'warn' && (
          <button type="button" class="secondary" onClick={() => copy(true)}>
            {ui.copyAnyway}
          </button>
        )}
      </div>
      <p class={`wizard-status ${status}`} role="status" aria-live="polite">
        {message}
      </p>
      <LiveCheck
        {...p.check}
        // A private message has no reply limit; an empty gap's label is not the owner's words.
        platform={channel === 'private' ? 'other' : p.check.platform}
        text={r.empty.reduce((t, g) => t.split(`[${p.labels[g]?.label ?? g}]`).join('…'), r.text)}
        contact={p.values.contact}
        lang={p.lang}
        id={`${id}-check`}
      />
      <p class="wizard-help">{ui[`${channelTitles[channel]}Help`]}</p>
      <p class="wizard-empty" id={`${id}-empty`}>
        {r.empty.length ? format(ui.stillEmpty, { gaps: names(r.empty) }) : ''}
      </p>
      {gaps.length > 0 && (
        <fieldset class="wizard-gaps">
          <legend>{ui.gapsLegend}</legend>
          {gaps.map((g) => (
            <p key={g}>
              <label for={`${id}-gap-${g}`} lang={p.lang}>
                {p.labels[g]?.label ?? g}
              </label>
              <input
                id={`${id}-gap-${g}`}
                type="text"
                lang={p.lang}
                value={p.values[g] ?? ''}
                data-gap={g}
                enterKeyHint="next"
                aria-describedby={p.labels[g]?.hint ? `${id}-hint-${g}` : undefined}
                onInput={(e) => {
                  p.onGap(g, e.currentTarget.value);
                  setStatus('');
                }}
              />
              {p.labels[g]?.hint && (
                <small id={`${id}-hint-${g}`} lang={p.lang}>
                  {p.labels[g]!.hint}
                </small>
              )}
              {isOwnGap(g) && <small class="wizard-remembered">{ui.remembered}</small>}
            </p>
          ))}
        </fieldset>
      )}
      {p.children}
      <details class="wizard-swaps">
        <summary>{ui.partsLegend}</summary>
        {p.pieces
          .filter((x) => x.options.length > 1)
          .map((x) => (
            <button
              key={x.key}
              type="button"
              class="secondary"
              data-swap={x.key}
              onClick={() => {
                p.onPieces(swapPiece(x, p.states));
                setStatus('');
              }}
            >
              {format(ui.swap, { part: p.stepTitle(x.key) })}
            </button>
          ))}
      </details>
    </section>
  );
}
