// Which platform a pasted link points to, for the wizard's comment reader (reading-links.ts): one
// file for every locale, fetched with the locale's comment.json when the owner asks for
// suggestions, never at page load; the offline worker keeps it with the other data files.
import type { APIRoute } from 'astro';
import { linkTable } from '../playbook/analysis/reading-links';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(linkTable()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
