// What each platform lets a business owner do about a comment, as data with a source and the day
// it was checked, like the bio limits. The plan offers a step only where the platform allows it
// (invariant 19 in ./README.md). Where a fact could not be confirmed on the platform's own pages, the
// capability takes the cautious side (the plan leaves the step out) and the note says so.
import { hasPrivateMessages } from '../private-messages';

/** Where the comment stands. Ids are a public contract (`?platform=…`). */
export const platformIds = [
  'instagram',
  'facebook',
  'tiktok',
  'youtube',
  'x',
  'threads',
  'linkedin',
  'google',
  'review-site',
  'marketplace',
  'group',
  'other',
] as const;
export type PlatformId = (typeof platformIds)[number];

/** Where on the platform: the owner's own page, a review of the business, or someone else's space. */
export const placeIds = ['own', 'review', 'elsewhere'] as const;
export type PlaceId = (typeof placeIds)[number];

export interface PlatformCapabilities {
  /** The owner can write to the author privately on the platform itself. */
  messageAuthor: boolean;
  /** On the owner's own page: hide one comment from others without deleting it. */
  hide: boolean;
  /** A hidden comment can still be reported (so hiding may come before the report). */
  hiddenStillReportable: boolean;
  /** On the owner's own page: delete someone else's comment. */
  delete: boolean;
  /** On the owner's own page: a quiet tool that limits one person or filters words. */
  restrict: boolean;
  /** Block the account from the owner's page or profile. */
  block: boolean;
  /** Report a breach of the platform's rules. */
  reportRule: boolean;
  /** Report illegal content with a notice (EU Digital Services Act, Art. 16: every hosting service). */
  reportIllegal: boolean;
  /** Flag a review for removal. */
  flagReview: boolean;
  /** The `place` answers that fit; a single one is implied and not asked. */
  places: readonly PlaceId[];
}

export interface CapabilitySource {
  sources: string[];
  /** The day the sources were read (YYYY-MM-DD). */
  checked: string;
  /** What could not be confirmed, and which side the data takes. */
  note?: string;
}

const checked = '2026-11-30';

// What most platforms here allow; each entry below states only where it differs (kept short: this
// table ships to the browser, within the wizard page's JS budget).
const usual = {
  messageAuthor: false,
  hide: false,
  hiddenStillReportable: false,
  delete: false,
  restrict: false,
  block: false,
  reportRule: true,
  reportIllegal: true,
  flagReview: false,
  places: ['own', 'elsewhere'],
} as const;
/** A review platform: one owner reply, no report of a rule break, the review flagged instead. */
const reviews = {
  ...usual,
  reportRule: false,
  flagReview: true,
  places: ['review'],
} as const;

// Private messages at all are one table shared with the generator (../private-messages.ts): where a
// platform has none, no entry here can plan one.
const capabilityTable: Record<PlatformId, PlatformCapabilities> = {
  instagram: { ...usual, messageAuthor: true, delete: true, restrict: true, block: true },
  facebook: { ...usual, messageAuthor: true, hide: true, delete: true, block: true },
  tiktok: { ...usual, delete: true, restrict: true, block: true },
  youtube: { ...usual, delete: true, restrict: true, block: true },
  x: { ...usual, hide: true, hiddenStillReportable: true, block: true },
  threads: usual,
  linkedin: usual,
  google: reviews,
  'review-site': reviews,
  // One seller reply; the buyer is reached only through the marketplace's own messages.
  marketplace: { ...reviews, messageAuthor: true },
  group: { ...usual, places: ['elsewhere'] },
  other: {
    ...usual,
    flagReview: true,
    places: ['own', 'review', 'elsewhere'],
  },
};

/**
 * Replies the owner can post under the comment: as many as needed, or one (editable) owner reply –
 * under a review, and on an unknown platform (the cautious side). No plan reads it yet, so it stays
 * out of the capability table above, which ships to the browser.
 */
