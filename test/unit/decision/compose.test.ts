// One reply per channel: gaps with ids, the composition of every plan in every locale and
// register, editing and swapping pieces, and typing that belongs to one incident.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localeCodes } from '../../../src/i18n/locales';
import { resolvePlan } from '../../../src/playbook/decision/plan';
import {
  messageStepIds,
  registers,
  type MessageStepId,
  type StepId,
} from '../../../src/playbook/decision/steps';
import { repliesShort } from '../../../src/playbook/analysis/short-replies';
import { serializeWizardState } from '../../../src/playbook/decision/state';
import { draftsPayloadOk, type WizardDrafts } from '../../../src/playbook/decision/texts';
import {
  emptyGaps,
  fillGaps,
  findGaps,
  gapMarkupProblems,
  unfillGaps,
  type GapLabels,
} from '../../../src/playbook/decision/gaps';
import {
  applyEdit,
  channelOf,
  composePlan,
  renderPieces,
  swapPiece,
  type Piece,
  type PieceStates,
} from '../../../src/playbook/decision/compose';
import { legacyWizardKeys, parseStoredTyping } from '../../../src/playbook/decision/incident';
import { everyPlanCase } from '../../support/plans';

const drafts = Object.fromEntries(
  localeCodes.map((l) => [
    l,
    JSON.parse(readFileSync(`content/wizard/${l}/drafts.json`, 'utf8')) as WizardDrafts,
  ]),
);
const labels: GapLabels = {
  name: { label: 'name' },
  fix: { label: 'what you will do', sentence: true },
  'reply-by': { label: 'by when you answer' },
};

describe('gaps with ids', () => {
  it('finds each gap id once, in order; only lowercase ids count', () => {
    expect(findGaps('Hi [[name]], [[fix]] [[name]] [[Not an id]]')).toEqual(['name', 'fix']);
  });

  it('a value fills only its own gap; empty gaps show their label', () => {
    const text = 'Hi [[name]]! We answer by: [[reply-by]]. Plan: [[fix]]';
    expect(fillGaps(text, { 'reply-by': 'Friday' }, labels)).toBe(
      'Hi [name]! We answer by: Friday. Plan: [what you will do]',
    );
    expect(emptyGaps(text, { 'reply-by': 'Friday' })).toEqual(['name', 'fix']);
  });

  it('ends a sentence gap with a full stop when the user did not, and never doubles it', () => {
    expect(fillGaps('Plan: [[fix]]', { fix: 'we refund you' }, labels)).toBe(
      'Plan: we refund you.',
    );
    expect(fillGaps('Plan: [[fix]]', { fix: 'We refund you!' }, labels)).toBe(
      'Plan: We refund you!',
    );
    expect(fillGaps('Plan: [[fix]]', { fix: 'We refund you. ' }, labels)).toBe(
      'Plan: We refund you.',
    );
    // A value ending in a full stop before the draft's own: one full stop, not two.
    expect(fillGaps('Call or visit us: [[contact]].', { contact: 'Király u. 1.' }, {})).toBe(
      'Call or visit us: Király u. 1.',
    );
    expect(fillGaps('Visit [[contact]] today.', { contact: 'Király u. 1.' }, {})).toBe(
      'Visit Király u. 1. today.',
    );
  });

  it('turns edited text back into gaps: marks and untouched values', () => {
    const values = { name: 'Anna' };
    const shown = fillGaps('Hi [[name]]! Plan: [[fix]]', values, labels);
    expect(unfillGaps(`${shown} Thanks.`, ['name', 'fix'], values, labels)).toBe(
      'Hi [[name]]! Plan: [[fix]] Thanks.',
    );
  });

  it('flags bad markup, unknown gaps and a full stop after a sentence gap', () => {
    expect(gapMarkupProblems('Hi [[name]] ]]', labels)).toHaveLength(1);
    expect(gapMarkupProblems('Hi [[Name]]', labels)).toHaveLength(1);
    expect(gapMarkupProblems('Hi [[nobody]]', labels)).toEqual([
      'uses gap [[nobody]], which has no label in "gaps"',
    ]);
    expect(gapMarkupProblems('Plan: [[fix]].', labels)).toHaveLength(1);
    expect(gapMarkupProblems('By: [[reply-by]].', labels)).toEqual([]);
  });

  it('filling never changes text outside gaps', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('[') && !s.includes(']')),
        fc.string(),
        (outside, value) => {
          const filled = fillGaps(`${outside}[[name]]${outside}`, { name: value }, labels);
          expect(filled.startsWith(outside)).toBe(true);
          expect(filled.endsWith(outside)).toBe(true);
        },
      ),
    );
  });
});

