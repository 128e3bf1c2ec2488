// What every field group gets from the island: the texts, the state and the one setter. Stateless:
// the island holds the state, a group only renders it and reports changes.
import type { HouseRulesUi } from '../../../playbook/house-rules/schema';
import type { HouseRulesState } from '../../../playbook/house-rules/state';

export interface GroupProps {
  ui: HouseRulesUi;
  state: HouseRulesState;
  set: (patch: Partial<HouseRulesState>) => void;
}

/** Fields that validate when the user leaves them. */
export type Field = 'name' | 'contactValue' | 'reserve';

/** A group with a typed field: its error, and what to do when the user leaves it. */
export interface TypedGroupProps extends GroupProps {
  error: string;
  leave: () => void;
}
