// Starts the wizard on its page. The page hands the props over as JSON in a data attribute and
// this module renders the island into that element. It replaces Astro's generic island loader
// (`client:only`), which alone would cost about 3 KB gzip of the page's 15 KB JavaScript budget.
import { render } from 'preact';
import Wizard, { type WizardProps } from './Wizard';

export function mountWizard(root: HTMLElement | null): void {
  if (!root?.dataset.props) return;
  const props = JSON.parse(root.dataset.props) as WizardProps;
  root.removeAttribute('data-props');
  render(<Wizard {...props} />, root);
}
