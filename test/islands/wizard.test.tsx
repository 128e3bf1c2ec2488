// The wizard island in happy-dom: answering, going back, changing an answer, the URL, stored
// typing and clearing it, copying with empty gaps, the clipboard fallback, other reply languages.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Wizard, { type WizardProps } from '../../src/islands/wizard/Wizard';
import { resolvePlan } from '../../src/playbook/decision/plan';
import type { WizardDrafts, WizardTexts } from '../../src/playbook/decision/texts';

const load = <T,>(locale: string, name: string): T => JSON.parse(readFileSync(`content/wizard/${locale}/${name}.json`, 'utf8')) as T;
const en = load<WizardTexts>('en', 'texts');
const enDrafts = load<WizardDrafts>('en', 'drafts');
const deDrafts = load<WizardDrafts>('de', 'drafts');
const ui = en.ui;
const q = en.questions;

const props: WizardProps = {
  locale: 'en',
  base: '/',
  texts: { ui: en.ui, questions: en.questions, steps: en.steps },
  drafts: enDrafts,
  languages: [{ code: 'en', name: 'English' }, { code: 'de', name: 'Deutsch' }],
  fallbackId: 'fallback',
};

function open(search = '') {
  history.replaceState(null, '', `/en/wizard/${search}`);
  document.body.innerHTML = '<div id="fallback">table</div>';
  return render(<Wizard {...props} />);
}

function choose(label: string) {
  fireEvent.click(screen.getByLabelText(label));
  fireEvent.click(screen.getByRole('button', { name: ui.next }));
}

const planIds = () => [...document.querySelectorAll('[data-step]')].map((el) => el.getAttribute('data-step'));

beforeEach(() => localStorage.clear());
afterEach(() => { cleanup(); vi.restoreAllMocks(); vi.unstubAllGlobals(); });

