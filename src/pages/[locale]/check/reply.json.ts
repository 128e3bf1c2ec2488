// One locale's reply-check words and patterns as JSON. The check page and the wizard fetch the
// reply's language when a reply is shown (never at page load); the offline worker keeps it.
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales';
import { analysisContent } from '../../../components/check/analysis-content';

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(analysisContent(params.locale as Locale).reply), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
