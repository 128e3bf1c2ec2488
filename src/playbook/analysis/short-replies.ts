// The platforms whose replies must be short: a reply limit of at most 500 characters
// (reply-limits.ts). The wizard starts their replies with short wordings. A list of its own, so the
// wizard's code carries three ids and not the limits table, which only the reply check reads (loaded
// on demand); a unit test derives the list from the table, so the two never part.
export const shortReplyPlatforms: readonly string[] = ['tiktok', 'x', 'threads'];

/**
 * Whether a reply on this platform must be short (TikTok 150, X 280, Threads 500): the wizard then
 * composes it from the short wordings first and leaves the sign-off out, as the account's name
 * stands beside every reply there. The longest usual composition runs to about 550 characters.
 */
export const repliesShort = (platform: string): boolean => shortReplyPlatforms.includes(platform);
