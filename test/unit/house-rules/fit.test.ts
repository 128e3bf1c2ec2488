// The generator's promises, over every platform, language, register and choice: the bio never
// exceeds the limit minus the reserve as the platform counts it (checked with counters independent
// of ours where one exists), is never refused, keeps "criticism welcome" and where to complain,
// leaves the name out unless asked and then never alters it. Same input, same text.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localeCodes, type Locale } from '../../../src/i18n/locales';
import {
  cleanName,
  defaultReserve,
  fitBio,
  fullRules,
  maxReserve,
  type GeneratorOptions,
} from '../../../src/playbook/house-rules/fit';
import {
  consequenceIds,
  contactKinds,
  platformIds,
  registers,
  replyTimeIds,
  ruleIds,
  type ContactKind,
  type PlatformId,
  type RuleId,
} from '../../../src/playbook/house-rules/ids';
import { graphemeCount } from '../../../src/playbook/house-rules/measure';
import { emoji } from '../../../src/playbook/house-rules/emoji';
import { platformById } from '../../../src/playbook/house-rules/platforms';
import { contactOn } from '../../../src/playbook/house-rules/contact';
import { commentTools } from '../../../src/playbook/house-rules/tools';
import {
  platformCapabilities,
  type PlatformCapabilities,
} from '../../../src/playbook/decision/platforms';
import { defaultState } from '../../../src/playbook/house-rules/state';
import type { PhraseFile } from '../../../src/playbook/house-rules/schema';

const require = createRequire(import.meta.url);
const { parseTweet, extractUrlsWithIndices } = require('twitter-text') as {
  parseTweet: (text: string) => { weightedLength: number };
  extractUrlsWithIndices: (text: string) => { url: string }[];
};

const phrases = Object.fromEntries(
  localeCodes.map((l) => [
    l,
    JSON.parse(readFileSync(`content/house-rules/${l}/phrases.json`, 'utf8')) as PhraseFile,
  ]),
) as Record<Locale, PhraseFile>;

/** The platform's own reading of a text, as far as it can be known without the platform. */
function platformCounts(platform: string, text: string): number[] {
  const codePoints = [...text].length;
  switch (platform) {
    case 'x':
      return [parseTweet(text).weightedLength, codePoints];
    case 'bluesky':
      return [graphemeCount(text)];
    case 'mastodon': {
      // Mastodon counts code points, each link as 23.
      const urls = extractUrlsWithIndices(text);
      return [codePoints + urls.reduce((n, u) => n + 23 - [...u.url].length, 0), text.length];
    }
    default:
      // Undocumented counting: whatever it is, it is at most UTF-16 code units.
      return [graphemeCount(text), codePoints, text.length];
  }
}

const contactValues: Record<ContactKind, fc.Arbitrary<string>> = {
  dm: fc.constant(''),
  email: fc.constantFrom(
    'info@salon-anna.de',
    'a@b.hu',
    'kontakt@çiçekçi-ayşe.com.tr',
    'very.long.address.for.complaints@example-company.co.uk',
  ),
  phone: fc.constantFrom('+49 30 1234567', '+90 (212) 123 45 67', '06-1-234-5678'),
  link: fc.constantFrom(
    'https://salon-anna.de',
    'https://a.de',
    'https://example.com/kontakt/beschwerden?ref=bio',
    'https://xn--szalon-nna-m7a.hu/k',
  ),
};

const nameParts = fc.constantFrom(
  'Salon Anna',
  'Çiçekçi Işıl',
  'Kőműves Bt.',
  'Fűszerbolt Ű',
  'Café Zoë',
  'Ayşe’nin Fırını',
  'ı',
  'ő',
  'ű',
  'İ',
  'e\u0301',
  'n\u0303',
  '💇‍♀️',
  '🇹🇷',
  '👍🏽',
  '🐦‍🔥',
  '日本',
  ' & ',
  'Co.',
  'salon.de',
  "O'Neil",
  '-',
  '  ',
);
/** Names from empty to 60 graphemes (the most the form accepts), emoji and combining marks included. */
const names = fc
  .oneof(
    fc.constant(''),
    fc.array(nameParts, { maxLength: 4 }).map((a) => a.join(' ')),
    fc.array(nameParts, { minLength: 5, maxLength: 40 }).map((a) => a.join('')),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
  )
  .map((n) => graphemesUpTo(n, 60));

