import { it } from 'vitest';
import { launch } from '../support/browser';
import { serveDist } from '../support/server';
it('shots', async () => {
  const server = await serveDist(); const browser = await launch();
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', String(e)));
  for (const l of ['en','de','tr','hu']) {
    await page.goto(server.url(`/${l}/wizard/`), { waitUntil: 'networkidle' });
    const next = await page.locator('.wizard-question button[type=submit]').boundingBox();
    const last = await page.locator('.wizard-answer').last().boundingBox();
    console.log('NEXT', l, next!.y + next!.height, 'last answer', last!.y + last!.height);
    if (l === 'hu') await page.screenshot({ path: '/tmp/q1.png' });
  }
  await browser.close(); await server.close();
}, 60000);
