// Folding for matching: lower case, no diacritics (ç→c, ő→o, ı→i, ß→ss), so that patterns written
// once match texts typed with or without the special letters. Each folded character remembers
// where it came from, so evidence points into the text the owner pasted.

const cache = new Map<string, string>();
const special: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ß: 'ss',
  ẞ: 'SS',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  // A typographic apostrophe (phones type it) is written as a plain one in the patterns.
  '’': "'",
};

/** One character without its diacritics, case kept. */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return c;
  let out = cache.get(c);
  if (out === undefined) {
    out = special[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
    // The offset map has room for three folded characters per original one.
    if (out.length > 3) out = c;
    // Bounded: a text of random characters must not grow it without end.
    if (cache.size > 4096) cache.clear();
    cache.set(c, out);
  }
  return out;
}

export type Folded = {
  /** Folded, lower case. */
  lower: string;
  /** Folded, capitals kept; the same length as `lower`. */
  cased: string;
  /** For each folded character, its start offset in the original text (and the text's length). */
  at: Int32Array;
};

export function foldText(text: string): Folded {
  let cased = '';
  let lower = '';
  const at = new Int32Array(text.length * 3 + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Keep surrogate pairs together (emoji): evidence never holds half a character.
    const c =
      code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!;
    const f = code < 128 ? c : foldChar(c);
    const l = f.toLowerCase();
    // Both strings keep one length, so one offset map serves both.
    const same = l.length === f.length;
    for (let k = 0; k < f.length; k++) at[n++] = i;
    cased += f;
    lower += same ? l : f;
    i += c.length - 1;
  }
  at[n] = text.length;
  return { lower, cased, at: at.subarray(0, n + 1) };
}

/** A pattern from the data, folded like the text; escapes (`\b`, `\d`, `\W`) are left alone. */
export function foldPattern(source: string, keepCase: boolean): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length) {
      out += c + source[++i];
      continue;
    }
    const f = foldChar(c);
    out += keepCase ? f : f.toLowerCase();
  }
  return out;
}
