import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Rules } from '../../../src/islands/house-rules/fields/rules/Rules';
import { ruleIds } from '../../../src/playbook/house-rules/ids';
import { group, ui } from './group';

afterEach(cleanup);

describe('rules', () => {
  it('offers every rule as a checkbox, adds a rule at the end and removes one', () => {
    const g = group({ rules: ['no-hate'] });
    render(<Rules {...g} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(ruleIds.length);
    expect(document.getElementById('hr-rule-no-hate')).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('checkbox', { name: ui.rules.labels['no-spam'] }));
    fireEvent.click(screen.getByRole('checkbox', { name: ui.rules.labels['no-hate'] }));
    expect(g.set.mock.calls).toEqual([[{ rules: ['no-hate', 'no-spam'] }], [{ rules: [] }]]);
  });
});
