// The shape of the wizard's texts per locale (content/wizard/<locale>/texts.json and drafts.json).
// Types, key lists and the small helpers around the payloads: the zod schema that checks the files
// lives in content-schema.ts, so the browser bundle never carries zod; a fetched payload gets only
// the light shape check below.
import type { AnswerOf, QuestionId } from './questions';
import { registers, type Register, type StepId } from './steps';
import type { GapLabels } from './gaps';
import { discreetStepIds, partlyStepIds, type RegisterDrafts } from './compose';
import type { PlatformId } from './platforms';
import type { TimeWords } from './timing';
import type { Country, SpellingRule } from './country';

export const wizardUiKeys = [
  'intro',
  'privacy',
  'noJsNote',
  'progress',
  'next',
  'back',
  'restart',
  'chooseFirst',
  'summaryTitle',
  'change',
  'planTitle',
  'planIntro',
  'optional',
  'guideLink',
  'pause',
  'pauseQuiet',
  'safety',
  'noReply',
  'copyLink',
  'linkCopied',
  'timeTitle',
  'target',
  'targetReview',
  'targetLate',
  'postedLabel',
  'postedHelp',
  'postedInvalid',
  'leftTarget',
  'leftLatest',
  'overdue',
  'leftDeadline',
  'leftLate',
  'replyLang',
  'register',
  'formal',
  'informal',
  'gapsLegend',
  'channelPublic',
  'channelPrivate',
  'channelLater',
  'channelPublicHelp',
  'channelPrivateHelp',
  'channelLaterHelp',
  'channelEveryone',
  'channelEveryoneHelp',
  'inReply',
  'swap',
  'partGreeting',
  'partClosing',
  'partWait',
  'partsLegend',
  'stillEmpty',
  'copy',
  'copyAnyway',
  'copied',
  'copyFallback',
  'gapWarning',
  'draftsLoading',
  'draftsFailed',
  'clearTyped',
  'cleared',
  'storageDamaged',
  'droppedNotice',
  'incidentTitle',
  'incidentCopy',
  'formatLegend',
  'formatText',
  'formatMarkdown',
  'incidentHeading',
  'incidentAnswers',
  'incidentPlan',
  'incidentTimes',
  'incidentPosted',
  'incidentCreated',
  'tableTitle',
  'tableIntro',
  'tableComment',
  'modifiersTitle',
  'modUpset',
  'modSpreading',
  'modPrivate',
  'modNotFixable',
] as const;

type WizardUiKey = (typeof wizardUiKeys)[number];

interface QuestionTexts<Q extends QuestionId = QuestionId> {
  label: string;
  help: string;
  answers: Record<AnswerOf<Q>, string>;
}

export interface WizardTexts {
  page: { title: string; description: string };
  ui: Record<WizardUiKey, string>;
  questions: { [Q in QuestionId]: QuestionTexts<Q> };
  steps: Record<StepId, StepTexts>;
  /** The words the posting-time field understands in this locale. */
  time: TimeWords;
  /** The countries this language serves (country.ts): their names, safety notices and law links. */
  country: CountryTexts;
}

export interface CountryTexts {
  label: string;
  help: string;
  names: Partial<Record<Country, string>>;
  /** The safety notice with that country's emergency number. */
  safety: Partial<Record<Country, string>>;
  /** The link to the law page's section for that country. */
  lawLink: Partial<Record<Country, string>>;
}

/**
 * A step's title and explanation; where a platform names the tool in its own words (Instagram's
 * Restrict) or works differently (one owner reply on Google), a text for that platform replaces it.
 */
export interface StepTexts {
  title: string;
  text: string;
  byPlatform?: Partial<Record<PlatformId, string>>;
  /** On a sensitive matter (DESIGN invariant 18), for every platform: says what to leave out. */
  discreet?: string;
}

/**
 * One locale's reply drafts: the gap labels (one per gap id), and per register the greetings,
 * sign-offs and each writing step's part, every one with alternatives, written to read as one
 * message when composed (compose.ts).
 */
export type WizardDrafts = {
  gaps: GapLabels;
  /** How some countries spell this language differently (country.ts). */
  spelling?: SpellingRule[];
} & Record<Register, RegisterDrafts>;

/**
 * What the wizard page itself carries: the texts of the first screen, and only the steps' titles.
 * The steps' explanations come with the drafts from `/<locale>/wizard/drafts.json` when a plan is
 * shown, which keeps the page's HTML small (first paint).
 */
export type WizardPageTexts = Pick<WizardTexts, 'ui' | 'questions' | 'time' | 'country'> & {
  steps: Record<StepId, { title: string }>;
};

/** A locale's drafts.json: its drafts and its steps' explanations. */
export type DraftsPayload = WizardDrafts & { steps: Record<StepId, Omit<StepTexts, 'title'>> };

export function pageTexts({ ui, questions, time, country, steps }: WizardTexts): WizardPageTexts {
  return {
    ui,
    questions,
    time,
    country,
    steps: Object.fromEntries(
      Object.entries(steps).map(([id, s]) => [id, { title: s.title }]),
    ) as WizardPageTexts['steps'],
  };
}

export function draftsPayload(texts: WizardTexts, drafts: WizardDrafts): DraftsPayload {
  const steps = Object.fromEntries(
    Object.entries(texts.steps).map(([id, { title: _, ...rest }]) => [id, rest]),
  );
  return { ...drafts, steps: steps as DraftsPayload['steps'] };
}

export { format } from '../../i18n/format';

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks reply drafts fetched for another language (`/<lang>/wizard/drafts.json`): the build
 * validated them, but a stale cache or a broken proxy could still hand us anything.
 */
export function draftsPayloadOk(data: unknown, messageSteps: readonly string[]): boolean {
  if (!isObject(data) || !isObject(data.gaps)) return false;
  const list = (v: unknown) =>
    Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string');
  // Each section of a register and the step ids it must hold a wording for.
  const sections: Record<string, readonly string[]> = {
    parts: messageSteps,
    discreet: discreetStepIds,
    partly: partlyStepIds,
  };
  return registers.every((r) => {
    const reg = data[r];
    return (
      isObject(reg) &&
      list(reg.greeting) &&
      list(reg.closing) &&
      Object.entries(sections).every(([key, ids]) => {
        const section = reg[key];
        return isObject(section) && ids.every((id) => list(section[id]));
      })
    );
  });
}
