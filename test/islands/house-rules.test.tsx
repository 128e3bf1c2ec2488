// The generator island in happy-dom: choosing, validating, copying, resetting, the URL and storage
// round trip, and another output language loaded on demand. Texts come from the real content files.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import HouseRules from '../../src/islands/house-rules/HouseRules';
import { locales, type Locale } from '../../src/i18n/locales';
import type { HouseRulesUi } from '../../src/playbook/house-rules/schema';
import { defaultState, serializeStored, storageKey } from '../../src/playbook/house-rules/state';
import { fitBio } from '../../src/playbook/house-rules/fit';
import type { PhraseFile } from '../../src/playbook/house-rules/schema';

const read = <T,>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const ui = (l: Locale) => read<HouseRulesUi>(`content/house-rules/${l}/ui.json`);
const phrases = (l: Locale) => read<PhraseFile>(`content/house-rules/${l}/phrases.json`);
const languages = locales.map((l) => ({
  code: l.code,
  name: l.name,
  phrasesUrl: `/${l.code}/house-rules/phrases.json`,
}));

function mount(locale: Locale = 'en', search = '') {
  window.history.replaceState(null, '', `/${locale}/house-rules/${search}`);
  const view = render(
    <HouseRules locale={locale} ui={ui(locale)} phrases={phrases(locale)} languages={languages} />,
  );
  return view;
}
const ready = () =>
  waitFor(() => expect(document.querySelector('.hr-app')?.getAttribute('data-ready')).toBe('true'));
