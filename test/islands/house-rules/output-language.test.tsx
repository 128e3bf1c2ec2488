import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { OutputLanguage } from '../../../src/islands/house-rules/fields/output-language/OutputLanguage';
import { group, ui } from './group';

const languages = [
  { code: 'en' as const, name: 'English' },
  { code: 'de' as const, name: 'Deutsch' },
];
afterEach(cleanup);

describe('output language and register', () => {
  it('nests the register in the language group, each with its legend', () => {
    const g = group({ register: 'informal' });
    render(<OutputLanguage {...g} languages={languages} />);
    const outer = screen.getByRole('group', { name: ui.output.legend });
    expect(outer.querySelector('fieldset.hr-inline legend')?.textContent).toBe(ui.output.register);
    expect(screen.getByRole('radio', { name: ui.output.informal })).toHaveProperty('checked', true);
    expect(document.querySelector('#hr-lang option[lang="de"]')?.textContent).toBe('Deutsch');
  });

  it('reports the language and the register chosen', () => {
    const g = group();
    render(<OutputLanguage {...g} languages={languages} />);
    fireEvent.change(document.querySelector('#hr-lang')!, { target: { value: 'de' } });
    fireEvent.click(screen.getByRole('radio', { name: ui.output.informal }));
    expect(g.set.mock.calls).toEqual([[{ lang: 'de' }], [{ register: 'informal' }]]);
  });
});
