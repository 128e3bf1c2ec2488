// One locale's reply drafts and step explanations as JSON. The wizard page fetches its own locale's
// when it shows a plan, and another locale's when the user picks that reply language; the offline
// worker caches it with the page.
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales';
import { wizardContent } from '../../../content/read';
import { draftsPayload } from '../../../playbook/decision/texts';

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { texts, drafts } = await wizardContent(params.locale as Locale);
  return new Response(JSON.stringify(draftsPayload(texts, drafts)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
