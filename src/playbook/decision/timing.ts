// Response times (R26, R27): on social media a first public answer within 30 minutes, at the latest
// within 60; under a review the same day, within 24 hours; late in the evening, the next morning.
// Pure: "now" is always passed in, so the same input gives the same answer in tests.

export const responseTarget = { firstMinutes: 30, latestMinutes: 60 } as const;

/** Under a review (Google, a review site, a marketplace) nobody expects a reply within the hour. */
export const reviewTargetHours = 24;

/**
 * The quiet hours, local time: from `lateFrom` in the evening until `morningFrom`, a calm reply in
 * the morning beats a tired one now, and a limit that falls in them moves to `replyBy` that morning.
 */
export const quietHours = { lateFrom: 21, morningFrom: 7, replyBy: 10 } as const;

/** The pause before anything is written (R6). It never shrinks below this: a late calm reply beats a fast angry one. */
export const minPauseMinutes = 10;

/**
 * Which clock runs: a comment on social media, a review (`place=review`), or praise or a question
 * (`kind=not-negative`): nothing burns there, so it gets the review's day, not the 30 minutes.
 */
export type TargetKind = 'social' | 'review' | 'praise';
export const targetKind = (place: string | undefined, kind?: string): TargetKind =>
  kind === 'not-negative' ? 'praise' : place === 'review' ? 'review' : 'social';

/**
 * How the incident summary writes a moment: "Dec 7, 1:59 AM" on a 12-hour clock (a leading zero
 * reads wrong before AM/PM), "7. Dez., 1:59" on a 24-hour one.
 */
export const momentFormat = (locale: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });

/** Late in the evening or at night, by the local clock. */
export function isLate(at: number): boolean {
  const h = new Date(at).getHours();
  return h >= quietHours.lateFrom || h < quietHours.morningFrom;
}

/** The moment a reply becomes late: a limit that falls in the quiet hours moves to the next morning. */
export function replyDeadline(postedAt: number, kind: TargetKind): number {
  const limit =
    postedAt + (kind === 'social' ? responseTarget.latestMinutes : reviewTargetHours * 60) * 60_000;
  if (!isLate(limit)) return limit;
  const d = new Date(limit);
  if (d.getHours() >= quietHours.lateFrom) d.setDate(d.getDate() + 1);
  d.setHours(quietHours.replyBy, 0, 0, 0);
  return d.getTime();
}

/**
 * `before-target` / `before-latest`: the 30 and 60 minutes on social media. `by-deadline`: a
 * review's day, or a limit moved to the morning. `late`: it is late, the morning is soon enough.
 * `overdue`: the limit has passed – only then does the reply apologise for the wait.
 */
type Phase = 'before-target' | 'before-latest' | 'by-deadline' | 'late' | 'overdue';

export interface TimeLeft {
  elapsedMinutes: number;
  /** Minutes until the 30-minute target (negative once passed). */
  toTarget: number;
  /** Minutes until the 60-minute limit (negative once passed). */
  toLatest: number;
  /** When the reply becomes late (epoch ms). */
  deadline: number;
  phase: Phase;
}

export function timeLeft(postedAt: number, now: number, kind: TargetKind = 'social'): TimeLeft {
  const elapsedMinutes = Math.max(0, Math.floor((now - postedAt) / 60_000));
  const toTarget = responseTarget.firstMinutes - elapsedMinutes;
  const toLatest = responseTarget.latestMinutes - elapsedMinutes;
  const deadline = replyDeadline(postedAt, kind);
  const moved = deadline !== postedAt + responseTarget.latestMinutes * 60_000;
  const phase: Phase =
    now >= deadline
      ? 'overdue'
      : isLate(now)
        ? 'late'
        : kind !== 'social' || moved
          ? 'by-deadline'
          : toTarget > 0
            ? 'before-target'
            : 'before-latest';
  return { elapsedMinutes, toTarget, toLatest, deadline, phase };
}

export type PostedParse = { ok: true; postedAt: number } | { ok: false };

/** "1 hf", "2 weeks ago": Instagram and Google count weeks up to about a month. */
const maxMinutesAgo = 31 * 24 * 60;
/** A review can be older than a week; a date further back than this is a typo. */
const maxDaysAgo = 366;

