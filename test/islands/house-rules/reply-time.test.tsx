import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ReplyTime } from '../../../src/islands/house-rules/fields/reply-time/ReplyTime';
import { replyTimeIds } from '../../../src/playbook/house-rules/ids';
import { group, ui } from './group';

afterEach(cleanup);

describe('reply time', () => {
  it('offers "say nothing" first, checked by default, then every reply time', () => {
    const g = group();
    render(<ReplyTime {...g} />);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(replyTimeIds.length + 1);
    expect(radios[0]).toHaveProperty('checked', true);
    expect(radios[0]?.getAttribute('value')).toBe('');
    fireEvent.click(screen.getByRole('radio', { name: ui.replyTime.labels[replyTimeIds[0]!] }));
    expect(g.set).toHaveBeenCalledWith({ replyTime: replyTimeIds[0] });
  });

  it('reports "say nothing" as no reply time', () => {
    const g = group({ replyTime: replyTimeIds[0]! });
    render(<ReplyTime {...g} />);
    fireEvent.click(screen.getByRole('radio', { name: ui.replyTime.none }));
    expect(g.set).toHaveBeenCalledWith({ replyTime: null });
  });
});
