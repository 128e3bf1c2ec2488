// The analysis data of one locale as the tests read it: the file, validated by the same schema
// the build uses.
import { readFileSync } from 'node:fs';
import { parseAnalysis } from '../../../src/playbook/analysis/schema';
import type { ReplyCheckData } from '../../../src/playbook/analysis/rules';

export function replyData(locale: string): ReplyCheckData {
  const file = `content/analysis/${locale}.json`;
  return parseAnalysis(file, JSON.parse(readFileSync(file, 'utf8'))).reply as ReplyCheckData;
}
