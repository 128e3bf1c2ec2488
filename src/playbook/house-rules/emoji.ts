// The emoji the generator adds when asked. Language-independent, so not in content/. Each is one
// code point with emoji presentation by default: no variation selector that could render as text
// on one phone and as emoji on another, and X counts each as exactly 2.
import type { ContactKind } from './ids';

export const emoji = {
  welcome: '💬',
  contact: { dm: '📩', email: '📧', phone: '📞', link: '🔗' } satisfies Record<ContactKind, string>,
  rules: '🚫',
  consequences: '🛑',
  replyTime: '⏰',
  title: '📌',
  bullet: '👉',
} as const;
