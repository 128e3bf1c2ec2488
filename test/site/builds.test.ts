// More builds of the same sources: one under a base path (the site must work at a sub-path, its
// sitemap, robots.txt, manifests and offline worker too), one with the publisher's settings (the
// legal notice and its footer link appear), one from a fixture with a page missing in one locale
// (the build must fail and name the file). They run one after the other with their own output
// and cache folders. The default build (dist/, no settings) has no legal notice.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { distDir, walk } from '../support/dist';
import { localeCodes } from '../../src/i18n/locales';
import { HtmlValidate } from 'html-validate';
import { pageRefs, parseHtml } from '../support/html';

const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

function build(env: Record<string, string>) {
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a child build that
  // inherited them would take BASE_URL='/' for part of its pages.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST'),
    ),
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
    const run = build({
      BASE_PATH: '/reply-playbook/',
      OUT_DIR: 'dist-base',
      CACHE_DIR: 'node_modules/.astro-base',
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const problems: string[] = [];
    let pages = 0;
    for (const file of walk(out)) {
      if (!file.endsWith('.html') || file.includes(`${sep}pagefind${sep}`)) continue;
      pages++;
      const path =
        '/reply-playbook/' +
        relative(out, file)
          .split(sep)
          .join('/')
          .replace(/index\.html$/, '');
      for (const { attr, url } of pageRefs(parseHtml(readFileSync(file, 'utf8')))) {
        if (/^(https?:|mailto:|tel:|data:|#)/.test(url)) continue;
        const target = new URL(url, `http://site${path}`).pathname;
        if (!target.startsWith('/reply-playbook/')) {
          problems.push(`${path}: ${attr}=${url} leaves the base`);
          continue;
        }
        let f = join(out, decodeURIComponent(target.slice('/reply-playbook/'.length)));
        if (target.endsWith('/')) f = join(f, 'index.html');
        if (!existsSync(f)) problems.push(`${path}: ${attr}=${url} does not resolve`);
      }
    }
    expect(pages).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    const search = readFileSync(join(out, 'de/search/index.html'), 'utf8');
    expect(search).toContain('/reply-playbook/pagefind/pagefind.js');

    // Sitemap and robots.txt: every URL under the base, every listed page built.
    const site = 'http://localhost:4321/reply-playbook/';
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${site}sitemap-index.xml`,
    );
    expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toContain(
      `<loc>${site}sitemap-0.xml</loc>`,
    );
    const sitemapUrls = [
      ...readFileSync(join(out, 'sitemap-0.xml'), 'utf8').matchAll(/(?:<loc>|href=")(http[^<"]+)/g),
    ].map((m) => m[1]!);
    expect(sitemapUrls.length).toBeGreaterThan(pages);
    for (const u of sitemapUrls) {
      expect(u.startsWith(site), u).toBe(true);
      expect(existsSync(join(out, u.slice(site.length), 'index.html')), u).toBe(true);
    }
    expect(sitemapUrls).toContain(`${site}tr/privacy/`);

    // Manifests and the offline worker: start URLs, icons and every listed file under the base.
    for (const locale of localeCodes) {
      const manifest = JSON.parse(readFileSync(join(out, locale, 'manifest.webmanifest'), 'utf8'));
      expect(manifest.start_url).toBe(`/reply-playbook/${locale}/`);
      expect(manifest.scope).toBe('/reply-playbook/');
      for (const c of manifest.shortcuts)
        expect(c.url.startsWith(`/reply-playbook/${locale}/`), c.url).toBe(true);
      const shortcutIcons = manifest.shortcuts.flatMap((c: { icons: unknown[] }) => c.icons);
      for (const icon of [...manifest.icons, ...shortcutIcons])
        expect(existsSync(join(out, icon.src.slice('/reply-playbook/'.length))), icon.src).toBe(
          true,
        );
    }
    const worker = JSON.parse(
      /const BUILD = (\{.*?\});\n/.exec(readFileSync(join(out, 'sw.js'), 'utf8'))![1]!,
    );
    expect(worker.base).toBe('/reply-playbook/');
    for (const u of [
      ...worker.shared,
      ...Object.values(worker.pages as Record<string, string[]>).flat(),
    ] as string[]) {
      expect(u.startsWith('/reply-playbook/'), u).toBe(true);
      const f = join(out, u.slice('/reply-playbook/'.length));
      expect(existsSync(u.endsWith('/') ? join(f, 'index.html') : f), u).toBe(true);
    }
    rmSync(out, { recursive: true, force: true });
  });

  it('without publisher settings there is no legal notice and no link to one', () => {
    for (const locale of localeCodes) {
      expect(existsSync(join(distDir, locale, 'legal')), `${locale}/legal/`).toBe(false);
      expect(readFileSync(join(distDir, locale, 'index.html'), 'utf8')).not.toContain(
        `/${locale}/legal/`,
      );
    }
  });

  it('with publisher settings, every locale has the legal notice and every page links it', async () => {
    const out = join(process.cwd(), 'dist-legal');
    rmSync(out, { recursive: true, force: true });
    const run = build({
      PUBLISHER_FILE: 'test/fixtures/publisher.json',
      OUT_DIR: 'dist-legal',
      CACHE_DIR: 'node_modules/.astro-legal',
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const labels = (l: string) =>
      JSON.parse(readFileSync(`content/legal/${l}.json`, 'utf8')) as Record<string, string>;
    for (const locale of localeCodes) {
      const doc = parseHtml(readFileSync(join(out, locale, 'legal/index.html'), 'utf8'));
      expect(doc.documentElement.getAttribute('lang')).toBe(locale);
      expect(doc.querySelector('h1')?.textContent).toBe(labels(locale).title);
      const text = doc.querySelector('main')?.textContent ?? '';
      for (const fact of [
        'Beispiel Handelskammer e. V.',
        'Musterstraße 1',
        '12345 Musterstadt',
        'Erika Mustermann (Vorstand)',
        '+49\u00a030\u00a01234567',
        'VR 1234',
        'DE123456789',
        'Max Mustermann',
      ])
        expect(text, `${locale}: ${fact}`).toContain(fact);
      expect(doc.querySelector('a[href="mailto:kontakt@example.org"]')).not.toBeNull();
      expect(doc.querySelector('a[href="tel:+49301234567"]')).not.toBeNull();
      // Valid HTML, under the rules of validate.test.ts (Astro's minified markup).
      const report = await new HtmlValidate({
        extends: ['html-validate:recommended'],
        rules: {
          'void-style': 'off',
          'no-trailing-whitespace': 'off',
          'attribute-boolean-style': 'off',
          'long-title': 'off',
        },
      }).validateString(
        readFileSync(join(out, locale, 'legal/index.html'), 'utf8'),
        `/${locale}/legal/`,
      );
      expect(
        report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
      ).toEqual([]);
      for (const page of ['', 'wizard/', 'principles/', 'legal/']) {
        const footer = parseHtml(
          readFileSync(join(out, locale, page, 'index.html'), 'utf8'),
        ).querySelector(`footer a[href="/${locale}/legal/"]`);
        expect(footer?.textContent, `/${locale}/${page}`).toBe(labels(locale).linkText);
      }
      // The About page's way to report an error is the publisher's address, with its name.
      const about = parseHtml(readFileSync(join(out, locale, 'about/index.html'), 'utf8'));
      expect(about.querySelector('main a[href="mailto:kontakt@example.org"]')).not.toBeNull();
      expect(about.querySelector('main')?.textContent).toContain('Beispiel Handelskammer e. V.');
    }
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('/de/legal/');
    rmSync(out, { recursive: true, force: true });
  });

  it('fails on publisher settings with a wrong field, naming the file and the field', () => {
    const run = build({
      PUBLISHER_FILE: 'test/fixtures/publisher-invalid.json',
      OUT_DIR: 'dist-legal-bad',
      CACHE_DIR: 'node_modules/.astro-legal-bad',
    });
    rmSync(join(process.cwd(), 'dist-legal-bad'), { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(
      'test/fixtures/publisher-invalid.json: invalid value for key "email"',
    );
  });

  it('fails when a guide page is missing in one locale, naming the file', () => {
    const run = build({
      CONTENT_DIR: 'test/fixtures/content-incomplete',
      OUT_DIR: 'dist-broken',
      CACHE_DIR: 'node_modules/.astro-broken',
    });
    rmSync(join(process.cwd(), 'dist-broken'), { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    expect(output).toContain('content/guide/hu/principles.mdx is missing');
    expect(output).toContain('content/guide/en/other.mdx is missing');
  });
});
