// The wizard island in happy-dom: one question at a time, the URL, the composed reply (one
// greeting, the parts in plan order, one Copy warned while a gap is empty, parts swappable without
// losing edits), one incident at a time in storage, the posting time and the time left, the
// safety notice, reply settings only where something is written, other reply languages.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Wizard, { type WizardProps } from '../../src/islands/wizard/Wizard';
import { resolvePlan } from '../../src/playbook/decision/plan';
import { wizardStorageKey } from '../../src/playbook/decision/incident';
import { localDay } from '../../src/playbook/decision/incident';
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
  fireEvent.click(screen.getByLabelText(label));
  fireEvent.click(screen.getByRole('button', { name: ui.next }));
}

const complaint =
  '?kind=complaint&platform=facebook&place=own&validity=justified&sensitive=no&fixable=yes&private=no&spreading=no&mood=calm';
const planIds = () =>
  [...document.querySelectorAll('[data-step]')].map((el) => el.getAttribute('data-step'));
const reply = async () =>
  await waitFor(() => {
    const el = document.querySelector<HTMLTextAreaElement>('[data-output="reply"]');
    if (!el) throw new Error('no composed reply yet');
    return el;
  });
const stored = () => JSON.parse(localStorage.getItem(wizardStorageKey) ?? '{}');

