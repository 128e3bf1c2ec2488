// Vite wraps every dynamic import() of the islands in its preload helper (880 bytes gzip, a file
// of its own on the wizard and the reply check), which fetches the imported chunk's own imports in
// parallel and adds its stylesheets. Here neither is needed: no lazy chunk has CSS (styles go
// inline), and what the lazy chunks import the page has mostly loaded already (Preact, the
// platform table), or the offline worker serves it from the device. `build.modulePreload: false`
// empties the dependency lists but keeps the helper (vitejs/vite#18551 and #13952, open on
// 2026-12-07), so this plugin answers for the helper's module with one that only runs the import.
// A failed import still rejects, and each caller already handles that.

const helperId = '\0vite/preload-helper.js';

/** Vite plugin: the preload helper becomes a plain call of the import. */
export function plainLazyImport() {
  return {
    name: 'reply-playbook:plain-lazy-import',
    enforce: 'pre',
    apply: 'build',
    // Here, not in astro.config.mjs: Astro sets the option for its client build itself.
    configEnvironment: (name) =>
      name === 'client' ? { build: { modulePreload: false } } : undefined,
    load: {
      filter: { id: new RegExp(`^${helperId.replace(/[.\\/]/g, '\\$&')}$`) },
      handler: () => 'export const __vitePreload = (load) => load();',
    },
  };
}
