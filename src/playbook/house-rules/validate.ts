// Checks what the user typed. Returns message keys (the texts live in content/house-rules/<locale>/
// ui.json under "errors"), never throws, and never changes the input: a bad value is reported,
// and the typed text stays in its field for the user to fix.
import { contactNeedsValue, type ContactKind, type PlatformId } from './ids';
import { graphemeCount } from './measure';
import { platformById } from './platforms';
import { isReserve } from './state';

/** The longest name the form takes; it only goes into the bio when asked, and gives way first. */
export const nameMaxGraphemes = 60;
export const contactValueMax = 200;

export type InputError =
  | 'name-too-long'
  | 'contact-missing'
  | 'email-invalid'
  | 'phone-invalid'
  | 'link-not-https'
  | 'link-invalid'
  | 'contact-too-long'
  | 'reserve-invalid';

export interface FieldError {
  field: 'name' | 'contactValue' | 'reserve';
  error: InputError;
}

export function validateName(name: string): InputError | null {
  return graphemeCount(name.trim()) > nameMaxGraphemes ? 'name-too-long' : null;
}

export function validateContactValue(kind: ContactKind, raw: string): InputError | null {
  if (!contactNeedsValue(kind)) return null;
  const value = raw.trim();
  if (value === '') return 'contact-missing';
  if (value.length > contactValueMax) return 'contact-too-long';
  switch (kind) {
    case 'email':
      // One @, something on both sides, a dot in the domain, no spaces: what a person can check.
      return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u.test(value) ? null : 'email-invalid';
    case 'phone': {
      const digits = value.replace(/\D/g, '').length;
      return /^\+?[\d\s()./-]+$/.test(value) && digits >= 5 && digits <= 15
        ? null
        : 'phone-invalid';
    }
    case 'link':
      return linkError(value);
  }
  return null;
}

function linkError(value: string): InputError | null {
  if (/^http:\/\//i.test(value) || !/^[a-z][a-z\d+.-]*:\/\//i.test(value)) {
    // "salon.de" or "http://…": only an https link is offered to customers.
    return /\s/.test(value) ? 'link-invalid' : 'link-not-https';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'link-invalid';
  }
  if (url.protocol !== 'https:') return 'link-not-https';
  if (!url.hostname.includes('.') || /\s/.test(value) || url.username || url.password)
    return 'link-invalid';
  return null;
}

export function validateInputs(input: {
  name: string;
  contact: ContactKind;
  contactValue: string;
}): FieldError[] {
  const errors: FieldError[] = [];
  const name = validateName(input.name);
  if (name) errors.push({ field: 'name', error: name });
  const contact = validateContactValue(input.contact, input.contactValue);
  if (contact) errors.push({ field: 'contactValue', error: contact });
  return errors;
}

/**
 * Every field's problem, the reserve as typed included: it may be half-typed or invalid while the
 * state keeps the last valid one. Empty means the default reserve, which is always valid.
 */
export function validateForm(
  input: { name: string; contact: ContactKind; contactValue: string; platform: PlatformId },
  reserveTyped: string,
): FieldError[] {
  const errors = validateInputs(input);
  const reserve = reserveTyped.trim();
  if (reserve !== '' && !isReserve(reserve, platformById(input.platform).bio.limit))
    errors.push({ field: 'reserve', error: 'reserve-invalid' });
  return errors;
}
