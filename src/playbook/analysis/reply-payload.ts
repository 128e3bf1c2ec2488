// What reply.json carries: a locale's reply-check data (content/analysis/<locale>.json, `reply`)
// and, from the wizard's capability table, the moderation tools each platform gives an owner on
// their own page. The build adds the tools, so the check's code (loaded by the check page and the
// wizard) carries no copy of the platform table; the unit tests read the data the same way.
import { platformCapabilities, platformIds } from '../decision/platforms';
import type { ReplyCheckContent, ReplyCheckData, Rule } from './rules';

const tools = ['hide', 'delete', 'block'] as const satisfies readonly Rule['can'][];

export const replyPayload = (reply: ReplyCheckContent): ReplyCheckData => ({
  ...reply,
  tools: Object.fromEntries(
    platformIds.map((id) => [id, tools.filter((t) => platformCapabilities[id][t])]),
  ),
});
