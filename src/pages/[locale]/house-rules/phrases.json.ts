// One output language's phrases as JSON, for the generator page in another language to fetch when
// the user picks this language for the text. Static: one file per locale at build time.
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales';
import { entryFor } from '../../../content/read';

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const entry = await entryFor('houseRulesPhrases', locale);
  return new Response(JSON.stringify(entry.data), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
