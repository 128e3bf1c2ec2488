// The reply check's domain: each warning in each locale, the exclusions (the business's own
// contact, regret, a dated promise), the platform's counting, the data's schema, and that no
// input can make it throw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localeCodes } from '../../../src/i18n/locales';
import { checkReply, replyCount } from '../../../src/playbook/analysis/check';
import { warningIds } from '../../../src/playbook/analysis/ids';
import { parseAnalysis } from '../../../src/playbook/analysis/schema';
import { replyLimits } from '../../../src/playbook/analysis/reply-limits';
import { shortReplyPlatforms } from '../../../src/playbook/analysis/short-replies';
import { replyLimitSources } from '../../../src/playbook/analysis/reply-limit-sources';
import { platformIds } from '../../../src/playbook/decision/platforms';
import { replyData } from './load';

const ids = (locale: string, text: string, platform = 'facebook', comment?: string) =>
  checkReply({ text, platform, comment, locale }, replyData(locale)).map((w) => w.id);

// One reply per warning and locale, written for this test (not from the native set).
const unsafe: Record<string, Record<string, [string, string?]>> = {
  en: {
    health: ['Glad the new crown on your molar feels better after the treatment.'],
    'personal-data': ['Hi Sam, your parcel went to 12 Elm Road on Monday.'],
    records: ['According to our records you cancelled twice.'],
    admission: ['The floor was wet and we accept full liability for your fall.'],
    incentive: ['Change your review to five stars and your next cut is free.'],
    accusation: ['This is a fake review and our lawyer will hear about it.'],
    'impossible-claim': ['We have deleted this review.', 'google'],
    'staff-name': ['Our waiter Jonas has been spoken to.'],
    'asks-data-public': ['Please post your order number below.'],
    'no-date': ['We will look into it and get back to you.'],
    shouting: ['That is NOT WHAT HAPPENED at all.'],
    'too-long': ['Thank you so much! '.repeat(10), 'tiktok'],
  },
  de: {
    health: ['Nach Ihrer Wurzelbehandlung ist ein leichter Schmerz normal.'],
    'personal-data': ['Ihre Bestellnummer 88231 ist unterwegs.'],
    records: ['Laut unserem Kassensystem haben Sie bar bezahlt.'],
    admission: ['Für den Wasserschaden an Ihrem Auto haften wir.'],
    incentive: ['Wenn Sie die Bewertung löschen, gibt es 20 % Rabatt.'],
    accusation: ['Sie lügen, und unser Anwalt ist informiert.'],
    'impossible-claim': ['Die Rezension haben wir entfernt.', 'google'],
    'staff-name': ['Unsere Auszubildende Lena hat das verwechselt.'],
    'asks-data-public': ['Schreiben Sie Ihre Telefonnummer bitte hier in die Kommentare.'],
    'no-date': ['Wir melden uns bei Ihnen.'],
    shouting: ['Das stimmt so nicht!!!'],
    'too-long': ['Danke für Ihr Feedback! '.repeat(14), 'x'],
  },
  tr: {
    health: ['Kanal tedavisinden sonra biraz ağrı olması normaldir.'],
    'personal-data': ['Siparişiniz 4471 numaralı sipariş olarak kargoya verildi.'],
    records: ['Kayıtlarımıza göre iki kez randevu iptal ettiniz.'],
    admission: ['Yaralanmanızın tüm sorumluluğunu kabul ediyoruz.'],
    incentive: ['Yorumunuzu silerseniz yüzde 20 değil, %30 indirim veriyoruz.'],
    accusation: ['Yalan söylüyorsunuz, avukatımız konuyla ilgilenecek.'],
    'impossible-claim': ['Bu yorumu sildik.', 'google'],
    'staff-name': ['Garsonumuz Mehmet ile konuştuk.'],
    'asks-data-public': ['Lütfen sipariş numaranızı buraya yazın.'],
    'no-date': ['Konuyu inceleyip size döneceğiz.'],
    shouting: ['BU DOĞRU DEĞİL, lütfen tekrar okuyun.'],
    'too-long': ['Çok teşekkür ederiz! '.repeat(9), 'tiktok'],
  },
  hu: {
    health: ['A fogtömés után pár napig érzékeny lehet a fog.'],
    'personal-data': ['A 06 30 765 4321-es számán kerestük.'],
    records: ['A nyilvántartásunk szerint kétszer lemondta az időpontot.'],
    admission: ['A balesetért teljes mértékben mi vagyunk a felelősek.'],
    incentive: ['Ha törli az értékelést, ajándék tortát adunk.'],
    accusation: ['Ön hazudik, és ügyvédhez fordulunk.'],
    'impossible-claim': ['Az értékelést töröltük.', 'google'],
    'staff-name': ['Kollégánk, Péter már tudja, mit rontott el.'],
    'asks-data-public': ['Írja meg ide kommentben a rendelésszámát.'],
    'no-date': ['Utánanézünk és visszahívjuk.'],
    shouting: ['EZ NEM IGAZ, kérjük, olvassa el újra.'],
    'too-long': ['Nagyon köszönjük! '.repeat(10), 'tiktok'],
  },
};

