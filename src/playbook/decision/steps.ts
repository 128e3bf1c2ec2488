// The one record of a step: everything the wizard knows about a step apart from where the plan puts
// it (plan.ts), its words (content/wizard/<locale>/) and its guide page (step-guides.ts). Ids are a public contract
// (`data-step="<id>"` on the page). Composing (compose.ts), the drafts schema (content-schema.ts)
// and the check of fetched drafts (texts.ts) read this table, so a new step is one row here, its
// line in plan.ts, its guide page and its texts; the compiler and the schema name whatever else is missing.
export { registers, type Register } from '../../i18n/registers';

export type StepKind = 'prepare' | 'public' | 'private' | 'moderate' | 'report';

/**
 * Where a step's words go. `public`: the reply under the comment. `everyone`: a comment of its own
 * for everyone joining in when a complaint spreads – not part of the reply to the one person.
 * `private`: the message in the private channel. `later`: the public update once it is solved –
 * posted (or edited into a review reply) after the private talk, never together with the first reply.
 */
export type Channel = 'public' | 'everyone' | 'private' | 'later';
export const channels: readonly Channel[] = ['public', 'everyone', 'private', 'later'];

/**
 * Wordings a writing step has besides its usual one (drafts.json sections of the same name).
 * `discreet`: the comment touches health, an injury, a child or a legal claim – the words say that
 * it was answered in private and nothing about what was done. `partly`: the complaint is partly
 * right – the apology owns the part that is right, not the whole.
 */
export type Wording = 'discreet' | 'partly';

/** A step the user only does: no words, so nothing about words. */
interface ActRow {
  kind: StepKind;
  writesMessage: false;
  channel?: undefined;
  audience?: undefined;
  replaces?: undefined;
  wordings?: undefined;
  waits?: undefined;
}

/** A step the user writes for: it has drafts in every locale and register. */
interface SayRow<Id extends string> {
  kind: StepKind;
  writesMessage: true;
  /** Where its words go. */
  channel: Channel;
  /**
   * Who its words speak to: the person who wrote (when not given), or everyone reading. A message
   * of parts that all speak to everyone opens with no personal greeting.
   */
  audience?: 'person' | 'everyone';
  /** Parts it replaces when both are in the plan (they would say the same twice). */
  replaces?: readonly Id[];
  /** Its wordings besides the usual one. */
  wordings?: readonly Wording[];
  /**
   * Where the platform's replies must be short, its words start left out of the public reply:
   * they can wait for the private conversation that follows ("other wording" brings them in).
   */
  waits?: true;
}

type StepRow<Id extends string> = ActRow | SayRow<Id>;

// Checks every row against the table's own ids, so a typo in `replaces` does not compile.
const table = <const T extends Record<string, StepRow<string>>>(
  t: T & { [K in keyof T]: StepRow<keyof T & string> },
): T => t;

// Written out with two helpers, not as repeated object literals: this table ships to the browser.
const say = <const C extends Channel, const M extends object = {}>(
  kind: StepKind,
  channel: C,
  more: M = {} as M,
) => ({ kind, writesMessage: true as const, channel, ...more });
const act = (kind: StepKind) => ({ kind, writesMessage: false as const });

