// The measurements themselves, each on a real page in Debian's Chromium. Nothing here touches
// the app's code: readiness comes from the data-ready contract, latency from the Event Timing
// API, ECharts instances from the DOM (and, for setOption counts, through React's own fiber link
// from the chart's element to echarts-for-react's component).
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { mountAllPanels, nextPaint, PROBE_SCRIPT, settled, waitAllReady } from './browser';

export const VIEWPORT = { width: 1280, height: 900 };

interface Probe {
  readyAt: number | null;
  events: Array<{ id: number; name: string; duration: number; start: number }>;
  longtasks: Array<{ start: number; duration: number }>;
  setOption: Record<string, number>;
}

export async function throttle(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export interface LoadSample {
  ready: number;
  fcp: number | null;
}

/** One cold load in a fresh context (empty cache): navigation → all panels ready, and FCP. */
export async function loadOnce(browser: Browser, url: string, rate: number, timeout = 60_000): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(PROBE_SCRIPT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp, rate);
    await page.goto(url, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.readyAt !== null, null, { timeout, polling: 50 });
    await nextPaint(page);
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { ready: (window as unknown as { __bench: Probe }).__bench.readyAt!, fcp: fcp ? fcp.startTime : null };
    });
  } finally {
    await context.close();
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** A fresh page on the app (1× CPU), probe installed, every panel of the view mounted and ready. */
export async function openApp(
  browser: Browser,
  url: string,
  timeout = 120_000,
): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { timeout });
  await waitAllReady(page, timeout);
  await mountAllPanels(page, timeout);
  await nextPaint(page);
  return { page, cdp, close: () => context.close() };
}

/**
 * Selectable things inside one panel (or all panels), in document order, never links that would
 * navigate away. Locators, not element handles: a handle would keep its node alive in the page
 * and distort the memory figures.
 */
async function entitiesIn(page: Page, panel: string | null): Promise<Locator[]> {
  const sel = panel === null ? '[data-panel] [data-entity]' : `[data-panel="${panel}"] [data-entity]`;
  const usable = await page.$$eval(sel, (els) =>
    els.map((e) => !e.closest('a[href]') && e.getClientRects().length > 0 && !e.closest('[hidden],[inert]')),
  );
  const all = page.locator(sel);
  return usable.flatMap((ok, i) => (ok ? [all.nth(i)] : []));
}

export async function panelNames(page: Page): Promise<string[]> {
  return page.$$eval('[data-panel]', (els) => els.map((e) => e.getAttribute('data-panel')!));
}

/** Panels of the grid (they have an Expand toggle and are not the details sidebar). */
export async function gridPanels(page: Page): Promise<string[]> {
  return page.$$eval('main [data-panel]', (els) => els.map((e) => e.getAttribute('data-panel')!));
}

async function clickCenter(page: Page, el: Locator): Promise<boolean> {
  try {
    await el.scrollIntoViewIfNeeded({ timeout: 2000 });
    const box = await el.boundingBox({ timeout: 2000 });
    if (!box || box.width < 1 || box.height < 1) return false;
    await page.mouse.click(box.x + box.width / 2, box.y + Math.min(box.height / 2, 12));
    return true;
  } catch {
    return false;
  }
}

/** Visible marks of the panel's charts (bars, sectors, cells): the paths that are not tiny or huge. */
async function chartMarks(page: Page, panel: string): Promise<Locator[]> {
  const sel = `[data-panel="${panel}"] [_echarts_instance_] svg path`;
  const ok = await page.$$eval(sel, (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return r.width >= 6 && r.height >= 6 && r.width < 600;
    }),
  );
  const all = page.locator(sel);
  return ok.flatMap((v, i) => (v ? [all.nth(i)] : []));
}

export interface WalkResult {
  actions: number;
  byKind: Record<string, number>;
  /** Interactions the browser reported (≥ 16 ms); the others were faster than that. */
  reported: number;
  p50: number;
  p95: number;
  max: number;
  longTasks: number;
  longTaskMs: number;
  wallMs: number;
}

