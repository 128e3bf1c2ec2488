// The kinds of contact a platform allows: no "DM us" where there are no private messages
// (YouTube). A link or a stored state that asks for one there gets e-mail instead; what was typed
// stays in its field, and the page says why.
import { hasPrivateMessages } from '../private-messages';
import { contactKinds, type ContactKind, type PlatformId } from './ids';

export function contactKindsOn(platform: PlatformId): readonly ContactKind[] {
  // contactKinds starts with 'dm'.
  return hasPrivateMessages(platform) ? contactKinds : contactKinds.slice(1);
}

/** The chosen contact kind, or e-mail for a DM where the platform has no messages. */
export function contactOn(platform: PlatformId, contact: ContactKind): ContactKind {
  return contactKindsOn(platform).includes(contact) ? contact : 'email';
}
