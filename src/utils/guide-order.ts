// Reading order of the guide, as pure functions over entries (no astro:content here, so unit
// tests can use them).
import { splitGuideId } from './guide-completeness';

/** The entries before and after a slug in an ordered list (none at either end, or if absent). */
export function neighbours<T extends { id: string }>(
  ordered: readonly T[],
  slug: string,
): { previous?: T; next?: T } {
  const i = ordered.findIndex((e) => splitGuideId(e.id).slug === slug);
  if (i < 0) return {};
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}
