// What the user typed: a clear message key for each kind of bad input, nothing for good input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  nameMaxGraphemes,
  validateContactValue,
  validateInputs,
  validateName,
} from '../../../src/playbook/house-rules/validate';

describe('input validation', () => {
  it('accepts real addresses, numbers and https links', () => {
    for (const v of ['info@salon-anna.de', 'ayşe@çiçekçi.com.tr', 'a.b+c@d.co.uk'])
      expect(validateContactValue('email', v)).toBeNull();
    for (const v of ['+49 30 1234567', '+90 (212) 123 45 67', '06-1-234-5678', '030/1234567'])
      expect(validateContactValue('phone', v)).toBeNull();
    for (const v of [
      'https://salon-anna.de',
      'https://szalon-anna.hu/kapcsolat?x=1',
      'https://çiçekçi.com.tr',
    ])
      expect(validateContactValue('link', v)).toBeNull();
    expect(validateContactValue('dm', '')).toBeNull();
  });

  it('accepts the examples the form gives, on the reserved .example domain', () => {
    for (const locale of ['en', 'de', 'tr', 'hu']) {
      const ui = readFileSync(`content/house-rules/${locale}/ui.json`, 'utf8');
      const emails = ui.match(/[\w.-]+@[\w.-]+/g) ?? [];
      const links = ui.match(/https:\/\/[\w.-]+\.\w+[^\s"]*/g) ?? [];
      expect(emails.length + links.length, locale).toBeGreaterThan(0);
      for (const e of emails) expect(e.endsWith('.example'), e).toBe(true);
      for (const e of emails) expect(validateContactValue('email', e), e).toBeNull();
      for (const l of links) expect(new URL(l).hostname.endsWith('.example'), l).toBe(true);
      for (const l of links) expect(validateContactValue('link', l), l).toBeNull();
    }
  });

  it('names what is wrong', () => {
    expect(validateContactValue('email', 'info at salon')).toBe('email-invalid');
    expect(validateContactValue('email', 'info@salon')).toBe('email-invalid');
    expect(validateContactValue('email', '  ')).toBe('contact-missing');
    expect(validateContactValue('phone', 'call me')).toBe('phone-invalid');
    expect(validateContactValue('phone', '123')).toBe('phone-invalid');
    expect(validateContactValue('link', 'http://salon-anna.de')).toBe('link-not-https');
    expect(validateContactValue('link', 'salon-anna.de')).toBe('link-not-https');
    expect(validateContactValue('link', 'https://localhost')).toBe('link-invalid');
    expect(validateContactValue('link', 'https://a b.de')).toBe('link-invalid');
    expect(validateContactValue('link', 'https://user:pw@salon.de')).toBe('link-invalid');
    expect(validateContactValue('email', `${'a'.repeat(200)}@b.de`)).toBe('contact-too-long');
  });

  it('flags a name that can never fit, counting what a person sees', () => {
    expect(validateName('Salon Anna')).toBeNull();
    expect(validateName('👩‍👩‍👧'.repeat(nameMaxGraphemes))).toBeNull(); // one grapheme each
    expect(validateName('ő'.repeat(nameMaxGraphemes + 1))).toBe('name-too-long');
  });

  it('reports per field and never throws', () => {
    expect(
      validateInputs({ name: 'x'.repeat(99), contact: 'link', contactValue: 'http://a.de' }),
    ).toEqual([
      { field: 'name', error: 'name-too-long' },
      { field: 'contactValue', error: 'link-not-https' },
    ]);
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('dm', 'email', 'phone', 'link' as const),
        (v, kind) => {
          validateInputs({ name: v, contact: kind, contactValue: v });
        },
      ),
    );
  });
});