/**
 * A scripted walk across every panel: click an entity, press Enter on another, click a chart
 * mark, press Escape — round-robin over the panels until `target` actions are done.
 * Latency = Event Timing duration (input → next paint) of each interaction.
 * pace 'settled' (the figures since 2026-11-30's fourth session): after each action the walk waits for
 * the page to go idle, as a person's next click would; 'back-to-back' (earlier rounds) acts again right
 * after the paint, so the previous action's after-paint work (chart updates) lands in the next one.
 */
export async function walk(
  page: Page,
  cdp: CDPSession,
  rate: number,
  target = 60,
  pace: 'settled' | 'back-to-back' = 'settled',
): Promise<WalkResult> {
  const afterAction = pace === 'settled' ? settled : nextPaint;
  const panels = await panelNames(page);
  return timedWalk(page, cdp, rate, async () => {
    const byKind: Record<string, number> = { click: 0, enter: 0, 'chart-click': 0, escape: 0 };
    let actions = 0;
    let round = 0;
    let idle = 0;
    while (actions < target && idle < 3) {
      let did = 0;
      for (const panel of panels) {
        if (actions >= target) break;
        const ents = await entitiesIn(page, panel);
        if (ents.length > 0) {
          if (await clickCenter(page, ents[(round * 7) % ents.length]!)) {
            byKind.click!++;
            actions++;
            did++;
            await afterAction(page);
          }
          const again = await entitiesIn(page, panel);
          const el = again[(round * 7 + 3) % Math.max(1, again.length)];
          if (el) {
            try {
              await el.focus({ timeout: 2000 });
              await page.keyboard.press('Enter');
              byKind.enter!++;
              actions++;
              did++;
              await afterAction(page);
            } catch {
              /* element went away */
            }
          }
        }
        const marks = await chartMarks(page, panel);
        if (marks.length > 0 && (await clickCenter(page, marks[round % marks.length]!))) {
          byKind['chart-click']!++;
          actions++;
          did++;
          await afterAction(page);
        }
        if (did > 0 && (round + panels.indexOf(panel)) % 2 === 0) {
          await page.keyboard.press('Escape');
          byKind.escape!++;
          actions++;
          await afterAction(page);
        }
      }
      idle = did === 0 ? idle + 1 : 0;
      round++;
    }
    await page.keyboard.press('Escape');
    await afterAction(page);
    return byKind;
  });
}

export interface HeapSnapshot {
  heapMB: number;
  nodes: number;
  listeners: number;
  echarts: number;
}

export async function heap(page: Page, cdp: CDPSession): Promise<HeapSnapshot> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (n: string) => metrics.find((m) => m.name === n)?.value ?? NaN;
  const echarts = await page.evaluate(() => document.querySelectorAll('[_echarts_instance_]').length);
  return { heapMB: Math.round((usedSize / 1048576) * 100) / 100, nodes: metric('Nodes'), listeners: metric('JSEventListeners'), echarts };
}

/**
 * Wrap setOption on every live ECharts instance (reached through React's fiber link from the
 * chart's element to echarts-for-react's component, whose getEchartsInstance() returns it).
 * Returns how many instances were wrapped.
 */
