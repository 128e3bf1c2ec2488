// Every file under a folder of the build, depth first: the integrations that rework dist/ after
// the build (offline worker list, script priority) walk it the same way.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function* walkFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walkFiles(full);
    else yield full;
  }
}
