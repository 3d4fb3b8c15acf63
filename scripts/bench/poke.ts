// Poke every panel the way a person would: hover and click its selectable things, press Enter
// on one, hover its chart marks so tooltips open. Used by the hostile-input and CSP tests and the
// audit (to have a selection on the page). Works with whatever panels exist.
import type { Locator, Page } from 'playwright-core';

export interface PokeResult {
  panels: string[];
  entitiesTouched: number;
  marksHovered: number;
  /** Text of every ECharts tooltip seen while hovering marks. */
  tooltips: string[];
}

async function usable(page: Page, sel: string, kind: 'entity' | 'mark'): Promise<Locator[]> {
  const ok = await page.$$eval(
    sel,
    (els, k) =>
      els.map((e) => {
        if (e.closest('a[href]') || e.closest('[hidden],[inert]')) return false;
        const r = e.getBoundingClientRect();
        return k === 'entity' ? e.getClientRects().length > 0 : r.width >= 4 && r.height >= 4 && r.width < 800;
      }),
    kind,
  );
  const all = page.locator(sel);
  return ok.flatMap((v, i) => (v ? [all.nth(i)] : []));
}

/** Spread `n` picks over a list (first, last and evenly between). */
function spread<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  return Array.from({ length: n }, (_, i) => xs[Math.round((i * (xs.length - 1)) / Math.max(1, n - 1))]!);
}

async function tooltipTexts(page: Page, panel: string): Promise<string[]> {
  return page.$$eval(`[data-panel="${panel}"] [_echarts_instance_]`, (charts) =>
    charts.flatMap((c) =>
      [...c.querySelectorAll(':scope > div')]
        .filter((d) => !d.querySelector('svg, canvas') && (d as HTMLElement).style.display !== 'none')
        .map((d) => d.textContent ?? '')
        .filter((t) => t.trim().length > 0),
    ),
  );
}

export async function pokeAllPanels(page: Page, opts: { perPanel?: number; marksPerPanel?: number } = {}): Promise<PokeResult> {
  const perPanel = opts.perPanel ?? 5;
  const marksPerPanel = opts.marksPerPanel ?? 6;
  const panels = await page.$$eval('[data-panel]', (els) => els.map((e) => e.getAttribute('data-panel')!));
  const result: PokeResult = { panels, entitiesTouched: 0, marksHovered: 0, tooltips: [] };
  for (const panel of panels) {
    const ents = spread(await usable(page, `[data-panel="${panel}"] [data-entity]`, 'entity'), perPanel);
    for (const [i, el] of ents.entries()) {
      try {
        // A forced click still moves the pointer there (hover preview) and scrolls it into view.
        if (i % 2 === 0) await el.click({ force: true, timeout: 2000 });
        else {
          await el.hover({ force: true, timeout: 2000 });
          await el.focus({ timeout: 2000 });
          await page.keyboard.press('Enter');
        }
        result.entitiesTouched++;
      } catch {
        /* it moved or went away after the previous click: carry on */
      }
    }
    const marks = spread(await usable(page, `[data-panel="${panel}"] [_echarts_instance_] svg path`, 'mark'), marksPerPanel);
    for (const m of marks) {
      try {
        await m.hover({ force: true, timeout: 2000 });
        await page.waitForTimeout(50);
        result.marksHovered++;
        result.tooltips.push(...(await tooltipTexts(page, panel)));
      } catch {
        /* re-rendered under the pointer */
      }
    }
    if (marks.length > 0) {
      const box = await marks[0]!.boundingBox().catch(() => null);
      if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2).catch(() => {});
    }
  }
  return result;
}
