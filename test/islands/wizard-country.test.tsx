// The wizard island and the reader’s country, in the paste-first flow and in plans opened by link:
// the safety notice’s number, the link’s `country=` (validated, dropped with the notice as any
// other bad part of a link), the choice in the plan kept as a preference, the drafts' spelling,
// the law section a step links to. And the time: a review's day instead of 30 minutes, an
// unreadable entry that clears the countdown, the word about the wait only in an overdue reply.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Wizard, { type WizardProps } from '../../src/islands/wizard/Wizard';
import { countryStorageKey } from '../../src/playbook/decision/country';
import {
  draftsPayload,
  pageTexts,
  type WizardDrafts,
  type WizardTexts,
} from '../../src/playbook/decision/texts';
import type { Locale } from '../../src/i18n/locales';

const load = <T,>(locale: string, name: string): T =>
  JSON.parse(readFileSync(`content/wizard/${locale}/${name}.json`, 'utf8')) as T;
const texts = { en: load<WizardTexts>('en', 'texts'), de: load<WizardTexts>('de', 'texts') };

function open(locale: 'en' | 'de', search = '', languages: string[] = []) {
  vi.stubGlobal('navigator', { ...navigator, languages, language: languages[0] });
  history.replaceState(null, '', `/${locale}/wizard/${search}`);
  document.body.innerHTML = '<h1 id="title">Wizard</h1><p id="intro">intro</p>';
  const props: WizardProps = {
    locale: locale as Locale,
    base: '/',
    texts: pageTexts(texts[locale]),
    languages: [{ code: locale, name: locale }],
  };
  return render(<Wizard {...props} />);
}

const threat =
  '?kind=abusive&abuse=threat&platform=facebook&place=own&staff=no&spreading=no&mood=calm';
const complaint =
  '?kind=complaint&platform=facebook&place=own&validity=justified&sensitive=no&fixable=yes&private=no&staff=no&spreading=no&mood=calm';
const review =
  '?kind=complaint&platform=google&validity=justified&sensitive=no&fixable=yes&private=no&staff=no&spreading=no&mood=calm';
const safety = () => document.querySelector('[data-output="safety"]')?.textContent;
const reply = async () =>
  await waitFor(() => {
    const el = document.querySelector<HTMLTextAreaElement>('[data-output="reply"]');
    if (!el) throw new Error('no composed reply yet');
    return el;
  });

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const locale = /(\w+)\/wizard\/drafts\.json$/.exec(url)?.[1] ?? '';
      return {
        ok: true,
        json: async () =>
          draftsPayload(load<WizardTexts>(locale, 'texts'), load<WizardDrafts>(locale, 'drafts')),
      };
    }),
  );
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 7, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  vi.unstubAllGlobals();
});

