// URL state: random input never throws and always yields a valid state. (Stored typing: decision-incident.test.ts.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import {
  answer,
  answersFor,
  clearIrrelevant,
  isAnswer,
  isRelevant,
  nextQuestion,
  questionOrder,
  questions,
  relevantQuestions,
  type Answers,
  type QuestionId,
} from '../../../src/playbook/decision/questions';
import { parseWizardState, serializeWizardState } from '../../../src/playbook/decision/state';
import { progress } from '../../../src/playbook/decision/flow';
import { everyPlanCase } from '../../support/plans';

function assertValid(answers: Answers) {
  const kept: Answers = {};
  for (const q of questionOrder) {
    const v = answers[q];
    if (v === undefined) continue;
    expect(isAnswer(q, v), `${q}=${v}`).toBe(true);
    expect(isRelevant(q, kept), `${q} relevant`).toBe(true);
    (kept as Record<string, string>)[q] = v;
  }
  expect(Object.keys(answers).every((k) => (questionOrder as string[]).includes(k))).toBe(true);
}

const idish = fc.constantFrom<string>(
  ...questionOrder,
  ...Object.values(questions).flat(),
  'lang',
  '',
  '%',
  '&',
  '=',
  '__proto__',
  'constructor',
);
const token = fc.oneof(idish, fc.string(), fc.string({ unit: 'binary' }));
const search = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.tuple(token, token))
    .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  fc
    .array(fc.tuple(token, token))
    .map((pairs) =>
      pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
    ),
);

