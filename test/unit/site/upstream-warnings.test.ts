// The build's log filter drops exactly the upstream "use astro:head-inject" warning
// (withastro/astro#18087) and passes everything else, other module-level directives included.
import { describe, expect, it } from 'vitest';
import { onLog } from '../../../src/integrations/upstream-warnings.mjs';

const passed = (level: string, log: { code?: string; message?: string }) => {
  const seen: unknown[] = [];
  onLog(level, log, (l: string, entry: unknown) => seen.push([l, entry]));
  return seen.length === 1;
};

describe('upstream warning filter', () => {
  it('drops the head-inject directive warning', () => {
    expect(
      passed('warn', {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "content/guide/de/principles.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      }),
    ).toBe(false);
  });

  it('passes other directives, other codes and other levels', () => {
    expect(
      passed('warn', {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use client" in "x.ts" may not be preserved',
      }),
    ).toBe(true);
    expect(
      passed('warn', { code: 'CIRCULAR_DEPENDENCY', message: '"use astro:head-inject"' }),
    ).toBe(true);
    expect(
      passed('info', { code: 'MODULE_LEVEL_DIRECTIVE', message: '"use astro:head-inject"' }),
    ).toBe(true);
  });
});
