import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Contact } from '../../../src/islands/house-rules/fields/contact/Contact';
import { group, ui } from './group';

afterEach(cleanup);

describe('contact', () => {
  it('asks for no value for a direct message', () => {
    render(<Contact {...group({ contact: 'dm' })} error="" leave={() => {}} />);
    expect(document.getElementById('hr-contact-value')).toBeNull();
    expect(screen.getByRole('radio', { name: ui.contact.labels.dm })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('asks for a phone number as a phone field, ties its error, reports typing and leaving', () => {
    const g = group({ contact: 'phone' });
    const leave = vi.fn();
    render(<Contact {...g} error="Not a number" leave={leave} />);
    const input = screen.getByLabelText(ui.contact.valueLabels.phone);
    expect(input.getAttribute('type')).toBe('tel');
    expect(input.getAttribute('autocomplete')).toBe('tel');
    expect(input.getAttribute('aria-describedby')).toBe('hr-contact-error hr-contact-hint');
    fireEvent.input(input, { target: { value: '+49 30' } });
    fireEvent.blur(input);
    fireEvent.click(screen.getByRole('radio', { name: ui.contact.labels.email }));
    expect(g.set.mock.calls).toEqual([[{ contactValue: '+49 30' }], [{ contact: 'email' }]]);
    expect(leave).toHaveBeenCalledOnce();
  });
});

describe('contact on a platform without private messages', () => {
  it('offers no direct message on YouTube, and keeps the typed address', () => {
    render(
      <Contact
        {...group({ platform: 'youtube', contact: 'email', contactValue: 'info@ornek.com.tr' })}
        error=""
        leave={() => {}}
      />,
    );
    expect(screen.queryByRole('radio', { name: ui.contact.labels.dm })).toBeNull();
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByLabelText(ui.contact.valueLabels.email)).toHaveProperty(
      'value',
      'info@ornek.com.tr',
    );
  });
});
