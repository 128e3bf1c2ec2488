// The analysis data of one locale as the tests read it: the file, validated by the same schema
// the build uses, with the platforms' tools added as reply.json carries them.
import { readFileSync } from 'node:fs';
import { parseAnalysis } from '../../../src/playbook/analysis/schema';
import type { ReplyCheckContent, ReplyCheckData } from '../../../src/playbook/analysis/rules';
import { replyPayload } from '../../../src/playbook/analysis/reply-payload';

export function replyData(locale: string): ReplyCheckData {
  const file = `content/analysis/${locale}.json`;
  const reply = parseAnalysis(file, JSON.parse(readFileSync(file, 'utf8'))).reply;
  return replyPayload(reply as ReplyCheckContent);
}
