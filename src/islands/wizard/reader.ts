// The seam to the comment reading (src/playbook/analysis/reading.ts): when the owner asks for
// suggestions, loads the reader, this page language's data and what every language's reading
// shares, the platforms' link hosts and the languages' common words (never at page load) and returns a function from the pasted text to suggestions. A failure rejects: the
// page says so and the owner answers the questions.
import type { ReadSuggestion } from '../../playbook/decision/flow';
import type { CommentPayload, ReadingShared } from '../../playbook/analysis/reading-data';

export type Reader = (text: string) => ReadSuggestion[];

export async function loadReader(base: string, locale: string): Promise<Reader> {
  // The status is never shown: the page says that the reading failed.
  const get = <T>(path: string): Promise<T> =>
    fetch(base + path).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(r.status)));
  const [{ readComment }, data, shared] = await Promise.all([
    import('../../playbook/analysis/reading'),
    get<CommentPayload>(`${locale}/wizard/comment.json`),
    get<ReadingShared>('reading-shared.json'),
  ]);
  return (text) => readComment(text, data, { locale, ...shared });
}