function graphemesUpTo(text: string, n: number): string {
  return [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)]
    .slice(0, n)
    .map((s) => s.segment)
    .join('');
}

const options: fc.Arbitrary<GeneratorOptions> = fc
  .record({
    locale: fc.constantFrom(...localeCodes),
    register: fc.constantFrom(...registers),
    platform: fc.constantFrom(...platformIds),
    name: names,
    rules: fc.subarray([...ruleIds]),
    consequences: fc.shuffledSubarray([...consequenceIds]),
    contact: fc.constantFrom(...contactKinds),
    replyTime: fc.option(fc.constantFrom(...replyTimeIds), { nil: null }),
    emoji: fc.boolean(),
    nameInBio: fc.boolean(),
    // null: the default third; otherwise any number, even more than the bio can leave free.
    reserve: fc.option(fc.nat({ max: 2600 }), { nil: null }),
  })
  // A DM asked for where there are no messages is written as e-mail (contactOn): its address then.
  .chain((o) =>
    contactValues[contactOn(o.platform, o.contact)].map((contactValue) => ({
      ...o,
      contactValue,
      phrases: phrases[o.locale],
    })),
  );

/** Where to complain, as the bio can say it: the contact statement, or "contact: pinned post". */
function saysWhereToComplain(o: GeneratorOptions, text: string): boolean {
  const p = o.phrases[o.register].bio;
  const value = o.contactValue.trim();
  const pointer = [p.pointer.all.long, p.pointer.all.short].some((s) => text.includes(s));
  if (value) return text.includes(value) || pointer;
  return (
    [p.contact.dm.long, p.contact.dm.short, p.welcomeDm].some((c) => text.includes(c)) || pointer
  );
}

