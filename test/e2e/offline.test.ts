// Offline in a real headless Chromium with a real service worker: one visit to /tr/, then the
// server is stopped and the browser set offline, and the Turkish home, guide page, wizard (to a
// plan with a draft, also in another reply language), generator (to a bio) and checklist still
// open and work; search says it needs a connection, and a page of another language shows the
// site's Turkish offline page. Only Turkish is kept. Nothing with a query string, nothing typed, is ever stored.
// Then a changed build is served at the same origin: the next visit gets it, offline too.
// The site is served from a copy of dist/ (the test changes the copy, never dist/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserMissingReason, chromiumPath, launch, watch } from '../support/browser';
import { assertBuilt, distDir } from '../support/dist';
import { serveDist, type StaticServer } from '../support/server';
import { offlineManifest, writeServiceWorker } from '../../src/integrations/offline.mjs';
import { localeCodes } from '../../src/i18n/locales';

const planQuery =
  '?kind=complaint&platform=instagram&place=own&validity=justified&sensitive=no&fixable=yes&private=yes&spreading=no&mood=calm';
const typed = 'Typed-Secret-4711';
const tr = JSON.parse(readFileSync('src/i18n/ui/tr.json', 'utf8')) as Record<string, string>;

/** Every (cache, URL) pair the page's origin holds in Cache Storage. */
const cached = (page: Page) =>
  page.evaluate(async () => {
    const out: { cache: string; url: string }[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys())
        out.push({ cache: name, url: req.url });
    }
    return out;
  });

