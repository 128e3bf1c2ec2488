// The reply check beside a reply the wizard composed: loads the check's chunk and the reply
// language's data when the reply is first shown (never at page load), then warns as the owner
// edits. Small on purpose: this part is in the wizard's own JavaScript, the rest is shared.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { ReplyCheckData } from '../../playbook/analysis/rules';

type Live = typeof import('./live');

export interface LiveCheckProps {
  text: string;
  platform?: string;
  contact?: string;
  lang: string;
  locale: Locale;
  base: string;
  id: string;
}

export function LiveCheck(p: LiveCheckProps) {
  const [live, setLive] = useState<[Live, ReplyCheckData]>();
  useEffect(() => {
    import('./live')
      .then((m) => m.loadReplyData(p.base, p.lang).then((d) => setLive([m, d])))
      .catch(() => setLive(undefined));
  }, [p.lang]);
  if (!live) return null;
  const Warnings = live[0].Warnings;
  return <Warnings {...p} data={live[1]} />;
}
