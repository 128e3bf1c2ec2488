// The reply check's view and engine, one chunk loaded on demand by both the check page and the
// wizard: the warnings on a reply (each `data-warning="<id>"`, its sentence, the text with the
// triggering words marked, a link to the guide) and the count against the platform's limit.
import { checkReply, replyCount, type Span } from '../../playbook/analysis/check';
import type { ReplyCheckData } from '../../playbook/analysis/rules';
import { format } from '../../i18n/format';
import { localePath, withBase } from '../../i18n/paths';
import type { Locale } from '../../i18n/locales';

const loaded = new Map<string, Promise<ReplyCheckData>>();

/** One language's words and patterns, fetched once per page (the offline worker keeps them). */
export function loadReplyData(base: string, lang: string): Promise<ReplyCheckData> {
  let p = loaded.get(lang);
  if (!p) {
    p = fetch(withBase(base, `${lang}/check/reply.json`)).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json().then((d: Partial<ReplyCheckData> | null) => {
        // A file from an older build or a wrong answer: no check rather than a broken page.
        if (!d?.rules || !d.say || !d.view || !d.count || !d.tools)
          throw new Error('not the check’s data');
        return d as ReplyCheckData;
      });
    });
    p.catch(() => loaded.delete(lang));
    loaded.set(lang, p);
  }
  return p;
}

export interface WarningsProps {
  text: string;
  platform?: string;
  comment?: string;
  /** The business's own contact (the wizard's contact gap): never personal data. */
  contact?: string;
  /** The reply's language (the data's), and the page's (for the guide link). */
  lang: string;
  locale: Locale;
  base: string;
  data: ReplyCheckData;
  id: string;
}

function Marked({ text, spans }: { text: string; spans: Span[] }) {
  const parts = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), <mark>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export function Warnings(p: WarningsProps) {
  const { data } = p;
  const warnings = checkReply(
    {
      text: p.text,
      platform: p.platform,
      comment: p.comment,
      locale: p.lang,
      business: p.contact ? { contact: [p.contact] } : undefined,
    },
    data,
  );
  const count = replyCount(p.text, p.platform);
  return (
    <div class="check-result" id={p.id} lang={p.lang}>
      <p class={count.over ? 'check-count over' : 'check-count'} data-count>
        {format(count.max === null ? data.countFree : data.count, {
          n: count.n,
          max: count.max ?? '',
        })}
      </p>
      {warnings.length ? (
        <>
          <p class="check-title">
            <strong>{data.view.title}</strong>
          </p>
          <ul class="check-warnings">
            {warnings.map((w) => (
              <li key={w.id} data-warning={w.id}>
                <p>{w.sentence}</p>
                <p class="check-marked">
                  <span class="visually-hidden">{data.view.marked} </span>
                  <Marked text={p.text} spans={w.matches} />
                </p>
                <p>
                  <a href={localePath(p.base, p.locale, w.guide)}>{data.view.guide}</a>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        p.text.trim() && <p class="check-none">{data.view.none}</p>
      )}
    </div>
  );
}
