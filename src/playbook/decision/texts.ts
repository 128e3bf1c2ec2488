// The shape of the wizard's texts per locale (content/wizard/<locale>/texts.json and drafts.json).
// Types, key lists and the small helpers around the payloads: the zod schema that checks the files
// lives in content-schema.ts, so the browser bundle never carries zod; a fetched payload gets only
// the light shape check below.
import type { QuestionId } from './questions';
import { draftSections, registers, type StepId } from './steps';
import type { WizardDrafts, WizardTexts } from './content-schema';
import { isObject } from './json';
import { timePatterns, type TimePatterns } from './timing';
import { stepGuides } from './step-guides';

export type { WizardDrafts, WizardTexts };

export const wizardUiKeys = [
  'pasteLabel',
  'pasteHelp',
  'suggest',
  'skip',
  'readFailed',
  'suggestedMark',
  'checkTitle',
  'checkHelp',
  'threatAsk',
  'threatYes',
  'confirm',
  'openTitle',
  'openHelp',
  'deleteIncident',
  'incidentOf',
  'incidentDeleted',
  'stepsTitle',
  'remembered',
  'intro',
  'privacy',
  'noJsNote',
  'progress',
  'back',
  'restart',
  'summaryTitle',
  'change',
  'planTitle',
  'optional',
  'guideLink',
  'pause',
  'pauseQuiet',
  'noReply',
  'copyLink',
  'linkCopied',
  'timeTitle',
  'target',
  'targetReview',
  'targetPraise',
  'targetLate',
  'postedLabel',
  'postedHelp',
  'postedInvalid',
  'leftTarget',
  'leftLatest',
  'overdue',
  'overdueNoWait',
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

/** The countries a language serves (country.ts): their names, safety notices and law links. */
export type CountryTexts = WizardTexts['country'];

/**
 * A step's title and explanation; where a platform names the tool in its own words (Instagram's
 * Restrict) or works differently (one owner reply on Google), a text for that platform replaces it.
 * `discreet`, on a sensitive matter, for every platform: says what to leave out.
 */
export type StepTexts = WizardTexts['steps'][StepId];

/**
 * What the wizard page itself carries: the texts of the first screen, and only the steps' titles.
 * The steps' explanations come with the drafts from `/<locale>/wizard/drafts.json` when a plan is
 * shown, which keeps the page's HTML small (first paint).
 */
export type WizardPageTexts = Pick<WizardTexts, 'ui' | 'questions' | 'country'> & {
  /** Each step's title, and the slug of the guide page that explains it (step-guides.ts). */
  steps: Record<StepId, { title: string; guide: string }>;
  /** The time words compiled to patterns here, at build time (timing.ts). */
  time: TimePatterns;
};

/** A locale's drafts.json: its drafts and its steps' explanations. */
export type DraftsPayload = WizardDrafts & { steps: Record<StepId, Omit<StepTexts, 'title'>> };

export function pageTexts({ ui, questions, time, country, steps }: WizardTexts): WizardPageTexts {
  return {
    ui,
    questions,
    time: timePatterns(time),
    country,
    steps: Object.fromEntries(
      Object.entries(steps).map(([id, s]) => [
        id,
        { title: s.title, guide: stepGuides[id as StepId] },
      ]),
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

/** What an answer says in the locale's texts (the answers of a question are keyed by their ids). */
export const answerLabel = (
  questions: Pick<WizardTexts['questions'], QuestionId>,
  q: QuestionId,
  value: string,
): string => (questions[q].answers as Record<string, string>)[value]!;

/**
 * Checks reply drafts fetched for another language (`/<lang>/wizard/drafts.json`): the build
 * validated them, but a stale cache or a broken proxy could still hand us anything.
 */
export function draftsPayloadOk(data: unknown): boolean {
  if (!isObject(data) || !isObject(data.gaps)) return false;
  const list = (v: unknown) =>
    Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string');
  return registers.every((r) => {
    const reg = data[r];
    return (
      isObject(reg) &&
      list(reg.greeting) &&
      list(reg.closing) &&
      list(reg.wait) &&
      // Each section of a register and the step ids it must hold a wording for (steps.ts).
      Object.entries(draftSections).every(([key, ids]: [string, readonly StepId[]]) => {
        const section = reg[key];
        return isObject(section) && ids.every((id) => list(section[id]));
      })
    );
  });
}
