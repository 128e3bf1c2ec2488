// Response times (R26, R27): a first public answer within 30 minutes, at the latest within 60.
// Pure: "now" is always passed in, so the same input gives the same answer in tests.

export const responseTarget = { firstMinutes: 30, latestMinutes: 60 } as const;

/** The pause we suggest when nothing is known about the clock. */
export const defaultPauseMinutes = 10;
/** Time kept free after the pause to write, check and post the answer. */
const writingMinutes = 15;

/**
 * How long to step away before answering (R6). It never eats into the time needed to write:
 * with 20 minutes left the pause shrinks to 5, and once the target has passed it is one breath.
 */
export function suggestedPause(minutesToTarget?: number): number {
  if (minutesToTarget === undefined || !Number.isFinite(minutesToTarget)) return defaultPauseMinutes;
  return Math.max(1, Math.min(defaultPauseMinutes, Math.floor(minutesToTarget - writingMinutes)));
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

/**
 * Reads when a comment was posted: a clock time ("14:05", "9.30", or on the 12-hour clock
 * "2:05 pm", "9am") meaning the most recent such moment, or a number of minutes ago ("20",
 * "20 min"). Anything else is not understood.
 */
export function parsePosted(input: string, now: Date): PostedParse {
  const text = input.trim();
  const minutes = /^(\d{1,5})\s*(?:m|min|mins|minutes?|minuten?|dk|dakika|perc|perce)?\.?$/i.exec(text);
  if (minutes) {
    const n = Number(minutes[1]);
    return n <= maxMinutesAgo ? { ok: true, postedAt: now.getTime() - n * 60_000 } : { ok: false };
  }
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  const twelve = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?$/i.exec(text);
  if (clock || twelve) {
    let h = Number((clock ?? twelve)![1]);
    const m = Number((clock ?? twelve)![2] ?? 0);
    if (twelve) {
      if (h < 1 || h > 12) return { ok: false };
      h = (h % 12) + (twelve[3]!.toLowerCase() === 'p' ? 12 : 0);
    }
    if (h > 23 || m > 59) return { ok: false };
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m, 0, 0);
    // A clock time later than now means yesterday (posted 23:50, it is now 00:10).
    if (at.getTime() > now.getTime() + 60_000) at.setDate(at.getDate() - 1);
    return { ok: true, postedAt: at.getTime() };
  }
  return { ok: false };
}
