// Checks on JSON that comes from outside the build (storage, a fetched file): it may be anything.

/** A plain object (not null, not an array), whose fields are still to be checked. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** A string of at most `max` characters. */
export const isText = (v: unknown, max = 4000): v is string =>
  typeof v === 'string' && v.length <= max;

/** What storage holds: `{}` where nothing is stored, 0 (no object) where it does not parse. */
export function parseStored(raw: string | null): unknown {
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    return 0;
  }
}