// What a naive word list would flag, but is fine.
const safe: Record<string, string[]> = {
  en: [
    'We’re sorry this happened. Please call us at 0161 555 0100 and we’ll sort it out by Friday.',
    'Thanks, Anna! See you on Saturday.',
    'We will call you back tomorrow before 12 noon.',
  ],
  de: [
    'Es tut uns leid, dass das passiert ist. Rufen Sie uns gern unter 030 1234567 an.',
    'Wir melden uns bis morgen 12 Uhr bei Ihnen.',
    'Danke, liebe Anna! Bis Samstag.',
  ],
  tr: [
    'Yaşadıklarınız için üzgünüz. Bize 0212 555 01 01 numarasından ulaşabilirsiniz.',
    'Yarın saat 12’ye kadar size döneceğiz.',
    'Teşekkürler Ayşe Hanım, cumartesi görüşmek üzere!',
  ],
  hu: [
    'Sajnáljuk, hogy így történt. Hívjon minket a 06 1 555 0123-as számon.',
    'Péntekig visszajelzünk.',
    'Köszönjük, Anna! Szombaton várunk.',
  ],
};

describe('the reply check', () => {
  for (const locale of localeCodes) {
    it(`${locale}: each warning fires on a reply that has it`, () => {
      for (const id of warningIds) {
        const [text, platform] = unsafe[locale]![id]!;
        expect(ids(locale, text, platform), `${locale} ${id}: ${text}`).toContain(id);
      }
    });

    it(`${locale}: own contact, regret, a dated promise and a first name raise nothing`, () => {
      for (const text of safe[locale]!) expect(ids(locale, text), text).toEqual([]);
    });

    it(`${locale}: marks the words that triggered a warning`, () => {
      const [text] = unsafe[locale]!.shouting!;
      const w = checkReply({ text, platform: 'facebook', locale }, replyData(locale))[0]!;
      expect(w.matches.length).toBeGreaterThan(0);
      for (const m of w.matches) expect(m.end).toBeGreaterThan(m.start);
      expect(w.sentence.length).toBeGreaterThan(10);
      expect(w.guide).toBe('principles');
    });
  }

  it('the business’s own contact is never personal data, wherever it stands', () => {
    const data = replyData('en');
    const text = 'Thanks for waiting. 0161 555 0100 is the number to ring.';
    expect(checkReply({ text, locale: 'en' }, data).map((w) => w.id)).toContain('personal-data');
    expect(
      checkReply({ text, locale: 'en', business: { contact: ['0161 5550100'] } }, data).map(
        (w) => w.id,
      ),
    ).not.toContain('personal-data');
  });

  it('a name the comment blames, repeated in the reply, is staff-name', () => {
    const comment = 'The waitress Mia was so rude to us.';
    expect(ids('en', 'We have talked to Mia about it.', 'facebook', comment)).toContain(
      'staff-name',
    );
  });

  it('claims of deleting depend on the platform: fine on your own Instagram, not under a Google review', () => {
    expect(ids('en', 'We have deleted the comment.', 'instagram')).not.toContain(
      'impossible-claim',
    );
    expect(ids('en', 'We have deleted the comment.', 'google')).toContain('impossible-claim');
  });

  it('counts as the platform counts: X weighs emoji double, TikTok counts characters', () => {
    expect(replyCount('a'.repeat(150), 'tiktok')).toEqual({ n: 150, max: 150, over: false });
    expect(replyCount('a'.repeat(151), 'tiktok').over).toBe(true);
    expect(replyCount('😀'.repeat(140), 'x')).toEqual({ n: 280, max: 280, over: false });
    expect(replyCount('😀'.repeat(141), 'x').over).toBe(true);
    expect(replyCount('x'.repeat(9999), 'group')).toEqual({ n: 9999, max: null, over: false });
    expect(replyCount('hi', 'not-a-platform').max).toBeNull();
  });

  it('marks exactly the part past the limit', () => {
    const text = 'a'.repeat(150) + 'bcd';
    const w = checkReply({ text, platform: 'tiktok' }, replyData('en')).find(
      (x) => x.id === 'too-long',
    )!;
    expect(w.matches).toEqual([{ start: 150, end: 153 }]);
  });

  it('never throws, whatever the text, platform or comment (up to 5000 characters)', () => {
    const data = replyData('tr');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 5000, unit: 'grapheme' }),
        fc.string(),
        fc.string({ maxLength: 300 }),
        (text, platform, comment) => {
          const out = checkReply({ text, platform, comment, locale: 'tr' }, data);
          for (const w of out)
            for (const m of w.matches) {
              expect(m.start).toBeGreaterThanOrEqual(0);
              expect(m.end).toBeLessThanOrEqual(text.length);
            }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('the data', () => {
  it('every locale’s file passes the schema', () => {
    for (const locale of localeCodes) expect(() => replyData(locale)).not.toThrow();
  });

  it('a wrong file fails naming the file and the key', () => {
    const good = JSON.parse(readFileSync('content/analysis/en.json', 'utf8'));
    const bad = structuredClone(good);
    delete bad.reply.say.health;
    bad.reply.rules.records[0].match.push('(unclosed');
    expect(() => parseAnalysis('content/analysis/xx.json', bad)).toThrow(
      /content\/analysis\/xx\.json: missing key "reply\.say\.health"[\s\S]*"reply\.rules\.records\.0\.match\.\d+" \(not a valid regular expression/,
    );
  });

  it('stays within 12 KB gzip per locale', async () => {
    const { gzipSync } = await import('node:zlib');
    for (const locale of localeCodes) {
      const reply = JSON.stringify(replyData(locale));
      expect(gzipSync(reply, { level: 9 }).length, locale).toBeLessThanOrEqual(12 * 1024);
    }
  });

  it('the wizard’s short-reply platforms are those whose limit is at most 500 characters', () => {
    expect([...shortReplyPlatforms].sort()).toEqual(
      platformIds.filter((id) => (replyLimits[id].max ?? Infinity) <= 500).sort(),
    );
  });

  it('every platform of the wizard has a reply limit with a dated source', () => {
    for (const id of platformIds) {
      expect(replyLimits[id], id).toBeDefined();
      const s = replyLimitSources[id];
      expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.note.length).toBeGreaterThan(10);
      if (replyLimits[id].max !== null) expect(s.urls.length, id).toBeGreaterThan(0);
      for (const url of s.urls) expect(url).toMatch(/^https:\/\//);
    }
  });
});
