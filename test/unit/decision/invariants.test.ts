// The invariants 1–22 of src/playbook/decision/README.md over EVERY complete combination of answers,
// every platform included, asking only relevant questions. If a question, an answer or a platform
// is added, the count below changes on purpose: look at the new plans before updating it.
import { describe, expect, it } from 'vitest';
import {
  isRealComplaint,
  isRemovedProfanity,
  placeOf,
  type Answers,
} from '../../../src/playbook/decision/questions';
import { planCapabilities, resolvePlan, type PlanStep } from '../../../src/playbook/decision/plan';
import { platformIds } from '../../../src/playbook/decision/platforms';
import { stepIds, steps, type StepId } from '../../../src/playbook/decision/steps';
import { responseTarget } from '../../../src/playbook/decision/timing';
import { channelOf, composePlan } from '../../../src/playbook/decision/compose';
import { localeCodes } from '../../../src/i18n/locales';
import { registers } from '../../../src/playbook/decision/steps';
import type { WizardDrafts, WizardTexts } from '../../../src/playbook/decision/texts';
import { readFileSync } from 'node:fs';
import { everyPlanCase } from '../../support/plans';

const cases = everyPlanCase();
const combos = cases.map((c) => c.answers);
// Since issue 16 (rumour, concern, marketplace, staff for complaints) and a threat that no longer
// asks for the mood (nothing in its plan waits for a pause).
// A true rumour no longer asks whether it can be fixed (its writer is offered nothing): 168 fewer.
const COMBINATIONS = 18535;

const ids = (plan: PlanStep[]) => plan.map((s) => s.id);
const has = (plan: PlanStep[], id: StepId) => plan.some((s) => s.id === id);
const at = (plan: PlanStep[], id: StepId) => plan.findIndex((s) => s.id === id);
const label = (a: Answers) => new URLSearchParams(a as Record<string, string>).toString();
const complaintKinds = ['complaint', 'heated', 'excessive'];
const attackKinds = (a: Answers) =>
  a.kind === 'troll' ||
  a.kind === 'fake' ||
  ['profanity', 'insult', 'hate', 'threat'].includes(a.abuse ?? '');
/** A message others read: every public writing step, and the warning. */
const writesPublic = (s: PlanStep) => s.writesMessage && s.kind === 'public';
const reports = (s: PlanStep) => s.id === 'report-platform' || s.id === 'flag-review';

/** Runs a check over every case and reports every failing combination with its plan. */
function everyPlan(
  check: (a: Answers, plan: PlanStep[]) => string | undefined,
  only: (a: Answers) => boolean = () => true,
) {
  const failures = cases
    .filter(({ answers }) => only(answers))
    .flatMap(({ answers, plan }) => {
      const why = check(answers, plan);
      return why ? [`${label(answers)}: ${why} [${ids(plan).join(', ')}]`] : [];
    });
  expect(failures.slice(0, 20)).toEqual([]);
}