describe('wizard island', () => {
  it('asks one question at a time, keeps the answers in the URL and hides the no-JS table', () => {
    open();
    expect(document.getElementById('fallback')!.hidden).toBe(true);
    expect(screen.getByRole('group', { name: q.kind.label })).toBeTruthy();
    expect(screen.getByText('Question 1 of about 7')).toBeTruthy();
    choose(q.kind.answers.complaint);
    expect(location.search).toBe('?kind=complaint');
    expect(screen.getByRole('group', { name: q.platform.label })).toBeTruthy();
    expect(screen.queryByRole('group', { name: q.kind.label })).toBeNull();
    expect(screen.getByText('Question 2 of about 7')).toBeTruthy();
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
    expect((screen.getByLabelText(q.platform.answers.facebook) as HTMLInputElement).checked).toBe(true);
  });

  it('follows the browser back button', async () => {
    open();
    choose(q.kind.answers.troll);
    choose(q.platform.answers.instagram);
    choose(q.place.answers.own);
    history.replaceState(null, '', '/en/wizard/?kind=troll&platform=instagram');
    fireEvent(window, new PopStateEvent('popstate'));
    await waitFor(() => expect(screen.getByRole('group', { name: q.place.label })).toBeTruthy());
    // Instagram has no reviews: the place question offers only the places it has.
    expect(screen.queryByLabelText(q.place.answers.review)).toBeNull();
  });

  it('shows the plan in the order of resolvePlan once every relevant question is answered', () => {
    open();
    for (const label of [q.kind.answers.complaint, q.platform.answers.google, q.validity.answers.justified, q.sensitive.answers.no, q.fixable.answers.yes, q.private.answers.yes, q.spreading.answers.yes, q.mood.answers.upset]) choose(label);
    expect(screen.getByRole('heading', { name: ui.planTitle })).toBeTruthy();
    const expected = resolvePlan({ kind: 'complaint', platform: 'google', validity: 'justified', sensitive: 'no', fixable: 'yes', private: 'yes', spreading: 'yes', mood: 'upset' });
    expect(planIds()).toEqual(expected.map((s) => s.id));
    expect(screen.getByText(/Suggested pause: 10 min\./)).toBeTruthy();
    const guide = within(document.querySelector('[data-step="apologize"]') as HTMLElement).getByRole('link', { name: ui.guideLink });
    expect(guide.getAttribute('href')).toBe('/en/justified-criticism/');
  });

  it('changing an earlier answer clears only the answers it makes irrelevant', () => {
    open('?kind=complaint&platform=facebook&place=own&validity=justified&sensitive=no&fixable=no&private=no&spreading=no&mood=calm');
    expect(planIds()).toContain('promise-improvement');
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${ui.change}\\s*:\\s*${q.kind.label.replace('?', '\\?')}$`) }));
    choose(q.kind.answers.troll);
    expect(location.search).toBe('?kind=troll&platform=facebook&place=own&spreading=no&mood=calm');
    choose(q.staff.answers.no);
    expect(planIds()).toEqual(['monitor', 'document', 'hide', 'warn', 'block']);
  });

  it('restarts from the first question', () => {
    open('?kind=troll&platform=facebook&place=own&staff=no&spreading=no&mood=calm');
    fireEvent.click(screen.getByRole('button', { name: ui.restart }));
    expect(location.search).toBe('');
    expect(screen.getByRole('group', { name: q.kind.label })).toBeTruthy();
  });

  it('drops a bad link with a visible notice and still works', () => {
    open('?kind=complaint&validity=maybe&evil=%3Cscript%3E');
    expect(screen.getByText(/Part of the link was not understood/).textContent).toContain('validity=maybe, evil=<script>');
    expect(location.search).toBe('?kind=complaint');
    expect(screen.getByRole('group', { name: q.platform.label })).toBeTruthy();
  });

  it('warns while a gap is empty, copies anyway on request, and says "Copied"', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    open('?kind=not-negative&place=own');
    const step = document.querySelector('[data-step="thank"]') as HTMLElement;
    const box = within(step);
    fireEvent.click(box.getByRole('button', { name: ui.copy }));
    const status = box.getByRole('status');
    expect(status.textContent).toMatch(/Not copied yet.*name, something personal about their comment/);
    expect(writeText).not.toHaveBeenCalled();
    fireEvent.click(box.getByRole('button', { name: ui.copyAnyway }));
    await waitFor(() => expect(status.textContent).toBe(ui.copied));
    expect(writeText).toHaveBeenLastCalledWith('Thank you very much, [[name]]! [[something personal about their comment]]');

    fireEvent.input(box.getByLabelText('name'), { target: { value: 'Ayşe' } });
    fireEvent.input(box.getByLabelText('something personal about their comment'), { target: { value: 'See you in May.' } });
    expect(step.querySelector('.wizard-empty')!.textContent).toBe('');
    fireEvent.click(box.getByRole('button', { name: ui.copy }));
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith('Thank you very much, Ayşe! See you in May.'));
    expect(status.textContent).toBe(ui.copied);
  });

  it('selects the text with a hint when the clipboard is refused', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    document.execCommand = vi.fn().mockReturnValue(false);
    open('?kind=not-negative&place=own');
    const box = within(document.querySelector('[data-step="thank"]') as HTMLElement);
    fireEvent.click(box.getByRole('button', { name: ui.copy }));
    fireEvent.click(box.getByRole('button', { name: ui.copyAnyway }));
    await waitFor(() => expect(box.getByRole('status').textContent).toBe(ui.copyFallback));
    expect(document.activeElement).toBe(box.getByLabelText(ui.preview));
  });

  it('keeps typed gaps on the device, shares them across drafts, and clears them with one button', () => {
    open('?kind=complaint&platform=facebook&place=own&validity=justified&sensitive=no&fixable=yes&private=no&spreading=no&mood=calm');
    const reply = within(document.querySelector('[data-step="reply-public"]') as HTMLElement);
    fireEvent.input(reply.getByLabelText('name'), { target: { value: 'Mr Szabó' } });
    expect(JSON.parse(localStorage.getItem('reply-playbook:wizard:en')!).gaps.en.name).toBe('Mr Szabó');
    expect((reply.getByLabelText(ui.preview) as HTMLTextAreaElement).value).toContain('Dear Mr Szabó,');
    cleanup();
    open('?kind=not-negative&place=own');
    const thank = within(document.querySelector('[data-step="thank"]') as HTMLElement);
    expect((thank.getByLabelText('name') as HTMLInputElement).value).toBe('Mr Szabó');
    fireEvent.click(screen.getByRole('button', { name: ui.clearTyped }));
    expect(localStorage.getItem('reply-playbook:wizard:en')).toBeNull();
    expect((thank.getByLabelText('name') as HTMLInputElement).value).toBe('');
    expect(screen.getByText(ui.cleared)).toBeTruthy();
  });

  it('drops damaged stored typing with a notice', () => {
    localStorage.setItem('reply-playbook:wizard:en', JSON.stringify({ gaps: { en: { name: 'Kim' }, xx: 1 }, register: 'posh' }));
    open('?kind=not-negative&place=own');
    expect(screen.getByText(ui.storageDamaged)).toBeTruthy();
    expect((screen.getByLabelText('name') as HTMLInputElement).value).toBe('Kim');
  });

  it('loads drafts in another language on demand and switches the register', async () => {
    const fetchMock = vi.fn().mockResolvedValue({ ok: true, json: async () => deDrafts });
    vi.stubGlobal('fetch', fetchMock);
    open('?kind=not-negative&place=own');
    fireEvent.change(screen.getByLabelText(ui.replyLang), { target: { value: 'de' } });
    await waitFor(() => expect(screen.getByLabelText(ui.preview)).toBeTruthy());
    await waitFor(() => expect((screen.getByLabelText(ui.preview) as HTMLTextAreaElement).value).toBe(deDrafts.formal.thank![0]));
    expect(fetchMock).toHaveBeenCalledWith('/de/wizard/drafts.json');
    fireEvent.click(screen.getByLabelText(ui.informal));
    expect((screen.getByLabelText(ui.preview) as HTMLTextAreaElement).value).toBe(deDrafts.informal.thank![0]);
  });

  it('keeps guide links and draft requests under the base path', async () => {
    const fetchMock = vi.fn().mockResolvedValue({ ok: true, json: async () => deDrafts });
    vi.stubGlobal('fetch', fetchMock);
    history.replaceState(null, '', '/reply-playbook/en/wizard/?kind=not-negative&place=own');
    render(<Wizard {...props} base="/reply-playbook/" />);
    expect(screen.getByRole('link', { name: ui.guideLink }).getAttribute('href')).toBe('/reply-playbook/en/kinds-of-comments/');
    fireEvent.change(screen.getByLabelText(ui.replyLang), { target: { value: 'de' } });
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/reply-playbook/de/wizard/drafts.json'));
    fireEvent.click(screen.getByRole('button', { name: ui.restart }));
    expect(location.pathname + location.search).toBe('/reply-playbook/en/wizard/');
  });

  it('says so when another language cannot be loaded', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue({ ok: false, json: async () => ({}) }));
    open('?kind=not-negative&place=own');
    fireEvent.change(screen.getByLabelText(ui.replyLang), { target: { value: 'de' } });
    await waitFor(() => expect(screen.getByText(ui.draftsFailed)).toBeTruthy());
  });

  it('shows the time left once the posting time is known, and keeps a bad value with a message', () => {
    open('?kind=troll&platform=facebook&place=own&staff=no&spreading=no&mood=calm');
    const field = screen.getByLabelText(ui.postedLabel) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'soon' } });
    fireEvent.change(field);
    expect(screen.getByText(ui.postedInvalid)).toBeTruthy();
    expect(field.value).toBe('soon');
    fireEvent.input(field, { target: { value: '10' } });
    fireEvent.change(field);
    expect(screen.getByText('20 min left to answer within 30 minutes.')).toBeTruthy();
    expect(screen.queryByText(ui.postedInvalid)).toBeNull();
  });

  it('copies an incident summary as plain text or Markdown', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    open('?kind=abusive&abuse=threat&platform=facebook&place=elsewhere&staff=no&spreading=no&mood=calm');
    fireEvent.click(screen.getByLabelText(ui.formatMarkdown));
    fireEvent.click(screen.getByRole('button', { name: ui.incidentCopy }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const text = writeText.mock.calls[0][0] as string;
    expect(text).toMatch(/^# Incident: negative comment/);
    expect(text).toContain(`- **${q.abuse.label}** ${q.abuse.answers.threat}`);
    expect(text).toContain(`2. ${en.steps['report-platform'].title}`);
  });
});
