// The build unwraps Vite's preload calls around dynamic import() (src/integrations/lazy-import.mjs):
// each becomes a call of its own arrow, so the import and what follows it run as written; a nested
// call, which the plain pairing cannot read, is left as it was.
import { describe, expect, it } from 'vitest';
import { unwrapPreloads } from '../../../src/integrations/lazy-import.mjs';

describe('preload unwrapping', () => {
  it('turns each wrapped import into a plain one, the rest untouched', () => {
    const code = [
      'h(() => {',
      '\t__vitePreload(() => import("./live.js").then((m) => m.load(a, b)), __VITE_PRELOAD__).catch(() => set(void 0));',
      '});',
      'const [{ read }, data] = await Promise.all([__vitePreload(() => import("./reading.js"), __VITE_PRELOAD__), fetch(url)]);',
    ].join('\n');
    expect(unwrapPreloads(code)).toBe(
      [
        'h(() => {',
        '\t(() => import("./live.js").then((m) => m.load(a, b)))().catch(() => set(void 0));',
        '});',
        'const [{ read }, data] = await Promise.all([(() => import("./reading.js"))(), fetch(url)]);',
      ].join('\n'),
    );
  });

  it('leaves a nested call and code without calls as they are', () => {
    const nested =
      '__vitePreload(() => import("./a.js").then(() => __vitePreload(() => import("./b.js"), __VITE_PRELOAD__)), __VITE_PRELOAD__)';
    expect(unwrapPreloads(nested)).toBe(nested);
    expect(unwrapPreloads('import("./a.js");')).toBe('import("./a.js");');
  });
});
