// A guide page's sections (its h2 headings) in reading order, for "On this page". Markdown
// headings come from Astro (their ids are Astro's); a heading written as <h2 id="…">…</h2> keeps
// a fixed anchor that other pages link to, and MDX hands it over as JSX, so Astro does not
// collect it: it is read from the source here.
import type { MarkdownHeading } from 'astro';

export interface Section {
  slug: string;
  text: string;
}

export function pageSections(headings: MarkdownHeading[], body: string): Section[] {
  const markdown = headings.filter((h) => h.depth === 2);
  const sections: Section[] = [];
  let next = 0;
  for (const line of body.split('\n')) {
    const jsx = /^<h2 id="([^"]+)"[^>]*>(.*)<\/h2>\s*$/.exec(line);
    if (jsx) sections.push({ slug: jsx[1]!, text: jsx[2]!.replace(/<[^>]+>/g, '').trim() });
    else if (/^## /.test(line) && markdown[next]) sections.push(markdown[next++]!);
  }
  return sections.map(({ slug, text }) => ({ slug, text }));
}