const rows = {
  'cool-down': act('prepare'),
  'reply-public': say('public', 'public'),
  apologize: say('public', 'public', { wordings: ['partly'] }),
  'offer-fix': say('public', 'public'),
  'promise-improvement': say('public', 'public'),
  // Partly right: the correction comes first and in neutral words, so no excuse follows the apology.
  'correct-facts': say('public', 'public', { wordings: ['partly'] }),
  // Sympathy without an admission, for health, injury, food safety, children or legal claims. It
  // restates nothing in public, so the usual opening that restates the problem and the invitation
  // to talk go; the way to get in touch follows it (the platform's messages where there are any).
  'show-concern': say('public', 'public', {
    replaces: ['reply-public', 'invite-offline'],
  }),
  // An injury or food: the locale's get-well words open the reply (they admit nothing).
  'wish-well': say('public', 'public'),
  // The one calm reply to a review of a visit that did not happen: no accusation, and nothing about
  // what is or is not in the records about the person. Discreet: neither confirms nor denies a visit.
  'no-record': say('public', 'public', { wordings: ['discreet'] }),
  // The detail needed, asked for only where solving it needs personal data; in a short reply it
  // waits for the private conversation (every plan that asks for it has one).
  'ask-details': say('public', 'public', { waits: true }),
  // The way to a private channel: the business's contact where the platform carries no message …
  'ask-private': say('public', 'public'),
  // … and the platform's own private messages where it does (a marketplace allows nothing else).
  'ask-message': say('public', 'public'),
  // Health: the person is reached from the business's own records, never asked in public.
  'call-back': act('private'),
  // The real-world steps of a sensitive matter: off sale, the supplier, the authority; the food checks.
  'product-safety': act('prepare'),
  'food-safety': act('prepare'),
  // A group or forum someone else runs: its admins can pin, correct or remove.
  'ask-admins': act('report'),
  // Mockery on someone else's video or post: a calm word on your own channel, not a fight under theirs.
  'answer-own-channel': act('public'),
  'continue-private': say('private', 'private'),
  'follow-up-public': say('public', 'later', {
    audience: 'everyone',
    wordings: ['discreet'],
  }),
  'invite-offline': say('public', 'public'),
  'light-humor': say('public', 'public'),
  document: act('prepare'),
  monitor: act('prepare'),
  'support-staff': act('prepare'),
  'get-advice': act('prepare'),
  restrict: act('moderate'),
  // Moderation that speaks to the person alone: a troll's warning is never posted in public.
  warn: say('moderate', 'private'),
  block: act('moderate'),
  delete: act('moderate'),
  hide: act('moderate'),
  'hide-duplicates': act('moderate'),
  'remove-personal-data': act('moderate'),
  'notify-rules-private': say('private', 'private'),
  'state-rules-public': say('public', 'public', { audience: 'everyone' }),
  'report-platform': act('report'),
  'contact-police': act('report'),
  escalate: act('prepare'),
  // Words for the crowd when a complaint spreads: pasted into the reply, they would read as a speech.
  'keep-answering': say('public', 'everyone', { audience: 'everyone' }),
  'answer-elsewhere': act('public'),
  'flag-review': act('report'),
  // An insulting review the portal keeps after the flag: one calm reply that stands by the team.
  'answer-insult': say('public', 'public'),
  thank: say('public', 'public'),
};
export const steps = table(rows);

export type StepId = keyof typeof steps;
export type StepInfo = StepRow<StepId>;
export const stepIds = Object.keys(steps) as StepId[];

type Row<K extends StepId> = (typeof steps)[K];
export type MessageStepId = {
  [K in StepId]: Row<K>['writesMessage'] extends true ? K : never;
}[StepId];
/** The steps with wording `W`. */
type StepsWith<W extends Wording> = {
  [K in StepId]: Row<K> extends { wordings: readonly (infer X)[] }
    ? W extends X
      ? K
      : never
    : never;
}[StepId];

export const messageStepIds = stepIds.filter((id) => steps[id].writesMessage) as MessageStepId[];
const stepsWith = <W extends Wording>(w: W) =>
  stepIds.filter((id) => (steps[id] as StepInfo).wordings?.includes(w)) as StepsWith<W>[];

/**
 * The sections of a register's drafts and the steps each holds a wording for: `parts` the usual
 * wording of every writing step, then one section per special wording. The drafts schema, its type,
 * its gap check and the check of fetched drafts all walk this.
 */
export const draftSections = {
  parts: messageStepIds,
  discreet: stepsWith('discreet'),
  partly: stepsWith('partly'),
} satisfies Record<'parts' | Wording, readonly StepId[]>;