/**
 * One locale's words for a posting time, from content/wizard/<locale>/texts.json ("time"): a new
 * language brings its own and needs no code. A word ending in "*" takes any ending ("perc*" reads
 * "perce", "perccel"). All words are lower case.
 */
export interface TimeWords {
  /** Unit words ("min", "Std", "dk", "órá*"), digits may stick to them ("2h", "25m"). */
  minutes: string[];
  hours: string[];
  days: string[];
  /** Instagram's "1 hf", "1 w", Google's "a week ago". */
  weeks: string[];
  /** "yesterday", "gestern", "dün", "tegnap": midday of the day before, like a date. */
  yesterday: string[];
  /** Number words: "an" 1, "eine" 1, "yarım" 0.5, "fél" 0.5. */
  numbers: Record<string, number>;
  /** Words around a duration that mean "ago" or nothing at all ("ago", "vor", "önce", "ezelőtt", "about"). */
  filler: string[];
  /** What people write for "a moment ago". */
  now: string[];
  /** Words before a clock time ("at", "um", "saat", "ma"). */
  clockBefore: string[];
  /** Words or endings after a clock time, which also make a bare hour a time ("Uhr", "-kor"). */
  clockAfter: string[];
  /** The 12-hour clock's markers where the locale uses it ("am", "a.m."); empty where it does not. */
  am: string[];
  pm: string[];
  /** The twelve months as review sites show them, January first ("dec", "dez", "ara*", "dec"). */
  months: string[][];
}

/**
 * One locale's time words as the parser matches them: regular expression sources, built once by
 * the build (`timePatterns`, into the page's props), so the browser neither escapes nor joins words.
 */
export interface TimePatterns {
  now: string;
  filler: string;
  minutes: string;
  hours: string;
  days: string;
  weeks: string;
  yesterday: string;
  numbers: TimeWords['numbers'];
  /** One per month, January first, the Turkish dotless ı folded to i (as the text is). */
  months: string[];
  /** A clock time with the locale's words around it and its am/pm markers. */
  clock: string;
}

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*$/, '\\p{L}*');
const oneOf = (words: string[]) => (words.length ? `(?:${words.map(esc).join('|')})` : '(?!)');
const whole = (words: string[]) => `^${oneOf(words)}$`;
const foldI = (s: string) => s.replace(/ı/g, 'i');

export const timePatterns = (w: TimeWords): TimePatterns => ({
  now: whole(w.now),
  filler: whole(w.filler),
  minutes: whole(w.minutes),
  hours: whole(w.hours),
  days: whole(w.days),
  weeks: whole(w.weeks),
  yesterday: whole(w.yesterday),
  numbers: w.numbers,
  months: w.months.map((names) => whole(names.map(foldI))),
  clock: `^(?:${oneOf(w.clockBefore)} ?)?(\\d{1,2})(?:[:.,](\\d{2}))?(?: ?(${oneOf(w.am)})| ?(${oneOf(w.pm)})| ?(${oneOf(w.clockAfter)}))?$`,
});

const re = (source: string) => new RegExp(source, 'u');

function duration(text: string, w: TimePatterns): number | undefined {
  if (re(w.now).test(text)) return 0;
  const filler = re(w.filler);
  const units: [RegExp, number][] = [
    [re(w.minutes), 1],
    [re(w.hours), 60],
    [re(w.days), 1440],
    [re(w.weeks), 10080],
  ];
  // "vor 25 Minuten", "25 minutes ago", "2 saat önce", "25 perccel ezelőtt", "1h 30m", "eine halbe Stunde"
  const tokens = text
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .split(/[\s.]+/)
    .filter(Boolean);
  let total = 0;
  let pending: number | undefined;
  let digits = false;
  let count = 0;
  for (const t of tokens) {
    if (filler.test(t)) continue;
    const digit = /^\d+(?:,\d+)?$/.test(t);
    const n = digit
      ? Number(t.replace(',', '.'))
      : Object.hasOwn(w.numbers, t)
        ? w.numbers[t]
        : undefined;
    if (n !== undefined) {
      // "eine halbe Stunde", "half an hour": a word may qualify the number before it; two numbers may not follow each other.
      if (pending !== undefined && (digit || digits || n < 1 === pending < 1)) return undefined;
      pending = pending === undefined ? n : pending * n;
      digits = digit;
      continue;
    }
    const unit = units.find(([re]) => re.test(t));
    if (!unit || pending === undefined) return undefined;
    total += pending * unit[1];
    pending = undefined;
    count++;
  }
  // A bare number is minutes ("20"); a bare word ("a") is not a time.
  if (pending !== undefined) {
    if (count || !digits) return undefined;
    total += pending;
    count++;
  }
  return count ? Math.round(total) : undefined;
}

