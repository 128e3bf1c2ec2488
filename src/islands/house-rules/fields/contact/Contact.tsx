// Where complaints go: a kind of contact (no DM where the platform has no private messages), and
// for all but a DM the address, number or link, whose error shows once the field is left.
import { contactKindsOn } from '../../../../playbook/house-rules/contact';
import { contactNeedsValue, type ContactKind } from '../../../../playbook/house-rules/ids';
import { RadioQuestion } from '../choices/Choices';
import { TextField } from '../text-field/TextField';
import type { TypedGroupProps } from '../props';

export function Contact({ ui, state, set, error, leave }: TypedGroupProps) {
  const kind = state.contact as Exclude<ContactKind, 'dm'>;
  const type = kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'url';
  return (
    <RadioQuestion
      legend={ui.contact.legend}
      field="contact"
      ids={contactKindsOn(state.platform)}
      label={(k: ContactKind) => ui.contact.labels[k]}
      state={state}
      set={set}
    >
      {contactNeedsValue(state.contact) && (
        <TextField
          id="hr-contact-value"
          name="contactValue"
          type={type}
          autoComplete={type}
          prefix="hr-contact"
          label={ui.contact.valueLabels[kind]}
          hint={ui.contact.valueHints[kind]}
          value={state.contactValue}
          error={error}
          onText={(contactValue) => set({ contactValue })}
          leave={leave}
        />
      )}
    </RadioQuestion>
  );
}