/** Equal arrays of strings (what toEqual checks, without its cost in a loop). */
const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

// Every combination of answers; plans with the same steps compose alike, so each distinct one once.
const all = everyPlanCase();
const plans = [
  ...new Map(
    all.map((p) => [p.plan.map((s) => `${s.id}${s.optional ? '?' : ''}`).join(' '), p]),
  ).values(),
];

describe('composition over every plan, locale and register', () => {
  it(`covers every distinct plan of ${all.length} answer combinations`, () =>
    expect(plans.length).toBeGreaterThan(50));

  for (const locale of localeCodes) {
    for (const register of registers) {
      it(`${locale} ${register}: one greeting, one sign-off, the parts in plan order, one message per channel`, () => {
        const d = drafts[locale]!;
        const fill = Object.fromEntries(
          Object.entries(d.gaps).map(([id, g]) => [id, g.sentence ? 'Zz zz zz' : 'Qq']),
        );
        // Plain checks, every failure listed at the end: one expect per check and plan would cost
        // most of this file's time (about 100,000 of them per locale and register).
        const failures: string[] = [];
        for (const { answers, plan } of plans) {
          const where = `${serializeWizardState(answers)} ${locale}/${register}`;
          const fail = (what: string) => failures.push(`${where}: ${what}`);
          const composed = composePlan(plan, d[register]);
          for (const [channel, pieces] of Object.entries(composed) as [string, Piece[]][]) {
            const keys = pieces.map((p) => p.key);
            // Where the reply must be short, the short wordings come first (not in private).
            const short = repliesShort(answers.platform!) && channel !== 'private';
            const wording = (section: 'parts' | 'discreet' | 'partly', id: MessageStepId) => {
              const usual = (d[register][section] as Partial<Record<StepId, string[]>>)[id]!;
              const brief = (d[register].short[section] as Partial<Record<StepId, string[]>>)[id];
              return short ? [...new Set([...(brief ?? []), ...usual])] : usual;
            };
            if (keys.filter((k) => k === 'greeting').length > 1) fail(`${channel}: two greetings`);
            if (keys.includes('greeting') && keys[0] !== 'greeting')
              fail(`${channel}: greeting not first`);
            if (
              !same(
                keys.filter((k) => k === 'closing'),
                ['closing'],
              )
            )
              fail(`${channel}: not one closing`);
            if (keys[keys.length - 1] !== 'closing') fail(`${channel}: closing not last`);
            const parts = keys.filter((k) => k !== 'greeting' && k !== 'closing');
            const inChannel = plan.filter((s) => channelOf(s) === channel).map((s) => s.id);
            // A sensitive reply opens with concern instead of restating the problem in public.
            const wanted = inChannel.filter(
              (id) =>
                !(
                  ['reply-public', 'invite-offline'].includes(id) &&
                  inChannel.includes('show-concern')
                ),
            );
            if (!same(parts, wanted))
              fail(`${channel}: parts ${parts.join(' ')} instead of ${wanted.join(' ')}`);
            if (answers.sensitive === 'yes' && parts.includes('reply-public'))
              fail(`${channel}: reply-public on a sensitive matter`);
            // Partly right: the apology owns the part that is right, then the facts are put straight.
            const apology = pieces.find((p) => p.key === 'apologize');
            if (apology) {
              const partly = inChannel.includes('correct-facts');
              if (partly !== (answers.validity === 'partly'))
                fail(`${channel}: correct-facts beside the apology is not "partly"`);
              if (!same(apology.options, wording(partly ? 'partly' : 'parts', 'apologize')))
                fail(`${channel}: the apology's wording`);
            }
            // Words for the crowd are a comment of their own, never part of the reply to one person.
            if (channel === 'everyone') {
              if (!same(parts, ['keep-answering'])) fail(`everyone: ${parts.join(' ')}`);
            } else if (parts.includes('keep-answering')) fail(`${channel}: keep-answering`);
            // A sensitive matter's public update says it was answered in private, and nothing else:
            // its wording has no gap that would invite what was done (a refund, a treatment).
            if (channel === 'later') {
              const update = pieces.find((p) => p.key === 'follow-up-public');
              const expected = wording(
                answers.sensitive === 'yes' ? 'discreet' : 'parts',
                'follow-up-public',
              );
              if (!update || !same(update.options, expected)) fail("later: the update's wording");
              if (answers.sensitive === 'yes' && update?.options.some((o) => o.includes('[[')))
                fail('later: a gap in the discreet update');
            }
            // A real complaint gets a personal greeting; a statement to everyone gets none.
            if (
              parts.some(
                (k) => k === 'reply-public' || k === 'continue-private' || k === 'thank',
              ) &&
              keys[0] !== 'greeting'
            )
              fail(`${channel}: no greeting`);
            for (const choice of [0, 1]) {
              const states: PieceStates = Object.fromEntries(keys.map((k) => [k, { choice }]));
              const empty = renderPieces(pieces, states, {}, d.gaps);
              if (/\[\[|\]\]/.test(empty.text)) fail(`${channel}: gap markup shown: ${empty.text}`);
              // Every message asks for something, if only the signature (a short reply, and an
              // update added to the one reply a review allows, start without one).
              const appended = channel === 'later';
              if ((!(short || appended) || choice) && !(empty.empty.length > 0))
                fail(`${channel}: no empty gap listed`);
              const { text, empty: left } = renderPieces(pieces, states, fill, d.gaps);
              if (left.length) fail(`${channel}: gaps left after filling: ${left.join(' ')}`);
              if (/\.\.|\s[.,:!?]|[.!?:][^\s’'"”)—\d]|  |\n\n|^\s|\s$/u.test(text))
                fail(`${channel}: bad punctuation or spacing: ${text}`);
              // The greeting's words appear once: pasted, the reply never greets twice.
              const greeting = pieces.find((p) => p.key === 'greeting')?.options;
              const hello = greeting?.[choice % greeting.length]!.split('[[')[0]!.trim();
              if (hello && keys.includes('greeting') && text.split(`${hello} `).length - 1 !== 1)
                fail(`${channel}: greets twice: ${text}`);
            }
          }
          // Only channels with something to write; nothing written where no step writes.
          if (
            !plan.some((s) => channelOf(s)) &&
            Object.values(composed).some((v) => v !== undefined)
          )
            fail('a message where no step writes');
        }
        expect(failures.slice(0, 20)).toEqual([]);
      });
    }
  }

  it('where the reply must be short: the short wordings first, no sign-off and the detail left for the private talk; the usual wordings stay to pick, the private message is as usual', () => {
    const answers = {
      kind: 'complaint',
      validity: 'unsure',
      private: 'yes',
      place: 'own',
      spreading: 'no',
      mood: 'calm',
    } as const;
    const en = drafts.en!.formal;
    const tiktok = composePlan(resolvePlan({ ...answers, platform: 'tiktok' }), en);
    const google = composePlan(resolvePlan({ ...answers, platform: 'google' }), en);
    const options = (c: typeof tiktok, key: string) =>
      c.public!.find((p) => p.key === key)!.options;
    expect(options(tiktok, 'reply-public')).toEqual([
      ...en.short.parts['reply-public']!,
      ...en.parts['reply-public'],
    ]);
    expect(options(tiktok, 'ask-details')[0]).toBe('');
    expect(options(tiktok, 'closing')).toEqual(['', ...en.closing]);
    expect(options(google, 'reply-public')).toEqual(en.parts['reply-public']);
    expect(options(google, 'ask-details')).toEqual(en.parts['ask-details']);
    expect(options(google, 'closing')).toEqual(en.closing);
    expect(tiktok.private).toEqual(google.private);
    expect(
      renderPieces(tiktok.public!, {}, { name: 'Ann', contact: '555 0123' }, drafts.en!.gaps).text,
    ).toBe(
      `Hello Ann,\n${en.short.parts['reply-public']![0]} Please contact us directly: 555 0123.`,
    );
  });

  it('puts a private step in the private message and the closing update in its own, later message', () => {
    const plan = resolvePlan({
      kind: 'complaint',
      validity: 'unsure',
      private: 'yes',
      place: 'own',
      spreading: 'no',
      mood: 'calm',
    });
    const composed = composePlan(plan, drafts.en!.formal);
    expect(composed.private!.map((p) => p.key)).toEqual([
      'greeting',
      'continue-private',
      'closing',
    ]);
    expect(composed.later!.map((p) => p.key)).toEqual(['follow-up-public', 'closing']);
    expect(composed.public!.map((p) => p.key)).toEqual([
      'greeting',
      'reply-public',
      'ask-details',
      'ask-private',
      'closing',
    ]);
  });
});

describe('the update under a review', () => {
  const answers = {
    kind: 'complaint',
    platform: 'google',
    validity: 'unsure',
    sensitive: 'no',
    private: 'yes',
    staff: 'no',
    spreading: 'no',
    mood: 'calm',
  } as const;
  it('is added to the one reply already posted: no second greeting, the sign-off only on request', () => {
    for (const locale of localeCodes)
      for (const register of registers) {
        const d = drafts[locale]![register];
        const later = composePlan(resolvePlan(answers), d).later!;
        expect(later.map((p) => p.key)).toEqual(['follow-up-public', 'closing']);
        const text = renderPieces(later, {}, { solved: 'X.', signer: 'Sam' }, drafts[locale]!.gaps);
        expect(text.text, `${locale} ${register}`).not.toContain('Sam');
      }
  });
  it('keeps the sign-off as the other choice', () => {
    const later = composePlan(resolvePlan(answers), drafts.en!.formal).later!;
    const states = { closing: { choice: 1 } };
    expect(
      renderPieces(later, states, { solved: 'X.', signer: 'Sam' }, drafts.en!.gaps).text,
    ).toContain('Sam');
  });
});

describe('a warning alone', () => {
  const troll = {
    kind: 'troll',
    platform: 'instagram',
    place: 'own',
    staff: 'no',
    spreading: 'no',
    mood: 'upset',
  } as const;
  it('opens and signs plainly: the warm greeting and sign-off read as sarcasm to a troll', () => {
    for (const locale of localeCodes)
      for (const register of registers) {
        const d = drafts[locale]![register];
        const message = composePlan(resolvePlan(troll), d).private!;
        expect(message.map((p) => p.key)).toEqual(['greeting', 'warn', 'closing']);
        expect(message[0]!.options, `${locale} ${register}`).toEqual(d.firm!.greeting);
        expect(message[2]!.options, `${locale} ${register}`).toEqual(d.firm!.closing);
        for (const warm of ['Szia', 'Szép napot', 'Liebe Grüße', 'Sevgi', 'Hey '])
          expect(message[0]!.options[0] + message[2]!.options[0]).not.toContain(warm);
      }
  });
  it('keeps the usual greeting where the message also invites the complaint', () => {
    const profanity = { ...troll, kind: 'abusive', abuse: 'profanity', platform: 'facebook' };
    const d = drafts.hu!.informal;
    const message = composePlan(resolvePlan(profanity as never), d).private!;
    expect(message[0]!.options).toEqual(d.greeting);
  });
});

describe('an optional step that is the whole message', () => {
  it('keeps its words: the reply to an insulting review the portal keeps is not empty', () => {
    const review = {
      kind: 'abusive',
      abuse: 'insult',
      platform: 'google',
      staff: 'yes',
      spreading: 'no',
      mood: 'calm',
    } as const;
    for (const locale of localeCodes)
      for (const register of registers) {
        const message = composePlan(resolvePlan(review), drafts[locale]![register]).public!;
        const part = message.find((p) => p.key === 'answer-insult')!;
        expect(part.options[0], `${locale} ${register}`).not.toBe('');
      }
  });
});

describe('editing the whole text and swapping a part', () => {
  const d = drafts.de!;
  const plan = resolvePlan({
    kind: 'complaint',
    validity: 'justified',
    fixable: 'yes',
    private: 'no',
    place: 'own',
    spreading: 'no',
    mood: 'calm',
  });
  const pieces = composePlan(plan, d.formal).public!;
  const values = { name: 'Frau Kaya', problem: 'Der Termin wurde zweimal verschoben.' };

  it('keeps an edit inside one part when another part is swapped', () => {
    const before = renderPieces(pieces, {}, values, d.gaps).text;
    const edited = before.replace('Das tut uns leid.', 'Das tut uns wirklich leid.');
    const states = applyEdit(pieces, {}, values, d.gaps, edited);
    expect(Object.keys(states)).toEqual(['apologize']);
    expect(renderPieces(pieces, states, values, d.gaps).text).toBe(edited);
    const swapped = swapPiece(
      pieces.find((p) => p.key === 'offer-fix')!,
      states,
    );
    const after = renderPieces(pieces, swapped, values, d.gaps).text;
    expect(after).toContain('Das tut uns wirklich leid.');
    expect(after).toContain(d.formal.parts['offer-fix']![1]!.split('[[')[0]!);
    // Swapping the edited part itself gives its other wording.
    expect(
      renderPieces(
        pieces,
        swapPiece(
          pieces.find((p) => p.key === 'apologize')!,
          states,
        ),
        values,
        d.gaps,
      ).text,
    ).not.toContain('wirklich');
  });

  it('keeps gaps alive in an edited part: typing in the field still fills them', () => {
    const before = renderPieces(pieces, {}, values, d.gaps).text;
    const states = applyEdit(
      pieces,
      {},
      values,
      d.gaps,
      before.replace('Danke, dass', 'Vielen Dank, dass'),
    );
    const later = renderPieces(
      pieces,
      states,
      { ...values, problem: 'Zwei Termine fielen aus.' },
      d.gaps,
    ).text;
    expect(later).toContain('Vielen Dank, dass');
    expect(later).toContain('Zwei Termine fielen aus.');
  });

  it('an edit across two parts, or between them, loses no text', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.string({ maxLength: 12 }), (a, b, insert) => {
        const text = renderPieces(pieces, {}, values, d.gaps).text;
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const next = text.slice(0, from) + insert.replace(/[[\]]/g, '') + text.slice(to);
        const states = applyEdit(pieces, {}, values, d.gaps, next);
        // A filled gap that ends a sentence takes no second full stop after it ("verschoben.."):
        // a dot typed there is that one.
        const squash = (t: string) =>
          t
            .replace(/\s+/g, ' ')
            .replace(/\.{2,}/g, '.')
            .trim();
        expect(squash(renderPieces(pieces, states, values, d.gaps).text)).toBe(squash(next));
      }),
      { numRuns: 300 },
    );
  });
});