describe('wizard island: the country', () => {
  it('in the flow: the paste box, one tap per answer, and the guessed country’s number as soon as a threat is chosen', () => {
    open('de', '', ['de-CH', 'de']);
    expect(document.querySelector('[data-input="comment"]')).toBeTruthy();
    const tap = (label: string) =>
      fireEvent.click(
        within(document.querySelector('.wizard-question')!).getByRole('button', { name: label }),
      );
    fireEvent.click(screen.getByRole('button', { name: texts.de.ui.skip }));
    tap(texts.de.questions.kind.answers.abusive);
    expect(safety()).toBeUndefined();
    tap(texts.de.questions.abuse.answers.threat);
    // Above the next question, before any plan: Switzerland's police number, not Germany's.
    expect(safety()).toBe(texts.de.country.safety.CH);
    expect(safety()).toContain('117');
    expect(safety()).not.toContain('110');
  });

  it('guesses the country from the browser language region and shows its emergency number', async () => {
    open('de', threat, ['de-AT', 'de']);
    await waitFor(() => expect(safety()).toBe(texts.de.country.safety.AT));
    expect(safety()).toContain('133');
    expect(document.querySelector<HTMLSelectElement>('[data-input="country"]')!.value).toBe('AT');
    // Not the page's first country: the address carries it, so a shared link keeps it.
    expect(location.search).toContain('country=AT');
  });

  it('takes the country from the link over the guess and keeps a guess of the first country out of the address', async () => {
    open('en', `${threat}&country=gb`, ['en-US']);
    await waitFor(() => expect(safety()).toBe(texts.en.country.safety.GB));
    expect(location.search).toContain('country=GB');
    cleanup();
    open('en', threat, ['en-US']);
    await waitFor(() => expect(safety()).toContain('911'));
    expect(location.search).not.toContain('country');
  });

  it('drops a country the page does not serve with the translated notice, and keeps the answers', async () => {
    open('de', `${threat}&country=US`, ['de-DE']);
    expect(
      screen.getByText(texts.de.ui.droppedNotice.replace('{items}', 'country=US')),
    ).toBeTruthy();
    await waitFor(() => expect(safety()).toBe(texts.de.country.safety.DE));
    expect(location.search).not.toContain('country');
    expect(location.search).toContain('abuse=threat');
  });

  it('changes the country in the plan: the notice, the address and the stored preference follow', async () => {
    open('de', threat, ['de-DE']);
    const select = await screen.findByLabelText(texts.de.country.label);
    fireEvent.change(select, { target: { value: 'CH' } });
    await waitFor(() => expect(safety()).toBe(texts.de.country.safety.CH));
    expect(safety()).toContain('117');
    expect(location.search).toContain('country=CH');
    expect(localStorage.getItem(countryStorageKey)).toBe('CH');
    cleanup();
    // The next visit, without a link: the preference, not the guess.
    open('de', threat, ['de-DE']);
    await waitFor(() => expect(safety()).toBe(texts.de.country.safety.CH));
  });

  it('writes Swiss German without ß and British English for the UK', async () => {
    open('de', `${complaint}&country=CH`);
    const de = await reply();
    expect(de.value).toContain('Grüsse');
    expect(de.value).not.toContain('ß');
    cleanup();
    open('en', `${complaint}&country=GB`);
    await reply();
    fireEvent.input(await screen.findByLabelText(texts.en.ui.postedLabel), {
      target: { value: '2h' },
    });
    // The page's own step titles follow the reader's spelling too.
    fireEvent.click(
      screen.getByRole('button', { name: 'Other wording: Apologise without excuses' }),
    );
    const en = await reply();
    expect(en.value).toContain('We apologise');
    expect(en.value).not.toMatch(/apologiz/i);
    // The step is ticked inside the reply's card, its title spelled for the reader too.
    expect(document.querySelector('[data-step="apologize"]')!.textContent).toContain(
      'Apologise without excuses',
    );
  });

  it('links a private talk to the law of the reader’s country', async () => {
    open(
      'de',
      '?kind=complaint&platform=facebook&place=own&validity=justified&sensitive=no&fixable=yes&private=yes&staff=no&spreading=no&mood=calm&country=AT',
    );
    await reply();
    const step = document.querySelector('[data-step="continue-private"]')!;
    const link = [...step.querySelectorAll('a')].find(
      (a) => a.textContent === texts.de.country.lawLink.AT,
    );
    expect(link?.getAttribute('href')).toBe('/de/law/#complaints-at');
  });
});

describe('wizard island: the time', () => {
  it('gives a review the day, not 30 minutes', async () => {
    open('en', review);
    await reply();
    expect(document.querySelector('[data-output="target"]')!.textContent).toBe(
      texts.en.ui.targetReview,
    );
    const field = screen.getByLabelText(texts.en.ui.postedLabel);
    fireEvent.input(field, { target: { value: '2h' } });
    // Two hours under a review: a deadline tomorrow morning, no apology for a wait.
    expect(document.querySelector('[data-output="time-left"]')!.textContent).toMatch(/^Reply by /);
    expect((await reply()).value).not.toMatch(/sorry for the wait|Apologies for/);
  });

  it('late in the evening: no 15-minute race, the morning', async () => {
    vi.setSystemTime(new Date(2026, 11, 7, 23, 5));
    open('en', complaint);
    await reply();
    expect(document.querySelector('[data-output="target"]')!.textContent).toBe(
      texts.en.ui.targetLate,
    );
    fireEvent.input(screen.getByLabelText(texts.en.ui.postedLabel), { target: { value: '22:50' } });
    const left = document.querySelector('[data-output="time-left"]')!.textContent!;
    expect(left).toMatch(/^Sleep on it: reply by Tue.* 10:00/);
    expect(left).not.toMatch(/min left/);
  });

  it('clears the countdown when the entry cannot be read, on screen and in the summary', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    open('en', complaint);
    await reply();
    const field = screen.getByLabelText(texts.en.ui.postedLabel);
    const left = document.querySelector('[data-output="time-left"]')!;
    fireEvent.input(field, { target: { value: '7' } });
    expect(left.textContent).toBe('23 min left to answer within 30 minutes.');
    fireEvent.input(field, { target: { value: '7 Aralık' } });
    fireEvent.change(field);
    expect(left.textContent).toBe('');
    expect(screen.getByText(texts.en.ui.postedInvalid)).toBeTruthy();
    expect(screen.getByDisplayValue('7 Aralık')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: texts.en.ui.incidentCopy }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.lastCall![0]).not.toContain('Comment posted');
  });

  it('reads a US date month first, and apologises for the wait only once overdue', async () => {
    open('en', complaint, ['en-US']);
    const area = await reply();
    expect(area.value).not.toMatch(/sorry for the wait|Apologies for/);
    fireEvent.input(screen.getByLabelText(texts.en.ui.postedLabel), {
      target: { value: '12/6/2026' },
    });
    expect(document.querySelector('[data-output="time-left"]')!.textContent).toBe(
      texts.en.ui.overdue,
    );
    expect((await reply()).value).toMatch(/^Hello .*,\nApologies for our slow reply\. /);
  });
});
