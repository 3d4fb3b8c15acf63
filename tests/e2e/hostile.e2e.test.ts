// Hostile input: the app built over a copy of data/ whose every label, note, quote, source title
// and figure label carries an HTML/script payload, right-to-left overrides or 5,000 characters
// (tests/fixtures/hostile/hostile.ts). Every panel, tooltip, table and the details view must show
// it as inert text: no dialog, no script run, no console error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, ROOT } from '../../scripts/bench/build';
import { pokeAllPanels } from '../../scripts/bench/poke';
import { serveStatic, type StaticServer } from '../../scripts/serve';
import { validateDataset, type RawDataset } from '../../src/model/validate';
import { JS_URL, LONG, PWN_IMG, writeHostileDataset } from '../fixtures/hostile/hostile';
import { startSession, waitReady, type Session } from './browser';

let tmp: string;
let dataDir: string;
let server: StaticServer;
let s: Session;

function readRaw(dir: string): RawDataset {
  const raw: RawDataset = {};
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.json')) raw[f] = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  return raw;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-hostile-'));
  dataDir = path.join(tmp, 'data');
  writeHostileDataset(path.join(ROOT, 'data'), dataDir);
  const dist = await buildApp({ outDir: path.join(tmp, 'dist'), dataDir });
  server = await serveStatic(dist);
  s = await startSession();
});

afterAll(async () => {
  await s?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function openHostile(query: string) {
  await s.page.goto(`${server.url}${query}`);
  await waitReady(s.page);
}

/** Nothing the payloads carry ever became live markup or ran. */
async function assertInert() {
  const state = await s.page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    imgX: [...document.querySelectorAll('img')].filter((i) => /\/x$/.test(i.src)).length,
    iframes: document.querySelectorAll('iframe').length,
    inlineHandlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href')!)).length,
    bodyScripts: document.body.querySelectorAll('script').length,
    errorPanels: [...document.querySelectorAll('[data-panel][data-error="true"]')].map((p) => p.getAttribute('data-panel')),
  }));
  expect(state).toEqual({ pwned: undefined, imgX: 0, iframes: 0, inlineHandlers: 0, jsLinks: 0, bodyScripts: 0, errorPanels: [] });
  expect(s.errors).toEqual([]);
}

describe('hostile data', () => {
  it('the hostile fixture validates, and a javascript: source address is rejected by validation', () => {
    const hostile = readRaw(dataDir);
    expect(validateDataset(hostile).problems).toEqual([]);

    const bad = structuredClone(hostile) as { 'sources.json': { sources: Array<{ url?: string; type: string }> } } & RawDataset;
    const i = bad['sources.json'].sources.findIndex((x) => x.type === 'web');
    const at = i >= 0 ? i : 0;
    for (const url of [JS_URL, 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
      bad['sources.json'].sources[at]!.url = url;
      const { model, problems } = validateDataset(bad);
      expect(model, url).toBeUndefined();
      expect(
        problems.map((p) => `${p.file} ${p.path}`),
        url,
      ).toContain(`sources.json sources[${at}].url`);
    }
  });

  it('renders every payload as inert text in every panel, tooltip and the details view (zh, en, both)', async () => {
    await openHostile('?lang=zh');
    const poked = await pokeAllPanels(s.page, { perPanel: 3, marksPerPanel: 3 });
    expect(poked.panels.length).toBeGreaterThan(0);
    // ECharts tooltips, where the panels have charts, show the payloads as text (textContent
    // holds "<img…" only if it was not parsed as markup).
    if (poked.tooltips.length > 0) expect(poked.tooltips.join('\n')).toMatch(/<img|<script|<svg|<iframe|<style|&lt;img|\{a\}|\u202E|javascript:/);
    await assertInert();

    // The payload is visible as text somewhere (labels, details).
    const text = await s.page.evaluate(() => document.body.innerText);
    expect(text).toContain(PWN_IMG);
    expect(text).toContain('<script>');

    // Details of a selected entity show its poisoned label, note, printed reading and sources.
    const firstEntity = await s.page.locator('[data-panel] [data-entity]').first().getAttribute('data-entity');
    for (const lang of ['en', 'both']) {
      await openHostile(`?lang=${lang}&sel=${firstEntity}`);
      const details = await s.page.locator('[data-panel="details"]').innerText();
      expect(details).toMatch(/<img src=x onerror|<script>|<svg onload|<iframe|javascript:|\u202E|\{a\}|&lt;img|<style>/);
      await assertInert();
    }
  }, 120_000); // generous for a loaded 2-core CI machine

  it('shows the 5,000-character label as text (the long label reaches the details view)', async () => {
    const leadership = JSON.parse(fs.readFileSync(path.join(dataDir, 'leadership.json'), 'utf8')) as {
      entities: Array<{ id: string; label: { zh: string } }>;
    };
    const long = leadership.entities.find((e) => e.label.zh.startsWith(LONG))!;
    expect(long).toBeDefined();
    await openHostile(`?sel=${long.id}`);
    const h3 = await s.page.locator('[data-panel="details"] h3').textContent();
    expect(h3!.length).toBeGreaterThan(5000);
    expect(h3!.startsWith(LONG.slice(0, 200))).toBe(true);
    await assertInert();
  });
});