describe('one incident’s typing, read back', () => {
  const langs = ['en', 'de', 'tr', 'hu'];
  it('names every key with the site prefix', () => {
    for (const key of legacyWizardKeys) expect(key.startsWith('reply-playbook:')).toBe(true);
  });

  it('reads stored typing without ever throwing, keeping only valid fields', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue(),
          fc.jsonValue().map((v) => ({ gaps: v, pieces: v, posted: v })),
        ),
        (data) => {
          const { typing } = parseStoredTyping(data, langs);
          for (const [lang, values] of Object.entries(typing.gaps)) {
            expect(langs).toContain(lang);
            for (const v of Object.values(values)) expect(typeof v).toBe('string');
          }
          for (const states of Object.values(typing.pieces)) {
            for (const s of Object.values(states)) {
              if (s?.edited !== undefined) expect(typeof s.edited).toBe('string');
              if (s?.choice !== undefined) expect(Number.isInteger(s.choice)).toBe(true);
            }
          }
          if (typing.posted) expect(Number.isFinite(typing.posted.at)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps good fields and flags damage', () => {
    const data = {
      gaps: { de: { name: 'Frau Kaya', x: 3 }, xx: {} },
      pieces: { 'de:formal:public': { greeting: { choice: 1 }, apologize: { edited: 5 } } },
      posted: { text: '14:05', at: 5 },
    };
    expect(parseStoredTyping(data, langs)).toEqual({
      typing: {
        gaps: { de: { name: 'Frau Kaya' } },
        pieces: { 'de:formal:public': { greeting: { choice: 1 }, apologize: {} } },
        posted: { text: '14:05', at: 5 },
      },
      damaged: true,
    });
    expect(parseStoredTyping({}, langs)).toEqual({
      typing: { gaps: {}, pieces: {} },
      damaged: false,
    });
    expect(parseStoredTyping('nope', langs).damaged).toBe(true);
  });
});

describe('drafts fetched for another language', () => {
  it('are used only when every wording is there, the discreet ones included', () => {
    const d = drafts.en!;
    expect(draftsPayloadOk(d)).toBe(true);
    const { discreet: _, ...withoutDiscreet } = d.formal;
    expect(draftsPayloadOk({ ...d, formal: withoutDiscreet })).toBe(false);
    expect(draftsPayloadOk({ ...d, informal: { ...d.informal, discreet: {} } })).toBe(false);
    const { partly: __, ...withoutPartly } = d.formal;
    expect(draftsPayloadOk({ ...d, formal: withoutPartly })).toBe(false);
  });
});