describe(`the plan over all ${COMBINATIONS} answer combinations`, () => {
  it(`enumerates exactly ${COMBINATIONS} distinct complete combinations, every platform included`, () => {
    expect(combos.length).toBe(COMBINATIONS);
    expect(new Set(combos.map(label)).size).toBe(COMBINATIONS);
    for (const p of platformIds)
      expect(
        combos.some((a) => a.platform === p),
        p,
      ).toBe(true);
  });

  it('gives every combination a non-empty plan of known, distinct steps with the catalogue data', () => {
    everyPlan((a, plan) => {
      if (plan.length === 0) return 'empty plan';
      if (new Set(ids(plan)).size !== plan.length) return 'a step appears twice';
      const bad = plan.find(
        (s) => !stepIds.includes(s.id) || s.writesMessage !== steps[s.id].writesMessage,
      );
      if (bad) return `step ${bad.id} does not match the catalogue`;
      return plan.every((s) => s.platform === (a.platform ?? 'other'))
        ? undefined
        : 'step made for another platform';
    });
  });

  it('invariant 1: no removal of a complaint – never deletes or hides a complaint, heated or excessive comment (R22)', () => {
    everyPlan((a, plan) =>
      complaintKinds.includes(a.kind!) &&
      (has(plan, 'delete') || has(plan, 'hide') || has(plan, 'remove-personal-data'))
        ? 'removes a complaint'
        : undefined,
    );
  });

  it('invariant 2: no silence on a complaint – always answers a complaint, heated or excessive comment in public (R23)', () => {
    everyPlan((a, plan) =>
      complaintKinds.includes(a.kind!) && !has(plan, 'reply-public')
        ? 'no reply-public'
        : undefined,
    );
  });

  it('invariant 3: private between two public steps – continues privately only between a public step and a public follow-up (R18), unless the comment was removed', () => {
    everyPlan((a, plan) => {
      const i = at(plan, 'continue-private');
      if (i < 0 || isRemovedProfanity(a)) return undefined;
      const before = plan
        .slice(0, i)
        .some((s) => s.id === 'reply-public' || s.id === 'ask-private');
      const after = plan.slice(i + 1).some((s) => s.id === 'follow-up-public');
      return before && after ? undefined : 'continue-private not framed by public steps';
    });
  });

  it('invariant 4: evidence first – troll, insult, hate, threat, fake, profanity: evidence first, before any restrict, warn, block, removal or report', () => {
    const acts: StepId[] = [
      'restrict',
      'warn',
      'block',
      'delete',
      'hide',
      'remove-personal-data',
      'report-platform',
      'flag-review',
    ];
    everyPlan((a, plan) => {
      const doc = at(plan, 'document');
      if (doc < 0) return 'no document step';
      const early = plan.slice(0, doc).find((s) => acts.includes(s.id));
      return early ? `${early.id} before document` : undefined;
    }, attackKinds);
  });

  it('invariant 5: threats and hate are reported – reports threats to the platform and the police; states the rules publicly and reports hate (R15)', () => {
    everyPlan((a, plan) => {
      const reported = plan.some((s) => reports(s) && !s.optional);
      if (a.abuse === 'threat' && !(reported && has(plan, 'contact-police')))
        return 'threat not reported';
      if (a.abuse === 'hate' && !(has(plan, 'state-rules-public') && reported))
        return 'hate not answered and reported';
      return undefined;
    });
  });

  it('invariant 6: profanity: rules before removal – profanity: tells the rules privately before removing, and still answers the substance (R14)', () => {
    everyPlan(
      (a, plan) => {
        const notify = at(plan, 'notify-rules-private');
        const removal = [at(plan, 'delete'), at(plan, 'hide')].filter((i) => i >= 0);
        if (removal.length && (notify < 0 || removal.some((i) => i < notify)))
          return 'removed before notify-rules-private';
        return has(plan, 'continue-private') || has(plan, 'reply-public')
          ? undefined
          : 'substance not answered';
      },
      (a) => a.abuse === 'profanity',
    );
  });

  it('invariant 7: a troll gets no public reply – trolls: start quiet, never a public reply; own page: quiet tools → warn → block, the warning before any block (R12, R13)', () => {
    everyPlan(
      (a, plan) => {
        if (plan.some(writesPublic)) return 'troll gets a public reply';
        if (!has(plan, 'monitor') || !has(plan, 'document'))
          return 'troll not monitored and documented';
        const firstAct = plan.find((s) => s.kind !== 'prepare');
        if (
          firstAct &&
          ![
            'restrict',
            'hide',
            'warn',
            'report-platform',
            'flag-review',
            'delete',
            'block',
            'answer-own-channel',
          ].includes(firstAct.id)
        )
          return `starts loud with ${firstAct.id}`;
        const can = planCapabilities(a);
        if (placeOf(a) === 'own') {
          const warn = at(plan, 'warn');
          // The warning goes privately, so only where the platform carries a private message.
          if (warn >= 0 !== can.messageAuthor)
            return warn < 0
              ? 'no private warning where the platform allows one'
              : 'a warning where no private message is possible';
          if (warn < 0) return undefined;
          if (can.restrict && !has(plan, 'restrict')) return 'platform’s quiet tool left out';
          const quiet = [at(plan, 'restrict'), at(plan, 'hide')].filter((i) => i >= 0);
          if (quiet.some((i) => i > warn) || at(plan, 'monitor') > (quiet[0] ?? warn))
            return 'quiet tools not before the warning';
          if (has(plan, 'block') && at(plan, 'block') < warn) return 'block before the warning';
        } else {
          if (has(plan, 'warn') || has(plan, 'block')) return 'moderates a page we do not own';
          const report = plan.find(reports);
          if (report && !report.optional)
            return 'troll reported as a must where no rule may be broken';
        }
        return undefined;
      },
      (a) => a.kind === 'troll',
    );
  });

  it('invariant 8: a pause first – heated or upset: cool-down first, at least 10 minutes (R6); for a threat, only after safety, evidence and the police', () => {
    everyPlan((a, plan) => {
      const needs = a.kind === 'heated' || a.mood === 'upset';
      const i = at(plan, 'cool-down');
      if (!needs) return i >= 0 ? 'cool-down without reason' : undefined;
      if (i < 0) return 'no cool-down';
      if (a.abuse === 'threat') {
        if (i < at(plan, 'contact-police')) return 'pause before the police';
        return plan.slice(0, i).some((s) => s.writesMessage)
          ? 'something written before the pause'
          : undefined;
      }
      if (i !== 0) return 'cool-down is not first';
      const pause = plan[0].pauseMinutes ?? Infinity;
      return pause >= 10 && pause < responseTarget.firstMinutes
        ? undefined
        : `pause ${pause} is not 10 minutes or more`;
    });
    // A late calm reply beats a fast angry one: the plan takes no clock, so time never shrinks the pause.
  });

  it('invariant 9: spreading is escalated – spreading: escalates, and keeps answering wherever the comment is a real complaint (R24, R29)', () => {
    everyPlan((a, plan) => {
      if (a.spreading !== 'yes')
        return has(plan, 'escalate') || has(plan, 'keep-answering') || has(plan, 'hide-duplicates')
          ? 'escalates without spreading'
          : undefined;
      if (!has(plan, 'escalate')) return 'no escalate';
      return isRealComplaint(a) && !has(plan, 'keep-answering') ? 'stops answering' : undefined;
    });
  });

  it('invariant 10: excessive: an invitation to talk – excessive: invites offline; light humour only as an option for a non-constructive comment (R8, R10, R21)', () => {
    everyPlan((a, plan) => {
      // On a marketplace the invitation goes through its own messages (no contact under a review).
      const invitation = a.platform === 'marketplace' ? 'ask-message' : 'invite-offline';
      if (a.kind === 'excessive' && !has(plan, invitation)) return `no ${invitation}`;
      const humor = plan.find((s) => s.id === 'light-humor');
      if (
        humor &&
        !(
          humor.optional &&
          a.kind === 'excessive' &&
          a.validity === 'unjustified' &&
          a.sensitive !== 'yes'
        )
      )
        return 'light-humor where it does not belong';
      // Before the invitation: after the contact line a joke reads as a parting shot.
      if (humor && plan.indexOf(humor) > plan.findIndex((s) => s.id === invitation))
        return 'light-humor after the invitation';
      return undefined;
    });
  });

  it('invariant 11: only what the place allows – review sites and other people’s pages: no moderation, no private notice; flag a review, report elsewhere; answer where it stands (R32)', () => {
    const ownOnly: StepId[] = [
      'delete',
      'hide',
      'block',
      'restrict',
      'warn',
      'notify-rules-private',
      'hide-duplicates',
    ];
    everyPlan(
      (a, plan) => {
        const place = placeOf(a);
        if (place === 'own')
          return has(plan, 'answer-elsewhere') || has(plan, 'flag-review')
            ? 'elsewhere-steps on the own page'
            : undefined;
        const bad = plan.find((s) => ownOnly.includes(s.id));
        if (bad) return `${bad.id} on a page we do not own`;
        if (has(plan, 'flag-review') && place !== 'review') return 'flag-review outside a review';
        if (has(plan, 'report-platform') && place === 'review')
          return 'report-platform on a review (flag it)';
        const rulesMayBeBroken = a.kind === 'abusive' || a.kind === 'troll' || a.kind === 'fake';
        if (plan.some(reports) && !rulesMayBeBroken) return 'reported without a broken rule';
        const first = plan.findIndex(writesPublic);
        if (first >= 0 && (!has(plan, 'answer-elsewhere') || at(plan, 'answer-elsewhere') > first))
          return 'not answered where it stands';
        return undefined;
      },
      (a) => placeOf(a) !== undefined,
    );
  });

  it('invariant 12: unjustified: corrected, not put down – unjustified: corrects the facts politely and publicly, never a put-down, and offers a private channel (R21, seed 003)', () => {
    everyPlan(
      (a, plan) => {
        const putDown = plan.find(
          (s) => ['warn', 'block'].includes(s.id) || (s.id === 'light-humor' && !s.optional),
        );
        if (putDown) return `${putDown.id} on an unjustified complaint`;
        if (isRemovedProfanity(a))
          return has(plan, 'continue-private') ? undefined : 'no private answer';
        if (a.sensitive !== 'yes') {
          const facts = plan.find((s) => s.id === 'correct-facts');
          if (!facts || facts.kind !== 'public') return 'facts not corrected in public';
        }
        return (has(plan, 'ask-private') ||
          has(plan, 'ask-message') ||
          has(plan, 'invite-offline')) &&
          has(plan, 'continue-private')
          ? undefined
          : 'no way to a private channel';
      },
      // A rumour is corrected where it stands, never moved private (invariant 22).
      (a) => a.validity === 'unjustified' && a.kind !== 'rumour',
    );
  });

  it('invariant 13: moderation in the order platforms allow – moderation in the order platforms allow: evidence → report → public line → private notice → removal → block', () => {
    const rank: Partial<Record<StepId, number>> = {
      document: 0,
      'report-platform': 1,
      'flag-review': 1,
      'state-rules-public': 2,
      'notify-rules-private': 3,
      delete: 4,
      hide: 4,
      'remove-personal-data': 4,
      block: 5,
    };
    everyPlan((a, plan) => {
      const can = planCapabilities(a);
      const chain = plan.filter(
        (s) => rank[s.id] !== undefined && !(s.id === 'hide' && can.hiddenStillReportable),
      );
      for (let i = 1; i < chain.length; i++) {
        if (rank[chain[i].id]! < rank[chain[i - 1].id]!)
          return `${chain[i].id} after ${chain[i - 1].id}`;
      }
      const block = at(plan, 'block');
      if (block >= 0 && plan.slice(block + 1).some((s) => s.writesMessage))
        return 'a message after the block';
      const removed = plan.findIndex(
        (s) =>
          s.id === 'delete' ||
          s.id === 'remove-personal-data' ||
          (s.id === 'hide' && !can.hiddenStillReportable),
      );
      if (removed >= 0 && plan.slice(removed + 1).some(reports))
        return 'a report after the removal';
      return undefined;
    });
  });

  it('invariant 14: a threat: out of sight before the police, nothing written – threat: evidence, then out of sight (hidden where still reportable, or reported and taken down) before the police; nothing written', () => {
    everyPlan(
      (a, plan) => {
        const doc = at(plan, 'document');
        const police = at(plan, 'contact-police');
        const report = plan.findIndex(reports);
        const hide = at(plan, 'hide');
        const removal = at(plan, 'remove-personal-data');
        if (!(doc === 0 && report > doc && removal > report && removal < police))
          return 'not evidence → report → take down → police';
        if (hide >= 0 && !(hide === doc + 1 && planCapabilities(a).hiddenStillReportable))
          return 'hidden where it can no longer be reported';
        return plan.some((s) => s.writesMessage) ? 'something written in a threat plan' : undefined;
      },
      (a) => a.abuse === 'threat',
    );
  });

  it('invariant 15: staff first – staff named or targeted: support-staff before anything public', () => {
    everyPlan(
      (a, plan) => {
        const support = at(plan, 'support-staff');
        if (support < 0) return 'no support-staff';
        const first = plan.findIndex(writesPublic);
        return first >= 0 && first < support ? 'public before support-staff' : undefined;
      },
      (a) => a.staff === 'yes',
    );
    everyPlan(
      (_, plan) =>
        has(plan, 'support-staff') ? 'support-staff without a named team member' : undefined,
      (a) => a.staff !== 'yes',
    );
    // A threat against a team member: they are told and kept safe before the police (they may be
    // the one who files the complaint).
    everyPlan(
      (_, plan) =>
        at(plan, 'support-staff') < at(plan, 'contact-police')
          ? undefined
          : 'police before the person threatened is told',
      (a) => a.staff === 'yes' && a.abuse === 'threat',
    );
    // Swearing in a review whose complaint is right: answered, never flagged away (de#m14).
    everyPlan(
      (_, plan) => (has(plan, 'flag-review') ? 'a genuine review flagged' : undefined),
      (a) =>
        a.abuse === 'profanity' &&
        ['justified', 'partly'].includes(a.validity ?? '') &&
        placeOf(a) === 'review',
    );
    // An insulting review: flagged; if the portal keeps it, one calm reply (de#M3e), never more.
    everyPlan(
      (_, plan) => {
        const reply = plan.find((s) => s.id === 'answer-insult');
        if (!reply?.optional) return 'no optional reply for when the portal keeps it';
        return at(plan, 'flag-review') < at(plan, 'answer-insult') &&
          plan.filter((s) => channelOf(s) === 'public').length === 1
          ? undefined
          : 'not one reply after the flag';
      },
      (a) => a.abuse === 'insult' && placeOf(a) === 'review',
    );
    // A troll going after a team member on the own page is reported where the platform can be told.
    everyPlan(
      (a, plan) => {
        const can = planCapabilities(a);
        const step = plan.find((s) => s.id === 'report-platform');
        if (!(can.reportRule || can.reportIllegal)) return undefined;
        return step && !step.optional ? undefined : 'a troll after a team member, not reported';
      },
      (a) => a.kind === 'troll' && a.staff === 'yes' && a.place === 'own',
    );
  });

  it('invariant 16: a fake review: flagged, one calm reply – fake: evidence, flagging (a must) and one calm factual reply, no complaint reply', () => {
    everyPlan(
      (a, plan) => {
        const flag = plan.find(reports);
        if (!flag || flag.optional) return 'not flagged as a must';
        if (placeOf(a) === 'review' && flag.id !== 'flag-review')
          return 'review reported instead of flagged';
        if (!has(plan, 'no-record')) return 'no calm factual reply';
        return ['reply-public', 'apologize', 'correct-facts', 'warn'].some((id) =>
          has(plan, id as StepId),
        )
          ? 'treated as a complaint or a troll'
          : undefined;
      },
      (a) => a.kind === 'fake',
    );
  });

  it('invariant 17: partly right: apologise and correct – partly: apologises for what is right and corrects the rest', () => {
    everyPlan(
      (_, plan) =>
        has(plan, 'apologize') && has(plan, 'correct-facts')
          ? undefined
          : 'not both apologize and correct-facts',
      (a) => a.validity === 'partly' && a.sensitive !== 'yes' && !isRemovedProfanity(a),
    );
  });

  it('invariant 18: sensitive: discreet in public – sensitive: concern without details or admission in public, the substance in private, advice offered', () => {
    everyPlan(
      (a, plan) => {
        if (!has(plan, 'get-advice')) return 'no get-advice';
        if (a.kind === 'fake') return undefined;
        if (a.kind === 'rumour')
          return plan.some((s) => ['apologize', 'offer-fix', 'promise-improvement'].includes(s.id))
            ? 'admission in public on a sensitive rumour'
            : undefined;
        if (!has(plan, 'continue-private')) return 'substance not taken private';
        if (isRemovedProfanity(a)) return undefined;
        if (!has(plan, 'show-concern')) return 'no show-concern';
        const admits = plan.find((s) =>
          [
            'apologize',
            'offer-fix',
            'promise-improvement',
            'correct-facts',
            'light-humor',
          ].includes(s.id),
        );
        return admits ? `${admits.id} in public on a sensitive matter` : undefined;
      },
      (a) => a.sensitive === 'yes',
    );
  });

  it('only the design’s optional steps are ever optional', () => {
    everyPlan((_, plan) => {
      const odd = plan.find(
        (s) =>
          s.optional &&
          ![
            'light-humor',
            'flag-review',
            'report-platform',
            'hide-duplicates',
            // The block is for when it goes on; the change beside a fix; one's own channel; the
            // reply to an insulting review, for when the portal keeps it.
            'block',
            'promise-improvement',
            'answer-own-channel',
            'answer-insult',
          ].includes(s.id),
      );
      return odd ? `${odd.id} optional` : undefined;
    });
  });

  it('not-negative comments are thanked, never moderated', () => {
    everyPlan(
      (a, plan) =>
        !has(plan, 'thank') || plan.some((s) => s.kind === 'moderate' || s.kind === 'report')
          ? 'not thanked'
          : undefined,
      (a) => a.kind === 'not-negative',
    );
  });

  it('a plan for incomplete answers holds the steps known so far, and none for no answers', () => {
    expect(resolvePlan({})).toEqual([]);
    expect(ids(resolvePlan({ kind: 'heated' }))).toEqual(['cool-down', 'reply-public']);
  });
});

