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

interface GroupOfRadios<F extends RadioField> extends Props<F> {
  legend: ComponentChildren;
  /** A hint under the legend, by id; the radios are described by it. */
  hint?: { id: string; text: ComponentChildren };
  /** Wide labels (platform names) take two columns on a phone. */
  wide?: boolean;
  children?: ComponentChildren;
}

/** A question answered by one radio: <fieldset>, <legend>, an optional hint, the radios. */
export function RadioQuestion<F extends RadioField>({
  legend,
  hint,
  wide,
  children,
  ...radios
}: GroupOfRadios<F>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint && (
        <p class="hr-hint" id={hint.id}>
          {hint.text}
        </p>
      )}
      <div class={wide ? 'hr-choices hr-choices-wide' : 'hr-choices'}>
        <Radios {...radios} describedBy={hint?.id} />
      </div>
      {children}
    </fieldset>
  );
}
