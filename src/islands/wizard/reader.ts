// The seam to the comment reading: loads what reads a pasted comment for this page's language and
// returns a function from the text to suggestions. Until the reading ships, it suggests nothing
// (the flow then asks every question, and still spares the yes/no questions a read comment answers).
import type { ReadSuggestion } from '../../playbook/decision/flow';

export type Reader = (text: string) => ReadSuggestion[];

export async function loadReader(_base: string, _locale: string): Promise<Reader> {
  return () => [];
}
