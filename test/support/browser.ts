// Headless Debian Chromium through playwright-core. Without a browser the browser tests report
// themselves skipped with the reason; with CI=true a missing browser is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type ConsoleMessage } from 'playwright-core';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean) as string[];
export const chromiumPath = candidates.find((p) => existsSync(p));

export const browserMissingReason = chromiumPath
  ? ''
  : `no Chromium found (looked at ${candidates.join(', ')}); install Debian's chromium: apt-get install chromium`;

if (!chromiumPath && process.env.CI === 'true') {
  throw new Error(`CI=true but ${browserMissingReason}`);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Watches a page for requests that leave the origin and for CSP or other console errors. */
export function watch(page: Page, origin: string) {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url);
  });
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text()))
      errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { foreign, errors };
}
