// One locale's reply-check words and patterns as JSON. The check page and the wizard fetch the
// reply's language when a reply is shown (never at page load); the offline worker keeps it.
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales';
import { entryFor } from '../../../content/read';

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await entryFor('analysis', params.locale as Locale)).data.reply), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
