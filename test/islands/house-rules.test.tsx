// The generator island in happy-dom: choosing, validating, copying, resetting, the URL and storage
// round trip, and another output language loaded on demand. Texts come from the real content files.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import HouseRules from '../../src/islands/house-rules/HouseRules';
import { locales, type Locale } from '../../src/i18n/locales';
import type { HouseRulesUi } from '../../src/playbook/house-rules/schema';
import { storageKey } from '../../src/playbook/house-rules/state';
import type { PhraseFile } from '../../src/playbook/house-rules/texts';

const read = <T,>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const ui = (l: Locale) => read<HouseRulesUi>(`content/house-rules/${l}/ui.json`);
const phrases = (l: Locale) => read<PhraseFile>(`content/house-rules/${l}/phrases.json`);
const languages = locales.map((l) => ({ code: l.code, name: l.name }));

function mount(locale: Locale = 'en', search = '') {
  window.history.replaceState(null, '', `/${locale}/house-rules/${search}`);
  const view = render(<HouseRules locale={locale} base="/" ui={ui(locale)} phrases={phrases(locale)} languages={languages} />);
  return view;
}
const ready = () => waitFor(() => expect(document.querySelector('.hr-app')?.getAttribute('data-ready')).toBe('true'));
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
    for (const legend of [t.output.legend, t.platform.legend, t.rules.legend, t.consequences.legend, t.contact.legend, t.replyTime.legend, t.emoji.legend]) {
      expect(screen.getByRole('group', { name: legend })).toBeTruthy();
    }
    expect(bioText()).toContain(phrases('en').formal.bio.welcome.long);
    expect(fullText()).toContain(phrases('en').formal.full.closing);
    expect(document.querySelector('#hr-bio-count')?.textContent).toMatch(/^\d+ \/ 150 /);
  });

  it('updates the bio live when choosing a platform and rules', async () => {
    mount('de');
    await ready();
    fireEvent.click(screen.getByRole('radio', { name: 'TikTok' }));
    await waitFor(() => expect(document.querySelector('#hr-bio-count')?.textContent).toMatch(/\/ 80 /));
    const count = Number(document.querySelector('#hr-bio-count')?.getAttribute('data-count'));
    expect(count).toBeLessThanOrEqual(80);
    fireEvent.click(screen.getByRole('radio', { name: 'LinkedIn' }));
    fireEvent.click(screen.getByRole('checkbox', { name: ui('de').rules.labels['on-topic'] }));
    await waitFor(() => expect(bioText()).toContain('Off-Topic'));
    expect(window.location.search).toContain('platform=linkedin');
    expect(window.location.search).toContain('on-topic');
  });

  it('shows a translated message for a bad e-mail, keeps what was typed, and recovers', async () => {
    mount('tr');
    await ready();
    fireEvent.click(screen.getByRole('radio', { name: ui('tr').contact.labels.email }));
    const input = screen.getByLabelText(ui('tr').contact.valueLabels.email) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'ayse-at-salon' } });
    await waitFor(() => expect(screen.getByText(ui('tr').errors['email-invalid'])).toBeTruthy());
    expect(input.value).toBe('ayse-at-salon');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('hr-contact-error');
    expect(bioText()).toBeNull();
    fireEvent.input(input, { target: { value: 'ayse@salon.com.tr' } });
    await waitFor(() => expect(bioText()).toContain('ayse@salon.com.tr'));
  });

  it('asks for an https link', async () => {
    mount('hu');
    await ready();
    fireEvent.click(screen.getByRole('radio', { name: ui('hu').contact.labels.link }));
    fireEvent.input(screen.getByLabelText(ui('hu').contact.valueLabels.link), { target: { value: 'http://szalon.hu' } });
    await waitFor(() => expect(screen.getByText(ui('hu').errors['link-not-https'])).toBeTruthy());
  });

  it('says by how much to shorten a name that does not fit the platform', async () => {
    mount('en');
    await ready();
    fireEvent.click(screen.getByRole('radio', { name: 'TikTok' }));
    fireEvent.input(screen.getByLabelText(ui('en').name.label), { target: { value: 'The Extraordinarily Long Name Hair and Beauty Studio Ltd' } });
    await waitFor(() => expect(screen.getByText(/does not fit a TikTok bio\. Shorten it by at least \d+ characters/)).toBeTruthy());
    expect(bioText()).toBeNull();
    expect(fullText()).toContain('The Extraordinarily Long Name Hair and Beauty Studio Ltd'); // the long text has room
  });

  it('copies with the Clipboard API and announces it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    mount('en');
    await ready();
    const bio = screen.getByRole('region', { name: ui('en').outputs.bioTitle });
    fireEvent.click(within(bio).getByRole('button', { name: ui('en').outputs.copy }));
    await waitFor(() => expect(within(bio).getByRole('status').textContent).toBe(ui('en').outputs.copied));
    expect(writeText).toHaveBeenCalledWith(bioText());
  });

  it('falls back to selecting the text when the clipboard is refused', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
    mount('de');
    await ready();
    const full = screen.getByRole('region', { name: ui('de').outputs.fullTitle });
    fireEvent.click(within(full).getByRole('button', { name: ui('de').outputs.copy }));
    await waitFor(() => expect(within(full).getByRole('status').textContent).toBe(ui('de').outputs.copyFallback));
    expect(window.getSelection()?.toString()).toBe(fullText());
  });

  it('reorders the consequences with buttons and announces the move', async () => {
    mount('en', '?consequences=hide,block');
    await ready();
    const t = ui('en');
    fireEvent.click(screen.getByRole('button', { name: t.consequences.up.replace('{item}', t.consequences.labels.block) }));
    await waitFor(() => expect(window.location.search).toContain('consequences=block%2Chide'));
    expect(screen.getByText(t.consequences.moved.replace('{item}', t.consequences.labels.block))).toBeTruthy();
    expect(fullText()).toMatch(/1\. We block the account\.\n2\. We hide the comment\./);
  });

  it('reopens a shared link and reports what it could not use', async () => {
    mount('en', '?lang=en&register=informal&platform=x&rules=no-hate,kindness&emoji=1&name=Salon%20Anna');
    await ready();
    expect((screen.getByRole('radio', { name: 'X' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: ui('en').output.informal }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(ui('en').name.label) as HTMLInputElement).value).toBe('Salon Anna');
    expect(screen.getByText(/kindness/).textContent).toContain('rules=kindness');
    expect(bioText()).toContain('Salon Anna');
    expect(bioText()).toContain('💬');
  });

  it('keeps typed text in localStorage and clears it with reset', async () => {
    mount('de');
    await ready();
    fireEvent.input(screen.getByLabelText(ui('de').name.label), { target: { value: 'Salon Ünal' } });
    await waitFor(() => expect(window.localStorage.getItem(storageKey)).toContain('Salon Ünal'));
    cleanup();
    mount('de'); // a reload without the name in the URL
    await ready();
    await waitFor(() => expect((screen.getByLabelText(ui('de').name.label) as HTMLInputElement).value).toBe('Salon Ünal'));
    fireEvent.click(screen.getByRole('button', { name: ui('de').notices.reset }));
    await waitFor(() => expect((screen.getByLabelText(ui('de').name.label) as HTMLInputElement).value).toBe(''));
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
      Promise.resolve({ ok: true, json: () => Promise.resolve(url.includes('/hu/') ? phrases('hu') : null) } as Response));
    vi.stubGlobal('fetch', fetchMock);
    mount('de');
    await ready();
    fireEvent.change(screen.getByLabelText(ui('de').output.lang), { target: { value: 'hu' } });
    await waitFor(() => expect(bioText()).toContain(phrases('hu').formal.bio.welcome.long));
    expect(fetchMock).toHaveBeenCalledWith('/hu/house-rules/phrases.json');
    expect(document.querySelector('[data-output="bio"]')?.getAttribute('lang')).toBe('hu');
    // The page's own texts stay German.
    expect(screen.getByRole('heading', { name: ui('de').outputs.bioTitle })).toBeTruthy();
  });

  it('says so when another language cannot be loaded, and keeps the form', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve({ ok: false, status: 404 } as Response)));
    mount('en');
    await ready();
    fireEvent.change(screen.getByLabelText(ui('en').output.lang), { target: { value: 'tr' } });
    await waitFor(() => expect(document.querySelector('[data-output-message="bio"]')?.textContent).toContain('Türkçe'));
    expect(screen.getByRole('radio', { name: 'TikTok' })).toBeTruthy();
  });
});
