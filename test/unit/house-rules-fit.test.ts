// The generator's promises, over every platform, language, register and choice: the bio never
// exceeds the limit as the platform counts it (checked with counters independent of ours where
// one exists), keeps "criticism welcome" and where to complain, never alters the name, and says
// what to shorten instead of cutting. Same input, same text.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { cleanName, fitBio, fullRules, type GeneratorOptions } from '../../src/playbook/house-rules/fit';
import { consequenceIds, contactKinds, platformIds, registers, replyTimeIds, ruleIds,
  type ContactKind } from '../../src/playbook/house-rules/ids';
import { graphemeCount, graphemes } from '../../src/playbook/house-rules/measure';
import { platformById } from '../../src/playbook/house-rules/platforms';
import type { PhraseFile } from '../../src/playbook/house-rules/texts';

const require = createRequire(import.meta.url);
const { parseTweet, extractUrlsWithIndices } = require('twitter-text') as {
  parseTweet: (text: string) => { weightedLength: number };
  extractUrlsWithIndices: (text: string) => { url: string }[];
};

const phrases = Object.fromEntries(
  localeCodes.map((l) => [l, JSON.parse(readFileSync(`content/house-rules/${l}/phrases.json`, 'utf8')) as PhraseFile]),
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
  email: fc.constantFrom('info@salon-anna.de', 'a@b.hu', 'kontakt@çiçekçi-ayşe.com.tr', 'very.long.address.for.complaints@example-company.co.uk'),
  phone: fc.constantFrom('+49 30 1234567', '+90 (212) 123 45 67', '06-1-234-5678'),
  link: fc.constantFrom('https://salon-anna.de', 'https://a.de', 'https://example.com/kontakt/beschwerden?ref=bio', 'https://xn--szalon-nna-m7a.hu/k'),
};

const nameParts = fc.constantFrom(
  'Salon Anna', 'Çiçekçi Işıl', 'Kőműves Bt.', 'Fűszerbolt Ű', 'Café Zoë', 'Ayşe’nin Fırını', 'ı', 'ő', 'ű', 'İ',
  'e\u0301', 'n\u0303', '💇‍♀️', '🇹🇷', '👍🏽', '🐦‍🔥', '日本', ' & ', 'Co.', 'salon.de', "O'Neil", '-', '  ',
);
const names = fc.oneof(
  fc.constant(''),
  fc.array(nameParts, { maxLength: 4 }).map((a) => a.join(' ')),
  fc.array(nameParts, { minLength: 5, maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
);

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
  })
  .chain((o) => contactValues[o.contact].map((contactValue) => ({ ...o, contactValue, phrases: phrases[o.locale] })));

