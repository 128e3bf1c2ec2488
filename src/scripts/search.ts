// The search page's behaviour: read ?q=, ask Pagefind (loaded on first use from our own origin),
// show the results as plain links. Pagefind picks the index of the page's <html lang>, so a
// German page finds only German pages.

import { missingTerm } from './search-terms';

interface PagefindResult {
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: { title?: string };
    /** The page's text, and the positions of the words that matched in it, counted by whitespace. */
    content: string;
    locations: number[];
  }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(url: string, base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: base });
    return pf;
  });
  return pagefind;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form.search-box');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('.search-status');
  const list = document.querySelector<HTMLOListElement>('.search-results');
  if (!form || !input || !status || !list) return;
  const d = form.dataset;

  async function show(query: string): Promise<void> {
    list!.replaceChildren();
    if (!query.trim()) {
      status!.textContent = '';
      return;
    }
    // The index is never kept offline: without a connection, say so (reloading cannot help).
    if (!navigator.onLine) {
      status!.textContent = d.offline ?? '';
      return;
    }
    status!.textContent = d.loading ?? '';
    try {
      const pf = await loadPagefind(d.pagefindUrl!, d.base!);
      const { results } = await pf.search(query);
      let data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      // A word in no page was cut back by Pagefind to a start that is ("xyzzy" to "x"): nothing found.
      const matched = data.map((d) => {
        const words = d.content.split(/\s+/);
        return d.locations.map((i) => words[i] ?? '');
      });
      if (missingTerm(query, matched) !== undefined) data = [];
      for (const item of data) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.meta.title ?? item.url;
        const p = document.createElement('p');
        // The excerpt comes from our own index; Pagefind marks hits with <mark>. Rebuild it as
        // text and <mark> elements instead of trusting it as HTML.
        for (const [i, part] of item.excerpt.split(/<\/?mark>/).entries()) {
          const text = part
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'")
            .replace(/&amp;/g, '&');
          p.append(
            i % 2
              ? Object.assign(document.createElement('mark'), { textContent: text })
              : document.createTextNode(text),
          );
        }
        li.append(a, p);
        list!.append(li);
      }
      status!.textContent = data.length
        ? (d.count ?? '').replace('{n}', String(results.length))
        : (d.none ?? '');
    } catch (error) {
      if (!navigator.onLine) {
        status!.textContent = d.offline ?? '';
        return;
      }
      console.error(error);
      status!.textContent = d.error ?? '';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value;
    const url = new URL(location.href);
    url.searchParams.set('q', q);
    history.replaceState(null, '', url);
    void show(q);
  });

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void show(initial);
}
