// Parsing built pages without running them: happy-dom's DOMParser loads no script or stylesheet.
import { Window } from 'happy-dom';

const window = new Window();

export function parseHtml(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Every URL a page refers to that the browser would fetch or follow, with where it stands. */
export function pageRefs(doc: Document): { attr: string; url: string }[] {
  const refs: { attr: string; url: string }[] = [];
  const take = (selector: string, attr: string) => {
    for (const el of doc.querySelectorAll(selector)) {
      const url = el.getAttribute(attr);
      if (url) refs.push({ attr: `${el.tagName.toLowerCase()}[${attr}]`, url });
    }
  };
  take('a[href]', 'href');
  take('link[href]', 'href');
  take('script[src]', 'src');
  take('img[src]', 'src');
  take('form[action]', 'action');
  take('astro-island[component-url]', 'component-url');
  take('astro-island[renderer-url]', 'renderer-url');
  return refs;
}
