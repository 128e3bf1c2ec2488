// URL and storage state: a shared link reopens the same form; anything unknown or malformed is
// dropped and reported, never trusted, never a crash.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localeCodes } from '../../../src/i18n/locales';
import {
  consequenceIds,
  contactKinds,
  platformIds,
  registers,
  replyTimeIds,
  ruleIds,
  withConsequence,
} from '../../../src/playbook/house-rules/ids';
import {
  defaultState,
  parseState,
  parseStored,
  serializeState,
  serializeStored,
  type HouseRulesState,
} from '../../../src/playbook/house-rules/state';

const states: fc.Arbitrary<HouseRulesState> = fc.record({
  lang: fc.constantFrom(...localeCodes),
  register: fc.constantFrom(...registers),
  name: fc
    .string({ unit: 'grapheme', maxLength: 60 })
    .map((s) => s.replace(/[\u0000-\u001F\u007F]/g, '')),
  platform: fc.constantFrom(...platformIds),
  rules: fc.subarray([...ruleIds]),
  consequences: fc.shuffledSubarray([...consequenceIds]),
  contact: fc.constantFrom(...contactKinds),
  contactValue: fc.string({ maxLength: 80 }).map((s) => s.replace(/[\u0000-\u001F\u007F]/g, '')),
  replyTime: fc.option(fc.constantFrom(...replyTimeIds), { nil: null }),
  emoji: fc.boolean(),
  nameInBio: fc.boolean(),
  reserve: fc.option(fc.nat({ max: 80 }), { nil: null }),
});

describe('URL state', () => {
  it('round-trips every state: a shared link reopens the same form', () => {
    fc.assert(
      fc.property(states, fc.constantFrom(...localeCodes), (state, page) => {
        const { state: back, problems } = parseState(
          serializeState(state),
          defaultState(page),
          localeCodes,
        );
        expect(problems).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random queries and only ever yields valid ids', () => {
    const keys = fc.constantFrom(
      'lang',
      'register',
      'platform',
      'name',
      'rules',
      'consequences',
      'contact',
      'contactValue',
      'replyTime',
      'emoji',
      'nameInBio',
      'reserve',
      'utm_source',
    );
    const query = fc
      .array(fc.tuple(keys, fc.string({ maxLength: 40 })), { maxLength: 12 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(query, fc.string()), (q) => {
        const { state } = parseState(q, defaultState('en'), localeCodes);
        expect(localeCodes).toContain(state.lang);
        expect(platformIds).toContain(state.platform);
        expect(registers).toContain(state.register);
        expect(contactKinds).toContain(state.contact);
        for (const r of state.rules) expect(ruleIds).toContain(r);
        for (const c of state.consequences) expect(consequenceIds).toContain(c);
        expect(new Set(state.rules).size).toBe(state.rules.length);
        expect(typeof state.nameInBio).toBe('boolean');
        if (state.reserve !== null) {
          expect(Number.isInteger(state.reserve)).toBe(true);
          expect(state.reserve).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads nameInBio and a reserve up to the platform’s limit, and reports anything else', () => {
    const ok = parseState(
      'platform=tiktok&nameInBio=yes&reserve=40',
      defaultState('tr'),
      localeCodes,
    );
    expect(ok.state).toMatchObject({ nameInBio: true, reserve: 40 });
    expect(ok.problems).toEqual([]);
    const bad = parseState(
      'platform=tiktok&nameInBio=ja&reserve=81',
      defaultState('tr'),
      localeCodes,
    );
    expect(bad.state).toMatchObject({ nameInBio: false, reserve: null });
    expect(bad.problems).toEqual([
      { param: 'nameInBio', value: 'ja' },
      { param: 'reserve', value: '81' },
    ]);
    expect(parseState('reserve=-3', defaultState('en'), localeCodes).problems).toEqual([
      { param: 'reserve', value: '-3' },
    ]);
  });

  it('drops unknown ids and malformed values, keeps the rest, and reports each', () => {
    const { state, problems } = parseState(
      'lang=xx&platform=myspace&rules=no-hate,kindness,no-spam&consequences=warn,shame&emoji=yes&register=informal&name=' +
        encodeURIComponent('Salon\u0000Anna'),
      defaultState('de'),
      localeCodes,
    );
    expect(state.lang).toBe('de');
    expect(state.platform).toBe('instagram');
    expect(state.rules).toEqual(['no-hate', 'no-spam']);
    expect(state.consequences).toEqual(['warn']);
    expect(state.register).toBe('informal');
    expect(state.emoji).toBe(false);
    expect(state.name).toBe('');
    expect(problems.map((p) => `${p.param}=${p.value}`)).toEqual([
      'lang=xx',
      'platform=myspace',
      'emoji=yes',
      'rules=kindness',
      'consequences=shame',
      'name=Salon\u0000Anna',
    ]);
  });

  it('keeps an empty rules list when the link says so, and defaults when it says nothing', () => {
    expect(parseState('rules=', defaultState('en'), localeCodes).state.rules).toEqual([]);
    expect(parseState('', defaultState('en'), localeCodes).state.rules).toEqual(
      defaultState('en').rules,
    );
  });
});

describe('stored text', () => {
  it('round-trips', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100 }),
        fc.string({ maxLength: 100 }),
        (name, contactValue) => {
          expect(parseStored(serializeStored({ name, contactValue }))).toEqual({
            stored: { name, contactValue },
            problem: false,
          });
        },
      ),
    );
  });

  it('drops what it cannot read and says so', () => {
    expect(parseStored(null)).toEqual({ stored: {}, problem: false });
    expect(parseStored('{not json')).toEqual({ stored: {}, problem: true });
    expect(parseStored('[1,2]')).toEqual({ stored: {}, problem: true });
    expect(parseStored('{"name":42,"contactValue":"a@b.de"}')).toEqual({
      stored: { contactValue: 'a@b.de' },
      problem: true,
    });
    fc.assert(
      fc.property(fc.string(), (raw) => {
        parseStored(raw);
      }),
    );
  });
});

describe('withConsequence', () => {
  it("puts a newly ticked step at its place in the escalation order, keeping the user's own order", () => {
    expect(withConsequence(['hide', 'block'], 'warn')).toEqual(['warn', 'hide', 'block']);
    expect(withConsequence(['hide', 'block'], 'delete')).toEqual(['hide', 'delete', 'block']);
    // A report comes before the comment is taken down: a deleted one can no longer be reported.
    expect(withConsequence(['hide', 'block'], 'report')).toEqual(['report', 'hide', 'block']);
    // Reordered by the user (block before hide): a new step still lands before the first stricter one.
    expect(withConsequence(['block', 'hide'], 'delete')).toEqual(['delete', 'block', 'hide']);
  });
});
