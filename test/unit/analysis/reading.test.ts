// The comment reader's data and its guarantees: every locale's `comment` section is valid; the
// evidence points into the pasted text; no text throws; a threat anywhere is always a threat.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readComment } from '../../../src/playbook/analysis/reading';
import type { CommentData } from '../../../src/playbook/analysis/reading-data';
import { commentPayload } from '../../../src/playbook/analysis/reading-match';
import { readingShared } from '../../../src/playbook/analysis/reading-shared';
import { commentDataSchema, languagesSchema } from '../../../src/playbook/analysis/reading-schema';

const dir = new URL('../../../content/analysis/', import.meta.url);
// Every locale's file; languages.json is the one all locales share.
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'languages.json');
const sections = Object.fromEntries(
  files.map((f) => {
    const json = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { comment: unknown };
    return [f.replace('.json', ''), json.comment];
  }),
);
// As the wizard fetches it (comment.json): the section with its cue lists compiled by the build.
const payloads = Object.fromEntries(
  Object.entries(sections).map(([l, s]) => [l, commentPayload(s as CommentData)]),
);
const data = (locale: string) => payloads[locale]!;
// As the wizard fetches it (/reading-shared.json): the link hosts and the languages.
const shared = readingShared();

describe('the reading data', () => {
  it('has a comment section for every locale', () => {
    expect(Object.keys(sections).sort()).toEqual(['de', 'en', 'hu', 'tr']);
  });
  for (const [locale, section] of Object.entries(sections)) {
    it(`${locale}: the comment section fits the schema`, () => {
      const r = commentDataSchema.safeParse(section);
      expect(r.success, r.error?.message).toBe(true);
    });
  }

  it('keeps the languages once, for every locale, and names the file when one is wrong', () => {
    expect(Object.keys(shared.languages).sort()).toEqual(['de', 'en', 'hu', 'tr']);
    const wrong = languagesSchema.safeParse({ en: { words: 'The And', letters: '' } });
    expect(wrong.success).toBe(false);
  });
});

