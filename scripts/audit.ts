// npm run audit — Lighthouse 12 (node API, Debian's Chromium) and axe-core on the built app.
//   Lighthouse: performance, accessibility, best practices, SEO; for each category under 100 the
//   audits that cost points.
//   axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa): with and without a selection, zh and
//   en, at 390 and 1280 px — each violation's rule, impact, count and first target.
// Builds into a temp folder (never dist/), writes audit-results/latest.json (+ a timestamped copy).
//   npm run audit -- --no-lighthouse     axe only
//   npm run audit -- --desktop           Lighthouse with its desktop preset (default: mobile)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildApp, ROOT } from './bench/build';
import { launch, nextPaint, waitAllReady } from './bench/browser';
import { table } from './bench/report';
import { serveStatic } from './serve';
// @ts-expect-error — plain ESM helper shared with the tests
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './chromium.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const log = (s: string) => process.stderr.write(`· ${s}\n`);

interface LhCategory {
  score: number | null;
  failing: Array<{ id: string; title: string; score: number | null; displayValue?: string }>;
}
interface AxeRun {
  lang: string;
  width: number;
  selection: string | null;
  violations: Array<{ id: string; impact: string | null; count: number; firstTarget: string; help: string }>;
  error?: string;
}

async function runLighthouse(url: string, desktop: boolean): Promise<Record<string, LhCategory>> {
  const chromePath = findChromium() as string | null;
  if (!chromePath) throw new Error(INSTALL_HINT as string);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    userDataDir,
    chromeFlags: ['--headless=new', ...(CHROMIUM_ARGS as string[])],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    const out: Record<string, LhCategory> = {};
    for (const id of CATEGORIES) {
      const cat = lhr.categories[id];
      if (!cat) continue;
      const failing = cat.auditRefs
        .filter((ref) => ref.weight > 0 || id === 'performance')
        .map((ref) => lhr.audits[ref.id]!)
        .filter(
          (a) =>
            a &&
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => ({ id: a.id, title: a.title, score: a.score, ...(a.displayValue ? { displayValue: a.displayValue } : {}) }));
      out[id] = { score: cat.score === null ? null : Math.round(cat.score * 100), failing };
    }
    return out;
  } finally {
    chrome.kill();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function runAxe(url: string): Promise<AxeRun[]> {
  const b = await launch();
  const runs: AxeRun[] = [];
  try {
    // A selection to audit with: the first selectable thing of the first panel that has one.
    const context = await b.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await waitAllReady(page);
    const sel = await page
      .locator('main [data-panel] [data-entity]')
      .first()
      .getAttribute('data-entity')
      .catch(() => null);
    await context.close();
    for (const width of [390, 1280]) {
      for (const lang of ['zh', 'en']) {
        for (const selection of [null, sel]) {
          const ctx = await b.browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 } });
          const p = await ctx.newPage();
          const run: AxeRun = { lang, width, selection, violations: [] };
          try {
            await p.goto(`${url}?lang=${lang}${selection ? `&sel=${selection}` : ''}`);
            await waitAllReady(p);
            await nextPaint(p);
            await p.waitForTimeout(300);
            const res = await new AxeBuilder({ page: p as never }).withTags(AXE_TAGS).analyze();
            run.violations = res.violations.map((v) => ({
              id: v.id,
              impact: v.impact ?? null,
              count: v.nodes.length,
              firstTarget: JSON.stringify(v.nodes[0]?.target ?? []),
              help: v.help,
            }));
          } catch (e) {
            run.error = String(e).split('\n')[0];
          }
          runs.push(run);
          await ctx.close();
        }
      }
    }
  } finally {
    await b.close();
  }
  return runs;
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-audit-'));
  const started = new Date();
  try {
    log('building the app');
    const dir = await buildApp({ outDir: path.join(tmp, 'app') });
    const server = await serveStatic(dir);
    try {
      const desktop = process.argv.includes('--desktop');
      let lh: Record<string, LhCategory> | { error: string } | null = null;
      if (!process.argv.includes('--no-lighthouse')) {
        log(`Lighthouse (${desktop ? 'desktop' : 'mobile'} preset)`);
        try {
          lh = await runLighthouse(server.url, desktop);
        } catch (e) {
          lh = { error: String(e).split('\n')[0]! };
        }
      }
      log('axe-core: 2 widths × 2 languages × with/without a selection');
      const axe = await runAxe(server.url);
      const result = {
        date: started.toISOString(),
        lighthouse: lh ? { preset: desktop ? 'desktop' : 'mobile', ...lh } : null,
        axe,
        axeTags: AXE_TAGS,
      };
      const outDir = path.join(ROOT, 'audit-results');
      fs.mkdirSync(outDir, { recursive: true });
      const stamp = started.toISOString().replace(/[:.]/g, '-');
      fs.writeFileSync(path.join(outDir, `${stamp}.json`), JSON.stringify(result, null, 2));
      fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(result, null, 2));

      const out: string[] = [`Lankao dashboard audit — ${result.date}`];
      if (lh && 'error' in lh) out.push(`\nLighthouse failed: ${lh.error}`);
      else if (lh) {
        const l = lh as Record<string, LhCategory>;
        out.push(
          table(
            `Lighthouse 12 (${desktop ? 'desktop' : 'mobile'} preset)`,
            ['category', 'score'],
            CATEGORIES.map((c) => [c, l[c]?.score ?? '—']),
          ),
        );
        for (const c of CATEGORIES) {
          const cat = l[c];
          if (!cat || cat.score === 100 || cat.failing.length === 0) continue;
          out.push(`\n  ${c} < 100 — audits that cost points:`);
          for (const f of cat.failing) out.push(`    - ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''} [${f.id}, score ${f.score}]`);
        }
      }
      const rows: Array<Array<string | number>> = [];
      for (const r of axe) {
        const where = `${r.width}px ${r.lang} ${r.selection ? `sel=${r.selection}` : 'no selection'}`;
        if (r.error) rows.push([where, 'ERROR', '', '', r.error.slice(0, 80)]);
        else if (r.violations.length === 0) rows.push([where, '(none)', '', 0, '']);
        else for (const v of r.violations) rows.push([where, v.id, v.impact ?? '', v.count, v.firstTarget.slice(0, 80)]);
      }
      out.push(table(`axe-core (${AXE_TAGS.join(', ')})`, ['page', 'violation', 'impact', 'nodes', 'first target'], rows));
      const total = axe.reduce((a, r) => a + r.violations.reduce((b, v) => b + v.count, 0), 0);
      out.push(`\naxe: ${total} violating node(s) over ${axe.length} pages`);
      console.log(out.join('\n'));
      console.log(`\nwritten: audit-results/${stamp}.json and audit-results/latest.json`);
    } finally {
      await server.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
