// The wizard island in happy-dom: the paste box first, one tap per answer, the URL, the check of
// suggested answers, the composed reply (one greeting, the parts in plan order, one Copy warned
// while a gap is empty, parts swappable without losing edits), one incident at a time in storage
// with its id in the URL, the owner's own details remembered, the posting time and the time left,
// the safety notice at once, reply settings only where something is written, other reply languages.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commentPayload } from '../../src/playbook/analysis/reading-match';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Wizard, { type WizardProps } from '../../src/islands/wizard/Wizard';
import { readingShared } from '../../src/playbook/analysis/reading-shared';
import { resolvePlan } from '../../src/playbook/decision/plan';
import { incidentsStorageKey } from '../../src/playbook/decision/incidents';
import { preferencesStorageKey } from '../../src/playbook/decision/preferences';
import {
  draftsPayload,
  pageTexts,
  type WizardDrafts,
  type WizardTexts,
} from '../../src/playbook/decision/texts';

const load = <T,>(locale: string, name: string): T =>
  JSON.parse(readFileSync(`content/wizard/${locale}/${name}.json`, 'utf8')) as T;
const en = load<WizardTexts>('en', 'texts');
const enDrafts = load<WizardDrafts>('en', 'drafts');
const deDrafts = load<WizardDrafts>('de', 'drafts');
const ui = en.ui;
const q = en.questions;
const gap = (id: string) => enDrafts.gaps[id]!.label;

const props: WizardProps = {
  locale: 'en',
  base: '/',
  texts: pageTexts(en),
  languages: [
    { code: 'en', name: 'English' },
    { code: 'de', name: 'Deutsch' },
  ],
  introId: 'intro',
  titleId: 'title',
};

function open(search = '') {
  history.replaceState(null, '', `/en/wizard/${search}`);
  document.body.innerHTML = '<h1 id="title">Wizard</h1><p id="intro">intro</p>';
  return render(<Wizard {...props} />);
}

function choose(label: string) {
  fireEvent.click(
    within(document.querySelector('.wizard-question')!).getByRole('button', { name: label }),
  );
}
const skip = () => fireEvent.click(screen.getByRole('button', { name: ui.skip }));
/** The answers in the URL, without the incident's id. */
const answered = () => {
  const u = new URLSearchParams(location.search);
  u.delete('incident');
  const s = u.toString();
  return s ? `?${s}` : '';
};
const incidentId = () => new URLSearchParams(location.search).get('incident');

const complaint =
  '?kind=complaint&platform=facebook&place=own&validity=justified&sensitive=no&fixable=yes&private=no&staff=no&spreading=no&mood=calm';
const planIds = () =>
  [...document.querySelectorAll('[data-step]')].map((el) => el.getAttribute('data-step'));
const reply = async () =>
  await waitFor(() => {
    const el = document.querySelector<HTMLTextAreaElement>('[data-output="reply"]');
    if (!el) throw new Error('no composed reply yet');
    return el;
  });
/** The current incident's typing, as stored. */
const stored = () =>
  JSON.parse(localStorage.getItem(incidentsStorageKey) ?? '{}')[incidentId()!]?.typing ?? {};