export const publicReplies: Record<PlatformId, 'many' | 'once'> = {
  instagram: 'many',
  facebook: 'many',
  tiktok: 'many',
  youtube: 'many',
  x: 'many',
  threads: 'many',
  linkedin: 'many',
  google: 'once',
  'review-site': 'once',
  marketplace: 'once',
  group: 'many',
  other: 'once',
};

export const platformCapabilities = Object.fromEntries(
  platformIds.map((id) => [
    id,
    {
      ...capabilityTable[id],
      messageAuthor: capabilityTable[id].messageAuthor && hasPrivateMessages(id),
    },
  ]),
) as Record<PlatformId, PlatformCapabilities>;

const dsa =
  'https://www.eu-digital-services-act.com/Digital_Services_Act_Article_16.html (DSA Art. 16: every hosting service takes notices of illegal content, electronically)';

export const capabilitySources: Record<PlatformId, CapabilitySource> = {
  instagram: {
    sources: [
      'https://about.instagram.com/de-de/blog/announcements/stand-up-against-bullying-with-restrict ("Einschränken": comments of a restricted account are visible only to that account; you can approve, delete or ignore them; direct messages go to message requests)',
      'https://about.instagram.com/de-de/blog/tips-and-tricks/restrict-mute-block-report-guide ("Blockieren", "Einschränken", "Stummschalten", "Melden")',
      dsa,
    ],
    checked,
    note:
      'Hiding a single comment by hand is not confirmed: hide = false, the plan uses Restrict and deleting instead. ' +
      'The Turkish and Hungarian labels of Restrict ("Kısıtla", "Korlátozás") and the name "Hidden Words" were found only on ' +
      'third-party pages, so the texts describe the tools instead of quoting their labels there.',
  },
  facebook: {
    sources: [
      'https://developers.facebook.com/docs/graph-api/reference/comment/ (a Page can hide or delete comments: is_hidden)',
      'https://www.clrn.org/what-happens-when-you-hide-someone%ca%bcs-comment-on-facebook (third-party: a hidden comment stays visible to its author and their friends)',
      'https://developers.facebook.com/documentation/business-messaging/messenger-platform/discovery/private-replies (Meta, updated 2026-04-16: a Page can send one private reply to a person who commented on its posts, within 7 days; more only once they answer)',
      dsa,
    ],
    checked,
    note:
      "Meta's own help page on hiding was not found in this session; the visibility of hidden comments (author and friends) " +
      "comes from third-party pages and matches the guide. The private reply is confirmed by Meta's developer page, not a " +
      'help page: the step texts name its limits (one message, 7 days). Not confirmed, so left out: that a hidden comment can ' +
      'still be reported (hiddenStillReportable = false: report first) and the keyword filter for Pages (restrict = false).',
  },
  tiktok: {
    sources: [
      'https://newsroom.tiktok.com/en-gb/how-to-filter-comments-on-tiktok-2/ ("Filter Comments", "Filter by Keywords": comments with those words are hidden)',
      'https://www.indiatoday.in/information/story/how-to-block-someone-on-tiktok-follow-steps-1692300-2020-06-24 (a profile\'s ••• menu, "Block": the account can no longer follow you, see your videos or interact with you)',
      dsa,
    ],
    checked,
    note:
      'Deleting comments on your own videos is taken as given (every guide shows it). Blocking is confirmed by a news guide ' +
      "(India Today, 2020) and every later guide read on 2026-12-07, not by TikTok's own help pages, which the search tool " +
      "did not reach. Direct messages were not confirmed: messageAuthor = false (they also depend on the other person's settings).",
  },
  youtube: {
    sources: [
      'https://support.google.com/youtube/answer/111870 ("Remove", "Report spam or abuse", "Hide from channel"; hold comments for review; blocked words)',
      'https://creatoracademy.youtube.com/page/lesson/connect-with-comments_handle-inappropriate-comments_list ("Hold potentially inappropriate comments for review", "Blocked words")',
      'https://www.theverge.com/2019/8/22/20828177/youtube-private-messages-discontinued-dm-public-conversations (YouTube ended its private messages on 18 September 2019; read 2026-12-07)',
      dsa,
    ],
    checked,
    note: 'YouTube has no way to message a commenter privately: messageAuthor = false. "Remove" deletes the comment and its replies.',
  },
  x: {
    sources: [
      'https://www.neowin.net/news/twitter-now-lets-anyone-hide-replies-to-their-tweets/ (hidden replies can still be seen by tapping an icon)',
      "https://uat4.www.digitaltrends.com/social-media/twitter-hide-reply-tool-test-in-usa (no delete for others' replies; block prevents interactions)",
      dsa,
    ],
    checked,
    note:
      "X's own help page was not found in this session (third-party sources only). Because anyone can still open hidden " +
      "replies, a hidden reply stays reportable. Direct messages depend on the other person's settings: messageAuthor = false.",
  },
  threads: {
    sources: [dsa],
    checked,
    note: 'No Threads help page found in this session: only reporting is assumed (every platform here has a report function); hide, delete, restrict and block are left out.',
  },
  linkedin: {
    sources: [dsa],
    checked,
    note: 'No LinkedIn help page found in this session: only reporting is assumed; delete, block and messaging (InMail) are left out.',
  },
  google: {
    sources: [
      'https://support.google.com/business/answer/4596773 (report a review that breaks Google\'s policies; only Google removes it; "Merchants in the EEA can report third-party reviews directly on Google")',
      'https://www.optimixed.com/?p=41031 (third-party summary of Google\'s "Manage customer reviews" page: one business reply under a review, reviewed before it is posted)',
      dsa,
    ],
    checked,
    note: 'A Google review has no private messages, no hiding and no deleting for the owner; one owner reply, which can be edited.',
  },
  'review-site': {
    sources: [dsa],
    checked,
    note: 'Review and complaint sites differ: the cautious side is one owner reply, no private messages, and a report link (or a notice to the operator).',
  },
  marketplace: {
    sources: [
      'https://sellercentral.amazon.com.au/gp/help/external/202126280 (Amazon: contact the buyer to resolve negative seller feedback; one public response, which cannot be edited, only deleted)',
      'https://sellercentral.amazon.com/help/hub/reference/external/G200383320 (Amazon Buyer-Seller Messages: buyers get an anonymised e-mail alias; contact goes through the messaging service)',
      'https://www.ecomengine.com/blog/contact-buyers (third-party, updated 2023-05-19: Amazon forbids direct e-mails between buyers and sellers)',
      'https://auction.catawiki.com/en/help/buyer-contact-feedback/how-do-i-react-to-a-feedback-from-a-buyer (a marketplace: one response to a feedback; no personal data such as name, address or phone number in it)',
      dsa,
    ],
    checked: '2026-12-07',
    note:
      'Checked on Amazon and one other marketplace; eBay, Etsy, Trendyol and Hepsiburada were not confirmed on their own pages in this session. ' +
      'The cautious side for all: one seller reply, no hiding or deleting, the review flagged, and contact only through the ' +
      "marketplace's messages (no e-mail or phone number under the review).",
  },
  group: {
    sources: [dsa],
    checked,
    note: 'Someone else runs the group: the owner can reply and report (to the admins or the platform), nothing else.',
  },
  other: {
    sources: [dsa],
    checked,
    note: 'Unknown platform: the most cautious capabilities (one reply, no private messages, no moderation tools, a report).',
  },
};

/** The place a platform implies (Google, review sites, marketplaces: a review; a group: someone else's space). */
export function impliedPlace(platform: PlatformId | undefined): PlaceId | undefined {
  if (!platform) return undefined;
  const places = platformCapabilities[platform].places;
  return places.length === 1 ? places[0] : undefined;
}

/**
 * What the owner can do at this place: moderation tools only work on the owner's own page (on a
 * review or someone else's page you cannot delete, hide, restrict or block).
 */
export function capabilitiesAt(platform: PlatformId, place: PlaceId): PlatformCapabilities {
  const c = platformCapabilities[platform];
  if (place === 'own') return c;
  return {
    ...c,
    hide: false,
    hiddenStillReportable: false,
    delete: false,
    restrict: false,
    block: false,
  };
}
