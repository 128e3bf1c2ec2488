// The emoji the generator adds when asked. Language-independent, so not in content/. Each is one
// code point with emoji presentation by default: no variation selector that could render as text
// on one phone and as emoji on another, and X counts each as exactly 2. Friendly signs, no "🚫":
// the rules read as a welcome, not as a ban.
import type { ContactKind } from './ids';

export const emoji = {
  welcome: '💬',
  contact: { dm: '📩', email: '📧', phone: '📞', link: '🔗' } satisfies Record<ContactKind, string>,
  respect: '🤝',
  rules: '🧹',
  /** A single rule is said as a welcome with one wish (rulesOne): a smile, not a broom. */
  rulesOne: '😊',
  replyTime: '⏰',
  pointer: '📌',
  title: '📌',
  bullet: '👉',
} as const;
