// Where the rules go: the platform sets the bio's limit and how it counts.
import { platformIds, type PlatformId } from '../../../../playbook/house-rules/ids';
import { platformById } from '../../../../playbook/house-rules/platforms';
import { Radios } from '../choices/Choices';
import type { GroupProps } from '../props';

export function Platform({ ui, state, set }: GroupProps) {
  return (
    <fieldset>
      <legend>{ui.platform.legend}</legend>
      <p class="hr-hint" id="hr-platform-hint">
        {ui.platform.hint}
      </p>
      <div class="hr-choices hr-choices-wide">
        <Radios
          field="platform"
          ids={platformIds}
          label={(id: PlatformId) => platformById(id).label}
          describedBy="hr-platform-hint"
          state={state}
          set={set}
        />
      </div>
    </fieldset>
  );
}
