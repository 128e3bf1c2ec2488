import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Name } from '../../../src/islands/house-rules/fields/name/Name';
import { group, ui } from './group';

afterEach(cleanup);

describe('name', () => {
  it('reports what is typed, when it is left, and the name-in-bio choice', () => {
    const g = group();
    const leave = vi.fn();
    render(<Name {...g} error="" leave={leave} />);
    const input = screen.getByLabelText(ui.name.label);
    fireEvent.input(input, { target: { value: 'Salon' } });
    fireEvent.blur(input);
    fireEvent.click(screen.getByRole('checkbox', { name: ui.name.inBio }));
    expect(g.set.mock.calls).toEqual([[{ name: 'Salon' }], [{ nameInBio: true }]]);
    expect(leave).toHaveBeenCalledOnce();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('ties its error to the field', () => {
    render(<Name {...group()} error="Too long" leave={() => {}} />);
    const input = screen.getByLabelText(ui.name.label);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('hr-name-error hr-name-hint');
    expect(document.getElementById('hr-name-error')?.textContent).toBe('Too long');
  });
});