describe('fitBio', () => {
  it('never refuses, and stays within the limit minus the reserve as the platform counts', () => {
    fc.assert(
      fc.property(options, (o) => {
        const bio = fitBio(o);
        const limit = platformById(o.platform).bio;
        expect(bio.text.trim()).not.toBe('');
        // The reserve asked for, unless not even the shortest bio leaves that much (then the most it can).
        const asked = o.reserve ?? defaultReserve(o.platform);
        expect(bio.reserve).toBe(Math.min(asked, maxReserve(o)));
        expect(bio.reserveCapped).toBe(asked > maxReserve(o));
        expect(bio.budget).toBe(limit.limit - bio.reserve);
        for (const count of platformCounts(o.platform, bio.text))
          expect(count).toBeLessThanOrEqual(bio.budget);
        if (limit.maxUtf8Bytes)
          expect(Buffer.byteLength(bio.text, 'utf8')).toBeLessThanOrEqual(limit.maxUtf8Bytes);
        // Criticism is welcome, and where to take it, in every bio.
        const p = o.phrases[o.register].bio;
        expect(
          [p.welcome.long, p.welcome.short, p.welcomeDm].some((w) => bio.text.includes(w)),
          bio.text,
        ).toBe(true);
        expect(saysWhereToComplain(o, bio.text), bio.text).toBe(true);
        // The name only when asked for, and then exactly as typed (cleaned of extra spaces).
        const name = cleanName(o.name);
        const heading = (n: string) =>
          [p.heading.long, p.heading.short].map((h) => h.replace('{name}', () => n));
        const named = name !== '' && heading(name).some((h) => bio.text.startsWith(h));
        if (!o.nameInBio) expect(named).toBe(false);
        expect(bio.omitted.name).toBe(o.nameInBio && name !== '' && !named);
        // A bio that left rules out points to the full rules.
        if (bio.omitted.rules.length > 0 || bio.omitted.contact) {
          const pointers = [
            p.pointer.rules.long,
            p.pointer.rules.short,
            p.pointer.all.long,
            p.pointer.all.short,
          ];
          if (!(
            o.contact === 'dm' &&
            !bio.omitted.contact &&
            bio.text.length > 0 &&
            !pointers.some((x) => bio.text.includes(x))
          )) {
            expect(
              pointers.some((x) => bio.text.includes(x)),
              bio.text,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  }, 60_000); // 2,000 random forms: slow on a shared machine, not stuck

  it('holds for every platform, language, register, contact and name choice, with a 60-character emoji name', () => {
    const name = graphemesUpTo(
      'Çiçekçi Işıl 💇‍♀️ Kőműves & Töchter 🇹🇷 Salon 👍🏽 Bella Szépségszalon é',
      60,
    );
    expect(graphemeCount(name)).toBe(60);
    const subsets: RuleId[][] = [[], [...ruleIds], ...ruleIds.map((r) => [r])];
    let runs = 0;
    for (const platform of platformIds)
      for (const locale of localeCodes)
        for (const register of registers)
          for (const contact of contactKinds)
            for (const nameInBio of [false, true])
              for (const rules of subsets) {
                // A DM on YouTube is written as e-mail: the address the form then asks for.
                const contactValue = {
                  dm: '',
                  email: 'info@salon-anna.de',
                  phone: '+90 (212) 123 45 67',
                  link: 'https://example.com/kontakt/beschwerden?ref=bio',
                }[contactOn(platform, contact)];
                const o: GeneratorOptions = {
                  ...base(locale),
                  platform,
                  register,
                  contact,
                  contactValue,
                  nameInBio,
                  rules,
                  name,
                  emoji: nameInBio,
                };
                const bio = fitBio(o);
                const p = o.phrases[register].bio;
                expect(bio.text.trim(), `${platform} ${locale} ${register} ${contact}`).not.toBe(
                  '',
                );
                for (const count of platformCounts(platform, bio.text))
                  expect(count).toBeLessThanOrEqual(bio.budget);
                expect(bio.reserve).toBe(defaultReserve(platform)); // the default third always fits
                expect(
                  [p.welcome.long, p.welcome.short, p.welcomeDm].some((w) => bio.text.includes(w)),
                  bio.text,
                ).toBe(true);
                expect(saysWhereToComplain(o, bio.text), bio.text).toBe(true);
                if (!nameInBio) expect(bio.text).not.toContain('Çiçekçi');
                runs++;
              }
    expect(runs).toBe(9 * 4 * 2 * 4 * 2 * 12);
  }, 60_000);

  it('prints a name with "$" signs as typed (a replacement pattern once shrank "$$" to "$")', () => {
    const bio = fitBio({ ...base('en'), platform: 'instagram', name: '$$', nameInBio: true });
    expect(bio.text.startsWith('$$:')).toBe(true);
    expect(bio.omitted.name).toBe(false);
  });

  it('with the defaults uses at most two thirds of the limit and leaves the name out', () => {
    for (const locale of localeCodes) {
      for (const platform of platformIds) {
        const bio = fitBio({ ...base(locale), platform, name: 'Bella’s Hair Studio' });
        const limit = platformById(platform).bio.limit;
        expect(bio.count, `${locale} ${platform}`).toBeLessThanOrEqual(Math.floor((limit * 2) / 3));
        expect(bio.text).not.toContain('Bella’s Hair Studio');
      }
    }
  });

  it('drops the name when asked for it and there is no room even for the shortest wording', () => {
    const o = {
      ...base('de'),
      platform: 'tiktok' as const,
      nameInBio: true,
      name: 'Friseursalon Anna-Lena Müller-Lüdenscheidt & Töchter GmbH',
    };
    const bio = fitBio(o);
    expect(bio.omitted.name).toBe(true);
    expect(bio.text).not.toContain('Friseursalon');
    const roomy = fitBio({ ...o, platform: 'linkedin' });
    expect(
      roomy.text.startsWith('Friseursalon Anna-Lena Müller-Lüdenscheidt & Töchter GmbH:'),
    ).toBe(true);
    expect(roomy.omitted.name).toBe(false);
  });

  it('keeps a name asked for by taking shorter phrasings first (Salon Mia, Instagram, no reserve)', () => {
    for (const locale of localeCodes) {
      for (const register of registers) {
        const o = {
          ...base(locale),
          register,
          platform: 'instagram' as const,
          name: 'Salon Mia',
          nameInBio: true,
          reserve: 0,
          emoji: true,
          replyTime: 'day' as const,
        };
        const bio = fitBio(o);
        expect(bio.text.startsWith('Salon Mia'), `${locale} ${register}: ${bio.text}`).toBe(true);
        expect(bio.omitted.name).toBe(false);
        expect(bio.fits).toBe(true);
      }
    }
  });

  it('keeps it with the default rules and the default reserve too, on Instagram and Threads', () => {
    for (const locale of localeCodes)
      for (const register of registers)
        for (const platform of ['instagram', 'threads'] as const) {
          const o = { ...base(locale), register, platform, name: 'Salon Mia', nameInBio: true };
          const bio = fitBio(o);
          expect(bio.omitted.name, `${locale} ${register} ${platform}: ${bio.text}`).toBe(false);
          expect(bio.text.startsWith('Salon Mia')).toBe(true);
          expect(bio.count).toBeLessThanOrEqual(bio.budget);
        }
  });

  it('names a single rule as a welcome with one wish, in every language and register', () => {
    for (const locale of localeCodes) {
      for (const register of registers) {
        const o = {
          ...base(locale),
          register,
          platform: 'linkedin' as const,
          rules: ['no-threats' as const],
        };
        const p = phrases[locale][register].bio;
        const one = p.rulesOne.replace('{items}', p.ruleItems['no-threats']);
        expect(fitBio(o).text).toContain(one);
        // Two rules or more: the list sentence as before.
        expect(fitBio({ ...o, rules: ['no-threats', 'no-hate'] }).text).not.toContain(
          p.rulesOne.split('{items}')[0],
        );
        // With emoji: the welcome gets a smile, not the broom that sweeps a list away.
        const withEmoji = fitBio({ ...o, emoji: true }).text;
        expect(withEmoji).toContain(`${emoji.rulesOne} ${one}`);
        expect(withEmoji).not.toContain(emoji.rules);
        expect(fitBio({ ...o, emoji: true, rules: ['no-threats', 'no-hate'] }).text).toContain(
          emoji.rules,
        );
      }
    }
  });

  it('keeps a .com.tr address in an X bio: one link at most, not one per dot', () => {
    for (const locale of localeCodes) {
      for (const contactValue of ['info@ornek.com.tr', 'merhaba@çiçekçi-ayşe.com.tr']) {
        const o = {
          ...base(locale),
          platform: 'x' as const,
          contact: 'email' as const,
          contactValue,
        };
        const bio = fitBio(o);
        expect(bio.text, locale).toContain(contactValue);
        expect(bio.omitted.contact).toBe(false);
        expect(bio.count).toBeGreaterThanOrEqual(parseTweet(bio.text).weightedLength);
      }
    }
  });

  it('sends a link too long for a TikTok bio to the pinned post instead of refusing', () => {
    const o = {
      ...base('en'),
      platform: 'tiktok' as const,
      contact: 'link' as const,
      contactValue: 'https://www.example.com/customer-service/complaints/form?source=tiktok',
    };
    const bio = fitBio(o);
    expect(bio.omitted.contact).toBe(true);
    expect(bio.text).toContain(phrases.en.formal.bio.pointer.all.short);
    expect(fullRules(o).text).toContain(o.contactValue);
  });

  it('drops the least important parts first, points to the full rules, and says what it left out', () => {
    const o = {
      ...base('de'),
      platform: 'instagram' as const,
      register: 'informal' as const,
      rules: [...ruleIds],
      replyTime: 'day' as const,
    };
    const bio = fitBio(o);
    expect(bio.count).toBeLessThanOrEqual(100);
    expect(bio.omitted.replyTime).toBe(true);
    expect(bio.omitted.rules).toContain('on-topic'); // least important goes first
    expect(bio.omitted.rules).not.toContain('no-threats');
    expect(bio.text).toContain('Hausregeln');
    // With room, nothing is left out.
    const roomy = fitBio({ ...o, platform: 'linkedin' });
    expect(roomy.omitted).toEqual({
      name: false,
      emoji: false,
      replyTime: false,
      rules: [],
      contact: false,
    });
  });

  it('says "we remove" only when a chosen step takes comments down', () => {
    const o = { ...base('en'), platform: 'youtube' as const };
    expect(fitBio(o).text).toContain('We remove threats, hate speech, insults and spam.');
    expect(fitBio({ ...o, consequences: ['warn', 'block'] }).text).toContain(
      'Please, no threats, hate speech, insults and spam.',
    );
    // LinkedIn: no removing was confirmed, so "hide" is a report and nothing says "we remove".
    expect(fitBio({ ...o, platform: 'linkedin' }).text).toContain(
      'Please, no threats, hate speech, insults and spam.',
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(options, (o) => {
        expect(fitBio(o)).toEqual(fitBio(structuredClone({ ...o, phrases: o.phrases })));
        expect(fullRules(o)).toEqual(fullRules(o));
      }),
      { numRuns: 200 },
    );
  });

  it('capitalises a sentence that opens with a list as the language does (Turkish İ)', () => {
    const tr = structuredClone(phrases.tr);
    tr.formal.bio.ruleItems['no-threats'] = 'istenmeyen tehdit';
    tr.formal.bio.rules.plain.long = '{items} istemiyoruz.';
    const bio = fitBio({
      ...base('tr'),
      phrases: tr,
      platform: 'linkedin',
      rules: ['no-threats', 'no-spam'],
      consequences: ['warn'],
    });
    expect(bio.text).toContain('İstenmeyen tehdit ve spam istemiyoruz.');
  });
});

function base(locale: Locale): GeneratorOptions {
  // The generator's own defaults, so the tests start where a visitor does.
  const { lang: _lang, ...state } = defaultState(locale);
  return { ...state, locale, phrases: phrases[locale] };
}

describe('outputs are in the chosen language', () => {
  it('uses only the chosen language’s phrases', () => {
    for (const locale of localeCodes) {
      for (const register of registers) {
        const o = { ...base(locale), register, platform: 'linkedin' as const, name: 'Salon Anna' };
        const bio = fitBio(o);
        const full = fullRules(o);
        expect(bio.text).toContain(phrases[locale][register].bio.welcome.long);
        expect(full.text).toContain(phrases[locale][register].full.criticism);
        for (const other of localeCodes.filter((l) => l !== locale)) {
          expect(full.text).not.toContain(phrases[other][register].full.criticism);
          expect(bio.text).not.toContain(phrases[other][register].bio.welcome.long);
        }
      }
    }
  });
});

describe('fullRules', () => {
  it('holds the rules, the steps in the chosen order, and ends with where to complain', () => {
    const o = {
      ...base('hu'),
      name: 'Kőműves Bt.',
      consequences: ['warn', 'delete', 'block'] as const,
      contact: 'email' as const,
      contactValue: 'info@szalon-anna.hu',
      replyTime: 'workday' as const,
    };
    const { text } = fullRules({ ...o, consequences: [...o.consequences] });
    const f = phrases.hu.formal.full;
    expect(text.startsWith('Házirend – Kőműves Bt.')).toBe(true);
    expect(text).toContain(
      `1. ${f.consequences.warn}\n2. ${f.consequences.delete}\n3. ${f.consequences.block}`,
    );
    for (const r of o.rules) expect(text).toContain(f.rules[r]);
    expect(text).toContain(f.replyTime.workday);
    expect(text.endsWith(f.contact.email.replace('{value}', 'info@szalon-anna.hu'))).toBe(true);
  });

  it('ends with where to complain for every language, register and contact', () => {
    for (const locale of localeCodes)
      for (const register of registers)
        for (const contact of contactKinds) {
          const value = { dm: '', email: 'a@b.de', phone: '+49 30 123456', link: 'https://a.de/k' }[
            contact
          ];
          const text = fullRules({ ...base(locale), register, contact, contactValue: value }).text;
          expect(
            text.endsWith(
              phrases[locale][register].full.contact[contact].replace('{value}', value),
            ),
          ).toBe(true);
        }
  });

  it('promises only the steps the platform offers: no hiding on Instagram or TikTok, nothing but a report on Threads', () => {
    for (const locale of localeCodes)
      for (const register of registers) {
        const f = phrases[locale][register].full;
        const o = { ...base(locale), register, consequences: ['warn', 'hide', 'block'] as const };
        const on = (platform: PlatformId) =>
          fullRules({ ...o, consequences: [...o.consequences], platform }).text;
        expect(on('instagram')).toContain(
          `2. ${f.consequences.delete}\n3. ${f.consequences.block}`,
        );
        expect(on('instagram')).not.toContain(f.consequences.hide);
        expect(on('facebook')).toContain(`2. ${f.consequences.hide}\n3. ${f.consequences.block}`);
        expect(on('tiktok')).toContain(`2. ${f.consequences.delete}\n3. ${f.consequences.block}`);
        expect(on('threads')).toContain(`2. ${f.consequences.report}`);
        expect(on('threads')).not.toMatch(/^3\./m);
      }
  });

  it('over a single rule and a single step says so, without "step by step" or a number', () => {
    for (const locale of localeCodes)
      for (const register of registers) {
        const f = phrases[locale][register].full;
        const o = { ...base(locale), register, platform: 'facebook' as const };
        const text = fullRules({ ...o, rules: ['no-spam'], consequences: ['delete'] }).text;
        expect(text).toContain(`${f.rulesIntroOne}\n• ${f.rules['no-spam']}`);
        expect(text).toContain(`${f.consequencesIntroOne}\n${f.consequences.delete}`);
        expect(fullRules(o).text).toContain(`${f.consequencesIntro}\n1. `);
      }
  });

  it('says under the steps that threats are reported at once, only when threats are a rule', () => {
    for (const locale of localeCodes)
      for (const register of registers) {
        const f = phrases[locale][register].full;
        const o = { ...base(locale), register, platform: 'facebook' as const };
        const steps = `${o.consequences.length}. ${f.consequences[o.consequences.at(-1)!]}`;
        expect(fullRules(o).text).toContain(`${steps}\n${f.threats}`);
        expect(fullRules({ ...o, rules: ['no-hate'] }).text).not.toContain(f.threats);
        expect(fullRules({ ...o, consequences: [] }).text).not.toContain(f.threats);
      }
  });

  it('takes hide, delete and block from the same facts as the wizard', () => {
    for (const id of platformIds) {
      const wizard = (platformCapabilities as Record<string, PlatformCapabilities | undefined>)[id];
      if (!wizard) continue; // Bluesky, Mastodon: not in the wizard's table, cautious side
      expect([...(commentTools[id] ?? [])].sort(), id).toEqual(
        (['hide', 'delete', 'block'] as const).filter((t) => wizard[t]).sort(),
      );
    }
    expect(commentTools.bluesky).toBeUndefined();
    expect(commentTools.mastodon).toBeUndefined();
  });

  it('counts against the platform’s post limit and says when it is over', () => {
    const o = { ...base('en'), platform: 'x' as const, rules: [...ruleIds] };
    const full = fullRules(o);
    expect(full.fits).toBe(false);
    expect(full.count).toBeGreaterThan(280);
    expect(fullRules({ ...o, platform: 'facebook' }).fits).toBe(true);
  });
});

describe('default bios (figures for the report)', () => {
  it('prints the default bio per language, register and platform', () => {
    const rows: string[] = [];
    for (const locale of localeCodes)
      for (const register of registers)
        for (const platform of ['instagram', 'tiktok', 'x'] as const) {
          const bio = fitBio({ ...base(locale), register, platform });
          rows.push(
            `${locale} ${register} ${platform} ${bio.count}/${bio.limit} (budget ${bio.budget}): ${bio.text}`,
          );
        }
    console.log(`default bios\n${rows.join('\n')}`);
  });
});
