// One table says which platforms have no private messages; the wizard and the generator both
// follow it: no planned private message there, no "DM us" offered, a warning given in public.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasPrivateMessages, privateMessagesSource } from '../../src/playbook/private-messages';
import {
  platformCapabilities,
  platformIds as wizardPlatforms,
} from '../../src/playbook/decision/platforms';
import { platformIds as generatorPlatforms } from '../../src/playbook/house-rules/ids';
import { contactKindsOn, contactOn } from '../../src/playbook/house-rules/contact';
import {
  fitBio,
  fullRules,
  maxReserve,
  type GeneratorOptions,
} from '../../src/playbook/house-rules/fit';
import { ruleIds } from '../../src/playbook/house-rules/ids';
import { emoji } from '../../src/playbook/house-rules/emoji';
import { startingState } from '../../src/playbook/house-rules/state';
import { localeCodes } from '../../src/i18n/locales';
import type { PhraseFile } from '../../src/playbook/house-rules/schema';

describe('private messages', () => {
  it('YouTube has none, for the wizard and the generator alike', () => {
    expect(hasPrivateMessages('youtube')).toBe(false);
    expect(platformCapabilities.youtube.messageAuthor).toBe(false);
    expect(contactKindsOn('youtube')).not.toContain('dm');
    expect(contactKindsOn('instagram')).toContain('dm');
  });

  it('no wizard platform plans a private message where the table says there are none', () => {
    for (const p of wizardPlatforms)
      if (!hasPrivateMessages(p)) expect(platformCapabilities[p].messageAuthor, p).toBe(false);
  });

  it('no generator platform offers a DM where the table says there are none', () => {
    for (const p of generatorPlatforms)
      expect(contactKindsOn(p).includes('dm'), p).toBe(hasPrivateMessages(p));
  });

  it('has a dated source', () => {
    expect(privateMessagesSource.url).toMatch(/^https:\/\//);
    expect(privateMessagesSource.checked).toBe('2026-12-07');
  });
});

describe('a DM asked for on YouTube', () => {
  it('becomes e-mail; every other contact kind stays', () => {
    expect(contactOn('youtube', 'dm')).toBe('email');
    expect(contactOn('instagram', 'dm')).toBe('dm');
    expect(contactOn('youtube', 'phone')).toBe('phone');
  });

  it('from a link: the contact moves, the typed value and every other choice stay', () => {
    const { state, contactMoved, badParams } = startingState(
      '?lang=tr&register=informal&platform=youtube&rules=no-spam,on-topic&contact=dm&contactValue=merhaba%40ornek.com.tr&name=Salon',
      null,
      'tr',
      localeCodes,
    );
    expect(contactMoved).toBe(true);
    expect(badParams).toEqual([]);
    expect(state).toMatchObject({
      platform: 'youtube',
      contact: 'email',
      contactValue: 'merhaba@ornek.com.tr',
      name: 'Salon',
      register: 'informal',
      rules: ['no-spam', 'on-topic'],
    });
    expect(
      startingState('?platform=instagram&contact=dm', null, 'en', localeCodes).contactMoved,
    ).toBe(false);
  });

  it('the full rules give a warning as a public reply there, in every language and register', () => {
    for (const locale of localeCodes) {
      const phrases = JSON.parse(
        readFileSync(`content/house-rules/${locale}/phrases.json`, 'utf8'),
      ) as PhraseFile;
      for (const register of ['formal', 'informal'] as const) {
        const o: GeneratorOptions = {
          locale,
          register,
          phrases,
          name: '',
          platform: 'youtube',
          rules: ['no-spam'],
          consequences: ['warn', 'delete'],
          contact: 'email',
          contactValue: 'info@ornek.com.tr',
          replyTime: null,
          emoji: false,
          nameInBio: false,
          reserve: null,
        };
        const f = phrases[register].full;
        expect(fullRules(o).text).toContain(f.warnInReply);
        expect(fullRules(o).text).not.toContain(f.consequences.warn);
        expect(fullRules({ ...o, platform: 'instagram' }).text).toContain(f.consequences.warn);
      }
    }
  });

  it('the bio and the full rules write no DM contact there, whoever calls them: the e-mail instead', () => {
    const without = generatorPlatforms.filter((p) => !hasPrivateMessages(p));
    expect(without).toContain('youtube');
    for (const locale of localeCodes) {
      const phrases = JSON.parse(
        readFileSync(`content/house-rules/${locale}/phrases.json`, 'utf8'),
      ) as PhraseFile;
      for (const register of ['formal', 'informal'] as const) {
        const bio = phrases[register].bio;
        const dmWords = [bio.welcomeDm, bio.contact.dm.long, bio.contact.dm.short];
        for (const platform of without) {
          for (const rules of [['no-spam'], ruleIds] as const) {
            const o: GeneratorOptions = {
              locale,
              register,
              phrases,
              name: 'Salon Mia',
              platform,
              rules,
              consequences: ['warn', 'delete'],
              contact: 'dm',
              contactValue: 'info@ornek.com.tr',
              replyTime: 'day',
              emoji: true,
              nameInBio: true,
              reserve: null,
            };
            const email = { ...o, contact: 'email' as const };
            // The roomiest bio, and the tightest one (where "criticism welcome, DM us" would go).
            for (const reserve of [0, maxReserve(o)]) {
              const text = fitBio({ ...o, reserve }).text;
              const where = `${locale} ${register} ${platform} reserve ${reserve}: ${text}`;
              for (const words of dmWords) expect(text, where).not.toContain(words);
              expect(text, where).not.toContain(emoji.contact.dm);
              expect(text, where).toBe(fitBio({ ...email, reserve }).text);
            }
            const full = fullRules(o).text;
            expect(full).not.toContain(phrases[register].full.contact.dm);
            expect(full).toBe(fullRules(email).text);
          }
        }
      }
    }
  });
});
