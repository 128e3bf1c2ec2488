// Reply drafts are scaffolds, not canned replies (R2): they hold gaps written `[[id]]` for what
// only the user knows. Each id has one meaning (the customer's name, when you will get back to
// them, what you will do …) and a label per locale that says what to type; a value typed for one
// id fills that gap and no other. Ids are language-neutral: `name`, `reply-by`, `fix`.

const gapPattern = /\[\[([a-z][a-z0-9-]*)\]\]/g;
const anyBrackets = /\[\[|\]\]/;

interface GapInfo {
  /** What to type, in the draft's language: the field's label and the visible mark in the text. */
  label: string;
  /** An example, shown under the field. */
  hint?: string;
  /** The gap is a whole sentence at the end of a part: a full stop is added if the value lacks one. */
  sentence?: boolean;
}

export type GapValues = Record<string, string>;
export type GapLabels = Record<string, GapInfo>;

/** The distinct gap ids of a text, in order of first appearance. */
export function findGaps(text: string): string[] {
  const seen: string[] = [];
  for (const m of text.matchAll(gapPattern)) if (!seen.includes(m[1]!)) seen.push(m[1]!);
  return seen;
}

/** How an empty gap shows in the text the user reads and edits: its label in brackets. */
const gapMark = (info: GapInfo | undefined, id: string): string => `[${info?.label ?? id}]`;

/** A sentence gap's value ends like a sentence; other values are used as typed (trimmed). */
function asTyped(value: string, info: GapInfo | undefined): string {
  const v = value.trim();
  return info?.sentence && !/[.!?…:;)"”»]$/.test(v) ? `${v}.` : v;
}

/**
 * The text with every filled gap replaced; empty gaps show as `[label]`. A value that ends with a
 * full stop (an address "Király u. 1.", "Ltd.") before the draft's own full stop keeps just one.
 */
export function fillGaps(text: string, values: GapValues, labels: GapLabels): string {
  return text.replace(gapPattern, (match: string, id: string, at: number) => {
    if (!values[id]?.trim()) return gapMark(labels[id], id);
    const v = asTyped(values[id]!, labels[id]);
    return v.endsWith('.') && text[at + match.length] === '.' ? v.slice(0, -1) : v;
  });
}

/** The gaps of a text that the user has not filled yet: copying warns while this is not empty. */
export function emptyGaps(text: string, values: GapValues): string[] {
  return findGaps(text).filter((id) => !values[id]?.trim());
}

/**
 * Turns text the user edited back into a draft: an empty gap's mark `[label]` becomes `[[id]]`
 * again, and so does a filled value still found exactly once, so later typing in the field still
 * reaches it. Everything else is the user's own text.
 */
export function unfillGaps(
  shown: string,
  ids: readonly string[],
  values: GapValues,
  labels: GapLabels,
): string {
  let text = shown;
  for (const id of ids) {
    const mark = gapMark(labels[id], id);
    const value = values[id]?.trim() ? asTyped(values[id]!, labels[id]) : '';
    if (text.includes(mark)) text = text.split(mark).join(`[[${id}]]`);
    else if (value.length > 1 && text.split(value).length === 2)
      text = text.replace(value, `[[${id}]]`);
  }
  return text;
}

/** Problems with a draft's gap markup, for the content checks. */
export function gapMarkupProblems(text: string, labels?: GapLabels): string[] {
  const problems: string[] = [];
  if (anyBrackets.test(text.replace(gapPattern, '')))
    problems.push('has an unbalanced gap bracket or a gap id that is not lowercase-with-dashes');
  if (labels)
    for (const id of findGaps(text))
      if (!labels[id]) problems.push(`uses gap [[${id}]], which has no label in "gaps"`);
  // A sentence gap ends its sentence itself; a full stop after it would give "..".
  for (const m of text.matchAll(/\[\[([a-z0-9-]+)\]\]\s*\./g))
    if (labels?.[m[1]!]?.sentence)
      problems.push(`has a full stop after the sentence gap [[${m[1]}]]`);
  return problems;
}
