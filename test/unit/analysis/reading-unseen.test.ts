// Threats written by native readers who never saw the patterns, never tuned on (keep it so: a
// pattern added for one of these makes the figure meaningless). Set 5 came after the fourth tuning
// round; set 6 after the fifth, and most of its threats sit inside a rude complaint, where the
// reading is most tempted to call them an insult. They measure what a word list misses in new
// forms – veiled, conditional, against family or staff, emoji – and print it.
// The recall is not a floor: where nothing is suggested the wizard asks the kind of comment by
// hand, and the check screen asks outright whether the comment threatens anyone, one tap from the
// safety notice (wizard-flow e2e). What must hold: the reading never throws, set 5's look-alikes
// are not read as threats (set 6's three are printed: "you'll regret it" and a baklava idiom).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommentData } from '../../../src/playbook/analysis/reading-data';
import { commentPayload } from '../../../src/playbook/analysis/reading-match';
import { readComment } from '../../../src/playbook/analysis/reading';
import { readingShared } from '../../../src/playbook/analysis/reading-shared';

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

// As the wizard fetches it (/reading-shared.json): the link hosts and the languages.
const shared = readingShared();

function outcomes(folder: string) {
  return locales.map((locale) => {
    const others = Object.fromEntries(
      locales.filter((o) => o !== locale).map((o) => [o, data[o]!]),
    );
    const set = (read(`../../fixtures/${folder}/${locale}/comments.json`) as { comments: Entry[] })
      .comments;
    const outcome = set.map((entry) => {
      const got = new Map(
        readComment(entry.text, data[locale]!, { locale, others, ...shared }).map((s) => [
          s.question,
          s.value,
        ]),
      );
      const threat = got.get('kind') === 'abusive' && got.get('abuse') === 'threat';
      return { entry, threat, kind: got.get('kind'), abuse: got.get('abuse') };
    });
    return { locale, outcome };
  });
}

function report(folder: string, rows: ReturnType<typeof outcomes>): string {
  const lines = rows.map(({ locale, outcome }) => {
    const threats = outcome.filter((o) => o.entry.expect.abuse === 'threat');
    const read = threats.filter((o) => o.threat).length;
    const none = threats.filter((o) => !o.threat && !o.kind).length;
    const alike = outcome.filter((o) => o.entry.expect.abuse !== 'threat');
    const alarmed = alike.filter((o) => o.threat).length;
    return `${locale}: ${read}/${threats.length} read as a threat, ${none} with no kind suggested, ${threats.length - read - none} milder; look-alikes read as a threat ${alarmed}/${alike.length}`;
  });
  return `${folder}\n${lines.join('\n')}`;
}

describe.each(['analysis-unseen', 'analysis-unseen6'])('comment reading on %s', (folder) => {
  const rows = outcomes(folder);

  it('prints how many threats it reads, leaves unsuggested (asked by hand) or reads as milder', () => {
    const text = report(folder, rows);
    console.log(text);
    expect(rows.flatMap((r) => r.outcome)).not.toHaveLength(0);
  });

  it.runIf(folder === 'analysis-unseen')('reads no everyday look-alike as a threat', () => {
    const wrong = rows.flatMap((r) =>
      r.outcome
        .filter((o) => o.entry.expect.abuse !== 'threat' && o.threat)
        .map((o) => `${r.locale}: ${o.entry.text}`),
    );
    expect(wrong).toEqual([]);
  });
});
