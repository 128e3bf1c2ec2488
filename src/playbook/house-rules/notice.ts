// The notice above the bio: what the bio had to leave out of what the user chose, where the rest
// is, and when the asked reserve was more than the bio can leave free. In the page's language.
import { format } from '../../i18n/format';
import type { BioFit } from './fit';
import type { HouseRulesUi } from './schema';

/** The notice, and how many things it lists as left out (each rule counts), for the sticky bar. */
export function bioNotice(bio: BioFit, ui: HouseRulesUi): [notice: string, leftOut: number] {
  const o = bio.omitted;
  const parts = ui.outputs.omittedParts;
  const omitted = [
    o.name && parts.name,
    o.emoji && parts.emoji,
    o.replyTime && parts.replyTime,
    ...o.rules.map((r) => format(ui.outputs.omittedRule, { rule: ui.rules.labels[r] })),
    o.contact && parts.contact,
  ].filter(Boolean);
  const notice = [
    omitted.length ? format(ui.outputs.omitted, { list: omitted.join(', ') }) : '',
    o.rules.length > 0 || o.contact ? parts.pointer : '',
    bio.reserveCapped ? format(ui.outputs.reserveCapped, { n: bio.reserve }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [notice, omitted.length];
}