// The site's /<locale>/wizard/drafts.json, as the endpoint builds it; `answers` replaces a locale's response.
type Served = { ok: boolean; json: () => Promise<unknown> };
function serve(answers: Record<string, Served> = {}) {
  const fetchMock = vi.fn(async (url: string) => {
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
  // A Monday morning: the response target depends on the hour (late in the evening it is the morning).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 7, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('wizard island: questions', () => {
  it('asks one question at a time, keeps the answers in the URL, shows the intro with question 1 only', () => {
    open();
    expect(document.getElementById('title')!.classList.contains('visually-hidden')).toBe(true);
    expect(document.getElementById('intro')!.hidden).toBe(false);
    expect(screen.getByRole('group', { name: q.kind.label })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: q.kind.label })).toBeTruthy();
    expect(screen.getByText(/^Question 1 of about \d+$/)).toBeTruthy();
    choose(q.kind.answers.complaint);
    expect(location.search).toBe('?kind=complaint');
    expect(document.getElementById('intro')!.hidden).toBe(true);
    expect(screen.getByRole('group', { name: q.platform.label })).toBeTruthy();
    expect(screen.queryByRole('group', { name: q.kind.label })).toBeNull();
    expect(screen.getByText(/^Question 2 of about \d+$/)).toBeTruthy();
  });

  it('after Next, focuses the new question’s heading and scrolls its question into view', () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    open();
    choose(q.kind.answers.heated);
    const heading = screen.getByRole('heading', { level: 2, name: q.platform.label });
    expect(document.activeElement).toBe(heading);
    expect(scrolled).toHaveBeenCalledWith({ block: 'start' });
  });

  it('says so, and loses nothing, when Next is pressed without an answer', () => {
    open('?kind=troll');
    fireEvent.click(screen.getByRole('button', { name: ui.next }));
    expect(screen.getByRole('alert').textContent).toBe(ui.chooseFirst);
    expect(location.search).toBe('?kind=troll');
  });

  it('goes back to the previous question with its answer still chosen', () => {
    open();
    choose(q.kind.answers.heated);
    choose(q.platform.answers.facebook);
    expect(location.search).toBe('?kind=heated&platform=facebook');
    fireEvent.click(screen.getByRole('button', { name: ui.back }));
    expect(location.search).toBe('?kind=heated');
    expect((screen.getByLabelText(q.platform.answers.facebook) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('follows the browser back button', async () => {
    open();
    choose(q.kind.answers.troll);
    choose(q.platform.answers.instagram);
    choose(q.place.answers.own);
    history.replaceState(null, '', '/en/wizard/?kind=troll&platform=instagram');
    fireEvent(window, new PopStateEvent('popstate'));
    await waitFor(() => expect(screen.getByRole('group', { name: q.place.label })).toBeTruthy());
  });

  it('drops a bad link with a visible notice and still works', () => {
    open('?kind=complaint&validity=maybe&evil=%3Cscript%3E');
    expect(screen.getByText(/Part of the link was not understood/).textContent).toContain(
      'validity=maybe, evil=<script>',
    );
    expect(location.search).toBe('?kind=complaint');
    expect(screen.getByRole('group', { name: q.platform.label })).toBeTruthy();
  });
});

describe('wizard island: the plan', () => {
  it('shows the plan in the order of resolvePlan, the first writing step open', async () => {
    open();
    for (const label of [
      q.kind.answers.complaint,
      q.platform.answers.google,
      q.validity.answers.justified,
      q.sensitive.answers.no,
      q.fixable.answers.yes,
      q.private.answers.yes,
      q.spreading.answers.yes,
      q.mood.answers.upset,
    ])
      choose(label);
    expect(screen.getByRole('heading', { name: ui.planTitle })).toBeTruthy();
    await reply();
    const expected = resolvePlan({
      kind: 'complaint',
      platform: 'google',
      validity: 'justified',
      sensitive: 'no',
      fixable: 'yes',
      private: 'yes',
      spreading: 'yes',
      mood: 'upset',
    });
    expect(planIds()).toEqual(expected.map((s) => s.id));
    expect(screen.getByText(/at least 10 minutes/)).toBeTruthy();
    const firstWriting = expected.find((s) => s.writesMessage)!.id;
    for (const d of document.querySelectorAll<HTMLDetailsElement>('[data-step] details')) {
      expect(d.open, d.parentElement!.dataset.step).toBe(
        d.parentElement!.dataset.step === firstWriting,
      );
    }
    expect(
      document.querySelector(`[data-step="${firstWriting}"] [data-output="reply"]`),
    ).toBeTruthy();
    const guide = within(
      document.querySelector('[data-step="apologize"]') as HTMLElement,
    ).getByRole('link', { name: ui.guideLink });
    expect(guide.getAttribute('href')).toBe('/en/justified-criticism/');
    // The other writing steps point to the message instead of carrying a fragment of their own.
    expect(
      within(document.querySelector('[data-step="apologize"]') as HTMLElement)
        .getByRole('link', { name: ui.inReply })
        .getAttribute('href'),
    ).toBe('#wizard-public');
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
    expect(location.search).toBe('?kind=troll&platform=facebook&place=own&spreading=no&mood=calm');
    choose(q.staff.answers.no);
    await waitFor(() =>
      expect(planIds()).toEqual(
        resolvePlan({
          kind: 'troll',
          platform: 'facebook',
          place: 'own',
          staff: 'no',
          spreading: 'no',
          mood: 'calm',
        }).map((s) => s.id),
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
        'Hello [their name as you would address them],',
        `${f.parts['reply-public']![0]!.replace('[[problem]]', `[${gap('problem')}]`)} ${f.parts.apologize![0]} ${f.parts['offer-fix']![0]!.replace('[[fix]]', `[${gap('fix')}]`)}`,
        `Best regards,\n[${gap('signer')}]`,
      ].join('\n'),
    );
    const box = within(document.getElementById('wizard-public')!);
    expect(box.getAllByRole('button', { name: ui.copy })).toHaveLength(1);
    fireEvent.click(box.getByRole('button', { name: ui.copy }));
    expect(box.getByRole('status').textContent).toBe(
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
    await waitFor(() => expect(box.getByRole('status').textContent).toBe(ui.copied));
    const copied = writeText.mock.lastCall![0] as string;
    expect(copied).toBe(area.value);
    expect(
      copied.startsWith(
        'Hello Ms. Kaya,\nThank you for taking the time to tell us. Your cake arrived an hour late. We are sorry.',
      ),
    ).toBe(true);
    expect(
      copied.endsWith(
        'Here is what we will do: We will refund the delivery fee today. Would that work for you?\nBest regards,\nMaria',
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
      apologize: { edited: 'We are truly sorry. That should not have happened, and it is on us.' },
      'offer-fix': { choice: 1 },
      greeting: { choice: 1 },
    });
  });

  it('writes a private message and a later update where the plan goes private', async () => {
    open(
      '?kind=complaint&platform=facebook&place=own&validity=unsure&sensitive=no&private=yes&spreading=no&mood=calm',
    );
    await reply();
    expect(
      document.querySelector('[data-step="continue-private"] [data-output="private"]'),
    ).toBeTruthy();
    expect(
      document.querySelector('[data-step="follow-up-public"] [data-output="later"]'),
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
    open('?kind=abusive&abuse=threat&platform=facebook&place=own&staff=no&spreading=no&mood=calm');
    await waitFor(() => expect(planIds().length).toBeGreaterThan(0));
    const safety = document.querySelector('[data-output="safety"]')!;
    // The reader's country (here guessed: no region known on an English page means the US).
    expect(safety.textContent).toBe(en.country.safety.US);
    expect(safety.textContent).toContain('911');
    // First thing after the plan's heading and intro, before any step.
    expect(
      safety.compareDocumentPosition(document.querySelector('[data-step]')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(document.querySelector('[data-output="target"]')).toBeNull();
  });

  it("an upset owner's pause in a threat plan speaks of deciding, not of writing: nothing is written there", async () => {
    open('?kind=abusive&abuse=threat&platform=facebook&place=own&staff=no&spreading=no&mood=upset');
    await waitFor(() => expect(planIds()).toContain('cool-down'));
    expect(document.querySelector('.wizard-pause')!.textContent).toBe(
      ui.pauseQuiet.replace('{n}', '10'),
    );
    cleanup();
    open(
      '?kind=heated&platform=facebook&place=own&validity=justified&sensitive=no&fixable=yes&private=no&spreading=no',
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
  it('Start over clears what was typed and the posting time; the next incident starts empty', async () => {
    open(complaint);
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
    expect(location.search).toBe('');
    expect(JSON.stringify(stored())).not.toContain('Jana');
    expect(stored().posted).toBeUndefined();
    for (const label of [
      q.kind.answers.excessive,
      q.platform.answers.facebook,
      q.place.answers.own,
      q.validity.answers.unjustified,
      q.sensitive.answers.no,
      q.private.answers.no,
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

  it('never shows text stored for other answers or on an earlier day', async () => {
    const base = {
      gaps: { en: { name: 'Jana', signer: 'Melanie' } },
      pieces: {},
      posted: { text: '14:05', at: Date.now() - 5 * 60_000 },
    };
    for (const [incident, day] of [
      ['?kind=not-negative&place=own', localDay(Date.now())],
      [complaint, '2020-01-01'],
    ]) {
      localStorage.setItem(wizardStorageKey, JSON.stringify({ ...base, incident, day }));
      open(complaint);
      const area = await reply();
      expect(area.value).not.toMatch(/Jana|Melanie/);
      expect(document.querySelector('[data-output="time-left"]')!.textContent).toBe('');
      await waitFor(() => expect(JSON.stringify(stored())).not.toMatch(/Jana|Melanie|14:05/));
      cleanup();
    }
    // The same incident on the same day keeps what was typed (a reload must not lose work).
    localStorage.setItem(
      wizardStorageKey,
      JSON.stringify({ ...base, incident: complaint, day: localDay(Date.now()) }),
    );
    open(complaint);
    expect((await reply()).value).toMatch(/^Hello Jana,[\s\S]*Melanie$/);
  });

  it('removes the keys of earlier versions, which held no incident', () => {
    localStorage.setItem(
      'reply-playbook:wizard:en',
      JSON.stringify({ gaps: { en: { name: 'Old' } } }),
    );
    open();
    expect(localStorage.getItem('reply-playbook:wizard:en')).toBeNull();
  });

  it('clears what was typed with one button', async () => {
    open(complaint);
    await reply();
    fireEvent.input(screen.getByLabelText(gap('name')), { target: { value: 'Mr Szabó' } });
    expect((await reply()).value).toContain('Hello Mr Szabó,');
    fireEvent.click(screen.getByRole('button', { name: ui.clearTyped }));
    expect(JSON.stringify(stored())).not.toContain('Szabó');
    await waitFor(() =>
      expect((screen.getByLabelText(gap('name')) as HTMLInputElement).value).toBe(''),
    );
    expect(screen.getByText(ui.cleared)).toBeTruthy();
  });

  it('drops damaged stored typing with a notice', async () => {
    localStorage.setItem(
      wizardStorageKey,
      JSON.stringify({
        incident: '?kind=not-negative&place=own',
        day: localDay(Date.now()),
        gaps: { en: { name: 'Kim' }, xx: 1 },
        register: 'posh',
      }),
    );
    open('?kind=not-negative&place=own');
    expect(screen.getByText(ui.storageDamaged)).toBeTruthy();
    await reply();
    expect((screen.getByLabelText(gap('name')) as HTMLInputElement).value).toBe('Kim');
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
    expect(location.pathname + location.search).toBe('/reply-playbook/en/wizard/');
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
