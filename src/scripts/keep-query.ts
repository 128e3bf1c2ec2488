// The wizard and the generator keep their answers in the URL's query (history.replaceState as the
// visitor answers), and their ids are the same in every language. So the language links carry the
// current query along: set at the moment the visitor points at, focuses or follows a link, so a
// copied or middle-clicked link carries it too. Loaded only on those two pages.
export function keepQuery(root: ParentNode = document): void {
  const links = () => root.querySelectorAll<HTMLAnchorElement>('.lang-switcher a[data-locale]');
  const sync = () => {
    // A root-relative href, as the server rendered it (the a.search setter would make it absolute).
    for (const a of links()) a.setAttribute('href', a.pathname + location.search);
  };
  for (const type of ['pointerover', 'focusin', 'click', 'auxclick', 'contextmenu', 'toggle']) {
    root.addEventListener(
      type,
      (event) => {
        if ((event.target as Element | null)?.closest?.('.lang-switcher, .site-menu')) sync();
      },
      { capture: true },
    );
  }
  sync();
}