describe.skipIf(!chromiumPath)(
  `offline after one visit${chromiumPath ? '' : ` (skipped: ${browserMissingReason})`}`,
  () => {
    let root: string;
    let browser: Browser;
    let server: StaticServer | undefined;
    let port = 0;
    let context: BrowserContext;
    const errors: string[] = [];
    const foreign: string[] = [];
    let origin = '';
    const url = (path: string) => `${origin}${path}`;
    let version = '';

    async function open(path: string, ready: string): Promise<Page> {
      const page = await context.newPage();
      const w = watch(page, origin);
      page.on('close', () => {
        errors.push(...w.errors.map((e) => `${path}: ${e}`));
        foreign.push(...w.foreign.map((u) => `${path}: ${u}`));
      });
      const res = await page.goto(url(path));
      expect(res?.status(), path).toBe(200);
      await page.locator(ready).first().waitFor();
      return page;
    }

    beforeAll(async () => {
      assertBuilt();
      root = mkdtempSync(join(tmpdir(), 'reply-playbook-offline-'));
      cpSync(distDir, root, { recursive: true });
      version = offlineManifest(root, '/', localeCodes).version;
      server = await serveDist(root);
      origin = server.origin;
      port = Number(new URL(origin).port);
      browser = await launch();
      context = await browser.newContext();
    });

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.close();
      rmSync(root, { recursive: true, force: true });
    });

    it('after one visit to /tr/, keeps the Turkish pages only', async () => {
      const page = await open('/tr/', 'h1');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 30_000,
      });
      const tr = offlineManifest(root, '/', localeCodes).pages.tr;
      await expect
        .poll(async () => (await cached(page)).map((c) => c.url), { timeout: 30_000 })
        .toEqual(expect.arrayContaining(tr.map(url)));
      const urls = (await cached(page)).map((c) => new URL(c.url).pathname);
      for (const other of ['en', 'de', 'hu']) {
        expect(
          urls.filter((u) => u.startsWith(`/${other}/`) && !u.endsWith('.json')),
          other,
        ).toEqual([]);
      }
      expect(new Set((await cached(page)).map((c) => c.cache))).toEqual(
        new Set([`reply-playbook:offline:${version}`]),
      );
      // Chromium finds the Turkish manifest and nothing that stops installing the site as an app.
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.url).toBe(url('/tr/manifest.webmanifest'));
      expect(manifest.errors).toEqual([]);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      // A Playwright context is an incognito profile, where Chromium never offers to install.
      expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
      await page.close();
    });

    it('never stores a URL with a query or anything typed', async () => {
      // Online: the generator with typed text in its address, and a file fetched with a query.
      const page = await open(
        `/tr/house-rules/?name=${typed}&contactValue=${typed}%40example.org`,
        '[data-output="bio"]',
      );
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.locator('#hr-name, input[name="name"]').first().fill(`${typed}-2`);
      await page.evaluate((q) => fetch(`./phrases.json?q=${q}`).then((r) => r.text()), typed);
      await page.reload();
      await page.locator('[data-output="bio"]').waitFor();
      const known = new Set(
        Object.values(offlineManifest(root, '/', localeCodes))
          .flatMap((v) =>
            Array.isArray(v) ? v : typeof v === 'object' ? Object.values(v).flat() : [],
          )
          .map(String),
      );
      for (const { url: u } of await cached(page)) {
        expect(u, 'a cached URL with a query').not.toContain('?');
        expect(u).not.toContain(typed);
        expect(known.has(new URL(u).pathname), `${u} is a file of the build`).toBe(true);
      }
      await page.close();
    });

    it('with the network cut, the Turkish home, guide, wizard, generator and checklist open and work', async () => {
      await server!.close();
      server = undefined;
      await context.setOffline(true);

      for (const [path, ready] of [
        ['/tr/', 'h1'],
        ['/tr/principles/', '.guide-nav'],
        ['/tr/checklist/', 'h1'],
        ['/tr/privacy/', 'h1'],
      ] as const) {
        const page = await open(path, ready);
        expect(await page.locator('h1').textContent(), path).toMatch(/\S/);
        // Styles came along: the page is laid out by the site's stylesheet.
        expect(await page.evaluate(() => document.styleSheets.length), path).toBeGreaterThan(0);
        expect(await page.evaluate(() => getComputedStyle(document.body).margin), path).toBe('0px');
        await page.close();
      }

      // The wizard, from a link with its answers, to a plan with its composed Turkish reply.
      const wizard = await open(`/tr/wizard/${planQuery}`, '[data-output="reply"]');
      const reply = wizard.locator('[data-output="reply"]');
      const replyTr = await reply.inputValue();
      expect(replyTr).toMatch(/\S/);
      // Another reply language: its drafts come from the offline copy too.
      await wizard.selectOption('#wizard-reply-lang', 'en');
      await expect.poll(() => reply.getAttribute('lang')).toBe('en');
      await expect.poll(() => reply.inputValue()).not.toBe(replyTr);
      expect(await wizard.locator('.wizard-reply-settings .wizard-status').textContent()).toBe('');
      await wizard.close();

      // The generator shows a bio, and typing changes the texts (the name goes into the full version).
      const generator = await open('/tr/house-rules/', '[data-output="bio"]');
      expect(
        (await generator.locator('[data-output="bio"]').textContent())!.length,
      ).toBeGreaterThan(10);
      await generator.locator('#hr-name').fill('Fırın Ayşe');
      await expect
        .poll(() => generator.locator('[data-output="full"]').textContent())
        .toContain('Fırın Ayşe');
      await generator.close();

      // An address that is no page of the site: offline, the site's not-found page, with status 404.
      const missing = await context.newPage();
      const res = await missing.goto(url('/tr/no-such-page/'));
      expect(res?.status()).toBe(404);
      expect(await missing.locator('h1').count()).toBe(1);
      await missing.close();

      // Search needs the network: offline it says so, in Turkish (not "reload the page").
      const search = await open('/tr/search/?q=yorum', 'h1');
      await expect
        .poll(() => search.locator('.search-status').textContent())
        .toBe(tr['search.offline']);
      await search.close();

      // A language never opened is not kept: offline, its pages answer with the site's offline
      // page in the language kept (status 503), never the browser's error, with a way back.
      const typedIn = await context.newPage();
      const de = await typedIn.goto(url('/de/'));
      expect(de?.status()).toBe(503);
      expect(await typedIn.locator('html').getAttribute('lang')).toBe('tr');
      expect(await typedIn.locator('h1').textContent()).toBe(tr['offline.title']);
      await typedIn.close();
      // From a Turkish page through the language switcher: the same, and its link leads back.
      const from = await open('/tr/principles/', '.guide-nav');
      await from.locator('.lang-switcher a[data-locale="hu"]').click();
      await from.locator('h1', { hasText: tr['offline.title'] }).waitFor();
      expect(new URL(from.url()).pathname).toBe('/hu/principles/');
      expect(await from.locator('html').getAttribute('lang')).toBe('tr');
      await from.locator('main a[href="/tr/"]').click();
      await from.waitForURL(url('/tr/'));
      expect(await from.locator('html').getAttribute('lang')).toBe('tr');
      await from.close();
    });

    it('after a new build is served, the next visit gets it, offline too', async () => {
      // The new build: the Turkish home changed, the worker rewritten for it (a new version).
      const next = mkdtempSync(join(tmpdir(), 'reply-playbook-offline-next-'));
      cpSync(root, next, { recursive: true });
      const home = join(next, 'tr/index.html');
      writeFileSync(
        home,
        readFileSync(home, 'utf8').replace('</main>', '<p id="new-build">new build</p></main>'),
      );
      const nextVersion = writeServiceWorker(next, '/', localeCodes).version;
      expect(nextVersion).not.toBe(version);
      try {
        server = await serveDist(next, '/', port);
        await context.setOffline(false);
        // This visit may still show the old build; meanwhile the browser finds the new worker.
        const first = await open('/tr/', 'h1');
        await expect
          .poll(async () => [...new Set((await cached(first)).map((c) => c.cache))], {
            timeout: 30_000,
          })
          .toEqual([`reply-playbook:offline:${nextVersion}`]);
        await first.close();
        const second = await open('/tr/', 'h1');
        expect(await second.locator('#new-build').count()).toBe(1);
        // The new build kept Turkish too: offline, the wizard still opens.
        await second.close();
        await server.close();
        server = undefined;
        await context.setOffline(true);
        const wizard = await open(`/tr/wizard/${planQuery}`, '[data-step]');
        await wizard.close();
        const again = await open('/tr/', 'h1');
        expect(await again.locator('#new-build').count()).toBe(1);
        await again.close();
      } finally {
        rmSync(next, { recursive: true, force: true });
      }
    });

    it('sent no request elsewhere and logged no error or CSP violation', () => {
      expect(foreign).toEqual([]);
      // The offline page answers with 503 on purpose (the page asked for is not there); Chromium
      // logs every such status.
      expect(errors.filter((e) => !/status of 503/.test(e))).toEqual([]);
    });
  },
);
