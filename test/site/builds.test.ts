// Two more builds of the same sources: one under a base path (the site must work at a sub-path),
// one from a fixture with a page missing in one locale (the build must fail and name the file).
// They run one after the other with their own output and cache folders.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { walk } from '../support/dist';
import { pageRefs, parseHtml } from '../support/html';

const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

function build(env: Record<string, string>) {
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a child build that
  // inherited them would take BASE_URL='/' for part of its pages.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST')),
  );
  return spawnSync(process.execPath, [astro, 'build'], {
    encoding: 'utf8',
    env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    timeout: 300_000,
  });
}

describe('builds', () => {
  it('under the base path /reply-playbook/ every internal URL stays inside it and resolves', () => {
    const out = join(process.cwd(), 'dist-base');
    rmSync(out, { recursive: true, force: true });
    const run = build({ BASE_PATH: '/reply-playbook/', OUT_DIR: 'dist-base', CACHE_DIR: 'node_modules/.astro-base' });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const problems: string[] = [];
    let pages = 0;
    for (const file of walk(out)) {
      if (!file.endsWith('.html') || file.includes(`${sep}pagefind${sep}`)) continue;
      pages++;
      const path = '/reply-playbook/' + relative(out, file).split(sep).join('/').replace(/index\.html$/, '');
      for (const { attr, url } of pageRefs(parseHtml(readFileSync(file, 'utf8')))) {
        if (/^(https?:|mailto:|tel:|data:|#)/.test(url)) continue;
        const target = new URL(url, `http://site${path}`).pathname;
        if (!target.startsWith('/reply-playbook/')) { problems.push(`${path}: ${attr}=${url} leaves the base`); continue; }
        let f = join(out, decodeURIComponent(target.slice('/reply-playbook/'.length)));
        if (target.endsWith('/')) f = join(f, 'index.html');
        if (!existsSync(f)) problems.push(`${path}: ${attr}=${url} does not resolve`);
      }
    }
    expect(pages).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    const search = readFileSync(join(out, 'de/search/index.html'), 'utf8');
    expect(search).toContain('/reply-playbook/pagefind/pagefind.js');
    rmSync(out, { recursive: true, force: true });
  });

  it('fails when a guide page is missing in one locale, naming the file', () => {
    const run = build({ CONTENT_DIR: 'test/fixtures/content-incomplete', OUT_DIR: 'dist-broken', CACHE_DIR: 'node_modules/.astro-broken' });
    rmSync(join(process.cwd(), 'dist-broken'), { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    expect(output).toContain('content/guide/hu/principles.mdx is missing');
    expect(output).toContain('content/guide/en/other.mdx is missing');
  });
});
