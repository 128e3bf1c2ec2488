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

// Written out with two helpers, not as repeated object literals: this table ships to the browser.
const say = <K extends StepKind>(kind: K, guide: string) => ({
  kind,
  guide,
  writesMessage: true as const,
});
const act = <K extends StepKind>(kind: K, guide: string) => ({
  kind,
  guide,
  writesMessage: false as const,
});

export const steps = {
  'cool-down': act('prepare', 'rude-and-excessive'),
  'reply-public': say('public', 'justified-criticism'),
  apologize: say('public', 'justified-criticism'),
  'offer-fix': say('public', 'justified-criticism'),
  'promise-improvement': say('public', 'justified-criticism'),
  'correct-facts': say('public', 'moderation'),
  // Sympathy without an admission, for health, injury, food safety, children or legal claims.
  'show-concern': say('public', 'taking-it-private'),
  // The one calm reply to a review of a visit that did not happen: no accusation.
  'no-record': say('public', 'moderation'),
  'ask-private': say('public', 'taking-it-private'),
  'continue-private': say('private', 'taking-it-private'),
  'follow-up-public': say('public', 'taking-it-private'),
  'invite-offline': say('public', 'rude-and-excessive'),
  'light-humor': say('public', 'rude-and-excessive'),
  document: act('prepare', 'trolls-and-abuse'),
  monitor: act('prepare', 'listening'),
  'support-staff': act('prepare', 'trolls-and-abuse'),
  'get-advice': act('prepare', 'law'),
  restrict: act('moderate', 'moderation'),
  warn: say('moderate', 'trolls-and-abuse'),
  block: act('moderate', 'trolls-and-abuse'),
  delete: act('moderate', 'moderation'),
  hide: act('moderate', 'moderation'),
  'hide-duplicates': act('moderate', 'moderation'),
  'remove-personal-data': act('moderate', 'trolls-and-abuse'),
  'notify-rules-private': say('private', 'community-rules'),
  'state-rules-public': say('public', 'community-rules'),
  'report-platform': act('report', 'trolls-and-abuse'),
  'contact-police': act('report', 'law'),
  escalate: act('prepare', 'speed-and-escalation'),
  'keep-answering': say('public', 'speed-and-escalation'),
  'answer-elsewhere': act('public', 'listening'),
  'flag-review': act('report', 'moderation'),
  thank: say('public', 'kinds-of-comments'),
} satisfies Record<string, StepInfo>;

export type StepId = keyof typeof steps;
export const stepIds = Object.keys(steps) as StepId[];
export const messageStepIds = stepIds.filter((id) => steps[id].writesMessage);

export const registers = ['formal', 'informal'] as const;
export type Register = (typeof registers)[number];
