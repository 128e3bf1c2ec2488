// Response times (R26, R27): a first public answer within 30 minutes, at the latest within 60.
// Pure: "now" is always passed in, so the same input gives the same answer in tests.

export const responseTarget = { firstMinutes: 30, latestMinutes: 60 } as const;

/** The pause before anything is written (R6). It never shrinks below this: a late calm reply beats a fast angry one. */
export const minPauseMinutes = 10;

type Phase = 'before-target' | 'before-latest' | 'overdue';

export interface TimeLeft {
  elapsedMinutes: number;
  /** Minutes until the 30-minute target (negative once passed). */
  toTarget: number;
  /** Minutes until the 60-minute limit (negative once passed). */
  toLatest: number;
  phase: Phase;
}

export function timeLeft(postedAt: number, now: number): TimeLeft {
  const elapsedMinutes = Math.max(0, Math.floor((now - postedAt) / 60_000));
  const toTarget = responseTarget.firstMinutes - elapsedMinutes;
  const toLatest = responseTarget.latestMinutes - elapsedMinutes;
  const phase: Phase = toTarget > 0 ? 'before-target' : toLatest > 0 ? 'before-latest' : 'overdue';
  return { elapsedMinutes, toTarget, toLatest, phase };
}

export type PostedParse = { ok: true; postedAt: number } | { ok: false };

const maxMinutesAgo = 7 * 24 * 60;

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
}

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*$/, '\\p{L}*');
const oneOf = (words: string[]) => (words.length ? `(?:${words.map(esc).join('|')})` : '(?!)');
const whole = (words: string[]) => new RegExp(`^${oneOf(words)}$`, 'u');

function duration(text: string, w: TimeWords): number | undefined {
  if (whole(w.now).test(text)) return 0;
  const filler = whole(w.filler);
  const units: [RegExp, number][] = [
    [whole(w.minutes), 1],
    [whole(w.hours), 60],
    [whole(w.days), 1440],
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
 * Reads when a comment was posted, as people read it off the screen, in the words of one locale
 * (`words`): a clock time ("14:05", "14.05", "23,30", "23:30 Uhr", "saat 14.05", "2:05 pm", "9am")
 * meaning its most recent occurrence, or how long ago ("20", "25 min", "2h", "25 minutes ago",
 * "vor 25 Minuten", "2 Std.", "25 dakika önce", "2 sa", "25 perce", "2 órája"). Anything else is
 * not understood.
 */
export function parsePosted(input: string, now: Date, words: TimeWords): PostedParse {
  const text = input.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
  const clock = new RegExp(
    `^(?:${oneOf(words.clockBefore)} ?)?(\\d{1,2})(?:[:.,](\\d{2}))?(?: ?(${oneOf(words.am)})| ?(${oneOf(words.pm)})| ?(${oneOf(words.clockAfter)}))?$`,
    'u',
  ).exec(text);
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
  const minutes = duration(text, words);
  if (minutes === undefined || minutes > maxMinutesAgo) return { ok: false };
  return { ok: true, postedAt: now.getTime() - minutes * 60_000 };
}
