// Which platforms have no private messages at all: there no one can "DM us", the generator offers no
// such contact and a warning goes in a public reply, and the wizard plans no private message. One
// table for both: the wizard (decision/) and the generator (house-rules/) keep their own platform
// ids and do not import each other, so the ids here are plain strings from either list.

/** YouTube removed its messages on 2019-09-18; a Google review has no messages to its author. */
const withoutPrivateMessages: readonly string[] = ['youtube', 'google'];

export function hasPrivateMessages(platform: string): boolean {
  return !withoutPrivateMessages.includes(platform);
}

/** Where the YouTube fact comes from, shown with the generator's sources (server-rendered only). */
export const privateMessagesSource = {
  url: 'https://www.theverge.com/2019/8/22/20828177/youtube-private-messages-discontinued-dm-public-conversations',
  site: 'theverge.com',
  /** YouTube's messages ended on this day. */
  ended: '2019-09-18',
  checked: '2026-12-07',
} as const;
