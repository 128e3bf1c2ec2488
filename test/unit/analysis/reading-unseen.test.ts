// Threats written by a native reader after the fourth tuning round, never tuned on (keep it so:
// a pattern added for one of these makes the figure meaningless). It measures what a word list
// misses in new forms – veiled, conditional, against family or staff, emoji – and prints it. What
// must hold even here: no everyday look-alike is read as a threat, and the reading never throws.
// The recall is not a floor: the wizard asks the kind of comment by hand wherever nothing is
// suggested, and a threat chosen there shows the safety notice at once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommentData } from '../../../src/playbook/analysis/reading-data';
import { commentPayload } from '../../../src/playbook/analysis/reading-match';
import { readComment } from '../../../src/playbook/analysis/reading';
import { linkTable } from '../../../src/playbook/analysis/reading-links';

const locales = ['en', 'de', 'tr', 'hu'] as const;
type Entry = { text: string; expect: { kind: string; abuse?: string } };
const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const data = Object.fromEntries(
  locales.map((l) => [
    l,
    commentPayload(
      (read(`../../../content/analysis/${l}.json`) as { comment: CommentData }).comment,
    ),
  ]),
);

describe('comment reading on threats it was never tuned on', () => {
  const rows = locales.map((locale) => {
    const others = Object.fromEntries(
      locales.filter((o) => o !== locale).map((o) => [o, data[o]!]),
    );
    const set = (
      read(`../../fixtures/analysis-unseen/${locale}/comments.json`) as { comments: Entry[] }
    ).comments;
    const outcome = set.map((entry) => {
      const got = new Map(
        readComment(entry.text, data[locale]!, { locale, others, links: linkTable() }).map((s) => [
          s.question,
          s.value,
        ]),
      );
      const threat = got.get('kind') === 'abusive' && got.get('abuse') === 'threat';
      return { entry, threat, kind: got.get('kind') };
    });
    return { locale, outcome };
  });

  it('reads no everyday look-alike as a threat', () => {
    const wrong = rows.flatMap((r) =>
      r.outcome
        .filter((o) => o.entry.expect.abuse !== 'threat' && o.threat)
        .map((o) => `${r.locale}: ${o.entry.text}`),
    );
    expect(wrong).toEqual([]);
  });

  it('prints how many threats it reads, leaves unsuggested (asked by hand) or reads as milder', () => {
    const lines = rows.map(({ locale, outcome }) => {
      const threats = outcome.filter((o) => o.entry.expect.abuse === 'threat');
      const read = threats.filter((o) => o.threat).length;
      const none = threats.filter((o) => !o.threat && !o.kind).length;
      return `${locale}: ${read}/${threats.length} read as a threat, ${none} with no kind suggested, ${threats.length - read - none} milder`;
    });
    console.log(`analysis-unseen\n${lines.join('\n')}`);
    expect(lines).toHaveLength(4);
  });
});