export async function instrumentSetOption(page: Page): Promise<{ wrapped: number; unreachable: number }> {
  return page.evaluate(() => {
    type Inst = { setOption: (...a: unknown[]) => unknown; __benchWrapped?: boolean };
    type Fiber = { stateNode?: { getEchartsInstance?: () => Inst }; return: Fiber | null };
    const probe = (window as unknown as { __bench: Probe }).__bench;
    let wrapped = 0;
    let unreachable = 0;
    for (const el of document.querySelectorAll('[_echarts_instance_]')) {
      const panel = el.closest('[data-panel]')?.getAttribute('data-panel') ?? '(none)';
      const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
      let f: Fiber | null = key ? (el as unknown as Record<string, Fiber>)[key]! : null;
      while (f && typeof f.stateNode?.getEchartsInstance !== 'function') f = f.return;
      const inst = f?.stateNode?.getEchartsInstance?.();
      if (!inst) {
        unreachable++;
        continue;
      }
      if (inst.__benchWrapped) continue;
      const orig = inst.setOption;
      inst.setOption = function (this: Inst, ...a: unknown[]) {
        probe.setOption[panel] = (probe.setOption[panel] ?? 0) + 1;
        return orig.apply(this, a);
      };
      inst.__benchWrapped = true;
      probe.setOption[panel] ??= 0;
      wrapped++;
    }
    return { wrapped, unreachable };
  });
}

export interface SetOptionResult {
  selectionChanges: number;
  charts: number;
  unreachable: number;
  perChange: Record<string, number>;
}

/** setOption calls per selection change, per panel, over `changes` select/clear changes made with real input. */
export async function setOptionPerSelection(page: Page, changes = 20): Promise<SetOptionResult> {
  const { wrapped, unreachable } = await instrumentSetOption(page);
  await page.evaluate(() => {
    const p = (window as unknown as { __bench: Probe }).__bench.setOption;
    for (const k of Object.keys(p)) p[k] = 0;
  });
  let done = 0;
  for (let i = 0; done < changes && i < changes * 3; i++) {
    const ents = await entitiesIn(page, null);
    if (ents.length === 0) break;
    if (await clickCenter(page, ents[(i * 11) % ents.length]!)) {
      done++;
      await nextPaint(page);
    }
    if (done < changes) {
      await page.keyboard.press('Escape');
      done++;
      await nextPaint(page);
    }
  }
  await page.waitForTimeout(200);
  const counts = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.setOption);
  const perChange: Record<string, number> = {};
  for (const [k, v] of Object.entries(counts)) perChange[k] = done ? Math.round((v / done) * 100) / 100 : 0;
  return { selectionChanges: done, charts: wrapped, unreachable, perChange };
}

export interface LifecycleResult {
  before: HeapSnapshot;
  /** After the first pass of cycles and remounts: includes one-time warm-up (see lifecycle). */
  afterCycles: HeapSnapshot;
  afterFirst: HeapSnapshot;
  /** After a second, identical pass: what each pass leaves behind once the page is warm. */
  after: HeapSnapshot;
  cycles: number;
  remounts: number;
  setOption: SetOptionResult;
}

/** `cycles` select (real click) / clear (Escape) cycles. */
async function selectClearCycles(page: Page, cycles: number): Promise<number> {
  let done = 0;
  let ents = await entitiesIn(page, null);
  for (let i = 0; i < cycles * 2 && done < cycles && ents.length > 0; i++) {
    if (i % 25 === 24) ents = await entitiesIn(page, null); // the page may have changed shape
    if (!(await clickCenter(page, ents[(i * 13) % ents.length]!))) continue;
    await nextPaint(page);
    await page.keyboard.press('Escape');
    await nextPaint(page);
    done++;
  }
  return done;
}

/** `remounts` panel remounts through the Expand toggles (each panel alone, then the grid again). */
async function remountPanels(page: Page, remounts: number): Promise<number> {
  const grid = await gridPanels(page);
  let remounted = 0;
  for (let i = 0; i < remounts && grid.length > 0; i++) {
    const name = grid[i % grid.length]!;
    const toggle = page.locator(`[data-panel="${name}"] > header button[aria-pressed]`).last();
    if ((await toggle.count()) === 0) continue;
    await toggle.click();
    await page.waitForFunction((n) => new URL(location.href).searchParams.get('view') === n, name);
    await waitAllReady(page);
    await page.locator(`[data-panel="${name}"] > header button[aria-pressed="true"]`).last().click();
    // Back to the grid (?view=all now that the overview is the default view); its panels mount on demand.
    await page.waitForFunction((n) => new URL(location.href).searchParams.get('view') !== n, name);
    await waitAllReady(page);
    await mountAllPanels(page);
    remounted++;
  }
  await nextPaint(page);
  return remounted;
}