describe('parseWizardState', () => {
  it('never throws and always yields a valid, relevant state, over random input', () => {
    fc.assert(
      fc.property(search, (s) => {
        const { answers, dropped } = parseWizardState(s);
        assertValid(answers);
        for (const d of dropped) {
          expect(['unknown-question', 'unknown-answer', 'repeated', 'irrelevant']).toContain(
            d.reason,
          );
          expect(d.key.length + d.value.length).toBeLessThanOrEqual(82);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('accounts for every parameter: kept or reported as dropped', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(idish, idish), { maxLength: 12 }), (pairs) => {
        const s = '?' + new URLSearchParams(pairs).toString();
        const { answers, dropped } = parseWizardState(s);
        expect(Object.keys(answers).length + dropped.length).toBe(pairs.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips every complete combination through the URL', () => {
    for (const { answers: a } of everyPlanCase()) {
      const s = serializeWizardState(a);
      const parsed = parseWizardState(s);
      // The full expect only where the cheap strict comparison differs (it decides then).
      if (!isDeepStrictEqual(parsed, { answers: a, dropped: [] }))
        expect(parsed).toEqual({ answers: a, dropped: [] });
    }
  });

  it('serialises only what is relevant, in question order, for random answers', () => {
    const anyAnswers = fc.record(
      Object.fromEntries(questionOrder.map((q) => [q, fc.constantFrom(...questions[q])])) as Record<
        QuestionId,
        fc.Arbitrary<string>
      >,
      { requiredKeys: [] },
    ) as fc.Arbitrary<Answers>;
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const s = serializeWizardState(a);
        const parsed = parseWizardState(s);
        expect(parsed.dropped).toEqual([]);
        expect(parsed.answers).toEqual(clearIrrelevant(a));
        const keys = [...new URLSearchParams(s).keys()];
        expect(keys).toEqual(questionOrder.filter((q) => keys.includes(q)));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps `kind` alone (the guide links ?kind=…) and reports what it drops, with a reason', () => {
    expect(parseWizardState('?kind=heated')).toEqual({ answers: { kind: 'heated' }, dropped: [] });
    expect(
      parseWizardState('kind=troll&validity=justified&kind=complaint&foo=bar&mood=angry').dropped,
    ).toEqual([
      { key: 'kind', value: 'complaint', reason: 'repeated' },
      { key: 'foo', value: 'bar', reason: 'unknown-question' },
      { key: 'mood', value: 'angry', reason: 'unknown-answer' },
      { key: 'validity', value: 'justified', reason: 'irrelevant' },
    ]);
    expect(parseWizardState('?%E0%A4%A=1&kind=%ZZ').answers).toEqual({});
    expect(serializeWizardState({})).toBe('');
  });
});

describe('questions', () => {
  it('asks the next relevant question and nothing after completion', () => {
    expect(nextQuestion({})).toBe('kind');
    expect(nextQuestion({ kind: 'abusive' })).toBe('abuse');
    expect(nextQuestion({ kind: 'troll' })).toBe('platform');
    expect(nextQuestion({ kind: 'troll', platform: 'instagram' })).toBe('place');
    expect(nextQuestion({ kind: 'troll', platform: 'instagram', place: 'own' })).toBe('staff');
    expect(
      nextQuestion({
        kind: 'heated',
        platform: 'facebook',
        place: 'own',
        validity: 'unsure',
        sensitive: 'no',
        private: 'no',
        staff: 'no',
        spreading: 'no',
      }),
    ).toBeUndefined();
    // A question or praise is thanked wherever it stands: the platform changes nothing.
    expect(relevantQuestions({ kind: 'not-negative' })).toEqual(['kind', 'place']);
  });

  it('asks the place only where the platform leaves it open, and offers only the places it has', () => {
    expect(relevantQuestions({ kind: 'fake', platform: 'google' })).toEqual([
      'kind',
      'platform',
      'sensitive',
      'spreading',
      'mood',
    ]);
    expect(relevantQuestions({ kind: 'troll', platform: 'group' })).toEqual([
      'kind',
      'platform',
      'staff',
      'spreading',
      'mood',
    ]);
    expect(answersFor('place', { kind: 'troll', platform: 'instagram' })).toEqual([
      'own',
      'elsewhere',
    ]);
    expect(answersFor('place', { kind: 'troll', platform: 'other' })).toEqual([
      'own',
      'review',
      'elsewhere',
    ]);
    // A sensitive complaint goes private with no details in public: fixable and private aren't asked.
    expect(
      relevantQuestions({
        kind: 'complaint',
        platform: 'x',
        place: 'own',
        validity: 'justified',
        sensitive: 'yes',
      }),
    ).toEqual([
      'kind',
      'platform',
      'place',
      'validity',
      'sensitive',
      'concern',
      'staff',
      'spreading',
      'mood',
    ]);
    // Profanity on an own Instagram page is removed after a private notice: fairness changes nothing.
    expect(
      relevantQuestions({
        kind: 'abusive',
        abuse: 'profanity',
        platform: 'instagram',
        place: 'own',
      }),
    ).toEqual(['kind', 'abuse', 'platform', 'place', 'sensitive', 'staff', 'spreading', 'mood']);
  });

  it('opens an old link (no platform) with its answers kept, at the first question it lacks', () => {
    const old = parseWizardState(
      '?kind=complaint&validity=justified&fixable=yes&private=no&place=review&spreading=no&mood=calm',
    );
    expect(old.dropped).toEqual([]);
    expect(old.answers).toEqual({
      kind: 'complaint',
      place: 'review',
      validity: 'justified',
      fixable: 'yes',
      private: 'no',
      spreading: 'no',
      mood: 'calm',
    });
    expect(nextQuestion(old.answers)).toBe('platform');
    // Answering Google keeps the review (now implied); answering Instagram drops a place it does not have.
    const google = answer(old.answers, 'platform', 'google');
    expect(google.place).toBeUndefined();
    expect(nextQuestion(google)).toBe('sensitive');
    const insta = answer(old.answers, 'platform', 'instagram');
    expect(insta.place).toBeUndefined();
    expect(nextQuestion(insta)).toBe('place');
    expect(parseWizardState('?kind=troll&platform=instagram&place=review').dropped).toEqual([
      { key: 'place', value: 'review', reason: 'irrelevant' },
    ]);
  });

  it('changing an earlier answer clears exactly the answers it makes irrelevant', () => {
    const a: Answers = {
      kind: 'complaint',
      validity: 'justified',
      fixable: 'no',
      private: 'yes',
      place: 'own',
      spreading: 'no',
      mood: 'calm',
    };
    expect(answer(a, 'validity', 'unsure')).toEqual({
      kind: 'complaint',
      validity: 'unsure',
      private: 'yes',
      place: 'own',
      spreading: 'no',
      mood: 'calm',
    });
    expect(answer(a, 'kind', 'troll')).toEqual({
      kind: 'troll',
      place: 'own',
      spreading: 'no',
      mood: 'calm',
    });
    expect(answer(a, 'kind', 'heated')).toEqual({ ...a, kind: 'heated', mood: undefined });
  });

  it('"question n of m" never has n above m, n counts up and m never grows along every path', () => {
    // Plain checks, every failure listed at the end (an expect per step would cost seconds).
    const failures: string[] = [];
    for (const { answers: full } of everyPlanCase()) {
      let a: Answers = {};
      let expected = 1;
      let last = Infinity;
      for (let q = nextQuestion(a); q; q = nextQuestion(a)) {
        const { n, m } = progress(a, q);
        const at = () => `${JSON.stringify(a)} ${q}: ${n} of ${m}`;
        if (n !== expected++) failures.push(`${at()}: n is not ${expected - 1}`);
        if (!(m >= n)) failures.push(`${at()}: m below n`);
        if (!(m <= last)) failures.push(`${at()}: m grew from ${last}`);
        last = m;
        a = { ...a, [q]: full[q] };
      }
      // The last question's total is the number of questions asked.
      if (last !== expected - 1)
        failures.push(`${JSON.stringify(full)}: last total ${last}, ${expected - 1} asked`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // Every path of every combination: slow on a loaded machine.
  }, 180_000);
});
