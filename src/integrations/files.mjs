// What the integrations that rework dist/ after the build share: the integration's frame, and
// every file under a folder of the build, depth first (offline worker list, script priority).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * An integration that only works on the finished build: `run` gets the output folder as a path
 * and Astro's logger. @returns {import('astro').AstroIntegration}
 */
export function afterBuild(
  /** @type {string} */ name,
  /** @type {(out: string, logger: import('astro').AstroIntegrationLogger) => void | Promise<void>} */ run,
) {
  return {
    name: `reply-playbook:${name}`,
    hooks: { 'astro:build:done': ({ dir, logger }) => run(fileURLToPath(dir), logger) },
  };
}

export function* walkFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walkFiles(full);
    else yield full;
  }
}
