// Every built file the page loads after its start, blocked in turn (as a firewall, a dropped
// connection or a killed server would), on the overview and on all the full panels (zh): the page
// never becomes a retry box — the picture stays — and every part whose own code loaded keeps its
// content. A chunk that serves a secondary affordance (cite, CSV, picture export, panel tools, the
// glossary hints, the other language's words) takes nothing else with it. The files come from the
// build itself (its assets folder), not from a list of names; a part's "own code" is read from it
// too: its chunk and what that imports statically. Everything else a panel loads (the grid, the
// panel tools, "cite this", the CSV writer and builders, the words in both languages, the details)
// takes no panel with it, and the code of a secondary affordance is never a part's own code: no
// exemption, a chunk named below that a panel imports statically fails the test.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, waitReady, type Session } from './browser';
import { PART_NAMES } from '../../src/parts/registry';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const base = inject('baseUrl');
const assets = path.join(inject('distDir'), 'assets');

/** What index.html loads itself (the start code): blocking it only leaves the prerendered page, which has no script at all. */
function startFiles(): Set<string> {
  const html = fs.readFileSync(path.join(inject('distDir'), 'index.html'), 'utf8');
  return new Set([...html.matchAll(/(?:src|href)="\.?\/?assets\/([^"]+)"/g)].map((m) => m[1]!));
}

/** The files of the build that arrive after the start, in the order of their names. */
function laterFiles(): string[] {
  const start = startFiles();
  return fs
    .readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f) && !start.has(f))
    .sort();
}

const base_ = (f: string) => f.replace(/-[\w-]{8}\.(js|css)$/, '');

/**
 * The chunks of secondary affordances (by their module's name): the citation formats, the CSV
 * writer and every panel's CSV builder, "cite this", the panel tools, the picture export. None may
 * be a part's own code, so blocking one keeps every panel's content (the loop below checks that).
 */
const AFFORDANCES = new Set(['cite', 'csv', 'CiteThis', 'PanelTools', 'figureExport', 'exportImage', 'exportPicture']);

/**
 * A part's own code, read from the build: its chunk (features/<part>/index.ts, named after its
 * folder) and every file that chunk imports statically, with their stylesheets. What it loads on
 * demand (the panel tools, "cite this", the picture export, the words) is not its own.
 */
function ownFiles(part: string, files: readonly string[]): Set<string> {
  const js = files.filter((f) => f.endsWith('.js'));
  const own = new Set<string>();
  const todo = js.filter((f) => base_(f) === part);
  expect(todo, `the chunk of ${part}`).toHaveLength(1);
  while (todo.length) {
    const f = todo.pop()!;
    if (own.has(f)) continue;
    own.add(f);
    const text = fs.readFileSync(path.join(assets, f), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) if (!startFiles().has(m[1]!)) todo.push(m[1]!);
  }
  const bases = new Set([...own].map(base_));
  for (const f of files) if (f.endsWith('.css') && bases.has(base_(f))) own.add(f);
  return own;
}

/** Waits for every mounted panel to report ready, at most `ms`: a page whose start is blocked never does, and still shows its picture. */
async function settle(page: Page, ms: number) {
  await Promise.race([waitReady(page).catch(() => {}), page.waitForTimeout(ms)]);
}

interface PageState {
  overviewItems: number;
  panels: Record<string, { ready: string | null; error: string | null; items: number }>;
  alerts: number;
}

async function pageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const panels: PageState['panels'] = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-panel]')) {
      panels[el.dataset.panel!] = {
        ready: el.getAttribute('data-ready'),
        error: el.getAttribute('data-error'),
        items: el.querySelectorAll('[data-entity]').length,
      };
    }
    return {
      overviewItems: document.querySelectorAll('[data-panel="overview"] [data-part] [data-entity]').length,
      panels,
      alerts: document.querySelectorAll('[role="alert"]').length,
    };
  });
}

