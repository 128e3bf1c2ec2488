// How each screen of the wizard comes into view: its heading focused, so a screen reader reads it
// first, and scrolled to the top of a phone's screen. Where the safety notice shows, the scroll
// stops at the notice instead: it stands above every screen and must be seen first.
export function showScreen(heading: HTMLElement | null, box: Element | null = heading): void {
  heading?.focus({ preventScroll: true });
  (document.querySelector('[data-output=safety]') ?? box)?.scrollIntoView({ block: 'start' });
}
