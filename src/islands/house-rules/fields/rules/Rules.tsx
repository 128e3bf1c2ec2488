// Which rules the page sets: checkboxes, in the order the rules are listed.
import { ruleIds } from '../../../../playbook/house-rules/ids';
import type { GroupProps } from '../props';

export function Rules({ ui, state, set }: GroupProps) {
  return (
    <fieldset>
      <legend>{ui.rules.legend}</legend>
      <p class="hr-hint">{ui.rules.hint}</p>
      <div class="hr-choices">
        {ruleIds.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              id={`hr-rule-${id}`}
              value={id}
              checked={state.rules.includes(id)}
              onChange={(e) => {
                const rest = state.rules.filter((x) => x !== id);
                set({
                  rules: (e.currentTarget as HTMLInputElement).checked ? [...rest, id] : rest,
                });
              }}
            />
            {ui.rules.labels[id]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
