// What the wizard reads a pasted comment with, for one locale (the `comment` section of
// content/analysis/<locale>.json), checked at build time and its cue lists compiled (folded and
// joined here, not in every visitor's browser). The wizard fetches it when the owner
// asks for suggestions, never at page load; the offline worker keeps it with the other data files.
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales';
import { commentDataSchema } from '../../../playbook/analysis/reading-schema';
import { commentPayload } from '../../../playbook/analysis/reading-match';

const files = import.meta.glob<{ default: { comment?: unknown } }>(
  '../../../../content/analysis/*.json',
  { eager: true },
);

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  const file = Object.entries(files).find(([p]) => p.endsWith(`/${locale}.json`));
  if (!file) throw new Error(`content/analysis/${locale}.json is missing`);
  const checked = commentDataSchema.safeParse(file[1].default.comment);
  if (!checked.success)
    throw new Error(`content/analysis/${locale}.json "comment": ${checked.error.message}`);
  return new Response(JSON.stringify(commentPayload(checked.data)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