const bioText = () => document.querySelector('[data-output="bio"]')?.textContent ?? null;
const fullText = () => document.querySelector('[data-output="full"]')?.textContent ?? null;

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('house-rules island', () => {
  it('puts every question in a fieldset with a legend and shows both outputs', async () => {
    mount('en');
    await ready();
    const t = ui('en');
    for (const legend of [
      t.output.legend,
      t.platform.legend,
      t.rules.legend,
      t.consequences.legend,
      t.contact.legend,
      t.replyTime.legend,
      t.emoji.legend,
    ]) {
      expect(screen.getByRole('group', { name: legend })).toBeTruthy();
    }
    expect(bioText()).toContain(phrases('en').formal.bio.welcome.long);
    expect(fullText()).toContain(phrases('en').formal.full.criticism);
    expect(document.querySelector('#hr-bio-count')?.textContent).toMatch(/^\d+ \/ 150 /);
  });

  it('updates the bio live when choosing a platform and rules', async () => {
    mount('de');
    await ready();
    fireEvent.click(screen.getByRole('radio', { name: 'TikTok' }));
    await waitFor(() =>
      expect(document.querySelector('#hr-bio-count')?.textContent).toMatch(/\/ 80 /),
    );
    const count = Number(document.querySelector('#hr-bio-count')?.getAttribute('data-count'));
    expect(count).toBeLessThanOrEqual(80);
    fireEvent.click(screen.getByRole('radio', { name: 'LinkedIn' }));
    fireEvent.click(screen.getByRole('checkbox', { name: ui('de').rules.labels['on-topic'] }));
    await waitFor(() => expect(bioText()).toContain('Themenfremdes'));
    expect(window.location.search).toContain('platform=linkedin');
    expect(window.location.search).toContain('on-topic');
  });

  it('speaks about a field only when it is left, and keeps the last valid texts meanwhile', async () => {
    mount('tr');
    await ready();
    const before = bioText();
    fireEvent.click(screen.getByRole('radio', { name: ui('tr').contact.labels.email }));
    const input = screen.getByLabelText(ui('tr').contact.valueLabels.email) as HTMLInputElement;
    // Chosen, still empty: no error, no outline, and the texts stay.
    expect(screen.queryByText(ui('tr').errors['contact-missing'])).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(bioText()).toBe(before);
    fireEvent.input(input, { target: { value: 'ayse-at-salon' } });
    expect(screen.queryByText(ui('tr').errors['email-invalid'])).toBeNull(); // not while typing
    fireEvent.blur(input);
    await waitFor(() => expect(screen.getByText(ui('tr').errors['email-invalid'])).toBeTruthy());
    expect(input.value).toBe('ayse-at-salon');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('hr-contact-error');
    expect(bioText()).toBe(before); // the last text that worked
    expect(screen.getAllByText(ui('tr').outputs.paused).length).toBeGreaterThan(0);
    fireEvent.input(input, { target: { value: 'ayse@salon.com.tr' } });
    await waitFor(() => expect(bioText()).toContain('ayse@salon.com.tr'));
    expect(screen.queryByText(ui('tr').errors['email-invalid'])).toBeNull();
  });

  it('with a stored name over 60 characters writes the chosen platform’s texts without it, and says so', async () => {
    const long = 'Salon Anna – hair, nails and beauty on Market Square in Springfield since 1998';
    window.localStorage.setItem(storageKey, serializeStored({ name: long, contactValue: '' }));
    mount('en', '?platform=tiktok&register=informal&nameInBio=yes');
    await ready();
    const t = ui('en');
    const note = t.outputs.nameLeftOut.replace('{max}', '60');
    // Above both texts, and the name field says what is wrong.
    await waitFor(() => expect(screen.getAllByText(note, { exact: false })).toHaveLength(2));
    expect(screen.getByText(t.errors['name-too-long'].replace('{max}', '60'))).toBeTruthy();
    // The TikTok casual bio without the name, not the last text of another choice.
    const { lang: _lang, ...start } = defaultState('en');
    const expected = fitBio({
      ...start,
      platform: 'tiktok',
      register: 'informal',
      nameInBio: true,
      locale: 'en',
      phrases: phrases('en'),
    });
    expect(bioText()).toBe(expected.text);
    expect(Number(document.querySelector('#hr-bio-count')?.getAttribute('data-count'))).toBe(
      expected.count,
    );
    expect(document.querySelector('#hr-bio-count')?.textContent).toMatch(/\/ 80 /);
    expect(fullText()?.startsWith(phrases('en').informal.full.titleUnnamed)).toBe(true);
    expect(screen.queryByText(t.outputs.paused)).toBeNull();
    // Shortened, the name is back and the note is gone.
    fireEvent.input(screen.getByLabelText(t.name.label), { target: { value: 'Salon Anna' } });
    await waitFor(() => expect(fullText()).toContain('Salon Anna'));
    expect(screen.queryByText(note, { exact: false })).toBeNull();
  });

  it('asks for an https link once the field is left', async () => {
    mount('hu');
    await ready();
    fireEvent.click(screen.getByRole('radio', { name: ui('hu').contact.labels.link }));
    const input = screen.getByLabelText(ui('hu').contact.valueLabels.link);
    fireEvent.input(input, { target: { value: 'http://szalon.hu' } });
    fireEvent.blur(input);
    await waitFor(() => expect(screen.getByText(ui('hu').errors['link-not-https'])).toBeTruthy());
  });

  it('leaves the name out unless asked, and then drops it first with a notice', async () => {
    mount('en');
    await ready();
    const name = 'The Extraordinarily Long Name Hair and Beauty Studio Ltd';
    fireEvent.input(screen.getByLabelText(ui('en').name.label), { target: { value: name } });
    await waitFor(() => expect(fullText()).toContain(name)); // the full rules' title
    expect(bioText()).not.toContain(name);
    fireEvent.click(screen.getByRole('radio', { name: 'LinkedIn' }));
    fireEvent.click(screen.getByRole('checkbox', { name: ui('en').name.inBio }));
    await waitFor(() => expect(bioText()).toContain(name)); // LinkedIn has room
    fireEvent.click(screen.getByRole('radio', { name: 'TikTok' }));
    await waitFor(() =>
      expect(document.querySelector('.hr-omitted')?.textContent).toContain(
        ui('en').outputs.omittedParts.name,
      ),
    );
    expect(bioText()).not.toContain(name);
    expect(bioText()).toContain(phrases('en').formal.bio.pointer.rules.short);
    expect(window.location.search).toContain('nameInBio=yes');
  });

  it('leaves a third of the bio free by default, and what the user asks for', async () => {
    mount('de');
    await ready();
    const count = () => Number(document.querySelector('#hr-bio-count')?.getAttribute('data-count'));
    expect(count()).toBeLessThanOrEqual(100);
    const reserve = screen.getByLabelText(ui('de').reserve.label) as HTMLInputElement;
    fireEvent.input(reserve, { target: { value: '100' } });
    await waitFor(() => expect(count()).toBeLessThanOrEqual(50));
    expect(window.location.search).toContain('reserve=100');
    fireEvent.input(reserve, { target: { value: 'viel' } });
    fireEvent.blur(reserve);
    await waitFor(() =>
      expect(
        screen.getByText(ui('de').errors['reserve-invalid'].replace('{max}', '150')),
      ).toBeTruthy(),
    );
    expect(count()).toBeLessThanOrEqual(50); // the last valid text stays
  });

  it('copies with the Clipboard API and announces it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    mount('en');
    await ready();
    const bio = screen.getByRole('region', { name: ui('en').outputs.bioTitle });
    fireEvent.click(within(bio).getByRole('button', { name: ui('en').outputs.copy }));
    await waitFor(() =>
      expect(within(bio).getByRole('status').textContent).toBe(ui('en').outputs.copied),
    );
    expect(writeText).toHaveBeenCalledWith(bioText());
  });

  it('falls back to selecting the text when the clipboard is refused', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    });
    document.execCommand = () => false;
    mount('de');
    await ready();
    const full = screen.getByRole('region', { name: ui('de').outputs.fullTitle });
    fireEvent.click(within(full).getByRole('button', { name: ui('de').outputs.copy }));
    await waitFor(() =>
      expect(within(full).getByRole('status').textContent).toBe(ui('de').outputs.copyFallback),
    );
    expect(window.getSelection()?.toString()).toBe(fullText());
  });

  it('reorders the consequences with buttons and announces the move', async () => {
    mount('en', '?platform=facebook&consequences=hide,block');
    await ready();
    const t = ui('en');
    fireEvent.click(
      screen.getByRole('button', {
        name: t.consequences.up.replace('{item}', t.consequences.labels.block),
      }),
    );
    await waitFor(() => expect(window.location.search).toContain('consequences=block%2Chide'));
    expect(
      screen.getByText(t.consequences.moved.replace('{item}', t.consequences.labels.block)),
    ).toBeTruthy();
    expect(fullText()).toMatch(/1\. We block the account\.\n2\. We hide the comment\./);
  });

  it('numbers the steps "1." "2." and puts a new one at its place in the escalation order', async () => {
    mount('en', '?platform=facebook');
    await ready();
    const steps = () => [...document.querySelectorAll('.hr-step')].map((s) => s.textContent);
    expect(steps()).toEqual(['1.', '2.', '3.']); // warn, hide, block
    fireEvent.click(screen.getByRole('checkbox', { name: ui('en').consequences.labels.delete }));
    await waitFor(() =>
      expect(window.location.search).toContain('consequences=warn%2Chide%2Cdelete%2Cblock'),
    );
    expect(steps()).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('reopens a shared link and reports what it could not use', async () => {
    mount(
      'en',
      '?lang=en&register=informal&platform=x&rules=no-hate,kindness&emoji=1&name=Salon%20Anna&nameInBio=yes',
    );
    await ready();
    expect((screen.getByRole('radio', { name: 'X' }) as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByRole('radio', { name: ui('en').output.informal }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((screen.getByLabelText(ui('en').name.label) as HTMLInputElement).value).toBe(
      'Salon Anna',
    );
    expect(screen.getByText(/kindness/).textContent).toContain('rules=kindness');
    expect(bioText()).toContain('Salon Anna');
    expect(bioText()).toContain('💬');
  });

  it('keeps typed text in localStorage and clears it with reset', async () => {
    mount('de');
    await ready();
    fireEvent.input(screen.getByLabelText(ui('de').name.label), {
      target: { value: 'Salon Ünal' },
    });
    await waitFor(() => expect(window.localStorage.getItem(storageKey)).toContain('Salon Ünal'));
    cleanup();
    mount('de'); // a reload without the name in the URL
    await ready();
    await waitFor(() =>
      expect((screen.getByLabelText(ui('de').name.label) as HTMLInputElement).value).toBe(
        'Salon Ünal',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: ui('de').notices.reset }));
    await waitFor(() =>
      expect((screen.getByLabelText(ui('de').name.label) as HTMLInputElement).value).toBe(''),
    );
    expect(window.localStorage.getItem(storageKey)).toBeNull();
    expect(screen.getByText(ui('de').notices.resetDone)).toBeTruthy();
  });

  it('drops unreadable storage with a notice', async () => {
    window.localStorage.setItem(storageKey, '{broken');
    mount('hu');
    await ready();
    expect(screen.getByText(ui('hu').notices.badStorage)).toBeTruthy();
    expect(window.localStorage.getItem(storageKey)).toBeNull();
  });

  it('loads another output language on demand, from this site', async () => {
    const fetchMock = vi.fn((url: string) =>
      Promise.resolve({
        ok: true,
        json: () => Promise.resolve(url.includes('/hu/') ? phrases('hu') : null),
      } as Response),
    );
    vi.stubGlobal('fetch', fetchMock);
    mount('de');
    await ready();
    fireEvent.change(screen.getByLabelText(ui('de').output.lang), { target: { value: 'hu' } });
    const hu = phrases('hu').formal.bio;
    await waitFor(() =>
      expect(
        [hu.welcome.long, hu.welcome.short, hu.welcomeDm].some((w) => bioText()?.includes(w)),
      ).toBe(true),
    );
    expect(fetchMock).toHaveBeenCalledWith('/hu/house-rules/phrases.json');
    expect(document.querySelector('[data-output="bio"]')?.getAttribute('lang')).toBe('hu');
    // The page's own texts stay German.
    expect(screen.getByRole('heading', { name: ui('de').outputs.bioTitle })).toBeTruthy();
  });

  it('says so when another language cannot be loaded, and keeps the form', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve({ ok: false, status: 404 } as Response)),
    );
    mount('en');
    await ready();
    fireEvent.change(screen.getByLabelText(ui('en').output.lang), { target: { value: 'tr' } });
    await waitFor(() =>
      expect(document.querySelector('[data-output-message="bio"]')?.textContent).toContain(
        'Türkçe',
      ),
    );
    expect(screen.getByRole('radio', { name: 'TikTok' })).toBeTruthy();
  });
});
