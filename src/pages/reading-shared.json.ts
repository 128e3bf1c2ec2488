// What the wizard's comment reader needs in every locale (reading-shared.ts): the platforms' link
// hosts and the languages' common words, one file for all locales, fetched with the locale's
// comment.json when the owner asks for suggestions, never at page load; the offline worker keeps
// it with the other data files.
import type { APIRoute } from 'astro';
import { readingShared } from '../playbook/analysis/reading-shared';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(readingShared()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
