// One incident at a time on the device: ids, the stored incidents read back safely, the 7-day
// expiry, the list to resume or delete; and the preferences that are not incident data (the
// owner's own details, the reply language and register per page language).
import { describe, expect, it } from 'vitest';
import {
  firstWords,
  incidentLifetime,
  listIncidents,
  newIncident,
  newIncidentId,
  parseIncidents,
  pruned,
  type Incidents,
} from '../../../src/playbook/decision/incidents';
import {
  gapValues,
  parsePreferences,
  replySettings,
} from '../../../src/playbook/decision/preferences';
import { parseWizardState, serializeWizardState } from '../../../src/playbook/decision/state';

const langs = ['en', 'de', 'tr', 'hu'];
const day = 24 * 60 * 60_000;
const now = Date.UTC(2026, 11, 7, 10);

describe('incidents', () => {
  it('makes ids the URL accepts, and keeps them in the URL after the answers', () => {
    const id = newIncidentId(new Uint8Array([1, 200, 35, 36, 71, 0, 9, 255, 128, 64]));
    expect(id).toMatch(/^[a-z0-9]{10}$/);
    const search = serializeWizardState({ kind: 'troll' }, id);
    expect(search).toBe(`?kind=troll&incident=${id}`);
    expect(parseWizardState(search)).toEqual({
      answers: { kind: 'troll' },
      incident: id,
      dropped: [],
    });
    // A malformed id opens a new incident, without a notice.
    expect(parseWizardState('?kind=troll&incident=<x>')).toEqual({
      answers: { kind: 'troll' },
      dropped: [],
    });
  });

  it('reads stored incidents back, drops what fails and what expired, and says so', () => {
    const a = { ...newIncident(now - day), query: '?kind=troll', comment: 'You liars' };
    a.typing.gaps = { en: { name: 'Anna' } };
    const raw = JSON.stringify({
      abcdef1234: a,
      old0000000: { ...newIncident(now - 8 * day), query: '?kind=heated' },
      'bad id': a,
    });
    const { incidents, damaged } = parseIncidents(raw, langs, now);
    expect(Object.keys(incidents)).toEqual(['abcdef1234']);
    expect(incidents.abcdef1234!.typing.gaps.en).toEqual({ name: 'Anna' });
    expect(damaged).toBe(true);
    expect(parseIncidents('{not json', langs, now)).toEqual({ incidents: {}, damaged: true });
    expect(parseIncidents(null, langs, now)).toEqual({ incidents: {}, damaged: false });
  });

  it('lists the other open incidents, newest first, with platform, kind and first words', () => {
    const store: Incidents = {
      aaaaaa1: {
        ...newIncident(now - 2 * day),
        query: '?kind=complaint&platform=google',
        comment: 'The soup was cold and the waiter never came back to our table',
      },
      bbbbbb2: { ...newIncident(now - day), query: '?kind=troll' },
      cccccc3: { ...newIncident(now), query: '?kind=heated' },
      empty00: newIncident(now),
    };
    const list = listIncidents(store, 'cccccc3');
    expect(list.map((i) => i.id)).toEqual(['bbbbbb2', 'aaaaaa1']);
    expect(list[1]).toMatchObject({
      platform: 'google',
      kind: 'complaint',
      words: 'The soup was cold and the waiter never …',
    });
  });

  it('keeps each incident 7 days after its last use', () => {
    const store: Incidents = {
      aaaaaa1: { ...newIncident(now - incidentLifetime - 1), query: '?kind=troll' },
      bbbbbb2: { ...newIncident(now - incidentLifetime + 1000), query: '?kind=troll' },
    };
    expect(Object.keys(pruned(store, now))).toEqual(['bbbbbb2']);
    expect(firstWords('  one two  ')).toBe('one two');
  });
});

describe('preferences', () => {
  it('fills the owner’s own details into every reply, over anything an incident held', () => {
    const { preferences } = parsePreferences(
      JSON.stringify({ own: { signer: 'Lena, owner', contact: 'hi@shop.example' } }),
      langs,
    );
    expect(gapValues({ name: 'Anna', signer: 'someone else' }, preferences)).toEqual({
      name: 'Anna',
      signer: 'Lena, owner',
      contact: 'hi@shop.example',
    });
  });

  it('a reply language and register chosen on one page language apply there only', () => {
    const { preferences } = parsePreferences(
      JSON.stringify({ reply: { de: { lang: 'de', register: 'informal' } } }),
      langs,
    );
    expect(replySettings('de', undefined, preferences)).toEqual({
      lang: 'de',
      register: 'informal',
    });
    expect(replySettings('en', undefined, preferences)).toEqual({ lang: 'en', register: 'formal' });
    // The incident's own (suggested from the comment) comes first.
    expect(replySettings('en', { lang: 'tr' }, preferences)).toEqual({
      lang: 'tr',
      register: 'formal',
    });
  });

  it('drops what fails, and says so', () => {
    const r = parsePreferences(JSON.stringify({ own: { signer: 5 }, reply: { fr: {} } }), langs);
    expect(r.damaged).toBe(true);
    expect(r.preferences).toEqual({ own: {}, reply: {} });
  });
});
