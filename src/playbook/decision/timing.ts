// Response times (R26, R27): a first public answer within 30 minutes, at the latest within 60.
// Pure: "now" is always passed in, so the same input gives the same answer in tests.

export const responseTarget = { firstMinutes: 30, latestMinutes: 60 } as const;

/** The pause before anything is written (R6). It never shrinks below this: a late calm reply beats a fast angry one. */
export const minPauseMinutes = 10;
/** Kept for old callers: the pause no longer depends on the clock. */
export const defaultPauseMinutes = minPauseMinutes;

/** How long to step away before answering: at least 10 minutes, whatever the clock says. */
export function suggestedPause(_minutesToTarget?: number): number {
  return minPauseMinutes;
}

export type Phase = 'before-target' | 'before-latest' | 'overdue';

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

// Units as platforms and people write them, in en, de, tr and hu ("25 min", "2h", "2 Std.",
// "25 dk", "2 sa", "25 perce", "2 órája", "1d", "1 Tag", "1 gün", "1 napja").
const unitMinutes: [RegExp, number][] = [
  [/^(m|mins?|minutes?|minuten?|dk|dakika|p|perc\w*)$/, 1],
  [/^(h|hrs?|hours?|std|stunden?|sa|saat|ó|órá\w*|óra)$/, 60],
  [/^(d|days?|tage?n?|g|gün|nap\w*)$/, 1440],
];
const words: Record<string, number> = { a: 1, an: 1, one: 1, ein: 1, eine: 1, einer: 1, einem: 1, bir: 1, egy: 1, half: 0.5, halbe: 0.5, halben: 0.5, yarım: 0.5, fél: 0.5 };
// Words around a duration that mean "ago" or nothing at all.
const filler = /^(ago|vor|önce|ezelőtt|ezelott|about|etwa|ca|yaklaşık|kb|körülbelül|und|and|ve|és)$/;
const justNow = /^(now|just now|jetzt|gerade|gerade eben|eben|şimdi|az előbb|most|épp most)$/;

function duration(text: string): number | undefined {
  if (justNow.test(text)) return 0;
  // "vor 25 Minuten", "25 minutes ago", "2 saat önce", "25 perccel ezelőtt", "1h 30m", "eine halbe Stunde"
  const tokens = text.replace(/(\d)([a-zçğıöşüóőúűé])/g, '$1 $2').split(/[\s.]+/).filter(Boolean);
  let total = 0;
  let pending: number | undefined;
  let digits = false;
  let units = 0;
  for (const t of tokens) {
    if (filler.test(t)) continue;
    const digit = /^\d+(?:,\d+)?$/.test(t);
    const n = digit ? Number(t.replace(',', '.')) : words[t];
    if (n !== undefined) {
      // "eine halbe Stunde", "half an hour": a word may qualify the number before it; two numbers may not follow each other.
      if (pending !== undefined && (digit || digits || (n < 1) === (pending < 1))) return undefined;
      pending = pending === undefined ? n : pending * n;
      digits = digit;
      continue;
    }
    const unit = unitMinutes.find(([re]) => re.test(t));
    if (!unit || pending === undefined) return undefined;
    total += pending * unit[1];
    pending = undefined;
    units++;
  }
  // A bare number is minutes ("20"); a bare word ("a") is not a time.
  if (pending !== undefined) {
    if (units || !digits) return undefined;
    total += pending;
    units++;
  }
  return units ? Math.round(total) : undefined;
}

/**
 * Reads when a comment was posted, as people read it off the screen: a clock time ("14:05",
 * "14.05", "23,30", "23:30 Uhr", "saat 14.05", "2:05 pm", "9am") meaning its most recent
 * occurrence, or how long ago ("20", "25 min", "2h", "25 minutes ago", "vor 25 Minuten", "2 Std.",
 * "25 dakika önce", "2 sa", "25 perce", "2 órája"). Anything else is not understood.
 */
export function parsePosted(input: string, now: Date): PostedParse {
  const text = input.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
  const clock = /^(?:um |at |saat |kl\. ?|ma )?(\d{1,2})(?:[:.,](\d{2}))?(?: ?([ap])\.? ?m\.?| ?uhr|-?kor| órakor)?$/.exec(text);
  if (clock && (clock[2] !== undefined || clock[3] !== undefined || /uhr|kor/.test(text))) {
    let h = Number(clock[1]);
    const m = Number(clock[2] ?? 0);
    if (clock[3]) {
      if (h < 1 || h > 12) return { ok: false };
      h = (h % 12) + (clock[3] === 'p' ? 12 : 0);
    }
    if (h > 23 || m > 59) return { ok: false };
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m, 0, 0);
    // A clock time later than now means yesterday (posted 23:50, it is now 00:10).
    if (at.getTime() > now.getTime() + 60_000) at.setDate(at.getDate() - 1);
    return { ok: true, postedAt: at.getTime() };
  }
  const minutes = duration(text);
  if (minutes === undefined || minutes > maxMinutesAgo) return { ok: false };
  return { ok: true, postedAt: now.getTime() - minutes * 60_000 };
}
