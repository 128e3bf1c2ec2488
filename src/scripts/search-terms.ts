// Whether Pagefind's results answer the words searched for. When a word is in no page, Pagefind
// (1.x) searches for the longest start of it that is, down to one letter: "xyzzy" finds the "X" of
// the platform's name. No setting turns this off or limits it (ranking settings only reorder), so
// the search page checks the words each result matched: a searched word that none of them starts
// like was cut back, and the search has found nothing.
//
// "Starts like" leaves room for stemming: a matched word counts when it shares the first four
// letters with the searched one (all of them, for a shorter word), so "apologize" keeps "apology",
// "yorumlarınıza" keeps "yorumlara" and "kommentekre" keeps "kommentek".

/** Lower case without accents or the dotless ı, as Pagefind compares words. */
const fold = (s: string): string =>
  s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');

/** The words of a text, folded; "Ein-Stern-Bewertung" gives ein, stern and bewertung. */
const words = (s: string): string[] =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function startsLike(term: string, word: string): boolean {
  const need = Math.min(term.length, 4);
  for (let i = 0; i < need; i++) if (term[i] !== word[i]) return false;
  return true;
}

/**
 * The first searched word that no matched word starts like, or undefined when every one is found.
 * `matched` holds, per result, the words Pagefind marked in it.
 */
export function missingTerm(query: string, matched: readonly string[][]): string | undefined {
  const found = matched.flatMap((ws) => ws.flatMap(words));
  return words(query).find((term) => !found.some((w) => startsLike(term, w)));
}
