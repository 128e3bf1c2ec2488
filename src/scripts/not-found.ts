// The root 404 speaks every language. Most hosts serve it for any missing address, so it reads
// the language from the address (/de/… → German) and puts that language's section, with the big
// start button into the wizard, first. Without JavaScript the English section leads.
import { splitLocale } from '../i18n/paths';

export function localiseNotFound(main: HTMLElement | null, pathname = location.pathname): void {
  if (!main) return;
  const { locale } = splitLocale(main.dataset.base ?? '/', pathname);
  const section = locale && main.querySelector<HTMLElement>(`section[lang="${locale}"]`);
  if (!section || section === main.firstElementChild) return;
  main.prepend(section);
  for (const link of main.querySelectorAll('a.start-button, a.start-link')) {
    link.className = link.closest('section') === section ? 'start-button' : 'start-link';
  }
}
