// Where complaints go: a kind of contact, and for all but a DM the address, number or link, whose
// error shows once the field is left.
import {
  contactKinds,
  contactNeedsValue,
  type ContactKind,
} from '../../../../playbook/house-rules/ids';
import { Radios } from '../choices/Choices';
import type { GroupProps } from '../props';

export function Contact({
  ui,
  state,
  set,
  error,
  leave,
}: GroupProps & { error: string; leave: () => void }) {
  const kind = state.contact as Exclude<ContactKind, 'dm'>;
  const type = kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'url';
  return (
    <fieldset>
      <legend>{ui.contact.legend}</legend>
      <div class="hr-choices">
        <Radios
          field="contact"
          ids={contactKinds}
          label={(k: ContactKind) => ui.contact.labels[k]}
          state={state}
          set={set}
        />
      </div>
      {contactNeedsValue(state.contact) && (
        <div class="hr-field">
          <label for="hr-contact-value">{ui.contact.valueLabels[kind]}</label>
          <input
            id="hr-contact-value"
            name="contactValue"
            value={state.contactValue}
            type={type}
            autoComplete={type}
            aria-describedby={error ? 'hr-contact-error hr-contact-hint' : 'hr-contact-hint'}
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => set({ contactValue: (e.currentTarget as HTMLInputElement).value })}
            onBlur={leave}
          />
          <p class="hr-hint" id="hr-contact-hint">
            {ui.contact.valueHints[kind]}
          </p>
          {error && (
            <p class="hr-error" id="hr-contact-error">
              {error}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
