// Reads a pasted comment on the device and suggests answers to the wizard's questions, each with
// the words that led to it. It suggests only where the text is clear; where it is not, that
// question gets no suggestion and the owner answers it. It never suggests a milder answer than the
// text shows: a threat or a person's home address anywhere makes the comment a threat, whatever
// else it says.
import type { CommentPayload, CueId, Languages } from './reading-data';
import { foldText } from './reading-fold';
import { platformLinks, type LinkHit, type LinkHosts } from './reading-links';
import { matchCues, type Hit } from './reading-match';

type Evidence = Hit;
export type ReadQuestion =
  | 'kind'
  | 'abuse'
  | 'sensitive'
  | 'concern'
  | 'private'
  | 'staff'
  | 'platform'
  | 'lang'
  | 'register'
  | 'name';
export type Suggestion = {
  question: ReadQuestion;
  value: string;
  /**
   * The words in the pasted text that led to the suggestion (offsets into that text); none where
   * no single words carry it (the language, the absence of a known language).
   */
  evidence: Evidence[];
};

export function readComment(
  text: string,
  data: CommentPayload,
  {
    locale,
    others = {},
    links: hosts,
    languages,
  }: {
    /** The page's locale, whose data `data` is. */
    locale: string;
    /** Data of the site's other locales, where loaded: a comment in one of them is read with it. */
    others?: Record<string, CommentPayload>;
    /**
     * What every locale shares (`ReadingShared`, the wizard fetches it once): which platform a
     * pasted link points to (reading-links.ts `linkTable`), and the languages' common words.
     */
    links: LinkHosts;
    languages: Languages;
  },
): Suggestion[] {
  const out: Suggestion[] = [];
  const say = (question: ReadQuestion, value: string, evidence: Evidence[]) =>
    out.push({ question, value, evidence });

  const folded = foldText(text);
  const lang = readLanguage(folded.lower, text, languages);
  const theirs = lang && lang !== locale ? others[lang] : undefined;
  if (theirs && lang)
    return readComment(text, theirs, {
      locale: lang,
      others: { ...others, [locale]: data },
      links: hosts,
      languages,
    });

  const links = platformLinks(text, hosts);
  // Words inside a pasted link (a slug, an id) are not the commenter's words.
  const cue = outsideLinks(matchCues(text, folded, data), links);
  if (lang) say('lang', lang, []);
  // Words from this locale's lists mean little in a text in another language; safety does not
  // wait for that: threats, addresses, phone numbers and order codes are read whatever the language.
  const own = !lang || lang === locale;

  // A phone number or a home is someone else's, unless the writer gives their own number to be
  // called back ("call me on …", "… unter der ich erreichbar bin", "my personal number") or says
  // where their own family lives: such words just before it, on it, or just after.
  const ownDetail = (h: Hit) =>
    cue.ownDetails.some((c) =>
      c.end <= h.start ? h.start - c.end < 40 : c.start >= h.end ? c.start - h.end < 30 : true,
    );
  const doxx = [...cue.dox, ...cue.phone].filter((h) => !ownDetail(h));
  // A threat in another of the site's languages is a threat too, whatever the rest is read with.
  const foreign = Object.values(others).flatMap((d) =>
    d === data ? [] : matchCues(text, folded, d, ['threat']).threat,
  );
  const threat = [...cue.threat, ...outsideLinkHits(foreign, links), ...doxx];
  let abuse: string | undefined;
  let kind: string | undefined;
  if (threat.length) [kind, abuse] = ['abusive', 'threat'];
  else if (own && cue.hate.length) [kind, abuse] = ['abusive', 'hate'];
  else if (own && (cue.insult.length || cue.profanity.length))
    // Obscene words around a real issue are profanity; a personal attack with no issue an insult.
    [kind, abuse] = ['abusive', cue.insult.length > cue.profanity.length ? 'insult' : 'profanity'];
  else if (own && cue.fake.length) kind = 'fake';
  else if (own && cue.rumour.length) kind = 'rumour';
  else if (
    own &&
    (cue.question.length || cue.praise.length) &&
    // Harm, food or a legal claim is never a plain question or praise.
    ![cue.negative, cue.product, cue.injury, cue.food, cue.legal].some((h) => h.length)
  )
    kind = 'not-negative';

  if (kind) {
    const evidence: Record<string, Hit[]> = {
      threat,
      hate: cue.hate,
      insult: cue.insult,
      profanity: [...cue.profanity, ...cue.insult],
      fake: cue.fake,
      rumour: cue.rumour,
      'not-negative': [...cue.question, ...cue.praise],
    };
    const ev = evidence[abuse ?? kind] ?? [];
    say('kind', kind, ev);
    if (abuse) say('abuse', abuse, ev);
  }

  // Sensitive matters are asked about real complaints, fakes and rumours; not about attacks, and a
  // plain question that names a treatment is still just a question.
  const asked =
    !(abuse && abuse !== 'profanity') && !(kind === 'not-negative' && cue.question.length);
  if (own && asked) readSensitive(cue, kind, say);

  // A street and number in praise or a recommendation is the business's own address ("go to Fő utca
  // 12"), not someone's data; a phone number or a home given away counts wherever it stands.
  const priv = [...(kind === 'not-negative' ? [] : cue.private), ...cue.phone, ...cue.dox];
  if (priv.length) say('private', 'yes', priv);
  if (own && cue.staff.length) say('staff', 'yes', cue.staff);

  const platforms = new Set(links.map((l) => l.platform));
  if (platforms.size === 1) {
    say(
      'platform',
      links[0]!.platform,
      links.map((l) => ({ start: l.start, end: l.end, text: text.slice(l.start, l.end) })),
    );
  }

  if (lang === locale) {
    const formal = cue.formal.length;
    const informal = cue.informal.length;
    if (formal > informal * 2) say('register', 'formal', cue.formal);
    else if (informal > formal * 2) say('register', 'informal', cue.informal);
  }

  const name = signedName(text, cue.signoff);
  if (name) say('name', name.text, [name]);
  return out;
}