describe('readComment', () => {
  it('gives evidence as offsets into the text as pasted, diacritics and ß included', () => {
    const text = 'Ich habe eine Nussallergie – GRÜSSE an die Küche. Ich weiß, wo du wohnst.';
    const out = readComment(text, data('de'), { locale: 'de', ...shared });
    const threat = out.find((s) => s.question === 'abuse')!;
    expect(threat.value).toBe('threat');
    for (const e of threat.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(threat.evidence[0]!.text).toBe('Ich weiß, wo du wohnst');
  });

  it('reads Turkish and Hungarian typed without their letters', () => {
    const tr = readComment('nerde oturdugunu biliyorum dikkatli ol', data('tr'), {
      locale: 'tr',
      ...shared,
    });
    expect(tr.find((s) => s.question === 'abuse')?.value).toBe('threat');
    const hu = readComment('tudom hol laksz, vigyazz', data('hu'), { locale: 'hu', ...shared });
    expect(hu.find((s) => s.question === 'abuse')?.value).toBe('threat');
  });

  it('takes the platform from a pasted link, and suggests none for two different ones', () => {
    const one = (t: string) =>
      readComment(t, data('en'), { locale: 'en', ...shared }).find((s) => s.question === 'platform')
        ?.value;
    expect(one('see https://www.instagram.com/p/abc/')).toBe('instagram');
    expect(one('here fb.com/xyz')).toBe('facebook');
    expect(one('g.co/kgs/Ab12')).toBe('google');
    expect(one('https://maps.app.goo.gl/x7')).toBe('google');
    // Google counts only where a link leads to a place or a knowledge card (the table's paths).
    expect(one('goo.gl/maps/Ab12')).toBe('google');
    expect(one('https://www.google.com/maps/place/Cafe')).toBe('google');
    expect(one('maps.google.co.uk/x')).toBe('google');
    expect(one('g.co/abc')).toBeUndefined();
    expect(one('goo.gl/abc')).toBeUndefined();
    expect(one('https://www.google.de/search?q=cafe')).toBeUndefined();
    expect(one('threads.net/@a/post/1')).toBe('threads');
    expect(one('https://www.hepsiburada.com/x')).toBe('marketplace');
    expect(one('https://www.şikayetvar.com/x')).toBe('review-site');
    expect(one('youtu.be/a and tiktok.com/@b')).toBeUndefined();
    expect(one('I posted on Tripadvisor')).toBeUndefined();
  });

  it('never suggests a milder kind than a threat, whatever else the text says', () => {
    const text = 'Best cake ever, thank you! But I know where you live. Order 12345. Love the team';
    const out = readComment(text, data('en'), { locale: 'en', ...shared });
    expect(out.filter((s) => s.question === 'kind').map((s) => s.value)).toEqual(['abusive']);
    expect(out.find((s) => s.question === 'abuse')?.value).toBe('threat');
  });

  it('reads a phone number as doxxing, unless the writer gives it to be called back', () => {
    const q = (t: string, l: string, id: string) =>
      readComment(t, data(l), { locale: l, ...shared }).find((s) => s.question === id)?.value;
    expect(q("Here is the owner's number 087 442 9183", 'en', 'abuse')).toBe('threat');
    expect(q('Parcel never came, please call me on 087 442 9183', 'en', 'abuse')).toBeUndefined();
    expect(q('Parcel never came, please call me on 087 442 9183', 'en', 'private')).toBe('yes');
    expect(q('Bitte rufen Sie mich an: 0176 23849911', 'de', 'abuse')).toBeUndefined();
    expect(q('Hier seine Nummer: 0176 23849911', 'de', 'abuse')).toBe('threat');
    expect(q('Sie können mich unter 0176 23849911 erreichen', 'de', 'abuse')).toBeUndefined();
    expect(q('Ihre Nummer: 0176 23849911, alle anrufen!', 'de', 'abuse')).toBe('threat');
    expect(q('itt a száma 06 30 412 7789, bármikor elérhető', 'hu', 'abuse')).toBe('threat');
    expect(q('Kérem hívjon fel a 06 30 412 7789 számon', 'hu', 'abuse')).toBeUndefined();
  });

  it('does not read where the writer’s own family lives as doxxing', () => {
    const abuse = (t: string, l: string) =>
      readComment(t, data(l), { locale: l, ...shared }).find((s) => s.question === 'abuse')?.value;
    expect(abuse('My mum lives in Cork and loved the scarf, thanks!', 'en')).toBeUndefined();
    expect(abuse('Meine Oma wohnt in Graz und war begeistert!', 'de')).toBeUndefined();
    expect(abuse("Annem İzmir'de oturuyor, hediyeye bayıldı", 'tr')).toBeUndefined();
    expect(abuse('Anyukám Győrben lakik, nagyon ízlett neki', 'hu')).toBeUndefined();
    expect(abuse('Die Kellnerin wohnt in der Hauptstraße 17', 'de')).toBe('threat');
  });

  it('does not take everyday complaints and praise for threats', () => {
    const everyday: [string, string][] = [
      ['See you tonight, table for four!', 'en'],
      ['We were waiting outside for 20 minutes before they opened', 'en'],
      ['The hot chocolate hurt him, the lid was loose', 'en'],
      ['Too much citric acid in the lemonade', 'en'],
      ['The branch at 14 High Street is always dirty', 'en'],
      ['Die Köche sollten beim Salz besser aufpassen', 'de'],
      ['Wir warten draußen seit einer Stunde auf unseren Tisch', 'de'],
      ['Bitte machen Sie meine Bestellung fertig', 'de'],
      ['Wir wohnen in der Nähe und kommen gern', 'de'],
      ['Die Kerzen anzünden hat niemand gemacht', 'de'],
      ['Lütfen gereğini yapın, sipariş hala gelmedi', 'tr'],
      ['Gelin görürsünüz ne kadar güzel', 'tr'],
      ['Ekmekteki taş yüzünden çenem kırıldı', 'tr'],
      ['Becsöngettem, de senki nem nyitott ajtót', 'hu'],
      ['Szétvert csomagot hozott a futár', 'hu'],
      ['Felrobbant a kávéfőző, amit tőletek vettem', 'hu'],
    ];
    for (const [t, l] of everyday)
      expect(
        readComment(t, data(l), { locale: l, ...shared }).find((s) => s.question === 'abuse')
          ?.value,
        t,
      ).not.toBe('threat');
  });

  it('counts a child as sensitive only where something went wrong', () => {
    const sensitive = (t: string, l: string) =>
      readComment(t, data(l), { locale: l, ...shared }).find((s) => s.question === 'sensitive')
        ?.value;
    expect(sensitive('My daughter loved her birthday cake!', 'en')).toBeUndefined();
    expect(sensitive('My son was sent outside alone, not acceptable', 'en')).toBe('yes');
    expect(sensitive('Kasada oturan çocuk çok ilgisizdi', 'tr')).toBeUndefined();
  });

  it('reads a threat in another of the site’s languages where that data is loaded', () => {
    const text = 'Great cake. Ich bring dich um.';
    const others = { de: data('de'), tr: data('tr'), hu: data('hu') };
    const out = readComment(text, data('en'), { locale: 'en', others, ...shared });
    expect(out.find((s) => s.question === 'abuse')?.value).toBe('threat');
    // A German comment on the English page, read with the German data, still sees an English threat.
    const mixed = 'Der Kuchen war leider trocken und die Bedienung unfreundlich. Watch your back.';
    const read = readComment(mixed, data('en'), { locale: 'en', others, ...shared });
    expect(read.find((s) => s.question === 'lang')?.value).toBe('de');
    expect(read.find((s) => s.question === 'abuse')?.value).toBe('threat');
    expect(read.find((s) => s.question === 'staff')?.value).toBe('yes');
  });

  it('tells a language added to languages.json with no code', () => {
    const languages = {
      ...shared.languages,
      es: {
        words: 'el la los las que de y en por para con una pero muy mi su es no',
        letters: 'ñáéíóú',
      },
    };
    const text = 'La tarta estaba muy seca y el camarero no fue amable con mi madre, una pena.';
    const read = (l: typeof shared.languages) =>
      readComment(text, data('en'), { locale: 'en', links: shared.links, languages: l }).find(
        (s) => s.question === 'lang',
      )?.value;
    expect(read(shared.languages)).toBeUndefined();
    expect(read(languages)).toBe('es');
  });

  it('reads common threats in every language', () => {
    const cases: [string, string][] = [
      ["I'm gonna kill you", 'en'],
      ['we know your address', 'en'],
      ['Ich mach dich kalt', 'de'],
      ['ich kenne deine Adresse', 'de'],
      ['seni öldürürüm', 'tr'],
      ['adresini biliyorum', 'tr'],
      ['megöllek', 'hu'],
      ['tudom a címed', 'hu'],
    ];
    for (const [t, l] of cases)
      expect(
        readComment(t, data(l), { locale: l, ...shared }).find((s) => s.question === 'abuse')
          ?.value,
        t,
      ).toBe('threat');
  });

  it('signs a name only at the end of the text', () => {
    const name = (t: string, l = 'en') =>
      readComment(t, data(l), { locale: l, ...shared }).find((s) => s.question === 'name')?.value;
    expect(name('Cold coffee again. Regards, Anna K.')).toBe('Anna K.');
    expect(name('Regards to Anna, the coffee was cold')).toBeUndefined();
    expect(name('Kalter Kaffee. Viele Grüße, Jürgen', 'de')).toBe('Jürgen');
  });
});

// Random text as people paste it: any Unicode, emoji, right-to-left marks, HTML.
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<b>',
    '&amp;',
    '\u200f',
    '\u202e',
    '\u200d',
    '🤡',
    '👨‍👩‍👧',
    'ß',
    'İ',
    'ǅ',
    'ﷺ',
    '\ud800',
    'https://x.com/a?b=1',
    '0176 2384 9911',
    '(((((((((',
    '\\',
  ),
);
const randomText = fc.array(piece, { maxLength: 120 }).map((p) => p.join('').slice(0, 5000));

