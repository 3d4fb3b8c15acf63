// The built page's Content-Security-Policy is strict (no inline or eval'd script, no inline
// <style> elements; only style attributes, which ECharts and React set) and nothing the app does
// violates it: a walk over every panel — clicks, keys, chart tooltips, language switch, the
// expand/back toggles — raises zero securitypolicyviolation events.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pokeAllPanels } from '../../scripts/bench/poke';
import { startSession, waitReady, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
  // Collected in the page as well (browser.ts turns each into a console error too).
  await s.page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
});
afterAll(async () => {
  await s.close();
});

const violations = () => s.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k!, v]),
  );
}

describe('Content-Security-Policy', () => {
  it('index.html carries the strict policy', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const d = directives(csp!);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    // The zip reader's worker is a bundled file of the site itself (src/datasets/unzipInWorker.ts): never blob: or data:.
    expect(d.get('worker-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
  });

  it('a walk over every panel, in every language and view, raises zero violations', async () => {
    await s.open('view=all&lang=zh');
    const served = await s.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(directives(served!).get('style-src')).toEqual(["'self'"]);
    // The prerender's two boot scripts (the language before the first paint) are allowed by hash alone.
    const scriptSrc = directives(served!).get('script-src')!;
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc.slice(1)).toHaveLength(2);
    for (const v of scriptSrc.slice(1)) expect(v).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);

    const poked = await pokeAllPanels(s.page, { perPanel: 3, marksPerPanel: 3 });
    expect(poked.panels.length).toBeGreaterThan(0);
    await s.page.keyboard.press('Escape');
    for (const name of ['English', '中文']) {
      const radio = s.page.getByRole('radio', { name });
      if ((await radio.count()) > 0) await radio.first().click();
    }
    // Panels with charts on their own (unmount/remount: ECharts re-initialises), then back.
    const withCharts = await s.page.$$eval('main [data-panel]', (els) =>
      els.filter((e) => e.querySelector('[_echarts_instance_]')).map((e) => e.getAttribute('data-panel')!),
    );
    const grid =
      withCharts.length > 0
        ? withCharts
        : await s.page.$$eval('main [data-panel]', (els) => els.slice(0, 1).map((e) => e.getAttribute('data-panel')!));
    for (const name of grid) {
      await s.page.locator(`[data-panel="${name}"] > header button[aria-pressed="false"]`).last().click();
      await waitReady(s.page);
      await s.page.locator(`[data-panel="${name}"] > header button[aria-pressed="true"]`).last().click();
      await waitReady(s.page);
    }
    await s.open('view=all&lang=both&sel=fund-special');
    expect(await violations()).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 120_000); // generous for a loaded 2-core CI machine

  it('is enforced: an injected inline script and <style> are blocked and reported', async () => {
    await s.open('view=all');
    const ran = await s.page.evaluate(async () => {
      const sc = document.createElement('script');
      sc.textContent = 'window.__inlineRan = 1';
      document.body.append(sc);
      const st = document.createElement('style');
      st.textContent = 'body { display: none }';
      document.head.append(st);
      await new Promise((r) => setTimeout(r, 100));
      return {
        script: (window as unknown as { __inlineRan?: number }).__inlineRan ?? null,
        bodyShown: getComputedStyle(document.body).display !== 'none',
      };
    });
    expect(ran).toEqual({ script: null, bodyShown: true });
    const v = await violations();
    expect(v.some((x) => x.startsWith('script-src-elem inline'))).toBe(true);
    expect(v.some((x) => x.startsWith('style-src-elem inline'))).toBe(true);
    s.errors.length = 0; // these two were ours
  });
});
