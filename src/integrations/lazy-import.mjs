// Vite wraps every dynamic import() of the islands in its preload helper (880 bytes gzip, a file
// of its own on the wizard and the reply check), which fetches the imported chunk's own imports in
// parallel and adds its stylesheets. Here neither is needed: no lazy chunk has CSS (styles go
// inline), and what the lazy chunks import the page has mostly loaded already (Preact, the
// platform table), or the offline worker serves it from the device. `build.modulePreload: false`
// empties the dependency lists but keeps the helper (vitejs/vite#18551 and #13952, open on
// 2026-12-07), so this plugin unwraps each call again before minifying, and answers for the
// helper's module with one that only runs the import, should a call escape the unwrapping.
// A failed import still rejects, and each caller already handles that.

const helperId = '\0vite/preload-helper.js';
// How Vite writes the call, before minifying: __vitePreload(() => import("./x.js")…, __VITE_PRELOAD__)
const open = '__vitePreload(() => ';
const close = ', __VITE_PRELOAD__)';

/**
 * `__vitePreload(() => body, __VITE_PRELOAD__)` becomes `(() => body)()`. Pairs each opening with
 * the next marker and leaves the code as it is where that pairing is not plain (a nested call).
 * @param {string} code
 */
export function unwrapPreloads(code) {
  let out = '';
  let at = 0;
  for (;;) {
    const s = code.indexOf(open, at);
    if (s < 0) break;
    const e = code.indexOf(close, s);
    if (e < 0 || code.slice(s + open.length, e).includes(open)) return code;
    out += `${code.slice(at, s)}(() => ${code.slice(s + open.length, e)})()`;
    at = e + close.length;
  }
  // The helper's import, now unused, is dropped by the minifier.
  return out + code.slice(at);
}

/** Vite plugin: dynamic import() without the preload helper. */
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
    renderChunk: (code) =>
      code.includes(close) ? { code: unwrapPreloads(code), map: null } : null,
  };
}
