// The wizard's flow: the screens in order (paste, questions, check, plan), what a read comment
// answers, the safety notice at once for a threat, and the progress total that never grows.
import { describe, expect, it } from 'vitest';
import {
  applySuggestions,
  progress,
  screenOf,
  shapesNothing,
  standingSuggestions,
  type FlowState,
} from '../../../src/playbook/decision/flow';
import {
  nextQuestion,
  questions,
  relevantQuestions,
  type Answers,
} from '../../../src/playbook/decision/questions';
import { serializeWizardState } from '../../../src/playbook/decision/state';
import { asThreat, opensWithSafety, resolvePlan } from '../../../src/playbook/decision/plan';
import { everyPlanCase } from '../../support/plans';

const state = (s: Partial<FlowState>): FlowState => ({
  answers: {},
  pasted: false,
  suggested: {},
  confirmed: false,
  ...s,
});
const langs = ['en', 'de', 'tr', 'hu'];

describe('flow: screens', () => {
  it('opens with the paste box; skipping or reading it goes to the questions', () => {
    expect(screenOf(state({}))).toEqual({ name: 'paste' });
    expect(screenOf(state({ pasted: true }))).toEqual({ name: 'question', question: 'kind' });
  });

  it('a link with answers (an old or a shared one) skips the paste box', () => {
    expect(screenOf(state({ answers: { kind: 'troll' } }))).toEqual({
      name: 'question',
      question: 'platform',
    });
  });

  it('checks the answers once, after the remaining questions, only where the reading suggested some', () => {
    const answers: Answers = {
      kind: 'abusive',
      abuse: 'threat',
      platform: 'google',
      staff: 'no',
      spreading: 'no',
    };
    expect(screenOf(state({ answers, pasted: true }))).toEqual({ name: 'plan' });
    const suggested = { kind: 'abusive', abuse: 'threat' };
    expect(screenOf(state({ answers, pasted: true, suggested }))).toEqual({ name: 'check' });
    expect(screenOf(state({ answers, pasted: true, suggested, confirmed: true }))).toEqual({
      name: 'plan',
    });
    // Changed by the owner: no longer a suggestion, nothing left to check.
    const changed = { ...answers, abuse: 'hate' as const, staff: 'no' as const };
    expect(standingSuggestions({ answers: changed, suggested: { abuse: 'threat' } })).toEqual([]);
  });
});

describe('flow: suggestions', () => {
  it('applies what fits, in question order, and leaves given answers alone', () => {
    const s = applySuggestions(
      { platform: 'instagram' },
      [
        { question: 'kind', value: 'abusive' },
        { question: 'abuse', value: 'threat' },
        { question: 'platform', value: 'google' },
        { question: 'lang', value: 'de' },
        { question: 'register', value: 'informal' },
        { question: 'name', value: ' Anna ' },
      ],
      langs,
    );
    expect(s.answers).toMatchObject({ kind: 'abusive', abuse: 'threat', platform: 'instagram' });
    expect(s.suggested).toMatchObject({ kind: 'abusive', abuse: 'threat', staff: 'no' });
    expect(s.suggested.platform).toBeUndefined();
    expect([s.replyLang, s.register, s.name]).toEqual(['de', 'informal', 'Anna']);
  });

  it('drops what it does not know (a kind this version lacks, a language not offered)', () => {
    const s = applySuggestions(
      {},
      [
        { question: 'kind', value: 'gossip' },
        { question: 'lang', value: 'fr' },
      ],
      langs,
    );
    expect(s.answers).toEqual({});
    expect(s.replyLang).toBeUndefined();
  });

  it('a read comment that names no health matter, personal data or team member answers those with "no", marked', () => {
    const s = applySuggestions({ kind: 'complaint' }, [], langs);
    expect(s.answers).toMatchObject({ sensitive: 'no', private: 'no', staff: 'no' });
    expect(s.suggested).toEqual({ sensitive: 'no', private: 'no', staff: 'no' });
    const yes = applySuggestions(
      { kind: 'complaint' },
      [{ question: 'private', value: 'yes' }],
      langs,
    );
    expect(yes.answers.private).toBe('yes');
  });

  it('an ordinary complaint, pasted, leaves at most five questions to tap', () => {
    let a: Answers = applySuggestions({}, [], langs).answers;
    const asked: string[] = [];
    const wanted: Answers = {
      kind: 'complaint',
      platform: 'google',
      validity: 'justified',
      fixable: 'yes',
      spreading: 'no',
      mood: 'calm',
    };
    for (let q = nextQuestion(a); q; q = nextQuestion(a)) {
      asked.push(q);
      a = applySuggestions({ ...a, [q]: wanted[q] }, [], langs).answers;
    }
    expect(asked).toEqual(['kind', 'platform', 'validity', 'fixable', 'spreading', 'mood']);
  });
});

