import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Consequences } from '../../../src/islands/house-rules/fields/consequences/Consequences';
import { consequenceIds } from '../../../src/playbook/house-rules/ids';
import { group, ui } from './group';

afterEach(cleanup);

describe('consequences', () => {
  it('lists the chosen steps first, numbered, with move buttons; the first cannot go up', () => {
    render(
      <Consequences
        {...group({ platform: 'facebook', consequences: ['hide', 'warn'] })}
        announce={() => {}}
      />,
    );
    const items = [...document.querySelectorAll('.hr-ladder > li')];
    expect(items).toHaveLength(consequenceIds.length);
    expect(items[0]?.textContent).toContain(`1.${ui.consequences.labels.hide}`);
    expect(document.querySelector('[data-move="hide:up"]')).toHaveProperty('disabled', true);
    expect(document.querySelector('[data-move="warn:down"]')).toHaveProperty('disabled', true);
    expect(items[2]?.querySelector('.hr-move')).toBeNull();
  });

  it('moves a step and announces it', () => {
    const g = group({ platform: 'facebook', consequences: ['hide', 'warn'] });
    const announce = vi.fn();
    render(<Consequences {...g} announce={announce} />);
    fireEvent.click(document.querySelector('[data-move="warn:up"]')!);
    expect(g.set).toHaveBeenCalledWith({ consequences: ['warn', 'hide'] });
    expect(announce.mock.calls[0]?.[0]).toContain(ui.consequences.labels.warn);
  });

  it('lists only the steps the platform offers, and a chosen hide as the delete it becomes', () => {
    const g = group({ platform: 'instagram', consequences: ['hide', 'warn'] });
    render(<Consequences {...g} announce={() => {}} />);
    expect(screen.queryByRole('checkbox', { name: ui.consequences.labels.hide })).toBeNull();
    const items = [...document.querySelectorAll('.hr-ladder > li')];
    expect(items).toHaveLength(4);
    expect(items[0]?.textContent).toContain(`1.${ui.consequences.labels.delete}`);
    expect(
      screen.getByText(ui.consequences.onlyOn.replace('{platform}', 'Instagram')),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: ui.consequences.labels.warn }));
    expect(g.set).toHaveBeenCalledWith({ consequences: ['delete'] });
  });

  it('takes a step out when unticked', () => {
    const g = group({ platform: 'facebook', consequences: ['hide', 'warn'] });
    render(<Consequences {...g} announce={() => {}} />);
    fireEvent.click(screen.getByRole('checkbox', { name: ui.consequences.labels.hide }));
    expect(g.set).toHaveBeenCalledWith({ consequences: ['warn'] });
  });
});
