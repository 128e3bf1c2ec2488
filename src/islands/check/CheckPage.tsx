// The check page: paste a reply, pick the platform (also `?platform=`), optionally paste the
// comment; the warnings appear as you type. Keeps nothing: the text lives in this page only.
// The check itself (live.tsx) and the language's data load on the first keystroke.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { CheckPageTexts } from '../../playbook/analysis/schema';
import type { ReplyCheckData } from '../../playbook/analysis/rules';
import { copyText } from '../shared/copy';

type Live = typeof import('./live');

export interface CheckPageProps {
  locale: Locale;
  base: string;
  texts: CheckPageTexts;
  /**
   * The wizard's platform ids in their order (decision/platforms.ts), passed by the page: the
   * island loads no copy of the platform table, which only the wizard's own code needs.
   */
  platforms: readonly string[];
}

function platformFromUrl(platforms: readonly string[]): { platform: string; bad: boolean } {
  const asked = new URLSearchParams(location.search).get('platform');
  if (asked && platforms.includes(asked)) return { platform: asked, bad: false };
  return { platform: platforms[0]!, bad: asked !== null };
}

export default function CheckPage({ locale, base, texts, platforms }: CheckPageProps) {
  const [start] = useState(() => platformFromUrl(platforms));
  const [platform, setPlatform] = useState(start.platform);
  const [text, setText] = useState('');
  const [comment, setComment] = useState('');
  const [live, setLive] = useState<[Live, ReplyCheckData] | 'loading' | 'error'>();
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const load = () => {
    if (live && live !== 'error') return;
    setLive('loading');
    import('./live')
      .then((m) => m.loadReplyData(base, locale).then((d) => setLive([m, d])))
      .catch(() => setLive('error'));
  };
  useEffect(() => {
    const url = new URL(location.href);
    url.searchParams.set('platform', platform);
    history.replaceState(history.state, '', url);
  }, [platform]);
  const Warnings = Array.isArray(live) ? live[0].Warnings : undefined;
  return (
    <form class="check-form" onSubmit={(e) => e.preventDefault()}>
      {start.bad && (
        <p class="check-notice" role="status">
          {texts.badPlatform}
        </p>
      )}
      <p>
        <label for="check-platform">{texts.platform}</label>
        <select
          id="check-platform"
          data-input="platform"
          value={platform}
          onChange={(e) => setPlatform(e.currentTarget.value)}
        >
          {platforms.map((id) => (
            <option key={id} value={id}>
              {texts.platforms[id as keyof typeof texts.platforms]}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="check-reply">{texts.reply}</label>
        <textarea
          id="check-reply"
          ref={area}
          data-input="reply"
          rows={7}
          value={text}
          spellcheck
          aria-describedby="check-result"
          onFocus={load}
          onInput={(e) => {
            load();
            setText(e.currentTarget.value);
            setStatus('');
          }}
        />
      </p>
      <div class="wizard-nav">
        <button
          type="button"
          onClick={async () =>
            setStatus(
              (await copyText(text, area.current)) === 'copied' ? texts.copied : texts.copyFallback,
            )
          }
        >
          {texts.copy}
        </button>
      </div>
      <p class="check-status" role="status" aria-live="polite">
        {status}
      </p>
      <p>
        <label for="check-comment">{texts.comment}</label>
        <textarea
          id="check-comment"
          data-input="comment"
          rows={3}
          value={comment}
          aria-describedby="check-comment-hint"
          onInput={(e) => setComment(e.currentTarget.value)}
        />
        <small id="check-comment-hint">{texts.commentHint}</small>
      </p>
      <section class="check-live" aria-label={texts.live}>
        {Warnings && Array.isArray(live) ? (
          <Warnings
            id="check-result"
            text={text}
            platform={platform}
            comment={comment}
            lang={locale}
            locale={locale}
            base={base}
            data={live[1]}
          />
        ) : (
          <p id="check-result">
            {live === 'loading' ? texts.loading : live === 'error' ? texts.failed : texts.empty}
          </p>
        )}
      </section>
    </form>
  );
}
