// The home page's quick starts: each query parses back to its answers, the screen each one opens,
// and why the angry review opens on the paste box rather than with `kind` given: read on the device,
// a review whose anger hides a threat is taken for a threat, which a link fixing the kind to an
// angry complaint would have kept from the reading (and the safety notice from the owner).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  quickStartAnswers,
  quickStartIds,
  quickStartQuery,
} from '../../../src/playbook/decision/quick-starts';
import { applySuggestions, screenOf } from '../../../src/playbook/decision/flow';
import { parseWizardState } from '../../../src/playbook/decision/state';
import { opensWithSafety } from '../../../src/playbook/decision/plan';
import { readComment } from '../../../src/playbook/analysis/reading';
import { commentPayload } from '../../../src/playbook/analysis/reading-match';
import type { CommentData } from '../../../src/playbook/analysis/reading-data';
import { readingShared } from '../../../src/playbook/analysis/reading-shared';

const langs = ['en', 'de', 'tr', 'hu'];
const opening = (query: string) =>
  screenOf({
    answers: parseWizardState(query).answers,
    pasted: false,
    suggested: {},
    confirmed: false,
  });

describe('quick starts', () => {
  it.each(quickStartIds.map((id) => [id]))('%s: the query parses back to its answers', (id) => {
    const parsed = parseWizardState(quickStartQuery(id));
    expect(parsed.dropped).toEqual([]);
    expect(parsed.answers).toEqual(quickStartAnswers[id]);
  });

  it('the angry review opens on the paste box; the troll and the threat on the next question', () => {
    expect(quickStartQuery('review')).toBe('');
    expect(opening(quickStartQuery('review'))).toEqual({ name: 'paste' });
    expect(opening(quickStartQuery('troll'))).toEqual({ name: 'question', question: 'platform' });
    expect(opening(quickStartQuery('threat'))).toEqual({ name: 'question', question: 'platform' });
  });

  it('the threat shows the safety notice from its first screen on', () => {
    expect(opensWithSafety(quickStartAnswers.threat)).toBe(true);
    expect(opensWithSafety(quickStartAnswers.troll)).toBe(false);
  });

  // An angry review with a threat at its end, per locale (written for this test).
  const angryWithThreat: Record<string, string> = {
    en: 'Waited an hour for a cold pizza. Treat people like this again and I will come round and smash your windows.',
    de: 'Trotz Termin 45 Minuten gewartet und dann die Haare verschnitten. Macht so weiter und ich schlag euch die Scheiben ein.',
    tr: 'Randevuma rağmen 45 dakika bekledim, saçımı da berbat ettiniz. Böyle devam ederseniz dükkânın camlarını indiririm.',
    hu: 'Időpontom volt, mégis 45 percet vártam, és tönkretettétek a hajamat. Ha így folytatjátok, betöröm az üzlet ablakait.',
  };
  it.each(langs.map((l) => [l]))(
    '%s: pasted, an angry review that hides a threat is read as a threat; with the kind given by a link it would not be',
    (locale) => {
      const file = JSON.parse(readFileSync(`content/analysis/${locale}.json`, 'utf8')) as {
        comment: CommentData;
      };
      const read = readComment(angryWithThreat[locale]!, commentPayload(file.comment), {
        locale,
        ...readingShared(),
      });
      const pasted = applySuggestions({}, read, langs).answers;
      expect(pasted).toMatchObject({ kind: 'abusive', abuse: 'threat' });
      expect(opensWithSafety(pasted)).toBe(true);
      const linked = applySuggestions({ kind: 'heated' }, read, langs).answers;
      expect(opensWithSafety(linked)).toBe(false);
    },
  );
});
