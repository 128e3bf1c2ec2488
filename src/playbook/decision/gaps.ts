// Reply drafts are scaffolds, not canned replies (R2): they hold gaps written `[[label]]` for what
// only the user knows. The label is in the draft's language and doubles as the field's name, so a
// gap with the same label (the customer's name) is filled once for every draft of that language.

const gapPattern = /\[\[([^[\]]+?)\]\]/g;

/** The distinct gap labels of a draft, in order of first appearance. */
export function findGaps(draft: string): string[] {
  const seen: string[] = [];
  for (const m of draft.matchAll(gapPattern)) {
    const label = m[1].trim();
    if (!seen.includes(label)) seen.push(label);
  }
  return seen;
}

export type GapValues = Record<string, string>;

/** The draft with every filled gap replaced; gaps still empty stay visible as `[[label]]`. */
export function fillGaps(draft: string, values: GapValues): string {
  return draft.replace(gapPattern, (whole, raw: string) => {
    const value = values[raw.trim()]?.trim();
    return value ? value : whole;
  });
}

/** The gaps the user has not filled yet: copying warns while this is not empty. */
export function emptyGaps(draft: string, values: GapValues): string[] {
  return findGaps(draft).filter((label) => !values[label]?.trim());
}

/** Problems with a draft's gap markup, for the content checks (unbalanced or empty brackets). */
export function gapMarkupProblems(draft: string): string[] {
  const problems: string[] = [];
  if (findGaps(draft).length === 0) problems.push('has no gap [[…]]: a draft must leave something for the user to write');
  const stripped = draft.replace(gapPattern, '');
  if (/\[\[|\]\]/.test(stripped)) problems.push('has an unbalanced or empty gap bracket');
  return problems;
}
