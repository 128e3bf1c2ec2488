// One output (the bio or the full rules): its text, its count against the limit, a copy button
// with an announced result, and for the bio a narrow-phone preview.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { HouseRulesUi } from '../../playbook/house-rules/schema';
import { copyAndSay } from './copy-status';
import { format } from '../../i18n/format';

interface Props {
  kind: 'bio' | 'full';
  ui: HouseRulesUi;
  title: string;
  hint: string;
  /** The text, or null while inputs need fixing or texts load. */
  text: string | null;
  /** Shown instead of the text when there is none. */
  message: string;
  count: number;
  limit: number;
  fits: boolean;
  platform: string;
  numberLocale: string;
  note?: string;
  /** What the bio left out: shown above the text, where it can't be missed. */
  notice?: string;
  /** The inputs need fixing: this is the last text that worked. */
  paused?: string;
  previewName?: string;
  /** The language of the text, which can differ from the page's. */
  textLang: string;
  /** A question that belongs right under this text (the bio's platform, which sets its limit). */
  children?: ComponentChildren;
}

export function Output(p: Props) {
  const textRef = useRef<HTMLPreElement>(null);
  const [status, setStatus] = useState('');
  const id = `hr-${p.kind}`;
  const nf = new Intl.NumberFormat(p.numberLocale);
  const copy = () =>
    p.text !== null && copyAndSay(p.text, textRef.current, p.ui.outputs, setStatus);
  return (
    <section class={`hr-output hr-output-${p.kind}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{p.title}</h2>
      <p class="hr-hint">{p.hint}</p>
      {p.paused && <p class="hr-paused">{p.paused}</p>}
      {p.text !== null && p.notice && (
        <p class="hr-omitted" id={`${id}-notice`}>
          {p.notice}
        </p>
      )}
      {p.text === null ? (
        <p class="hr-not-ready" data-output-message={p.kind}>
          {p.message}
        </p>
      ) : (
        <>
          <pre
            class="hr-text"
            id={`${id}-text`}
            data-output={p.kind}
            lang={p.textLang}
            ref={textRef}
            tabIndex={0}
            aria-describedby={p.notice ? `${id}-count ${id}-notice` : `${id}-count`}
          >
            {p.text}
          </pre>
          <p
            class={p.fits ? 'hr-count' : 'hr-count hr-over'}
            id={`${id}-count`}
            data-count={p.count}
            data-limit={p.limit}
          >
            <strong>
              {format(p.ui.outputs.counter, {
                count: nf.format(Math.ceil(p.count)),
                limit: nf.format(p.limit),
              })}
            </strong>{' '}
            {format(p.ui.outputs.counterLabel, { platform: p.platform })}
          </p>
          {p.note && <p class="hr-note">{p.note}</p>}
          <div class="hr-copy-row">
            <button type="button" onClick={copy} aria-describedby={`${id}-title`}>
              {p.ui.outputs.copy}
            </button>
            <span class="hr-copied" role="status">
              {status}
            </span>
          </div>
          {p.kind === 'bio' && (
            <figure class="hr-phone">
              <figcaption>{p.ui.outputs.preview}</figcaption>
              <div class="hr-phone-screen" aria-hidden="true">
                <div class="hr-phone-head">
                  <span class="hr-avatar" />
                  <strong>{p.previewName || p.platform}</strong>
                </div>
                <p class="hr-phone-bio" lang={p.textLang}>
                  {p.text}
                </p>
              </div>
            </figure>
          )}
        </>
      )}
      {p.children}
    </section>
  );
}
