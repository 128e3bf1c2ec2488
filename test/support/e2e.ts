// Shared steps of the browser tests: keyboard navigation as a person does it, and an axe run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watch } from './browser';
import { assertBuilt, distDir } from './dist';
import { serveDist, type StaticServer } from './server';
import { resolvePlan } from '../../src/playbook/decision/plan';
import type { Answers } from '../../src/playbook/decision/questions';

const axeSource = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, selector: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Runs axe-core on the page and returns its violations as "rule: targets". The page must come from
 * a context with bypassCSP: the injected script is inline, which the site's CSP rightly refuses.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const r = await (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run();
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(', ')}`,
    );
  });
}

/**
 * The built site served on loopback and one Chromium, for a describe block: started before its
 * tests, closed after. `open` loads a page, waits for a ready selector and records every request
 * that leaves the origin and every console or CSP error in `problems`, for a closing assertion.
 */
export function browserSite() {
  const site = {
    browser: undefined as unknown as Browser,
    server: undefined as unknown as StaticServer,
    problems: { foreign: [] as string[], errors: [] as string[] },
    async open(context: BrowserContext, path: string, ready?: string): Promise<Page> {
      const page = await context.newPage();
      const w = watch(page, site.server.origin);
      page.on('close', () => {
        site.problems.foreign.push(...w.foreign.map((u) => `${path}: ${u}`));
        site.problems.errors.push(...w.errors.map((e) => `${path}: ${e}`));
      });
      await page.goto(site.server.url(path), { waitUntil: 'networkidle' });
      if (ready) await page.locator(ready).first().waitFor();
      return page;
    },
    /** Cuts the network for a context: the server stopped, the browser offline. */
    async cutNetwork(context: BrowserContext): Promise<void> {
      port = Number(new URL(site.server.origin).port);
      await site.server.close();
      await context.setOffline(true);
    },
    /** Serves the site again at the same origin, so the context's worker and storage still apply. */
    async restoreNetwork(context: BrowserContext): Promise<void> {
      await context.setOffline(false);
      site.server = await serveDist(distDir, '/', port);
    },
  };
  let port = 0;
  beforeAll(async () => {
    assertBuilt();
    site.server = await serveDist();
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** The paths of every URL the page's origin holds in Cache Storage (the offline copy). */
export function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const r of await (await caches.open(name)).keys()) paths.push(new URL(r.url).pathname);
    return paths;
  });
}

/**
 * The plan as the page shows it: every step of `resolvePlan` once (the steps whose words are in a
 * message are ticked inside its card), and the checklist in plan order. Returns the plan's order.
 */
export async function expectPlanShown(page: Page, answers: Answers): Promise<string[]> {
  const expected = resolvePlan(answers).map((s) => s.id as string);
  const ids = (selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-step')!));
  const all = await ids('[data-step]');
  const checklist = await ids('.wizard-plan > [data-step]');
  expect([...new Set(all)].sort()).toEqual([...expected].sort());
  expect(checklist).toEqual(expected.filter((id) => checklist.includes(id)));
  return expected;
}