function outsideLinkHits(hits: Hit[], links: LinkHit[]): Hit[] {
  return hits.filter((h) => !links.some((l) => h.start >= l.start && h.end <= l.end));
}

function outsideLinks(cue: Record<CueId, Hit[]>, links: LinkHit[]): Record<CueId, Hit[]> {
  if (!links.length) return cue;
  for (const id of Object.keys(cue) as CueId[]) cue[id] = outsideLinkHits(cue[id], links);
  return cue;
}

function readSensitive(
  cue: Record<CueId, Hit[]>,
  kind: string | undefined,
  say: (q: ReadQuestion, v: string, e: Evidence[]) => void,
): void {
  const { health, food, product, injury, child, legal } = cue;
  // A child makes a complaint sensitive (sent out alone, hurt, fed the wrong thing); a child in a
  // compliment or a neutral remark does not.
  const childMatters =
    child.length > 0 &&
    kind !== 'not-negative' &&
    [cue.negative, food, product, health, injury].some((h) => h.length > 0);
  const evidence = [
    ...food,
    ...product,
    ...health,
    ...injury,
    ...legal,
    ...(childMatters ? child : []),
  ];
  if (!evidence.length) return;
  say('sensitive', 'yes', evidence);
  // An injury is about a product where a product is named, otherwise about health.
  const scores: [string, Hit[]][] = [
    ['food', food],
    ['product', product.length ? [...product, ...injury] : product],
    ['health', product.length ? health : [...health, ...injury]],
    ['legal', legal],
  ];
  scores.sort((a, b) => b[1].length - a[1].length);
  if (scores[0]![1].length > scores[1]![1].length) say('concern', scores[0]![0], scores[0]![1]);
}

/**
 * Which language the text is in: its common words, and letters only one of the languages has (ğ,
 * ő, ß). `other` where the text has letters none of them has (ł, ñ, Arabic) and few common words.
 */
function readLanguage(lower: string, text: string, languages: Languages): string | undefined {
  // Every language the data lists is scored: a fifth one is an entry in languages.json, no code.
  const langs = Object.entries(languages);
  const scores = new Map<string, number>(langs.map(([code]) => [code, 0]));
  const add = (code: string, n: number) => scores.set(code, scores.get(code)! + n);
  for (const m of lower.matchAll(/[a-z]+/g))
    for (const [code, { words }] of langs) if (setOf(words).has(m[0])) add(code, 1);
  // Letters: a letter only one language writes counts for it (at most 3 times), a letter none
  // writes counts against all.
  const own = new Map<string, number>();
  let foreign = 0;
  for (const ch of text.toLowerCase().matchAll(/[^\P{L}a-z]/gu)) {
    const c = ch[0];
    const users = langs.filter(([, l]) => l.letters.includes(c));
    if (users.length === 0) foreign++;
    else if (users.length === 1) own.set(users[0]![0], (own.get(users[0]![0]) ?? 0) + 1);
  }
  for (const [code, n] of own) add(code, Math.min(n, 3));
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]];
  if (best[1] >= 2 && best[1] >= 2 * (second?.[1] ?? 0) && foreign <= best[1]) return best[0];
  // Letters none of the site's languages use, and few common words.
  if (foreign >= 2 && best[1] <= 2) return 'other';
  return undefined;
}

// One set per language's word list (a few lists, each read once).
const sets = new Map<string, Set<string>>();
function setOf(words: string): Set<string> {
  let s = sets.get(words);
  if (!s) sets.set(words, (s = new Set(words.split(' '))));
  return s;
}

// A name as people sign: capitalised words (initials allowed, "dr." before), ending the text.
const signature =
  /^[\s,:;–—-]*((?:[Dd]r\.?\s+)?\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,2})[\s.!]*(?:\p{Extended_Pictographic}|\p{M}|[\u200d\ufe0f\s])*$/u;

/** The commenter's name, only where the text ends with a sign-off or a dash and a name. */
function signedName(text: string, signoffs: Hit[]): Hit | undefined {
  const tail = Math.max(0, text.length - 80);
  const starts = signoffs.filter((h) => h.end >= tail).map((h) => h.end);
  for (const m of text.slice(tail).matchAll(/\s[–—-]\s*/g)) starts.push(tail + m.index);
  for (const start of starts.sort((a, b) => a - b)) {
    const m = signature.exec(text.slice(start));
    if (!m) continue;
    const name = m[1]!;
    const at = start + m[0].indexOf(name);
    return { start: at, end: at + name.length, text: name };
  }
  return undefined;
}
