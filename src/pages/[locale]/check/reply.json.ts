// One locale's reply-check words and patterns as JSON, with the platforms' moderation tools
// (reply-payload.ts). The check page and the wizard fetch the reply's language when a reply is
// shown (never at page load); the offline worker keeps it.
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales';
import { entryFor } from '../../../content/read';
import { replyPayload } from '../../../playbook/analysis/reply-payload';
import type { ReplyCheckContent } from '../../../playbook/analysis/rules';

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { reply } = (await entryFor('analysis', params.locale as Locale)).data;
  return new Response(JSON.stringify(replyPayload(reply as ReplyCheckContent)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
