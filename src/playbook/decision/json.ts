// Checks on JSON that comes from outside the build (storage, a fetched file): it may be anything.

/** A plain object (not null, not an array), whose fields are still to be checked. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