/**
 * A date as review sites show it ("7 Dec", "Dec 7, 2026", "7. Dez.", "7 Aralık", "dec. 7.",
 * "07.12.", "12/7/2026", "2026. 12. 07."), without a time: midday that day, never later than now.
 * Without a year, the most recent such day. Two numbers are day first, month first where the reader
 * writes so (the US) or the year leads. A clock time ("14.05") is read before this.
 */
function dateOf(text: string, now: Date, w: TimePatterns, monthFirst: boolean): number | undefined {
  const months = w.months.map(re);
  let y: number | undefined;
  let m: number | undefined;
  const n: number[] = [];
  let ending = false;
  for (const t of foldI(text)
    .replace(/(\d)-(\d)/g, '$1 $2')
    .split(/[\s.,/]+/)
    .filter(Boolean)) {
    const month = months.findIndex((re) => re.test(t));
    if (month >= 0 && !m) m = month + 1;
    else if (/^\d{4}$/.test(t) && !y) y = +t;
    // "7th", "5-én": the day may carry a short ending.
    else if (/^\d\d?(?:-?\p{L}{1,3})?$/u.test(t)) {
      n.push(parseInt(t, 10));
      ending ||= /\p{L}/u.test(t);
    } else return;
  }
  // Without a month name, only bare numbers ("2 2h" is no date).
  if (!m && ending) return;
  if (!m) m = n.splice(monthFirst || /^\d{4}/.test(text) ? 0 : 1, 1)[0];
  const d = n[0];
  if (!m || !d || n.length > 1) return;
  const at = new Date(y ?? now.getFullYear(), m - 1, d, 12);
  // 31 Feb is no day; "7 Dec" typed in January is last year's.
  if (at.getDate() !== d) return;
  const endOfToday = new Date(now).setHours(24, 0, 0, 0);
  if (!y && +at > endOfToday) at.setFullYear(at.getFullYear() - 1);
  if (+at > endOfToday || +now - +at > maxDaysAgo * 86_400_000) return;
  return Math.min(+at, +now);
}

/**
 * Reads when a comment was posted, as people read it off the screen, in the words of one locale
 * (`words`, built by `timePatterns`): a clock time ("14:05", "14.05", "23,30", "23:30 Uhr", "saat 14.05", "2:05 pm", "9am")
 * meaning its most recent occurrence, how long ago ("20", "25 min", "2h", "25 minutes ago",
 * "vor 25 Minuten", "2 Std.", "25 dakika önce", "2 sa", "25 perce", "2 órája"), or a date as
 * review sites show it ("7 Dec", "07.12.", "12/7/2026", "7 Aralık", "dec. 7."; `monthFirst` where
 * the reader writes the month first). Anything else is not understood.
 */
export function parsePosted(
  input: string,
  now: Date,
  words: TimePatterns,
  monthFirst = false,
): PostedParse {
  const text = input.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
  const clock = re(words.clock).exec(text);
  if (clock && (clock[2] ?? clock[3] ?? clock[4] ?? clock[5]) !== undefined) {
    let h = Number(clock[1]);
    const m = Number(clock[2] ?? 0);
    if (clock[3] || clock[4]) {
      if (h < 1 || h > 12) return { ok: false };
      h = (h % 12) + (clock[4] ? 12 : 0);
    }
    if (h > 23 || m > 59) return { ok: false };
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m, 0, 0);
    // A clock time later than now means yesterday (posted 23:50, it is now 00:10).
    if (at.getTime() > now.getTime() + 60_000) at.setDate(at.getDate() - 1);
    return { ok: true, postedAt: at.getTime() };
  }
  if (re(words.yesterday).test(text))
    return {
      ok: true,
      postedAt: +new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12),
    };
  const date = dateOf(text, now, words, monthFirst);
  if (date !== undefined) return { ok: true, postedAt: date };
  const minutes = duration(text, words);
  if (minutes === undefined || minutes > maxMinutesAgo) return { ok: false };
  return { ok: true, postedAt: now.getTime() - minutes * 60_000 };
}
