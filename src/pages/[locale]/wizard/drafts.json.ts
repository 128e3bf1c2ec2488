// One locale's reply drafts as JSON, for a wizard page whose user picks another reply language:
// the page ships its own locale's drafts only and fetches others from here, on the same origin.
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales';
import { wizardContent } from '../../../components/wizard/wizard-content';

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { drafts } = await wizardContent(params.locale as Locale);
  return new Response(JSON.stringify(drafts), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
