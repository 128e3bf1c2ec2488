import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Reserve } from '../../../src/islands/house-rules/fields/reserve/Reserve';
import { ui } from './group';

afterEach(cleanup);

describe('reserve', () => {
  it('shows the default as placeholder, the default and the most in the hint, and passes the text on', () => {
    const setText = vi.fn();
    const leave = vi.fn();
    render(
      <Reserve ui={ui} text="" setText={setText} error="" leave={leave} byDefault={50} most={97} />,
    );
    const input = screen.getByLabelText(ui.reserve.label);
    expect(input.getAttribute('placeholder')).toBe('50');
    expect(document.getElementById('hr-reserve-hint')?.textContent).toContain('97');
    fireEvent.input(input, { target: { value: '4x' } });
    fireEvent.blur(input);
    expect(setText).toHaveBeenCalledWith('4x');
    expect(leave).toHaveBeenCalledOnce();
  });

  it('ties its error to the field', () => {
    render(
      <Reserve
        ui={ui}
        text="4x"
        setText={() => {}}
        error="Digits only"
        leave={() => {}}
        byDefault={50}
        most={97}
      />,
    );
    const input = screen.getByLabelText(ui.reserve.label);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(
      'hr-reserve-error hr-reserve-hint hr-reserve-order',
    );
  });
});
