// The presenter view (issue 21): P (or the button) opens a second window with the current and next
// slide, the step's notes, a clock and the elapsed time; the presenter view follows the audience
// window and the audience window follows the presenter view — from the web server and from the
// single file (file://, `npm run build:single`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../scripts/bench/build';
import { startSession, waitReady, type Session } from './browser';

let s: Session;
let tmp: string;
let singleUrl: string;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-presenter-'));
  const out = await buildApp({ outDir: path.join(tmp, 'dist-single'), mode: 'single' });
  singleUrl = pathToFileURL(path.join(out, 'index.html')).href;
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A step's caption in the built-in presentation (data/presentation.json). */
function stepCaption(i: number, lang: 'zh' | 'en'): string {
  const file = path.resolve(__dirname, '../../data/presentation.json');
  const steps = (JSON.parse(fs.readFileSync(file, 'utf8')) as { steps: { caption?: { zh: string; en: string } }[] }).steps;
  return steps[i]!.caption![lang];
}

const audienceStep = (p: Page) => p.locator('.presentation-bar').first().getAttribute('data-step');
const presenterStep = (p: Page) => p.locator('.presenter-view').getAttribute('data-step');

async function openPresenter(audience: Page, how: 'key' | 'button'): Promise<Page> {
  const popup = s.context.waitForEvent('page');
  if (how === 'key') await audience.keyboard.press('p');
  else await audience.locator('[data-action="presenter-view"]').click();
  const presenter = await popup;
  presenter.on('pageerror', (e) => s.errors.push(`presenter pageerror: ${e.message}`));
  presenter.on('console', (m) => {
    if (m.type() === 'error') s.errors.push(`presenter console: ${m.text()}`);
  });
  await presenter.waitForSelector('.presenter-view');
  await waitReady(presenter);
  return presenter;
}

async function followsBothWays(audience: Page, presenter: Page) {
  // It shows the audience's step, the next one, the notes, a clock and the elapsed time.
  await expect.poll(() => presenterStep(presenter)).toBe('2');
  expect(await presenter.locator('.pv-next').getAttribute('data-next-step')).toBe('3');
  expect(await presenter.locator('.pv-current :is([data-panel="stage"], [data-panel="overview"])').count()).toBe(1);
  expect(await presenter.locator('.pv-next :is([data-panel="stage"], [data-panel="overview"])').count()).toBe(1);
  expect(await presenter.locator('.pv-notes h2').count()).toBe(1);
  // The built-in story has no notes of its own: the step's caption from the data stands in, under a line saying so.
  expect(await presenter.locator('.pv-no-notes').count()).toBe(1);
  const lang = (await presenter.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'zh';
  expect(await presenter.locator('.pv-from-data .pv-notes-text').first().textContent()).toBe(stepCaption(2, lang));
  expect(await presenter.locator('[data-clock]').textContent()).toMatch(/^\d\d:\d\d$/);
  await expect.poll(() => presenter.locator('[data-elapsed]').getAttribute('data-elapsed').then(Number), { timeout: 4000 }).toBeGreaterThan(0);
  // The presenter view follows the audience window …
  await audience.bringToFront();
  await audience.keyboard.press('PageDown');
  await expect.poll(() => presenterStep(presenter)).toBe('3');
  await audience.keyboard.press('End');
  await expect.poll(() => presenterStep(presenter)).toBe('15');
  // … and the audience window follows the presenter view (its keys and its buttons).
  await presenter.bringToFront();
  await presenter.keyboard.press('Home');
  await expect.poll(() => audienceStep(audience)).toBe('0');
  await presenter.locator('[data-action="pv-next"]').click();
  await expect.poll(() => audienceStep(audience)).toBe('1');
  expect(new URLSearchParams(await audience.evaluate(() => location.search)).get('step')).toBe('1');
  // B in the presenter view blacks the audience's screen, and again returns.
  await presenter.keyboard.press('b');
  await expect.poll(() => audience.locator('[data-black="true"]').count()).toBe(1);
  expect(await presenter.locator('[data-black-note]').count()).toBe(1);
  await presenter.keyboard.press('b');
  await expect.poll(() => audience.locator('[data-black="true"]').count()).toBe(0);
}

describe('presenter view', () => {
  it('P opens it; it follows the audience window and the audience window follows it', async () => {
    await s.open('step=2&lang=zh', { width: 1280, height: 720 });
    const presenter = await openPresenter(s.page, 'key');
    expect(new URL(presenter.url()).searchParams.get('presenter')).toBe('1');
    await followsBothWays(s.page, presenter);
    await presenter.close();
    expect(s.errors).toEqual([]);
  });

  it('works the same from the single file (file://), opened with the button', async () => {
    await s.page.setViewportSize({ width: 1280, height: 720 });
    await s.page.goto(`${singleUrl}?step=2&lang=en`);
    await waitReady(s.page);
    const presenter = await openPresenter(s.page, 'button');
    expect(presenter.url().startsWith('file://')).toBe(true);
    await followsBothWays(s.page, presenter);
    await presenter.close();
    expect(s.errors).toEqual([]);
  });
});
