// Screenshots of each panel on its own (easier to review than one tall page):
//   node scripts/shoot-panels.mjs http://127.0.0.1:4173/ shots/panels "sel=fund-social" [widths] [langs]
// Writes <out>/<width>-<lang>-<panel>.png and prints horizontal overflow and console errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const [url = 'http://127.0.0.1:4173/', out = 'shots/panels', extra = '', widthsArg = '1280,390', langsArg = 'zh,en'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shoot-panels-'));
process.env.XDG_CONFIG_HOME = tmp;
process.env.XDG_CACHE_HOME = tmp;
const ctx = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const page = ctx.pages()[0] ?? (await ctx.newPage());
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
for (const width of widthsArg.split(',').map(Number)) {
  for (const lang of langsArg.split(',')) {
    await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
    const u = new URL(url);
    u.searchParams.set('lang', lang);
    for (const kv of extra.split('&').filter(Boolean)) {
      const [k, v = ''] = kv.split('=');
      u.searchParams.set(k, v);
    }
    await page.goto(u.href);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-panel]')].every((p) => p.getAttribute('data-ready') === 'true'), null, {
      timeout: 20000,
    });
    await page.waitForTimeout(400);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) console.log(`${width}-${lang}: horizontal overflow ${overflow}px`);
    await page.screenshot({ path: path.join(out, `${width}-${lang}-_top.png`) });
    for (const name of await page.$$eval('[data-panel]', (els) => els.map((e) => e.getAttribute('data-panel')))) {
      await page.locator(`[data-panel="${name}"]`).screenshot({ path: path.join(out, `${width}-${lang}-${name}.png`) });
    }
  }
}
await ctx.close();
fs.rmSync(tmp, { recursive: true, force: true });
if (errors.length) console.log('errors:', [...new Set(errors)]);
