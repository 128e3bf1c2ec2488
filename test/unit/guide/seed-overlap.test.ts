// The guide and every text of the site are written in our own words: the shared tool flags any
// run of seven or more words that also stands in a source article. It lives beside the repo in
// ../shared; where that folder is absent (a clone elsewhere) the test says so and skips.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const tool = resolve('..', 'shared', 'tools', 'seed-overlap.mjs');

describe.skipIf(!existsSync(tool))(
  `seed overlap (${existsSync(tool) ? tool : 'skipped: ../shared/tools/seed-overlap.mjs not found'})`,
  () => {
    it('finds no sentence copied from the source articles in content/ or src/', () => {
      const run = spawnSync(process.execPath, [tool, 'content', 'src'], { encoding: 'utf8' });
      expect(run.stdout + run.stderr).toMatch(/no run of \d+\+ words shared/);
      expect(run.status).toBe(0);
    });
  },
);
