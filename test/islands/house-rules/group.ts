// What a field group's test needs: real texts, a state and a setter that records each patch.
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import type { HouseRulesUi } from '../../../src/playbook/house-rules/schema';
import { defaultState, type HouseRulesState } from '../../../src/playbook/house-rules/state';

export const ui = JSON.parse(
  readFileSync('content/house-rules/en/ui.json', 'utf8'),
) as HouseRulesUi;

export function group(patch: Partial<HouseRulesState> = {}) {
  return { ui, state: { ...defaultState('en'), ...patch }, set: vi.fn() };
}