describe('each built file blocked in turn', () => {
  it('keeps the picture and every part whose own code loaded, on the overview and on all panels', { timeout: 1_800_000 }, async () => {
    const files = laterFiles();
    expect(files.length).toBeGreaterThan(20);

    const byPart = new Map(PART_NAMES.map((part) => [part as string, ownFiles(part, files)]));
    const own = (part: string, file: string) => byPart.get(part)!.has(file);
    for (const [part, files_] of byPart)
      expect(
        [...files_].filter((f) => AFFORDANCES.has(base_(f))),
        `affordance code in ${part}'s own code`,
      ).toEqual([]);
    expect(files.filter((f) => base_(f) === 'cite')).toHaveLength(1);
    expect(files.filter((f) => base_(f) === 'csv').length).toBeGreaterThanOrEqual(1);

    const overviewParts = PART_NAMES.length;
    const problems: string[] = [];
    const seen: string[] = [];
    for (const file of files) {
      const route = new RegExp(`/assets/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
      await s.page.route(route, (r) => r.abort('connectionfailed'));

      // The overview (the default page, prerendered and hydrated): always the whole picture.
      await s.page.goto(`${base}?lang=zh`);
      await settle(s.page, 8000);
      await s.page.waitForTimeout(2500); // its idle loads, blocked or not, have come and gone
      const ov = await pageState(s.page);
      const parts = await s.page.locator('[data-panel="overview"] [data-part]').count();
      if (parts !== overviewParts || ov.overviewItems < 50) problems.push(`${file} on the overview: ${parts} parts, ${ov.overviewItems} items`);

      // All the full panels.
      await s.page.goto(`${base}?lang=zh&view=all`);
      await settle(s.page, 25_000);
      const all = await pageState(s.page);
      const shown = PART_NAMES.filter((p) => all.panels[p]);
      if (shown.length === 0) {
        // The grid's own code did not come: the picture stays, with the message and its retry.
        if (all.overviewItems < 50 || all.alerts < 1) problems.push(`${file} on view=all: no panels and no picture (${all.overviewItems} items)`);
      } else {
        if (shown.length !== PART_NAMES.length) problems.push(`${file} on view=all: only ${shown.join(', ')}`);
        for (const p of shown) {
          const st = all.panels[p]!;
          if (st.error === 'true' && !own(p, file)) problems.push(`${file} took ${p} with it (not its own code)`);
          if (st.error !== 'true' && st.items === 0 && p !== 'campaign-map') problems.push(`${file}: ${p} shows no items`);
        }
        if (shown.some((p) => all.panels[p]!.error === 'true'))
          seen.push(`${file}: ${shown.filter((p) => all.panels[p]!.error === 'true').join(', ')}`);
      }
      await s.page.unroute(route);
    }
    console.log(`blocked ${files.length} files; panels lost to their own code:\n  ${seen.join('\n  ')}`);
    expect(problems).toEqual([]);
  });
});

// The narrow case of the loop above, and what a reader sees: the citation formats and every CSV
// chunk blocked at once on all the full panels keep every panel whole; a click on "download CSV"
// is the only thing that says so (beside its button), and its retry downloads once they come.
describe('the cite and csv chunks blocked', () => {
  it('keep every panel on view=all; only the CSV button says so, and its retry downloads', { timeout: 180_000 }, async () => {
    const blocked = laterFiles().filter((f) => base_(f) === 'cite' || base_(f) === 'csv');
    expect(blocked.filter((f) => base_(f) === 'cite')).toHaveLength(1);
    expect(blocked.length).toBeGreaterThanOrEqual(5); // the writer and the four panels' builders
    const route = (url: URL) => blocked.some((f) => url.pathname.endsWith(`/assets/${f}`));
    await s.page.route(route, (r) => r.abort('connectionfailed'));
    await s.page.goto(`${base}?lang=zh&view=all`);
    await waitReady(s.page);
    await s.page.waitForTimeout(2500); // the idle loads, blocked, have come and gone
    const before = await pageState(s.page);
    for (const p of PART_NAMES) {
      expect(before.panels[p], p).toBeDefined();
      expect(before.panels[p]!.error, p).not.toBe('true');
      expect(before.panels[p]!.ready, p).toBe('true');
      if (p !== 'campaign-map') expect(before.panels[p]!.items, p).toBeGreaterThan(0);
    }
    expect(before.alerts).toBe(0);

    const panel = s.page.locator('[data-panel="precision"]');
    await panel.locator('[data-action="csv"]').click();
    await expect.poll(() => panel.locator('[role="alert"]').count()).toBe(1);
    const after = await pageState(s.page);
    expect(after.alerts).toBe(1); // only that button says so
    expect(after.panels).toEqual(before.panels);

    await s.page.unroute(route);
    const [download] = await Promise.all([s.page.waitForEvent('download'), panel.locator('[data-action="retry-part"]').click()]);
    expect(download.suggestedFilename()).toBe('lankao-precision-zh.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF来源：')).toBe(true);
    await expect.poll(() => s.page.locator('[role="alert"]').count()).toBe(0);
  });
});