describe('invariant 19: only what the platform allows – a step appears only where the platform allows it', () => {
  /** The capability each step needs, if any (at the place: moderation only on the own page). */
  const needs: Partial<Record<StepId, (c: ReturnType<typeof planCapabilities>) => boolean>> = {
    restrict: (c) => c.restrict,
    hide: (c) => c.hide,
    'hide-duplicates': (c) => c.hide,
    delete: (c) => c.delete,
    block: (c) => c.block,
    'flag-review': (c) => c.flagReview,
    'report-platform': (c) => c.reportRule || c.reportIllegal,
    'notify-rules-private': (c) => c.messageAuthor,
  };

  it.each([...platformIds])('%s: no step the capability data forbids', (platform) => {
    const mine = cases.filter(({ answers }) => answers.platform === platform);
    expect(mine.length).toBeGreaterThan(0);
    const failures = mine.flatMap(({ answers, plan }) => {
      const can = planCapabilities(answers);
      const bad = plan.filter((s) => needs[s.id] && !needs[s.id]!(can));
      return bad.length ? [`${label(answers)}: ${bad.map((s) => s.id).join(', ')}`] : [];
    });
    expect(failures.slice(0, 10)).toEqual([]);
    // And every tool the platform does give shows up somewhere for it (the data is used, not ignored).
    const used = new Set(mine.flatMap(({ plan }) => ids(plan)));
    const own = planCapabilities({ kind: 'troll', platform, place: 'own' });
    const canOwn = placeOf({ platform }) === undefined || placeOf({ platform }) === 'own';
    if (canOwn && own.restrict) expect(used.has('restrict'), 'restrict').toBe(true);
    if (canOwn && own.hide) expect(used.has('hide'), 'hide').toBe(true);
    if (canOwn && own.delete) expect(used.has('delete'), 'delete').toBe(true);
    if (canOwn && own.block) expect(used.has('block'), 'block').toBe(true);
    if (own.flagReview && own.places.includes('review'))
      expect(used.has('flag-review'), 'flag-review').toBe(true);
  });

  it('Google: a review is flagged, never deleted, hidden, blocked or messaged; Instagram: Restrict, no hide', () => {
    const google = cases.filter(({ answers }) => answers.platform === 'google');
    expect(google.every(({ answers }) => placeOf(answers) === 'review')).toBe(true);
    for (const { plan } of google) {
      expect(
        plan.some((s) =>
          [
            'delete',
            'hide',
            'block',
            'restrict',
            'notify-rules-private',
            'report-platform',
          ].includes(s.id),
        ),
      ).toBe(false);
    }
    const troll = ids(
      resolvePlan({
        kind: 'troll',
        platform: 'instagram',
        place: 'own',
        staff: 'no',
        spreading: 'no',
        mood: 'calm',
      }),
    );
    expect(troll).toEqual(['monitor', 'document', 'restrict', 'warn', 'delete', 'block']);
  });
});

