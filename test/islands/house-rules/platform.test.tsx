import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Platform } from '../../../src/islands/house-rules/fields/platform/Platform';
import { platformIds } from '../../../src/playbook/house-rules/ids';
import { platformById } from '../../../src/playbook/house-rules/platforms';
import { group, ui } from './group';

afterEach(cleanup);

describe('platform', () => {
  it('offers every platform as a radio under its legend, the hint tied to each', () => {
    const g = group({ platform: 'tiktok' });
    render(<Platform {...g} />);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(platformIds.length);
    expect(screen.getByRole('group', { name: ui.platform.legend })).toBeTruthy();
    expect(radios.every((r) => r.getAttribute('aria-describedby') === 'hr-platform-hint')).toBe(
      true,
    );
    expect(screen.getByRole('radio', { name: platformById('tiktok').label })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: platformById('x').label }));
    expect(g.set).toHaveBeenCalledWith({ platform: 'x' });
  });
});
