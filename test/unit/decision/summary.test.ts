// The incident summary a user copies for the team: answers and plan in the page's language, and
// the response target only where the plan writes something in public.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../../../src/playbook/decision/plan';
import { incidentSummary } from '../../../src/playbook/decision/summary';
import type { Answers } from '../../../src/playbook/decision/questions';
import type { WizardTexts } from '../../../src/playbook/decision/texts';

const en = JSON.parse(readFileSync('content/wizard/en/texts.json', 'utf8')) as WizardTexts;
const monday10 = new Date(2026, 11, 7, 10).getTime();
const summary = (answers: Answers, now = monday10) =>
  incidentSummary({
    answers,
    plan: resolvePlan(answers),
    texts: en,
    format: 'text',
    now,
    formatTime: () => '12:00',
  });

describe('incidentSummary', () => {
  it('lists the answers, the platform included, and the plan in order', () => {
    const text = summary({
      kind: 'fake',
      platform: 'google',
      sensitive: 'no',
      spreading: 'no',
      mood: 'calm',
    });
    expect(text).toContain(
      `- ${en.questions.platform.label} ${en.questions.platform.answers.google}`,
    );
    expect(text).toContain(`1. ${en.steps.document.title}`);
    expect(text).toContain(`2. ${en.steps['flag-review'].title}`);
    // Under a Google review the target is the day, not 30 minutes.
    expect(text).toContain(`- ${en.ui.targetReview}`);
    expect(text).not.toContain('Aim to reply publicly within 30 minutes');
  });

  it('gives a comment on social media its 30 minutes, and late in the evening the morning', () => {
    const answers: Answers = {
      kind: 'complaint',
      validity: 'justified',
      fixable: 'yes',
      private: 'no',
      sensitive: 'no',
      platform: 'facebook',
      place: 'own',
      spreading: 'no',
      mood: 'calm',
    };
    expect(summary(answers)).toContain('Aim to reply publicly within 30 minutes');
    const late = summary(answers, new Date(2026, 11, 7, 23, 5).getTime());
    expect(late).toContain(`- ${en.ui.targetLate}`);
    expect(late).not.toContain('30 minutes');
  });

  it('gives a threat, where nothing is written in public, no reply target', () => {
    const text = summary({
      kind: 'abusive',
      abuse: 'threat',
      platform: 'facebook',
      place: 'own',
      staff: 'no',
      spreading: 'no',
      mood: 'calm',
    });
    expect(text).toContain(en.steps['contact-police'].title);
    expect(text).not.toContain('Aim to reply publicly');
  });
});
