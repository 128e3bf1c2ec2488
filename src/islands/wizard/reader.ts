// The seam to the comment reading (src/playbook/analysis/reading.ts): when the owner asks for
// suggestions, loads the reader and this page language's data (never at page load) and returns a
// function from the pasted text to suggestions. A failure rejects: the page says so and the owner
// answers the questions.
import type { ReadSuggestion } from '../../playbook/decision/flow';
import type { CommentPayload } from '../../playbook/analysis/reading-data';

export type Reader = (text: string) => ReadSuggestion[];

export async function loadReader(base: string, locale: string): Promise<Reader> {
  const [{ readComment }, data] = await Promise.all([
    import('../../playbook/analysis/reading'),
    fetch(`${base}${locale}/wizard/comment.json`).then((r) =>
      // The status is never shown: the page says that the reading failed.
      r.ok ? (r.json() as Promise<CommentPayload>) : Promise.reject(r.status),
    ),
  ]);
  return (text) => readComment(text, data, { locale });
}
