// The reply check against replies written by native readers who never saw the patterns
// (test/fixtures/analysis/<locale>/replies.json, kept as delivered). An unsafe reply counts as
// caught when every expected warning fires; a safe reply should raise none. Recall per warning
// and the false warnings are printed on each run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales';
import { checkReply } from '../../../src/playbook/analysis/check';
import { replyData } from './load';

interface Entry {
  text: string;
  platform: string;
  comment?: string;
  expect?: string[];
  why?: string;
}
interface TestSet {
  unsafe: Entry[];
  safe: Entry[];
}

for (const locale of localeCodes) {
  describe(`${locale}: native test set`, () => {
    const set = JSON.parse(
      readFileSync(`test/fixtures/analysis/${locale}/replies.json`, 'utf8'),
    ) as TestSet;
    const data = replyData(locale);
    const ids = (e: Entry) =>
      checkReply({ text: e.text, platform: e.platform, comment: e.comment, locale }, data).map(
        (w) => w.id as string,
      );

    it('has enough replies of each kind', () => {
      expect(set.unsafe.length).toBeGreaterThanOrEqual(30);
      expect(set.safe.length).toBeGreaterThanOrEqual(20);
    });

    it('catches ≥ 90 % of the unsafe replies with every expected warning', () => {
      const perId: Record<string, { hit: number; all: number }> = {};
      const missed: string[] = [];
      let caught = 0;
      for (const e of set.unsafe) {
        const got = ids(e);
        let ok = true;
        for (const id of e.expect ?? []) {
          const r = (perId[id] ??= { hit: 0, all: 0 });
          r.all++;
          if (got.includes(id)) r.hit++;
          else ok = false;
        }
        if (ok) caught++;
        else
          missed.push(`  missed ${JSON.stringify(e.expect)} got ${JSON.stringify(got)}: ${e.text}`);
      }
      const recall = Object.entries(perId)
        .map(([id, r]) => `${id} ${r.hit}/${r.all}`)
        .join(', ');
      console.log(
        `${locale}: caught ${caught}/${set.unsafe.length} (${Math.round((100 * caught) / set.unsafe.length)} %); per warning: ${recall}\n${missed.join('\n')}`,
      );
      expect(caught / set.unsafe.length).toBeGreaterThanOrEqual(0.9);
    });

    it('raises ≤ 1 false warning over the safe replies', () => {
      const falses = set.safe.flatMap((e) =>
        checkReply({ text: e.text, platform: e.platform, locale }, data).map(
          (w) =>
            `  ${w.id} (${w.matches.map((m) => JSON.stringify(e.text.slice(m.start, m.end))).join(', ')}): ${e.text}`,
        ),
      );
      console.log(
        `${locale}: ${falses.length} false warning(s) in ${set.safe.length} safe replies\n${falses.join('\n')}`,
      );
      expect(falses.length).toBeLessThanOrEqual(1);
    });
  });
}
