// `npm run build:single`: one self-contained index.html for presenters without network or
// server. Built here into a temp folder (same config, mode "single") and opened from file://
// in Chromium: every panel ready, selection works, no console error and no CSP violation —
// the inlined script and stylesheet are allowed by their sha256 hashes, not by 'unsafe-inline'.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../scripts/bench/build';
import { strToU8, zipSync } from 'fflate';
import { exampleCounty } from '../fixtures/example-county/example';
import { lyingZip } from '../fixtures/zips';
import { DATA_DIR } from '../helpers/data';
import { searchParams, startSession, waitReady, type Session } from './browser';
import { pickThroughMenu } from './datasets';

let tmp: string;
let html: string;
let fileUrl: string;
let s: Session;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-single-'));
  const out = await buildApp({ outDir: path.join(tmp, 'dist-single'), mode: 'single' });
  html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  fileUrl = pathToFileURL(path.join(out, 'index.html')).href;
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const sha = (t: string) => `'sha256-${createHash('sha256').update(t, 'utf8').digest('base64')}'`;

describe('single-file build', () => {
  it('is one file that references nothing outside itself, with a hash-based CSP', () => {
    expect(fs.readdirSync(path.dirname(fileURLToPath(fileUrl)))).toEqual(['index.html']);
    // The markup around the inlined code (the code itself may mention tags in strings) and
    // around the prerendered pictures (#root, then the English one in a <template>).
    const shell = html
      .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2')
      .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2')
      .replace(/(<div id="root"[^>]*>)[\s\S]*(<\/template>\s*<script>)/, '$1$2');
    expect(shell.length).toBeLessThan(5000);
    expect(shell).not.toMatch(/<script[^>]+\bsrc=/);
    expect(shell).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter(Boolean);
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
    for (const code of scripts) expect(scriptSrc).toContain(sha(code));
    for (const css of styles) expect(csp).toContain(sha(css));
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/style-src-attr 'unsafe-inline'/);
  });

  it('is prerendered: the picture’s text and figures are in the file before any script runs', () => {
    const markup = /<div id="root" data-prerendered="[^"]+">([\s\S]*?)<\/div><template/.exec(html)?.[1] ?? '';
    const root = markup.replace(/<[^>]*>/g, ''); // the text, without tags and React's <!-- --> separators
    expect(root).toContain('一张图看懂兰考脱贫');
    for (const figure of ['1.27%', '98.96%', '9.33']) expect(root).toContain(figure);
  });

  it('works from file://: every panel ready, selection and language work, no console error', async () => {
    await s.page.goto(`${fileUrl}?lang=en`);
    await waitReady(s.page);
    // The English page was prerendered into the file too, and hydrated.
    expect(await s.page.locator('#root').getAttribute('data-hydrated')).toBe('true');
    expect(await s.page.locator('[data-panel]').count()).toBeGreaterThan(1);
    expect(await s.page.locator('[data-error="true"]').count()).toBe(0);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const entity = s.page.locator('[data-panel] [data-entity]').first();
    const id = await entity.getAttribute('data-entity');
    await entity.focus();
    await s.page.keyboard.press('Enter');
    expect((await searchParams(s.page)).get('sel')).toBe(id);
    expect(await s.page.locator('[data-panel="details"] h3').count()).toBe(1);
    await s.page.keyboard.press('Escape');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect(s.errors).toEqual([]);
  });

  it('from file:// reads zips on the page in slices (no worker file there): a 600 KB file opens, a lying zip is stopped, no CSP violation', async () => {
    await s.page.goto(fileUrl);
    await waitReady(s.page);
    const files = exampleCounty(DATA_DIR);
    const entries = Object.fromEntries(Object.entries(files).map(([n, j]) => [`big-zip/${n}`, strToU8(JSON.stringify(j, null, 2))]));
    entries['big-zip/sources.json'] = strToU8(`${JSON.stringify(files['sources.json'], null, 2)}${' '.repeat(600 * 1024)}\n`);
    await pickThroughMenu(s.page, 'files', { name: 'big-zip.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(entries)) });
    await s.page.locator('h1', { hasText: 'big-zip' }).waitFor();

    await s.page.evaluate(() => {
      const w = window as unknown as { __gap: number; __last: number; __frames: boolean };
      w.__gap = 0;
      w.__last = performance.now();
      w.__frames = true;
      const tick = (t: number) => {
        w.__gap = Math.max(w.__gap, t - w.__last);
        w.__last = t;
        if (w.__frames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const lie = lyingZip({ 'lie/sources.json': new Uint8Array(64 * 1024 * 1024).fill(0x20) }, 100);
    await pickThroughMenu(s.page, 'files', { name: 'lie.zip', mimeType: 'application/zip', buffer: Buffer.from(lie) });
    const t0 = Date.now();
    await s.page.locator('.dataset-problems').waitFor();
    const took = Date.now() - t0;
    const gap = await s.page.evaluate(
      () => (((window as unknown as { __frames: boolean }).__frames = false), (window as unknown as { __gap: number }).__gap),
    );
    console.log(`single file, lying zip: refused in ${took} ms, longest frame gap ${Math.round(gap)} ms`);
    expect(took).toBeLessThan(2000);
    expect(gap).toBeLessThan(250);
    expect(await s.page.locator('.dataset-problems td').last().innerText()).toMatch(/^发现：解压后超过 25\.0 MB 的 zip（其目录只写了 100 字节）/);
    expect(s.errors).toEqual([]);
  });
});
