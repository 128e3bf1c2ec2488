// A list of radio buttons for one field of the state, one per id, each labelled: the shape the
// register, platform, contact and reply time questions share. The caller keeps the <fieldset> and
// <legend> around it. The id "" stands for no choice (null), as "say nothing" does for reply time.
import type { ComponentChildren } from 'preact';
import type { HouseRulesState } from '../../../../playbook/house-rules/state';
import type { GroupProps } from '../props';

type RadioField = 'register' | 'platform' | 'contact' | 'replyTime';

interface Props<F extends RadioField> extends Omit<GroupProps, 'ui'> {
  field: F;
  ids: readonly ('' | NonNullable<HouseRulesState[F]>)[];
  label: (id: never) => ComponentChildren;
  describedBy?: string;
}

export function Radios<F extends RadioField>({
  field,
  ids,
  label,
  describedBy,
  state,
  set,
}: Props<F>) {
  return (
    <>
      {ids.map((id) => (
        <label key={id}>
          <input
            type="radio"
            name={field}
            value={id}
            checked={(state[field] ?? '') === id}
            aria-describedby={describedBy}
            onChange={() => set({ [field]: id || null })}
          />
          {label(id as never)}
        </label>
      ))}
    </>
  );
}
