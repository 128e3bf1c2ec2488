import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Emoji } from '../../../src/islands/house-rules/fields/emoji/Emoji';
import { group, ui } from './group';

afterEach(cleanup);

describe('emoji', () => {
  it('is one checkbox under its legend', () => {
    const g = group();
    render(<Emoji {...g} />);
    expect(screen.getByRole('group', { name: ui.emoji.legend })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: ui.emoji.label }));
    expect(g.set).toHaveBeenCalledWith({ emoji: true });
  });
});