const threats: Record<string, string[]> = {
  en: [
    'I know where you live',
    "I'll smash your face",
    'watch your back',
    'call him on 087 442 9183',
  ],
  de: ['Ich weiß wo du wohnst', 'dann gibts was aufs Maul', 'ruft sie an: 0176 23849911'],
  tr: ['Nerde oturduğunu biliyorum', 'dükkanını yakarım', 'numarası 0543 781 26 09'],
  hu: ['Tudom hol laksz', 'szétverem a boltot', 'itt a száma 06 30 412 7789'],
};

describe('readComment on any text (property tests)', () => {
  for (const locale of Object.keys(threats)) {
    it(`${locale}: never throws on up to 5,000 characters`, () => {
      fc.assert(
        fc.property(randomText, (text) => {
          const others = Object.fromEntries(Object.keys(sections).map((l) => [l, data(l)]));
          const out = [
            ...readComment(text, data(locale), { locale, ...shared }),
            ...readComment(text, data(locale), { locale, others, ...shared }),
          ];
          for (const s of out)
            for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
        }),
        { numRuns: 150 },
      );
    });

    it(`${locale}: a threat inserted anywhere is always suggested as a threat`, () => {
      fc.assert(
        fc.property(
          randomText,
          fc.nat(),
          fc.constantFrom(...threats[locale]!),
          (text, at, phrase) => {
            const i = at % (text.length + 1);
            const withThreat = `${text.slice(0, i)} ${phrase} ${text.slice(i)}`;
            const out = readComment(withThreat, data(locale), { locale, ...shared });
            expect(out.find((s) => s.question === 'kind')?.value).toBe('abusive');
            expect(out.find((s) => s.question === 'abuse')?.value).toBe('threat');
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