describe('flow: safety and progress', () => {
  it('shows the safety notice as soon as a threat is chosen or suggested, before any other answer', () => {
    expect(opensWithSafety({ kind: 'abusive', abuse: 'threat' })).toBe(true);
    expect(opensWithSafety({ kind: 'abusive', abuse: 'hate' })).toBe(false);
    expect(opensWithSafety({ kind: 'abusive' })).toBe(false);
  });

  it('taken as a threat from the check screen: the safety notice, the platform kept, the complaint’s answers gone', () => {
    const complaint: Answers = {
      kind: 'complaint',
      platform: 'google',
      validity: 'justified',
      fixable: 'yes',
      staff: 'no',
    };
    const threat = asThreat(complaint);
    expect(opensWithSafety(threat)).toBe(true);
    expect(threat).toMatchObject({ kind: 'abusive', abuse: 'threat', platform: 'google' });
    expect(threat.validity).toBeUndefined();
  });

  it('a threat asks only what changes its steps: where, whose page, a team member, spreading – never the mood', () => {
    let a: Answers = { kind: 'abusive', abuse: 'threat' };
    const asked: string[] = [];
    for (let q = nextQuestion(a); q; q = nextQuestion(a)) {
      asked.push(q);
      a = { ...a, [q]: q === 'platform' ? 'facebook' : q === 'place' ? 'own' : 'no' };
    }
    expect(asked).toEqual(['platform', 'place', 'staff', 'spreading']);
  });

  it('the first total is the longest path, and is ready at once', () => {
    const t = performance.now();
    const first = progress({}, 'kind');
    // Walking every combination took 1.8 s on this machine under load; one value of each answer
    // that shapes nothing, 0.2-0.4 s under the same load. The bound is for a loaded CI machine.
    expect(performance.now() - t).toBeLessThan(1000);
    expect(first.n).toBe(1);
    expect(first.m).toBeGreaterThanOrEqual(8);
  });
});

describe('flow: every question asked earns its tap', () => {
  it('wherever spreading or the mood is asked, its other answer changes the plan', () => {
    const same: string[] = [];
    for (const { answers: a, plan: own } of everyPlanCase()) {
      const plan = JSON.stringify(own.map((s) => s.id));
      for (const [q, values] of [
        ['spreading', ['yes', 'no']],
        ['mood', ['calm', 'upset']],
      ] as const) {
        if (!relevantQuestions(a).includes(q)) continue;
        const other = values.find((v) => v !== a[q])!;
        const changed = JSON.stringify(resolvePlan({ ...a, [q]: other }).map((s) => s.id));
        if (changed === plan) same.push(`${q} in ${JSON.stringify(a)}`);
      }
    }
    expect(same.slice(0, 5)).toEqual([]);
  });
});

describe('flow: the answers that shape nothing', () => {
  it('changing one of them never changes which questions are asked, in any combination', () => {
    const bad: string[] = [];
    for (const { answers: a } of everyPlanCase()) {
      const asked = relevantQuestions(a).join();
      for (const q of shapesNothing) {
        if (a[q] === undefined) continue;
        for (const v of questions[q]) {
          const other = relevantQuestions({ ...a, [q]: v }).join();
          if (other !== asked) bad.push(`${serializeWizardState(a)}: ${q}=${v}`);
        }
      }
      if (bad.length > 5) break;
    }
    expect(bad).toEqual([]);
  });
});