// The content the invariants 20–22 speak about: what a composed reply says in public, in every
// locale and register.
const load = <T>(locale: string, name: string): T =>
  JSON.parse(readFileSync(`content/wizard/${locale}/${name}.json`, 'utf8')) as T;
const content = localeCodes.map((locale) => ({
  locale,
  drafts: load<WizardDrafts>(locale, 'drafts'),
  texts: load<WizardTexts>(locale, 'texts'),
}));
/** Every wording a composed message read by others can hold (all options of its pieces). */
function publicWordings(plan: PlanStep[], drafts: WizardDrafts): string[] {
  return registers.flatMap((register) => {
    const composed = composePlan(plan, drafts[register]);
    return (['public', 'everyone', 'later'] as const).flatMap((ch) =>
      (composed[ch] ?? []).flatMap((p) => p.options),
    );
  });
}
/** Distinct plans (with their discreet mark), each once: plans alike compose alike. */
const distinct = (only: (a: Answers) => boolean) => [
  ...new Map(
    cases
      .filter(({ answers }) => only(answers))
      .map((c) => [
        c.plan.map((s) => `${s.id}${s.optional ? '?' : ''}${s.discreet ? '!' : ''}`).join(' '),
        c,
      ]),
  ).values(),
];
/** Words that say what is or is not in the records about a person. */
const recordClaim: Record<string, RegExp> = {
  en: /\b(records?|on file|database|files?|could ?n[o’']t find|cannot find|no (visit|order|booking|appointment))\b/i,
  de: /(Unterlagen|Akte|Kartei|Datenbank|Aufzeichnung|nicht finden|gefunden|keine(n)? (passende|Besuch|Bestellung|Termin|Buchung|Reservierung))/i,
  tr: /(kayıt|dosya|bulamadık|bulunamadı)/i,
  hu: /(nyilvántart|adatbázis|kartoték|nem találjuk|nyomát)/i,
};
/** Words that invite to a private talk (a rumour's concern carries none). */
const privateTalk: Record<string, RegExp> = {
  en: /(personally|directly|get in touch|message|contact|reach us|talk (to|with) you)/i,
  de: /(persönlich|direkt|Nachricht|meld|erreich|Kontakt|mit (Ihnen|dir) (klären|sprechen))/i,
  tr: /(birebir|doğrudan|özel mesaj|ulaş|sizinle|seninle)/i,
  hu: /(személyesen|közvetlenül|üzenet|keress|beszélni (Önnel|veled))/i,
};
/** Step texts that lean on a report the plan may not contain. */
const afterReport: Record<string, RegExp> = {
  en: /only after (a|the) report/i,
  de: /erst nach einer Meldung/i,
  tr: /bildirimden sonra/i,
  hu: /csak a bejelentés után/i,
};

describe('invariants 20–22 over every answer combination', () => {
  it('invariant 20: a sensitive fake review neither confirms nor denies – advice before the one reply, and no public draft says what is or is not in the records about the person', () => {
    everyPlan(
      (_, plan) => {
        const advice = at(plan, 'get-advice');
        const reply = at(plan, 'no-record');
        if (advice < 0 || reply < 0 || advice > reply)
          return 'advice does not come before the reply';
        if (!plan[reply].discreet) return 'the reply is not the discreet one';
        return undefined;
      },
      (a) => a.kind === 'fake' && a.sensitive === 'yes',
    );
    const failures: string[] = [];
    for (const { answers, plan } of distinct(() => true))
      for (const { locale, drafts } of content)
        for (const w of publicWordings(plan, drafts))
          if (recordClaim[locale].test(w.replace(/\[\[[^\]]*\]\]/g, ' ')))
            failures.push(`${locale} ${label(answers)}: ${w}`);
    expect([...new Set(failures)].slice(0, 10)).toEqual([]);
  });

  it('invariant 21: insults and trolls follow the guide – rules privately before any block where the platform carries a message, the block only if it goes on; profanity secured before removal; no step text leans on a step left out', () => {
    everyPlan(
      (a, plan) => {
        const can = planCapabilities(a);
        const warn = at(plan, 'warn');
        const block = plan.find((s) => s.id === 'block');
        if (placeOf(a) === 'own' && can.messageAuthor && warn < 0) return 'no rules in private';
        if (block && warn >= 0 && at(plan, 'block') < warn) return 'block before the rules';
        if (block && !block.optional) return 'block not kept for when it goes on';
        return undefined;
      },
      (a) => a.kind === 'troll' || a.abuse === 'insult',
    );
    everyPlan(
      (_, plan) => {
        const doc = at(plan, 'document');
        const removal = plan.findIndex((s) =>
          ['delete', 'hide', 'report-platform', 'flag-review'].includes(s.id),
        );
        return removal >= 0 && (doc < 0 || doc > removal) ? 'removed before evidence' : undefined;
      },
      (a) => a.abuse === 'profanity',
    );
    for (const { locale, texts } of content)
      for (const [id, t] of Object.entries(texts.steps))
        for (const text of [t.text, ...Object.values(t.byPlatform ?? {})])
          expect(text, `${locale} steps.${id}`).not.toMatch(afterReport[locale]);
  });

  it('invariant 22: a rumour is answered where it stands – the correction (or admission) public, the admins asked in a group, never a private talk; mockery elsewhere may be answered on your own channel', () => {
    const privateWay: StepId[] = [
      'ask-private',
      'ask-message',
      'ask-details',
      'invite-offline',
      'continue-private',
      'follow-up-public',
      'keep-answering',
    ];
    everyPlan(
      (a, plan) => {
        const answer = plan.findIndex((s) => s.id === 'correct-facts' || s.id === 'apologize');
        if (answer < 0 || plan[answer].kind !== 'public')
          return 'no public correction or admission';
        const moved = plan.find((s) => privateWay.includes(s.id));
        if (moved) return `${moved.id} on a rumour`;
        if ((a.platform === 'group') !== has(plan, 'ask-admins'))
          return 'admins asked only in a group';
        if (a.platform === 'group' && at(plan, 'ask-admins') < answer)
          return 'admins asked before answering';
        return undefined;
      },
      (a) => a.kind === 'rumour',
    );
    // Its writer was never the customer: nothing is offered to them; a true one says what changes;
    // a sensitive one that may be true shows concern before the facts.
    everyPlan(
      (a, plan) => {
        if (has(plan, 'offer-fix')) return 'an offer to the writer of a rumour';
        const right = a.sensitive !== 'yes' && ['justified', 'partly'].includes(a.validity ?? '');
        if (right !== has(plan, 'promise-improvement')) return 'what changes only when it is true';
        const concern = a.sensitive === 'yes' && a.validity !== 'unjustified';
        if (concern !== has(plan, 'show-concern')) return 'concern only on a sensitive rumour';
        if (concern && at(plan, 'show-concern') > at(plan, 'correct-facts'))
          return 'concern after the facts';
        return undefined;
      },
      (a) => a.kind === 'rumour',
    );
    // The concern a rumour gets carries no invitation to talk: no contact, and no way to a private
    // channel in any wording it can compose with.
    for (const { drafts, locale } of content)
      for (const register of registers)
        for (const d of drafts[register].parts['show-concern']!)
          expect(d, `${locale} ${register}.show-concern`).not.toMatch(privateTalk[locale]);
    everyPlan(
      (a, plan) => {
        const own = plan.find((s) => s.id === 'answer-own-channel');
        // A troll in a group someone else runs: its admins are asked, as for a rumour there.
        if (a.platform === 'group' && !has(plan, 'ask-admins')) return 'group admins not asked';
        if (placeOf(a) === 'elsewhere' && a.platform !== 'group')
          return own?.optional ? undefined : 'no answer on your own channel offered';
        return own ? 'own channel where the comment can be answered' : undefined;
      },
      (a) => a.kind === 'troll' || a.kind === 'rumour',
    );
  });

  it('a sensitive matter gets its real-world step: health a call-back, a product its safety checks, food its checks, a legal claim advice first', () => {
    everyPlan(
      (a, plan) => {
        const firstWrite = plan.findIndex(writesPublic);
        const before = (id: StepId) =>
          has(plan, id) && (firstWrite < 0 || at(plan, id) < firstWrite);
        if (a.concern === 'product' && !before('product-safety')) return 'no product-safety first';
        if (a.concern === 'food' && !before('food-safety')) return 'no food-safety first';
        if (a.concern === 'legal' && !before('get-advice')) return 'no advice first';
        const callBack = a.concern === 'health' && a.kind !== 'rumour';
        if (callBack !== has(plan, 'call-back')) return 'call-back only for health';
        const wishes =
          ['health', 'product', 'food'].includes(a.concern ?? '') &&
          a.kind !== 'rumour' &&
          !isRemovedProfanity(a);
        if (wishes !== has(plan, 'wish-well')) return 'get-well words only for an injury or food';
        return undefined;
      },
      (a) => a.sensitive === 'yes',
    );
  });

  it('a marketplace review: one seller reply, contact only through its messages (no e-mail or phone asked for under it); a plan that needs no personal data asks for none', () => {
    everyPlan((a, plan) => {
      if (a.platform === 'marketplace' && (has(plan, 'ask-private') || has(plan, 'invite-offline')))
        return 'contact outside the marketplace';
      if (planCapabilities(a).messageAuthor && has(plan, 'ask-private'))
        return 'e-mail asked where messages exist';
      if (a.private !== 'yes' && has(plan, 'ask-details'))
        return 'personal data asked for without need';
      return undefined;
    });
    for (const { drafts, locale } of content)
      for (const register of registers) {
        // The usual wordings and the short ones (platforms with a short reply limit).
        const wordings = (id: StepId) =>
          [drafts[register].parts, drafts[register].short.parts].flatMap(
            (section) => (section as Partial<Record<StepId, string[]>>)[id] ?? [],
          );
        for (const id of ['ask-message', 'show-concern', 'ask-details'] as StepId[])
          for (const d of wordings(id))
            expect(d, `${locale} ${register}.${id}`).not.toMatch(/\[\[contact\]\]/);
        for (const d of wordings('ask-private'))
          expect(d, `${locale} ${register}.ask-private`).not.toMatch(/\[\[need\]\]/);
      }
  });
});
