import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Radios } from '../../../src/islands/house-rules/fields/choices/Choices';
import { group } from './group';

afterEach(cleanup);

describe('radios', () => {
  it('renders one labelled radio per id, named after the field, and checks the chosen one', () => {
    const g = group({ contact: 'email' });
    render(
      <Radios
        field="contact"
        ids={['dm', 'email']}
        label={(id: string) => id.toUpperCase()}
        {...g}
      />,
    );
    expect(screen.getByRole('radio', { name: 'EMAIL' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'DM' }).getAttribute('name')).toBe('contact');
    fireEvent.click(screen.getByRole('radio', { name: 'DM' }));
    expect(g.set).toHaveBeenCalledWith({ contact: 'dm' });
  });

  it('stands "" for no choice: checked when the field is null, and set as null', () => {
    const g = group({ replyTime: 'day' });
    render(
      <Radios field="replyTime" ids={['', 'day']} label={(id: string) => id || 'none'} {...g} />,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'none' }));
    expect(g.set).toHaveBeenCalledWith({ replyTime: null });
  });
});