// The site's /<locale>/wizard/drafts.json, as the endpoint builds it; `answers` replaces a locale's response.
type Served = { ok: boolean; json: () => Promise<unknown> };
function serve(answers: Record<string, Served> = {}) {
  const fetchMock = vi.fn(async (url: string) => {
    // As the build writes it: the link hosts and the languages, the same for every locale.
    if (url === '/reading-shared.json') return { ok: true, json: async () => readingShared() };
    const comment = /(\w+)\/wizard\/comment\.json$/.exec(url)?.[1];
    if (comment)
      return {
        ok: true,
        // As the page serves it: the section with its cue lists compiled by the build.
        json: async () =>
          commentPayload(
            JSON.parse(readFileSync(`content/analysis/${comment}.json`, 'utf8')).comment,
          ),
      };
    const locale = /(\w+)\/wizard\/drafts\.json$/.exec(url)?.[1] ?? '';
    if (answers[locale]) return answers[locale];
    return {
      ok: true,
      json: async () =>
        draftsPayload(load<WizardTexts>(locale, 'texts'), load<WizardDrafts>(locale, 'drafts')),
    };
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

beforeEach(() => {
  localStorage.clear();
  serve();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('wizard island: paste first, one tap per answer', () => {
  it('opens with the paste box and the intro; Skip goes to question 1, each answer one tap that moves on', () => {
    open();
    expect(document.getElementById('title')!.classList.contains('visually-hidden')).toBe(true);
    expect(document.getElementById('intro')!.hidden).toBe(false);
    expect(document.querySelector('[data-input="comment"]')).toBeTruthy();
    expect(incidentId()).toMatch(/^[a-z0-9]{10}$/);
    skip();
    expect(document.getElementById('intro')!.hidden).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: q.kind.label })).toBeTruthy();
    expect(screen.getByText(/^Question 1 of about \d+$/)).toBeTruthy();
    const button = document.querySelector<HTMLButtonElement>('[data-answer="kind=complaint"]')!;
    expect(button.textContent).toBe(q.kind.answers.complaint);
    fireEvent.click(button);
    expect(answered()).toBe('?kind=complaint');
    expect(screen.getByRole('region', { name: q.platform.label })).toBeTruthy();
    expect(screen.queryByRole('region', { name: q.kind.label })).toBeNull();
    expect(screen.getByText(/^Question 2 of about \d+$/)).toBeTruthy();
  });

  it('after an answer, focuses the new question’s heading and scrolls it into view', () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    open('?kind=heated');
    choose(q.platform.answers.facebook);
    const heading = screen.getByRole('heading', { level: 2, name: q.place.label });
    expect(document.activeElement).toBe(heading);
    expect(scrolled).toHaveBeenCalledWith({ block: 'start' });
  });

  it('shows the safety notice as soon as a threat is chosen, above the next question', () => {
    open();
    skip();
    choose(q.kind.answers.abusive);
    expect(document.querySelector('[data-output="safety"]')).toBeNull();
    choose(q.abuse.answers.threat);
    // The notice of the reader's country, guessed from the browser's language (here en-US).
    const safety = document.querySelector('[data-output="safety"]')!;
    expect(safety.textContent).toBe(en.country.safety.US);
    expect(
      safety.compareDocumentPosition(document.querySelector('.wizard-question')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('goes back to the previous question with its answer marked, and from question 1 to the paste box', () => {
    open();
    skip();
    choose(q.kind.answers.heated);
    choose(q.platform.answers.facebook);
    expect(answered()).toBe('?kind=heated&platform=facebook');
    fireEvent.click(screen.getByRole('button', { name: ui.back }));
    expect(answered()).toBe('?kind=heated');
    expect(
      document.querySelector('[data-answer="platform=facebook"]')!.getAttribute('aria-current'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: ui.back }));
    fireEvent.click(screen.getByRole('button', { name: ui.back }));
    expect(document.querySelector('[data-input="comment"]')).toBeTruthy();
  });

  it('reads a pasted comment, asks only what it did not answer, then checks the answers once', async () => {
    open();
    fireEvent.input(document.querySelector('[data-input="comment"]')!, {
      target: { value: 'The cake was dry.' },
    });
    fireEvent.click(document.querySelector('[data-action="suggest"]')!);
    await waitFor(() => expect(document.querySelector('.wizard-question')).toBeTruthy());
    choose(q.kind.answers.complaint);
    choose(q.platform.answers.google);
    choose(q.validity.answers.justified);
    // The comment named no health matter and no personal data: not asked, suggested "no".
    expect(document.querySelector('.wizard-question')!.getAttribute('data-question')).toBe(
      'fixable',
    );
    choose(q.fixable.answers.yes);
    choose(q.spreading.answers.no);
    choose(q.mood.answers.calm);
    expect(screen.getByRole('heading', { name: ui.checkTitle })).toBeTruthy();
    expect(
      [...document.querySelectorAll('[data-suggested]')].map((e) =>
        e.getAttribute('data-suggested'),
      ),
    ).toEqual(['sensitive=no', 'private=no', 'staff=no']);
    // Change one: asked, then back to the check.
    fireEvent.click(
      screen.getByRole('button', {
        name: new RegExp(`^${ui.change}\\s*:\\s*${q.private.label.replace('?', '\\?')}$`),
      }),
    );
    choose(q.private.answers.yes);
    expect(screen.getByRole('heading', { name: ui.checkTitle })).toBeTruthy();
    expect(document.querySelectorAll('[data-suggested]')).toHaveLength(2);
    fireEvent.click(document.querySelector('[data-action="confirm"]')!);
    await reply();
    expect(answered()).toBe(
      '?kind=complaint&platform=google&validity=justified&sensitive=no&fixable=yes&private=yes&staff=no&spreading=no&mood=calm',
    );
  });

  it('a pasted threat shows the safety notice at once, and its suggestions are marked', async () => {
    open();
    fireEvent.input(document.querySelector('[data-input="comment"]')!, {
      target: { value: 'I know where you live and I will burn your shop down.' },
    });
    fireEvent.click(document.querySelector('[data-action="suggest"]')!);
    await waitFor(() => expect(document.querySelector('[data-output="safety"]')).toBeTruthy());
    expect(answered()).toBe('?kind=abusive&abuse=threat&staff=no');
    expect(document.querySelector('.wizard-question')!.getAttribute('data-question')).toBe(
      'platform',
    );
  });

  it('says so when the comment cannot be read, and keeps the text', async () => {
    serve({ en: { ok: false, json: async () => ({}) } });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => ({ ok: false, json: async () => ({}) })),
    );
    open();
    fireEvent.input(document.querySelector('[data-input="comment"]')!, {
      target: { value: 'Cold soup.' },
    });
    fireEvent.click(document.querySelector('[data-action="suggest"]')!);
    await waitFor(() => expect(screen.getByText(ui.readFailed)).toBeTruthy());
    expect((document.querySelector('[data-input="comment"]') as HTMLTextAreaElement).value).toBe(
      'Cold soup.',
    );
  });

  it('follows the browser back button', async () => {
    open('?kind=troll');
    choose(q.platform.answers.instagram);
    choose(q.place.answers.own);
    history.replaceState(
      null,
      '',
      `/en/wizard/?kind=troll&platform=instagram&incident=${incidentId()}`,
    );
    fireEvent(window, new PopStateEvent('popstate'));
    await waitFor(() => expect(screen.getByRole('region', { name: q.place.label })).toBeTruthy());
  });

  it('drops a bad link with a visible notice and still works', () => {
    open('?kind=complaint&validity=maybe&evil=%3Cscript%3E');
    expect(screen.getByText(/Part of the link was not understood/).textContent).toContain(
      'validity=maybe, evil=<script>',
    );
    expect(answered()).toBe('?kind=complaint');
    expect(screen.getByRole('region', { name: q.platform.label })).toBeTruthy();
  });
});

describe('wizard island: the plan', () => {
  // The reply target depends on the hour (late in the evening it is the next morning): a fixed
  // clock, a Monday at 10:00, so the plan's times read the same whenever the tests run.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 7, 10, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the reply card first with its steps ticked inside, then the other steps in plan order, the first open', async () => {
    open('?kind=complaint');
    for (const label of [
      q.platform.answers.google,
      q.validity.answers.justified,
      q.sensitive.answers.no,
      q.fixable.answers.yes,
      q.private.answers.yes,
      q.staff.answers.no,
      q.spreading.answers.yes,
      q.mood.answers.upset,
    ])
      choose(label);
    expect(screen.getByRole('heading', { name: ui.planTitle })).toBeTruthy();
    const area = await reply();
    const expected = resolvePlan({
      kind: 'complaint',
      platform: 'google',
      validity: 'justified',
      sensitive: 'no',
      fixable: 'yes',
      private: 'yes',
      staff: 'no',
      spreading: 'yes',
      mood: 'upset',
    }).map((s) => s.id);
    // Every step once; the checklist in plan order.
    expect([...planIds()].sort()).toEqual([...expected].sort());
    const checklist = [...document.querySelectorAll('.wizard-plan > [data-step]')].map((e) =>
      e.getAttribute('data-step'),
    );
    expect(checklist).toEqual(expected.filter((id) => checklist.includes(id)));
    // Apologize and the offer are in the reply, ticked there: no card that only says so.
    const ticks = [...document.querySelectorAll('#wizard-public [data-step]')].map((e) =>
      e.getAttribute('data-step'),
    );
    expect(ticks).toEqual(expect.arrayContaining(['apologize', 'offer-fix']));
    expect(screen.queryByText(/already part of your message/)).toBeNull();
    // The reply card comes before every step of the checklist, Start over and Copy link at the top.
    const first = document.querySelector('.wizard-plan [data-step]')!;
    expect(area.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const restart = screen.getByRole('button', { name: ui.restart });
    expect(restart.compareDocumentPosition(area) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/at least 10 minutes/)).toBeTruthy();
    const open_ = [...document.querySelectorAll<HTMLDetailsElement>('.wizard-plan details')].map(
      (d) => d.open,
    );
    expect(open_[0]).toBe(true);
    expect(open_.slice(1).every((o) => !o)).toBe(true);
    // The step that holds the reply points up to it.
    expect(
      within(document.querySelector('.wizard-plan [data-step="reply-public"]') as HTMLElement)
        .getByRole('link', { name: new RegExp(ui.channelPublic) })
        .getAttribute('href'),
    ).toBe('#wizard-public');
    expect(document.querySelector('[data-action="copy-reply"]')).toBeTruthy();
    // The private message and the later update: their own labelled cards with their own copy.
    expect(screen.getByRole('heading', { name: ui.channelPrivate })).toBeTruthy();
    expect(screen.getByRole('heading', { name: ui.channelLater })).toBeTruthy();
    expect(document.querySelector('#wizard-private [data-action="copy-private"]')).toBeTruthy();
    expect(document.querySelector('#wizard-later [data-action="copy-later"]')).toBeTruthy();
  });

  it('changing an earlier answer clears only the answers it makes irrelevant', async () => {
    open(complaint);
    await reply();
    expect(planIds()).toContain('offer-fix');
    fireEvent.click(
      screen.getByRole('button', {
        name: new RegExp(`^${ui.change}\\s*:\\s*${q.kind.label.replace('?', '\\?')}$`),
      }),
    );
    choose(q.kind.answers.troll);
    // Staff is asked for a complaint too, so the answer stays for the troll.
    expect(answered()).toBe(
      '?kind=troll&platform=facebook&place=own&staff=no&spreading=no&mood=calm',
    );
    await waitFor(() =>
      expect(document.querySelectorAll('.wizard-plan > [data-step]').length).toBeGreaterThan(0),
    );
    await waitFor(() =>
      expect(planIds().sort()).toEqual(
        resolvePlan({
          kind: 'troll',
          platform: 'facebook',
          place: 'own',
          staff: 'no',
          spreading: 'no',
          mood: 'calm',
        })
          .map((s) => s.id)
          .sort(),
      ),
    );
  });

  it('composes one reply: one greeting, the parts in plan order, one sign-off, one Copy warned while a gap is empty', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    open(complaint);
    const area = await reply();
    expect(document.querySelectorAll('[data-output="reply"]')).toHaveLength(1);
    expect(document.querySelector('[data-output="private"]')).toBeNull();
    const f = enDrafts.formal;
    expect(area.value).toBe(
      [
        'Hello [the name they post under],',
        `${f.parts['reply-public']![0]!.replace('[[problem]]', `[${gap('problem')}]`)} ${f.parts.apologize![0]} ${f.parts['offer-fix']![0]!.replace('[[fix]]', `[${gap('fix')}]`)}`,
        `Best regards,\n[${gap('signer')}]`,
      ].join('\n'),
    );
    const box = within(document.getElementById('wizard-public')!);
    expect(box.getAllByRole('button', { name: ui.copy })).toHaveLength(1);
    expect(box.getByRole('button', { name: ui.copy }).dataset.action).toBe('copy-reply');
    fireEvent.click(box.getByRole('button', { name: ui.copy }));
    expect(box.getAllByRole('status')[0]!.textContent).toBe(
      `Not copied yet. These blanks are still empty: ${[gap('name'), gap('problem'), gap('fix'), gap('signer')].join('; ')}. Fill them in or copy anyway.`,
    );
    expect(writeText).not.toHaveBeenCalled();
    fireEvent.click(box.getByRole('button', { name: ui.copyAnyway }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(area.value));

    fireEvent.input(box.getByLabelText(gap('name')), { target: { value: 'Ms. Kaya' } });
    fireEvent.input(box.getByLabelText(gap('problem')), {
      target: { value: 'Your cake arrived an hour late' },
    });
    fireEvent.input(box.getByLabelText(gap('fix')), {
      target: { value: 'We will refund the delivery fee today.' },
    });
    fireEvent.input(box.getByLabelText(gap('signer')), { target: { value: 'Maria' } });
    expect(document.getElementById('wizard-public-empty')!.textContent).toBe('');
    fireEvent.click(box.getByRole('button', { name: ui.copy }));
    await waitFor(() => expect(box.getAllByRole('status')[0]!.textContent).toBe(ui.copied));
    const copied = writeText.mock.lastCall![0] as string;
    expect(copied).toBe(area.value);
    expect(
      copied.startsWith(
        'Hello Ms. Kaya,\nThank you for taking the time to tell us. Your cake arrived an hour late. We are sorry.',
      ),
    ).toBe(true);
    expect(
      copied.endsWith(
        'Here is what we will do to put this right: We will refund the delivery fee today. We hope that works for you.\nBest regards,\nMaria',
      ),
    ).toBe(true);
    expect(copied.match(/Hello/g)).toHaveLength(1);
  });

  it('swaps one part for its other wording and keeps the user’s edit of another part', async () => {
    open(complaint);
    const area = await reply();
    fireEvent.input(area, {
      target: { value: area.value.replace('We are sorry.', 'We are truly sorry.') },
    });
    expect(area.value).toContain('We are truly sorry.');
    fireEvent.click(
      screen.getByRole('button', { name: `Other wording: ${en.steps['offer-fix'].title}` }),
    );
    expect(area.value).toContain('We are truly sorry.');
    expect(area.value).toContain(enDrafts.formal.parts['offer-fix']![1]!.split('[[')[0]!);
    fireEvent.click(screen.getByRole('button', { name: `Other wording: ${ui.partGreeting}` }));
    expect(area.value.startsWith('Dear [')).toBe(true);
    expect(stored().pieces['en:formal:public']).toEqual({
      apologize: {
        edited:
          'We are truly sorry. That should not have happened – it is not the service we want to give.',
      },
      'offer-fix': { choice: 1 },
      greeting: { choice: 1 },
    });
  });

  it('writes a private message and a later update where the plan goes private', async () => {
    open(
      '?kind=complaint&platform=facebook&place=own&validity=unsure&sensitive=no&private=yes&staff=no&spreading=no&mood=calm',
    );
    await reply();
    expect(document.querySelector('#wizard-private [data-output="private"]')).toBeTruthy();
    expect(document.querySelector('#wizard-later [data-output="later"]')).toBeTruthy();
    expect(
      document.querySelector('[data-step="continue-private"] a[href="#wizard-private"]'),
    ).toBeTruthy();
    expect(
      (document.querySelector('[data-output="reply"]') as HTMLTextAreaElement).value,
    ).not.toContain('sorted it out');
  });

  it('shows target, reply settings and posting time only where the plan writes in public', async () => {
    open('?kind=abusive&abuse=threat&platform=facebook&place=own&staff=no&spreading=no&mood=calm');
    await waitFor(() => expect(planIds().length).toBeGreaterThan(0));
    expect(document.querySelector('[data-output="target"]')).toBeNull();
    expect(document.querySelector('[data-input="posted"]')).toBeNull();
    expect(screen.queryByLabelText(ui.replyLang)).toBeNull();
    expect(screen.getByText(ui.noReply)).toBeTruthy();
    cleanup();
    open(complaint);
    await reply();
    expect(document.querySelector('[data-output="target"]')!.textContent).toBe(
      'Aim to reply publicly within 30 minutes, and no later than 60.',
    );
    expect(screen.getByLabelText(ui.replyLang)).toBeTruthy();
  });

  it('opens a threat plan with the safety notice and the emergency numbers, and no reply target', async () => {
    open(
      '?kind=abusive&abuse=threat&platform=facebook&place=own&staff=no&spreading=no&mood=calm&country=GB',
    );
    await waitFor(() => expect(planIds().length).toBeGreaterThan(0));
    const safety = document.querySelector('[data-output="safety"]')!;
    expect(safety.textContent).toBe(en.country.safety.GB);
    expect(safety.textContent).toMatch(/999.*112/);
    // Above everything: before the plan's heading and any step.
    expect(
      safety.compareDocumentPosition(document.querySelector('[data-step]')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(document.querySelector('[data-output="target"]')).toBeNull();
  });

  it('a threat plan asks no mood and has no pause to write after; a heated plan pauses before writing', async () => {
    // An old link's mood under a threat is dropped without a notice.
    open('?kind=abusive&abuse=threat&platform=facebook&place=own&staff=no&spreading=no&mood=upset');
    await waitFor(() => expect(planIds().length).toBeGreaterThan(0));
    expect(planIds()).not.toContain('cool-down');
    expect(document.querySelector('.wizard-notice')).toBeNull();
    expect(answered()).not.toContain('mood');
    cleanup();
    open(
      '?kind=heated&platform=facebook&place=own&validity=justified&sensitive=no&fixable=yes&private=no&staff=no&spreading=no',
    );
    await waitFor(() => expect(planIds()).toContain('cool-down'));
    expect(document.querySelector('.wizard-pause')!.textContent).toMatch(
      new RegExp(`^${ui.pause.split('{n}')[0]}`),
    );
  });

  it('reads the posting time from a text keyboard and shows the time left right beside the field', async () => {
    open(complaint);
    await reply();
    const field = document.querySelector<HTMLInputElement>('[data-input="posted"]')!;
    expect(field.type).toBe('text');
    expect(field.inputMode).toBe('text');
    const left = document.querySelector('[data-output="time-left"]')!;
    expect(left.parentElement).toBe(field.parentElement);
    fireEvent.input(field, { target: { value: 'soon' } });
    fireEvent.change(field);
    expect(screen.getByText(ui.postedInvalid)).toBeTruthy();
    expect(field.value).toBe('soon');
    fireEvent.input(field, { target: { value: '10 minutes ago' } });
    expect(left.textContent).toBe('20 min left to answer within 30 minutes.');
    fireEvent.input(field, { target: { value: '2h' } });
    expect(left.textContent).toBe(ui.overdue.replace('{latest}', '60'));
    expect(screen.queryByText(ui.postedInvalid)).toBeNull();
  });

  it('copies an incident summary as plain text or Markdown, and a link to the plan', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    open('?kind=abusive&abuse=threat&platform=group&staff=no&spreading=no&mood=calm');
    fireEvent.click(await screen.findByLabelText(ui.formatMarkdown));
    fireEvent.click(screen.getByRole('button', { name: ui.incidentCopy }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const text = writeText.mock.calls[0][0] as string;
    expect(text).toMatch(/^# Incident: negative comment/);
    expect(text).toContain(`- **${q.abuse.label}** ${q.abuse.answers.threat}`);
    fireEvent.click(screen.getByRole('button', { name: ui.copyLink }));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith(location.href));
    expect(await screen.findByText(ui.linkCopied)).toBeTruthy();
  });
});

describe('wizard island: one incident at a time', () => {
  it('Start over ends the incident: what was typed and the posting time go; the next starts empty', async () => {
    open(complaint);
    const first = incidentId();
    const box = within(
      document.getElementById('wizard-public') ?? (await reply()).closest('section')!,
    );
    fireEvent.input(box.getByLabelText(gap('name')), { target: { value: 'Jana' } });
    fireEvent.input(document.querySelector('[data-input="posted"]')!, {
      target: { value: '14:05' },
    });
    expect(stored().gaps.en.name).toBe('Jana');
    expect(stored().posted.text).toBe('14:05');
    fireEvent.click(screen.getByRole('button', { name: ui.restart }));
    expect(answered()).toBe('');
    expect(incidentId()).not.toBe(first);
    expect(localStorage.getItem(incidentsStorageKey)).not.toContain('Jana');
    skip();
    for (const label of [
      q.kind.answers.complaint,
      q.platform.answers.facebook,
      q.place.answers.own,
      q.validity.answers.justified,
      q.sensitive.answers.no,
      q.fixable.answers.yes,
      q.private.answers.no,
      q.staff.answers.no,
      q.spreading.answers.no,
      q.mood.answers.calm,
    ])
      choose(label);
    const area = await reply();
    expect(area.value).not.toContain('Jana');
    for (const input of document.querySelectorAll<HTMLInputElement>('input[data-gap]'))
      expect(input.value).toBe('');
    expect((document.querySelector('[data-input="posted"]') as HTMLInputElement).value).toBe('');
  });

  it('opened afresh with the same answers, a new empty incident; its own link resumes it', async () => {
    open(complaint);
    await reply();
    const a = incidentId()!;
    fireEvent.input(screen.getByLabelText(gap('name')), { target: { value: 'Mr Patel' } });
    cleanup();
    open(complaint);
    expect(incidentId()).not.toBe(a);
    expect((await reply()).value).not.toContain('Patel');
    cleanup();
    open(`${complaint}&incident=${a}`);
    expect(incidentId()).toBe(a);
    expect((await reply()).value).toContain('Hello Mr Patel,');
  });

  it('lists the other open incidents to resume or delete; each goes after 7 days', async () => {
    const now = Date.now();
    const typing = { gaps: { en: { name: 'Kim' } }, pieces: {} };
    localStorage.setItem(
      incidentsStorageKey,
      JSON.stringify({
        aaaaaa1111: {
          at: now,
          seen: now - 60_000,
          query: '?kind=troll&platform=instagram',
          comment: 'You are all liars and cheats',
          typing,
        },
        bbbbbb2222: { at: now, seen: now - 8 * 24 * 60 * 60_000, query: '?kind=heated', typing },
      }),
    );
    open();
    const item = document.querySelector<HTMLElement>('[data-incident="aaaaaa1111"]')!;
    expect(item.textContent).toContain(q.platform.answers.instagram);
    expect(item.textContent).toContain('You are all liars and cheats');
    expect(item.querySelector('a')!.getAttribute('href')).toBe(
      '/en/wizard/?kind=troll&platform=instagram&incident=aaaaaa1111',
    );
    expect(document.querySelector('[data-incident="bbbbbb2222"]')).toBeNull();
    fireEvent.click(within(item).getByRole('button'));
    expect(document.querySelector('[data-incident="aaaaaa1111"]')).toBeNull();
    expect(localStorage.getItem(incidentsStorageKey)).not.toContain('Kim');
    expect(screen.getByText(ui.incidentDeleted)).toBeTruthy();
  });

  it('remembers the owner’s signature and contact for every reply, changeable', async () => {
    open(complaint);
    await reply();
    fireEvent.input(screen.getByLabelText(gap('signer')), { target: { value: 'Maria, owner' } });
    expect(localStorage.getItem(preferencesStorageKey)).toContain('Maria, owner');
    expect(localStorage.getItem(incidentsStorageKey) ?? '').not.toContain('Maria');
    cleanup();
    open(
      '?kind=complaint&platform=facebook&place=own&validity=unsure&sensitive=no&private=yes&staff=no&spreading=no&mood=calm',
    );
    const area = await reply();
    expect(area.value).toMatch(/Maria, owner$/);
    expect(screen.getAllByText(ui.remembered).length).toBeGreaterThan(0);
  });

  it('removes the keys of earlier versions, which held no incident id', () => {
    localStorage.setItem(
      'reply-playbook:wizard:en',
      JSON.stringify({ gaps: { en: { name: 'Old' } } }),
    );
    localStorage.setItem(
      'reply-playbook:wizard',
      JSON.stringify({ gaps: { en: { name: 'Old' } } }),
    );
    open(complaint);
    expect(localStorage.getItem('reply-playbook:wizard:en')).toBeNull();
    expect(localStorage.getItem('reply-playbook:wizard')).toBeNull();
  });

  it('clears what was typed with one button', async () => {
    open(complaint);
    await reply();
    fireEvent.input(screen.getByLabelText(gap('name')), { target: { value: 'Mr Szabó' } });
    expect((await reply()).value).toContain('Hello Mr Szabó,');
    fireEvent.click(screen.getByRole('button', { name: ui.clearTyped }));
    expect(localStorage.getItem(incidentsStorageKey) ?? '').not.toContain('Szabó');
    await waitFor(() =>
      expect((screen.getByLabelText(gap('name')) as HTMLInputElement).value).toBe(''),
    );
    expect(screen.getByText(ui.cleared)).toBeTruthy();
  });

  it('drops damaged stored incidents with a notice, keeping what passes', async () => {
    localStorage.setItem(
      incidentsStorageKey,
      JSON.stringify({
        cccccc3333: {
          at: Date.now(),
          seen: Date.now(),
          query: '?kind=not-negative&place=own',
          typing: { gaps: { en: { name: 'Kim' }, xx: 1 }, pieces: {} },
        },
        'bad id': 5,
      }),
    );
    open('?kind=not-negative&place=own&incident=cccccc3333');
    expect(screen.getByText(ui.storageDamaged)).toBeTruthy();
    await reply();
    expect((screen.getByLabelText(gap('name')) as HTMLInputElement).value).toBe('Kim');
  });
});

describe('wizard island: reply language per page language', () => {
  it('a register chosen on the German page leaves the English page’s replies English and formal', async () => {
    history.replaceState(null, '', '/de/wizard/?kind=not-negative&place=own');
    document.body.innerHTML = '';
    render(<Wizard {...props} locale="de" texts={pageTexts(load<WizardTexts>('de', 'texts'))} />);
    await reply();
    fireEvent.click(document.querySelector('[data-input="register"] input[value="informal"]')!);
    cleanup();
    open('?kind=not-negative&place=own');
    const area = await reply();
    expect((document.querySelector('[data-input="reply-lang"]') as HTMLSelectElement).value).toBe(
      'en',
    );
    expect(
      (document.querySelector('[data-input="register"] input[value="formal"]') as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(area.value).toMatch(/^(Hello|Dear) /);
  });
});

describe('wizard island: what the page carries', () => {
  it("shows step titles from the page and the explanations from this locale's drafts.json", async () => {
    const fetchMock = serve();
    expect(JSON.stringify(props.texts)).not.toContain(en.steps.thank.text);
    open('?kind=not-negative&place=own');
    expect(planIds().length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByText(en.steps.thank.text)).toBeTruthy());
    expect(fetchMock).toHaveBeenCalledWith('/en/wizard/drafts.json');
  });
});

describe('wizard island: reply languages', () => {
  it('loads drafts in another language on demand and switches the register', async () => {
    const fetchMock = serve();
    open('?kind=not-negative&place=own');
    await reply();
    fireEvent.change(screen.getByLabelText(ui.replyLang), { target: { value: 'de' } });
    const thank = (r: 'formal' | 'informal') =>
      deDrafts[r].parts.thank![0]!.replace(
        /\[\[([\w-]+)\]\]/g,
        (_, id: string) => `[${deDrafts.gaps[id]!.label}]`,
      );
    await waitFor(async () =>
      expect((await reply()).value).toBe(
        `Guten Tag, [${deDrafts.gaps.name!.label}]!\n${thank('formal')}\nViele Grüße\n[${deDrafts.gaps.signer!.label}]`,
      ),
    );
    expect(fetchMock).toHaveBeenCalledWith('/de/wizard/drafts.json');
    fireEvent.click(screen.getByLabelText(ui.informal));
    expect((await reply()).value).toContain(thank('informal'));
  });

  it('keeps guide links and draft requests under the base path', async () => {
    const fetchMock = serve();
    history.replaceState(null, '', '/reply-playbook/en/wizard/?kind=not-negative&place=own');
    render(<Wizard {...props} base="/reply-playbook/" />);
    expect((await screen.findByRole('link', { name: ui.guideLink })).getAttribute('href')).toBe(
      '/reply-playbook/en/kinds-of-comments/',
    );
    fireEvent.change(screen.getByLabelText(ui.replyLang), { target: { value: 'de' } });
    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith('/reply-playbook/de/wizard/drafts.json'),
    );
    fireEvent.click(screen.getByRole('button', { name: ui.restart }));
    expect(location.pathname + answered()).toBe('/reply-playbook/en/wizard/');
    expect(incidentId()).toBeTruthy();
  });

  it('says so when another language cannot be loaded, or arrives in an old format', async () => {
    for (const body of [
      { ok: false, json: async () => ({}) },
      { ok: true, json: async () => ({ formal: { thank: ['x'] }, informal: {} }) },
    ]) {
      serve({ de: body });
      open('?kind=not-negative&place=own');
      await reply();
      fireEvent.change(screen.getByLabelText(ui.replyLang), { target: { value: 'de' } });
      await waitFor(() => expect(screen.getByText(ui.draftsFailed)).toBeTruthy());
      cleanup();
      localStorage.clear();
    }
  });
});
