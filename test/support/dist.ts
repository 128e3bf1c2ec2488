// Where the built site is, and helpers to read it. Tests over dist/ need `npm run build` first
// (npm test does that); a missing build is a clear failure, not a silent pass.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(process.cwd(), process.env.OUT_DIR ?? 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no build: run \`npm run build\` (npm test does it for you)`);
  }
}

export function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** Every HTML page of the build, as its URL path ("/de/principles/") and file. */
export function htmlPages(): { path: string; file: string }[] {
  assertBuilt();
  return [...walk(distDir)]
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const rel = relative(distDir, file).split(sep).join('/');
      const path = '/' + rel.replace(/index\.html$/, '');
      return { path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function readPage(path: string): string {
  const file = path.endsWith('.html') ? join(distDir, path) : join(distDir, path, 'index.html');
  return readFileSync(file, 'utf8');
}
