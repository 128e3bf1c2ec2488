// Starts an island from its page: the page puts the props as JSON in the root's data-props and
// imports this from a module script. It stands in for Astro's generic island loader
// (`client:*`), which alone would cost ~3.3 KB gzip of a tool page's 15 KB JavaScript budget.
// 'hydrate' takes over markup the server already rendered; 'render' replaces a no-JS fallback.
import { h, hydrate, render, type ComponentType } from 'preact';

export function mountIsland<P extends object>(
  root: HTMLElement | null,
  Component: ComponentType<P>,
  mode: 'hydrate' | 'render',
): void {
  if (!root?.dataset.props) return;
  const props = JSON.parse(root.dataset.props) as P;
  root.removeAttribute('data-props');
  (mode === 'hydrate' ? hydrate : render)(h(Component, props), root);
}