describe('fitBio', () => {
  it('never exceeds the bio limit as the platform counts, and never cuts silently', () => {
    fc.assert(
      fc.property(options, (o) => {
        const bio = fitBio(o);
        const limit = platformById(o.platform).bio;
        if (!bio.ok) {
          expect(bio.shortenBy).toBeGreaterThan(0);
          if (bio.reason === 'name-too-long') expect(cleanName(o.name)).not.toBe('');
          return;
        }
        for (const count of platformCounts(o.platform, bio.text)) expect(count).toBeLessThanOrEqual(limit.limit);
        if (limit.maxUtf8Bytes) expect(Buffer.byteLength(bio.text, 'utf8')).toBeLessThanOrEqual(limit.maxUtf8Bytes);
        // Criticism is welcome, and where to take it, in every bio that exists.
        const p = o.phrases[o.register].bio;
        expect([p.welcome.long, p.welcome.short].some((w) => bio.text.includes(w))).toBe(true);
        const value = o.contactValue.trim();
        if (value) expect(bio.text).toContain(value);
        else expect([p.contact.dm.long, p.contact.dm.short].some((c) => bio.text.includes(c))).toBe(true);
        // The name is there exactly as typed (cleaned of extra spaces), never altered.
        const name = cleanName(o.name);
        if (name) expect(bio.text).toContain(name);
      }),
      { numRuns: 1500 },
    );
  });

  it('says by how much to shorten a name that cannot fit, and that much is enough', () => {
    fc.assert(
      fc.property(options, fc.string({ unit: 'grapheme', minLength: 60, maxLength: 200 }), (o, long) => {
        const opts = { ...o, contact: 'dm' as const, contactValue: '', name: `Salon ${long}` };
        const bio = fitBio(opts);
        if (bio.ok) return;
        expect(bio.reason).toBe('name-too-long');
        const kept = graphemes(cleanName(opts.name));
        const shorter = kept.slice(0, Math.max(1, kept.length - bio.shortenBy)).join('');
        expect(fitBio({ ...opts, name: shorter }).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a TikTok name that is far too long instead of cutting it', () => {
    const bio = fitBio({ ...base('de'), platform: 'tiktok', name: 'Friseursalon Anna-Lena Müller-Lüdenscheidt & Töchter GmbH & Co. KG' });
    expect(bio).toMatchObject({ ok: false, reason: 'name-too-long' });
  });

  it('reports a link too long for a TikTok bio as the contact to shorten', () => {
    const bio = fitBio({ ...base('en'), platform: 'tiktok', contact: 'link',
      contactValue: 'https://www.example.com/customer-service/complaints/form?source=tiktok' });
    expect(bio).toMatchObject({ ok: false, reason: 'contact-too-long' });
  });

  it('drops the least important parts first and says what it left out', () => {
    const o = { ...base('de'), platform: 'tiktok' as const, register: 'informal' as const, rules: [...ruleIds], replyTime: 'day' as const };
    const bio = fitBio(o);
    expect(bio.ok).toBe(true);
    if (!bio.ok) return;
    expect(bio.count).toBeLessThanOrEqual(80);
    expect(bio.omitted.parts).toContain('replyTime');
    expect(bio.omitted.rules).toContain('on-topic'); // least important goes first
    expect(bio.omitted.rules).not.toContain('no-threats');
    // With room, nothing is left out.
    const roomy = fitBio({ ...o, platform: 'linkedin' });
    expect(roomy.ok && roomy.omitted).toEqual({ parts: [], rules: [], emoji: false });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(options, (o) => {
      expect(fitBio(o)).toEqual(fitBio(structuredClone({ ...o, phrases: o.phrases })));
      expect(fullRules(o)).toEqual(fullRules(o));
    }), { numRuns: 200 });
  });

  it('capitalises a sentence that opens with a list as the language does (Turkish İ)', () => {
    const tr = structuredClone(phrases.tr);
    tr.formal.bio.ruleItems['no-threats'] = 'istenmeyen tehdit';
    const bio = fitBio({ ...base('tr'), phrases: tr, platform: 'linkedin', rules: ['no-threats'] });
    expect(bio.ok && bio.text).toContain('İstenmeyen tehdit yasaktır.');
  });
});

function base(locale: Locale): GeneratorOptions {
  return {
    locale, register: 'formal', phrases: phrases[locale], name: '', platform: 'instagram',
    rules: ['no-threats', 'no-hate', 'no-insults', 'no-spam'], consequences: ['hide', 'block'],
    contact: 'dm', contactValue: '', replyTime: null, emoji: false,
  };
}

describe('outputs are in the chosen language', () => {
  it('uses only the chosen language’s phrases', () => {
    for (const locale of localeCodes) {
      for (const register of registers) {
        const o = { ...base(locale), register, platform: 'linkedin' as const, name: 'Salon Anna' };
        const bio = fitBio(o);
        const full = fullRules(o);
        expect(bio.ok && bio.text).toContain(phrases[locale][register].bio.welcome.long);
        expect(full.text).toContain(phrases[locale][register].full.closing);
        for (const other of localeCodes.filter((l) => l !== locale)) {
          expect(full.text).not.toContain(phrases[other][register].full.closing);
          expect(bio.ok && bio.text).not.toContain(phrases[other][register].bio.welcome.long);
        }
      }
    }
  });
});

describe('fullRules', () => {
  it('holds the rules, the ladder in the chosen order, and where to complain', () => {
    const o = { ...base('hu'), name: 'Kőműves Bt.', consequences: ['warn', 'delete', 'block'] as const,
      contact: 'email' as const, contactValue: 'info@szalon-anna.hu', replyTime: 'workday' as const };
    const { text } = fullRules({ ...o, consequences: [...o.consequences] });
    const f = phrases.hu.formal.full;
    expect(text.startsWith('Házirend – Kőműves Bt.')).toBe(true);
    expect(text).toContain(`1. ${f.consequences.warn}\n2. ${f.consequences.delete}\n3. ${f.consequences.block}`);
    for (const r of o.rules) expect(text).toContain(f.rules[r]);
    expect(text).toContain('info@szalon-anna.hu');
    expect(text).toContain(f.replyTime.workday);
  });

  it('counts against the platform’s post limit and says when it is over', () => {
    const o = { ...base('en'), platform: 'x' as const, rules: [...ruleIds] };
    const full = fullRules(o);
    expect(full.fits).toBe(false);
    expect(full.count).toBeGreaterThan(280);
    expect(fullRules({ ...o, platform: 'facebook' }).fits).toBe(true);
  });
});

describe('typical choices (figures for the report)', () => {
  it('fits every platform in every language', () => {
    const rows: string[] = [];
    for (const locale of localeCodes) {
      const cells: string[] = [];
      for (const platform of platformIds) {
        const o: GeneratorOptions = { ...base(locale), platform, name: 'Salon Anna', register: 'informal',
          contact: 'email', contactValue: 'info@salon-anna.de', replyTime: 'day' };
        const bio = fitBio(o);
        expect(bio.ok, `${locale} ${platform}`).toBe(true);
        if (bio.ok) cells.push(`${platform} ${bio.count}/${bio.limit}${bio.omitted.parts.length + bio.omitted.rules.length ? '*' : ''}`);
      }
      rows.push(`${locale}: ${cells.join(' · ')}`);
    }
    console.log(`bio lengths (typical choices; * = shortened by leaving parts out)\n${rows.join('\n')}`);
  });
});
