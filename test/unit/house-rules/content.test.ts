// Every locale has every text, in both registers, and the checker names the file and the key when
// one is missing. The user's name always stands alone in the templates (no suffix, no article).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales';
import {
  checkContent,
  houseRulesUiSchema,
  phraseFileSchema,
  type PhraseFile,
} from '../../../src/playbook/house-rules/schema';

const dir = 'content/house-rules';
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('house-rules content', () => {
  it('has a folder for every locale and none for a language the site does not speak', () => {
    const folders = readdirSync(dir).filter((f) => !f.includes('.'));
    expect(folders.sort()).toEqual([...localeCodes].sort());
  });

  for (const locale of localeCodes) {
    it(`${locale}: ui.json and phrases.json are complete`, () => {
      for (const [name, schema] of [
        ['ui.json', houseRulesUiSchema],
        ['phrases.json', phraseFileSchema],
      ] as const) {
        const file = `${dir}/${locale}/${name}`;
        expect(existsSync(file), `${file} is missing`).toBe(true);
        expect(() => checkContent(schema as never, file, read(file))).not.toThrow();
      }
    });
  }

  it('names the file and the key of a missing or empty text', () => {
    const data = read(`${dir}/de/phrases.json`) as PhraseFile;
    const broken = structuredClone(data) as unknown as {
      informal: { bio: { ruleItems: Record<string, string> } };
    };
    delete broken.informal.bio.ruleItems['no-hate'];
    expect(() =>
      checkContent(phraseFileSchema, 'content/house-rules/de/phrases.json', broken),
    ).toThrow(
      /content\/house-rules\/de\/phrases\.json: missing key "informal\.bio\.ruleItems\.no-hate"/,
    );
    const emptied = structuredClone(data) as unknown as { formal: { full: { criticism: string } } };
    emptied.formal.full.criticism = '  ';
    expect(() => checkContent(phraseFileSchema, 'x.json', emptied)).toThrow(
      /x\.json: invalid value for key "formal\.full\.criticism"/,
    );
    const noSlot = structuredClone(data) as unknown as {
      formal: { bio: { contact: { email: { short: string } } } };
    };
    noSlot.formal.bio.contact.email.short = 'Mail';
    expect(() => checkContent(phraseFileSchema, 'y.json', noSlot)).toThrow(
      /formal\.bio\.contact\.email\.short.*\{value\}/,
    );
  });

  it('names an unknown key too', () => {
    const ui = read(`${dir}/hu/ui.json`) as Record<string, unknown>;
    expect(() => checkContent(houseRulesUiSchema, 'hu/ui.json', { ...ui, extra: 'x' })).toThrow(
      /hu\/ui\.json: unknown key\(s\) "extra"/,
    );
  });

  // The name is never inflected: no letter or apostrophe glued to it (Turkish "{name}'ın"), and in
  // Hungarian no article before it ("a {name}" depends on how the name sounds).
  it('lets the name stand alone in every template', () => {
    for (const locale of localeCodes) {
      const data = read(`${dir}/${locale}/phrases.json`) as PhraseFile;
      for (const register of ['formal', 'informal'] as const) {
        const templates = [
          data[register].bio.heading.long,
          data[register].bio.heading.short,
          data[register].full.title,
          ...Object.values(data[register].bio.contact).flatMap((v) => [v.long, v.short]),
          ...Object.values(data[register].full.contact),
        ];
        for (const t of templates) {
          for (const slot of ['{name}', '{value}']) {
            const at = t.indexOf(slot);
            if (at < 0) continue;
            const before = t.slice(0, at);
            const after = t.slice(at + slot.length);
            expect(after, `${locale}/${register}: "${t}"`).not.toMatch(/^[\p{L}\p{N}'’-]/u);
            expect(before, `${locale}/${register}: "${t}"`).not.toMatch(/[\p{L}\p{N}'’-]$/u);
            if (locale === 'hu')
              expect(before, `hu/${register}: "${t}"`).not.toMatch(/(^|\s)az?\s$/iu);
          }
        }
      }
    }
  });

  it('keeps the registers apart where a language has them', () => {
    const de = read(`${dir}/de/phrases.json`) as PhraseFile;
    expect(de.formal.full.rules.respect).toMatch(/\bSie\b/);
    expect(de.informal.full.rules.respect).not.toMatch(/\bSie\b/);
    const hu = read(`${dir}/hu/phrases.json`) as PhraseFile;
    expect(hu.formal.bio.contact.dm.long).toMatch(/^Panaszát\b/);
    expect(hu.informal.bio.contact.dm.long).toMatch(/^Panaszodat\b/);
    const tr = read(`${dir}/tr/phrases.json`) as PhraseFile;
    expect(tr.formal.bio.contact.dm.long).toMatch(/yazın/);
    expect(tr.informal.bio.contact.dm.long).toMatch(/yaz\./);
  });

  // Findings of the native reviews (2026-11-30) that must not come back.
  it('keeps out the phrasings the native reviewers rejected', () => {
    const all = (l: string) =>
      JSON.stringify(read(`${dir}/${l}/phrases.json`)) +
      JSON.stringify(read(`${dir}/${l}/ui.json`));
    expect(all('hu')).not.toMatch(/Szabálysértés|szabálysértés|Tilos|Különben|azért, aki\./);
    expect(all('de')).not.toMatch(
      /Tabu:|Sonst:|fremde Daten|Off-Topic|Illegales|sperren das Konto|ohne angehängte Endungen/,
    );
    expect(all('tr')).not.toMatch(
      /ricamız var|kişisel veri ifşası yok|konu dışı yorum yok|yasa dışı içerik yasaktır/,
    );
    expect(all('en')).not.toMatch(/Otherwise:|rudeness|"Here: /);
  });

  // Findings of the native reviews (2026-12-07): the Hungarian Ön register says "üzenet", never the
  // casual "DM"; and a pinned item is named without "poszt" (on TikTok it is a video).
  it('keeps "DM" out of the Hungarian formal bio and "kitűzött poszt" out of every Hungarian bio', () => {
    const hu = read(`${dir}/hu/phrases.json`) as PhraseFile;
    expect(JSON.stringify(hu.formal.bio)).not.toMatch(/\bDM/);
    for (const register of ['formal', 'informal'] as const)
      expect(JSON.stringify(hu[register].bio.pointer)).not.toMatch(/poszt/);
  });
});

describe('platform limits', () => {
  it('has a source and a check date for every platform', async () => {
    const { platformIds } = await import('../../../src/playbook/house-rules/ids');
    const { platforms } = await import('../../../src/playbook/house-rules/platforms');
    const { platformSources } = await import('../../../src/playbook/house-rules/platform-sources');
    expect(platforms.map((p) => p.id)).toEqual([...platformIds]);
    for (const id of platformIds) {
      expect(platformSources[id].url, id).toMatch(/^https:\/\/[^\s]+$/);
      expect(platformSources[id].site, id).not.toBe('');
      expect(platformSources[id].checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // The limits of the design, where the sources agree with it.
    expect(Object.fromEntries(platforms.map((p) => [p.id, p.bio.limit]))).toEqual({
      instagram: 150,
      x: 160,
      tiktok: 80,
      threads: 150,
      bluesky: 256,
      mastodon: 500,
      youtube: 1000,
      facebook: 101,
      linkedin: 2600,
    });
  });
});