/**
 * 200 select/clear cycles and 20 panel remounts, twice. The first pass also measures one-time
 * warm-up that is not retained per interaction: V8 compiles the hot functions to optimised
 * code (a heap snapshot showed ~4.4 MB of "code" after the first pass), and React allocates
 * the second (alternate) fiber of every component the first time it updates. The second,
 * identical pass on the warm page is the leak measure: what a pass leaves behind.
 */
export async function lifecycle(page: Page, cdp: CDPSession, cycles = 200, remounts = 20): Promise<LifecycleResult> {
  const before = await heap(page, cdp);
  const setOption = await setOptionPerSelection(page);
  const done = await selectClearCycles(page, cycles);
  const afterCycles = await heap(page, cdp);
  const remounted = await remountPanels(page, remounts);
  const afterFirst = await heap(page, cdp);
  await selectClearCycles(page, cycles);
  await remountPanels(page, remounts);
  const after = await heap(page, cdp);
  return { before, afterCycles, afterFirst, after, cycles: done, remounts: remounted, setOption };
}

/**
 * The presentation's step walk (issue 21): from `?step=0`, PageDown to the last step, PageUp back to
 * the first, `passes` times — each key press one interaction (keydown → the next step's paint, Event
 * Timing), each once the page is idle, as a trainer's next click would be. The first pass includes each
 * stage form's first load (its own chunk).
 */
export async function stepWalk(page: Page, cdp: CDPSession, rate: number, passes = 2): Promise<WalkResult> {
  const total = await page.evaluate(() => Number(/(\d+)\D*$/.exec(document.querySelector('.present-count')?.textContent ?? '')?.[1] ?? 0));
  return timedWalk(page, cdp, rate, async () => {
    const byKind: Record<string, number> = { PageDown: 0, PageUp: 0 };
    for (let p = 0; p < passes; p++) {
      for (const key of ['PageDown', 'PageUp'] as const) {
        for (let i = 1; i < total; i++) {
          await page.keyboard.press(key);
          byKind[key]!++;
          await settled(page);
          await waitAllReady(page);
        }
      }
    }
    return byKind;
  });
}

/**
 * One timed walk (the click walk's and the step walk's): the CPU slowed `rate` times, `act` performs the
 * interactions and returns how many of each kind it did; then each interaction's latency (Event Timing:
 * input → next paint, the longest entry of each) and the long tasks since the walk began. Interactions the
 * browser did not report were under its 16 ms threshold: they count as 0.
 */
async function timedWalk(page: Page, cdp: CDPSession, rate: number, act: () => Promise<Record<string, number>>): Promise<WalkResult> {
  await throttle(cdp, rate);
  const t0 = await page.evaluate(() => performance.now());
  const start = Date.now();
  const byKind = await act();
  const actions = Object.values(byKind).reduce((a, n) => a + n, 0);
  await page.waitForTimeout(300); // Event Timing entries are delivered after the paint
  const wallMs = Date.now() - start;
  const probe = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
  await throttle(cdp, 1);
  const byInteraction = new Map<number, number>();
  for (const e of probe.events) if (e.start >= t0) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  const reported = [...byInteraction.values()];
  const all = [...reported, ...Array<number>(Math.max(0, actions - reported.length)).fill(0)].sort((a, b) => a - b);
  const lts = probe.longtasks.filter((l) => l.start >= t0);
  return {
    actions,
    byKind,
    reported: reported.length,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    max: all.length ? all[all.length - 1]! : NaN,
    longTasks: lts.length,
    longTaskMs: Math.round(lts.reduce((a, l) => a + l.duration, 0)),
    wallMs,
  };
}
