// The steps a plan can contain. Ids are a public contract (`data-step="<id>"` on the page); each
// step names the guide page it comes from and whether the user writes a message for it (those
// steps get reply drafts in every locale and register).

export type StepKind = 'prepare' | 'public' | 'private' | 'moderate' | 'report';

export interface StepInfo {
  kind: StepKind;
  /** Slug of the guide page that explains the step (same slug in every locale). */
  guide: string;
  writesMessage: boolean;
}

export const steps = {
  'cool-down': { kind: 'prepare', guide: 'rude-and-excessive', writesMessage: false },
  'reply-public': { kind: 'public', guide: 'justified-criticism', writesMessage: true },
  apologize: { kind: 'public', guide: 'justified-criticism', writesMessage: true },
  'offer-fix': { kind: 'public', guide: 'justified-criticism', writesMessage: true },
  'promise-improvement': { kind: 'public', guide: 'justified-criticism', writesMessage: true },
  'correct-facts': { kind: 'public', guide: 'moderation', writesMessage: true },
  // Sympathy without an admission, for health, injury, food safety, children or legal claims.
  'show-concern': { kind: 'public', guide: 'taking-it-private', writesMessage: true },
  // The one calm reply to a review of a visit that did not happen: no accusation.
  'no-record': { kind: 'public', guide: 'moderation', writesMessage: true },
  'ask-private': { kind: 'public', guide: 'taking-it-private', writesMessage: true },
  'continue-private': { kind: 'private', guide: 'taking-it-private', writesMessage: true },
  'follow-up-public': { kind: 'public', guide: 'taking-it-private', writesMessage: true },
  'invite-offline': { kind: 'public', guide: 'rude-and-excessive', writesMessage: true },
  'light-humor': { kind: 'public', guide: 'rude-and-excessive', writesMessage: true },
  document: { kind: 'prepare', guide: 'trolls-and-abuse', writesMessage: false },
  monitor: { kind: 'prepare', guide: 'listening', writesMessage: false },
  'support-staff': { kind: 'prepare', guide: 'trolls-and-abuse', writesMessage: false },
  'get-advice': { kind: 'prepare', guide: 'law', writesMessage: false },
  restrict: { kind: 'moderate', guide: 'moderation', writesMessage: false },
  warn: { kind: 'moderate', guide: 'trolls-and-abuse', writesMessage: true },
  block: { kind: 'moderate', guide: 'trolls-and-abuse', writesMessage: false },
  delete: { kind: 'moderate', guide: 'moderation', writesMessage: false },
  hide: { kind: 'moderate', guide: 'moderation', writesMessage: false },
  'hide-duplicates': { kind: 'moderate', guide: 'moderation', writesMessage: false },
  'remove-personal-data': { kind: 'moderate', guide: 'trolls-and-abuse', writesMessage: false },
  'notify-rules-private': { kind: 'private', guide: 'community-rules', writesMessage: true },
  'state-rules-public': { kind: 'public', guide: 'community-rules', writesMessage: true },
  'report-platform': { kind: 'report', guide: 'trolls-and-abuse', writesMessage: false },
  'contact-police': { kind: 'report', guide: 'law', writesMessage: false },
  escalate: { kind: 'prepare', guide: 'speed-and-escalation', writesMessage: false },
  'keep-answering': { kind: 'public', guide: 'speed-and-escalation', writesMessage: true },
  'answer-elsewhere': { kind: 'public', guide: 'listening', writesMessage: false },
  'flag-review': { kind: 'report', guide: 'moderation', writesMessage: false },
  thank: { kind: 'public', guide: 'kinds-of-comments', writesMessage: true },
} as const satisfies Record<string, StepInfo>;

export type StepId = keyof typeof steps;
export const stepIds = Object.keys(steps) as StepId[];
export const messageStepIds = stepIds.filter((id) => steps[id].writesMessage);

export const registers = ['formal', 'informal'] as const;
export type Register = (typeof registers)[number];
