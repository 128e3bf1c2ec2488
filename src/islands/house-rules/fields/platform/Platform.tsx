// Where the rules go: the platform sets the bio's limit and how it counts.
import { platformIds, type PlatformId } from '../../../../playbook/house-rules/ids';
import { platformById } from '../../../../playbook/house-rules/platforms';
import { RadioQuestion } from '../choices/Choices';
import type { GroupProps } from '../props';

export function Platform({ ui, state, set }: GroupProps) {
  return (
    <RadioQuestion
      legend={ui.platform.legend}
      hint={{ id: 'hr-platform-hint', text: ui.platform.hint }}
      wide
      field="platform"
      ids={platformIds}
      label={(id: PlatformId) => platformById(id).label}
      state={state}
      set={set}
    />
  );
}
