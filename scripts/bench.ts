// npm run bench — bytes, load vs a picture of itself, linked-interaction latency, memory and
// lifecycle, and the same at 10× and 100× synthetic scale and for a synthetic 450-village county. Builds into temp folders (never dist/),
// serves them on 127.0.0.1 and drives Debian's Chromium. Prints tables and writes
// bench-results/<timestamp>.json and bench-results/latest.json.
//
//   npm run bench                       full run (5 load runs each, scales 10×, 100× and county)
//   npm run bench -- --runs 7           more load runs
//   npm run bench -- --scales 10        only 10× (--scales none: skip scale; `county`: the 450-village county)
//   npm run bench -- --quick            3 runs, 10× only, shorter walks (a smoke run)
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, jsSizes, ROOT, type JsSizes } from './bench/build';
import { launch, nextPaint } from './bench/browser';
import {
  lifecycle,
  loadOnce,
  median,
  openApp,
  stepWalk,
  VIEWPORT,
  walk,
  type LifecycleResult,
  type LoadSample,
  type WalkResult,
} from './bench/measure';
import { kb, lat, ms, ratio, table } from './bench/report';
import { writeSyntheticDataset, type SynthStats } from './bench/synth';
import { writeSyntheticCounty } from './bench/county';
import { serveStatic } from './serve';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const quick = process.argv.includes('--quick');
const RUNS = Math.max(5, Number(arg('runs') ?? 5)) - (quick ? 2 : 0);
/** Clone factors (10 = the real data ten times) and 'county' (the real data plus 450 synthetic villages). */
const SCALES: Array<number | 'county'> = (arg('scales') ?? (quick ? '10' : '10,100,county'))
  .split(',')
  .filter((s) => /^\d+$/.test(s) || s === 'county')
  .map((s) => (s === 'county' ? 'county' : Number(s)));
const WALK = quick ? 50 : 60;
const LOAD_TIMEOUT = 180_000;

interface LoadFigures {
  runs: number;
  readyMs: number;
  fcpMs: number | null;
  samples: LoadSample[];
}
interface ScaleResult {
  stats: SynthStats;
  bytes: JsSizes;
  load: LoadFigures | { error: string };
  walk1x?: WalkResult | { error: string };
  walk4x?: WalkResult | { error: string };
}

const log = (s: string) => process.stderr.write(`· ${s}\n`);

function summarise(samples: LoadSample[]): LoadFigures {
  const fcps = samples.map((s) => s.fcp).filter((x): x is number => x !== null);
  return { runs: samples.length, readyMs: median(samples.map((s) => s.ready)), fcpMs: fcps.length ? median(fcps) : null, samples };
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-bench-'));
  const started = new Date();
  const servers: Array<{ close: () => Promise<void> }> = [];
  const b = await launch();
  try {
    // ── Bytes ────────────────────────────────────────────────────────────────────────────
    log('building the app and the full-ECharts variant');
    const appDir = await buildApp({ outDir: path.join(tmp, 'app') });
    const fullDir = await buildApp({ outDir: path.join(tmp, 'app-full-echarts'), fullEcharts: true });
    const bytes = { app: jsSizes(appDir), fullEcharts: jsSizes(fullDir) };

    const app = await serveStatic(appDir);
    servers.push(app);

    // ── Picture of itself: a PNG of the ready dashboard at the same viewport ──────────────
    log('taking the floor picture');
    const floorDir = path.join(tmp, 'floor');
    fs.mkdirSync(floorDir);
    const shot = await openApp(b.browser, app.url);
    const panels = await shot.page.$$eval('[data-panel]', (els) =>
      els.map((e) => ({
        name: e.getAttribute('data-panel')!,
        entities: e.querySelectorAll('[data-entity]').length,
        charts: e.querySelectorAll('[_echarts_instance_]').length,
        error: e.getAttribute('data-error') === 'true',
      })),
    );
    await shot.page.waitForTimeout(500);
    await shot.page.screenshot({ path: path.join(floorDir, 'shot.png') });
    await shot.close();
    fs.writeFileSync(
      path.join(floorDir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title></head>` +
        `<body style="margin:0"><img id="bench-floor" src="shot.png" width="${VIEWPORT.width}" height="${VIEWPORT.height}" alt="Lankao dashboard"></body></html>`,
    );
    const floor = await serveStatic(floorDir);
    servers.push(floor);

    // ── Load at 4× CPU: app vs picture, alternating ────────────────────────────────────────
    log(`load at 4× CPU, ${RUNS} runs each, alternating app / picture`);
    const appSamples: LoadSample[] = [];
    const floorSamples: LoadSample[] = [];
    for (let i = 0; i < RUNS; i++) {
      appSamples.push(await loadOnce(b.browser, app.url, 4, LOAD_TIMEOUT));
      floorSamples.push(await loadOnce(b.browser, floor.url, 4, LOAD_TIMEOUT));
    }
    const load = { app: summarise(appSamples), picture: summarise(floorSamples) };

    // ── Linked interaction at 1× and 4× ────────────────────────────────────────────────────
    // On the default page, and on the long dashboard of full panels (?view=all, every panel mounted).
    const walks: Record<string, WalkResult> = {};
    for (const [key, url] of [
      ['', app.url],
      ['all-', `${app.url}?view=all`],
    ] as const) {
      for (const rate of [1, 4]) {
        log(`interaction walk at ${rate}× CPU (${WALK} actions) on ${url}`);
        const s = await openApp(b.browser, url);
        walks[`${key}${rate}x`] = await walk(s.page, s.cdp, rate, WALK);
        await s.close();
      }
      // Earlier rounds' pace, for comparison: the next action right after the previous one's paint.
      log(`back-to-back interaction walk at 4× CPU (${WALK} actions) on ${url}`);
      const s = await openApp(b.browser, url);
      walks[`${key}4x-back-to-back`] = await walk(s.page, s.cdp, 4, WALK, 'back-to-back');
      await s.close();
    }

    // ── The presentation's step walk at 1× and 4× (issue 21: a step change at 4× p95 ≤ 100 ms) ──
    for (const rate of [1, 4]) {
      log(`presentation step walk at ${rate}× CPU`);
      const s = await openApp(b.browser, `${app.url}?step=0`);
      walks[`steps-${rate}x`] = await stepWalk(s.page, s.cdp, rate);
      await s.close();
    }

    // ── Memory and lifecycle ──────────────────────────────────────────────────────────────
    // On the full panels: they hold the charts, and their Expand toggles do the remounts.
    log('memory: 200 select/clear cycles and 20 remounts');
    const s = await openApp(b.browser, `${app.url}?view=all`);
    const life: LifecycleResult = await lifecycle(s.page, s.cdp, 200, 20);
    await s.close();

    // ── Scale ─────────────────────────────────────────────────────────────────────────────
    const scale: Record<string, ScaleResult> = {};
    for (const factor of SCALES) {
      const key = factor === 'county' ? 'county-450' : `${factor}x`;
      log(`scale ${key}: generating, building, measuring`);
      const dataDir = path.join(tmp, `data-${key}`);
      const stats =
        factor === 'county'
          ? writeSyntheticCounty(path.join(ROOT, 'data'), dataDir)
          : writeSyntheticDataset(path.join(ROOT, 'data'), dataDir, factor);
      const dir = await buildApp({ outDir: path.join(tmp, `app-${key}`), dataDir });
      const srv = await serveStatic(dir);
      servers.push(srv);
      const r: ScaleResult = { stats, bytes: jsSizes(dir), load: { error: 'not run' } };
      try {
        const samples: LoadSample[] = [];
        for (let i = 0; i < RUNS; i++) samples.push(await loadOnce(b.browser, srv.url, 4, LOAD_TIMEOUT));
        r.load = summarise(samples);
      } catch (e) {
        r.load = { error: String(e).split('\n')[0]! };
      }
      for (const rate of [1, 4] as const) {
        try {
          const p = await openApp(b.browser, srv.url, LOAD_TIMEOUT);
          await nextPaint(p.page);
          const w = await walk(p.page, p.cdp, rate, WALK);
          if (rate === 1) r.walk1x = w;
          else r.walk4x = w;
          await p.close();
        } catch (e) {
          const err = { error: String(e).split('\n')[0]! };
          if (rate === 1) r.walk1x = err;
          else r.walk4x = err;
        }
      }
      scale[key] = r;
    }

    // ── Output ────────────────────────────────────────────────────────────────────────────
    const env = {
      date: started.toISOString(),
      node: process.version,
      chromium: b.browser.version(),
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      commit: safe(() =>
        execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim(),
      ),
      dirty: safe(
        () =>
          execSync('git status --porcelain', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim().length > 0,
      ),
      runs: RUNS,
      viewport: VIEWPORT,
    };
    const result = { env, panels, bytes, load, walks, lifecycle: life, scale };
    const outDir = path.join(ROOT, 'bench-results');
    fs.mkdirSync(outDir, { recursive: true });
    const stamp = started.toISOString().replace(/[:.]/g, '-');
    fs.writeFileSync(path.join(outDir, `${stamp}.json`), JSON.stringify(result, null, 2));
    fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(result, null, 2));
    console.log(render(result, panels.length));
    console.log(`\nwritten: bench-results/${stamp}.json and bench-results/latest.json`);
  } finally {
    await b.close();
    for (const srv of servers) await srv.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

type Result = {
  env: Record<string, unknown>;
  panels: Array<{ name: string; entities: number; charts: number; error: boolean }>;
  bytes: { app: JsSizes; fullEcharts: JsSizes };
  load: { app: LoadFigures; picture: LoadFigures };
  walks: Record<string, WalkResult>;
  lifecycle: LifecycleResult;
  scale: Record<string, ScaleResult>;
};

function render(r: Result, nPanels: number): string {
  const out: string[] = [];
  out.push(
    `Lankao dashboard benchmark — ${r.env.date} — Chromium ${r.env.chromium}, Node ${r.env.node}, ${r.env.cpus} CPUs, commit ${r.env.commit}${r.env.dirty ? ' (+ uncommitted changes)' : ''}`,
  );
  out.push(
    `panels (${nPanels}): ${r.panels.map((p) => `${p.name}[${p.entities} entities${p.charts ? `, ${p.charts} charts` : ''}${p.error ? ', ERROR' : ''}]`).join(' ')}`,
  );
  const a = r.bytes.app;
  const f = r.bytes.fullEcharts;
  out.push(
    table(
      'Bytes (JS, minified; gzip = zlib level 6)',
      ['', 'this app', 'with full echarts', 'ratio full/app'],
      [
        ['initial JS raw', kb(a.initial.raw), kb(f.initial.raw), ratio(f.initial.raw, a.initial.raw)],
        ['initial JS gzip', kb(a.initial.gzip), kb(f.initial.gzip), ratio(f.initial.gzip, a.initial.gzip)],
        ['total JS raw', kb(a.total.raw), kb(f.total.raw), ratio(f.total.raw, a.total.raw)],
        ['total JS gzip', kb(a.total.gzip), kb(f.total.gzip), ratio(f.total.gzip, a.total.gzip)],
      ],
    ),
  );
  const L = r.load;
  out.push(
    table(
      `Load at 4× CPU throttling (median of ${L.app.runs} cold runs each, alternating)`,
      ['', 'dashboard', 'PNG of itself', 'ratio'],
      [
        ['navigation → all panels ready / picture loaded', ms(L.app.readyMs), ms(L.picture.readyMs), ratio(L.app.readyMs, L.picture.readyMs)],
        ['first contentful paint', ms(L.app.fcpMs), ms(L.picture.fcpMs), ratio(L.app.fcpMs ?? NaN, L.picture.fcpMs ?? NaN)],
      ],
    ),
  );
  const walkRow = (label: string, w: WalkResult | { error: string } | undefined) =>
    !w
      ? [label, '—', '—', '—', '—', '—', '—']
      : 'error' in w
        ? [label, w.error.slice(0, 60), '', '', '', '', '']
        : [
            label,
            `${w.actions} (${w.reported} ≥16 ms)`,
            lat(w.p50),
            lat(w.p95),
            lat(w.max),
            `${w.longTasks} (${w.longTaskMs} ms)`,
            `${(w.wallMs / 1000).toFixed(1)} s`,
          ];
  out.push(
    table(
      'Linked interaction: input → next paint (Event Timing), scripted walk over every panel of the page; each action once the page is idle (back-to-back: right after the previous paint)',
      ['', 'interactions', 'p50', 'p95', 'max', 'long tasks >50 ms', 'walk time'],
      [
        walkRow('default page, 1× CPU', r.walks['1x']),
        walkRow('default page, 4× CPU', r.walks['4x']),
        walkRow('full panels (?view=all), 1× CPU', r.walks['all-1x']),
        walkRow('full panels (?view=all), 4× CPU', r.walks['all-4x']),
        walkRow('default page, 4× CPU, back-to-back', r.walks['4x-back-to-back']),
        walkRow('full panels, 4× CPU, back-to-back', r.walks['all-4x-back-to-back']),
        walkRow('presentation steps (PageDown/PageUp), 1× CPU', r.walks['steps-1x']),
        walkRow('presentation steps (PageDown/PageUp), 4× CPU', r.walks['steps-4x']),
      ],
    ),
  );
  const lf = r.lifecycle;
  const heapRow = (label: string, h: LifecycleResult['before']) => [label, `${h.heapMB} MB`, h.nodes, h.listeners, h.echarts];
  const growth = (label: string, a: LifecycleResult['before'], b: LifecycleResult['before']) => [
    label,
    `${(b.heapMB - a.heapMB).toFixed(2)} MB`,
    b.nodes - a.nodes,
    b.listeners - a.listeners,
    b.echarts - a.echarts,
  ];
  out.push(
    table(
      `Memory & lifecycle (after forced GC): ${lf.cycles} select/clear cycles + ${lf.remounts} panel remounts per pass, two passes`,
      ['', 'JS heap', 'DOM nodes', 'listeners', 'ECharts instances'],
      [
        heapRow('before', lf.before),
        heapRow(`pass 1: after ${lf.cycles} cycles`, lf.afterCycles),
        heapRow(`pass 1: after ${lf.remounts} remounts`, lf.afterFirst),
        heapRow('pass 2: after cycles + remounts', lf.after),
        growth('growth, pass 1 (incl. JIT code and React warm-up)', lf.before, lf.afterFirst),
        growth('growth, pass 2 (warm page: retained per pass)', lf.afterFirst, lf.after),
      ],
    ),
  );
  const so = lf.setOption;
  out.push(
    table(
      `setOption calls per selection change (${so.selectionChanges} changes, ${so.charts} charts instrumented${so.unreachable ? `, ${so.unreachable} unreachable` : ''})`,
      ['panel', 'setOption / change'],
      Object.keys(so.perChange).length ? Object.entries(so.perChange).map(([k, v]) => [k, v]) : [['(no ECharts charts on the page yet)', '—']],
    ),
  );
  const scaleRows: Array<Array<string | number>> = [];
  for (const [k, s] of Object.entries(r.scale)) {
    const ld = 'error' in s.load ? null : s.load;
    const w1 = s.walk1x && !('error' in s.walk1x) ? s.walk1x : null;
    const w4 = s.walk4x && !('error' in s.walk4x) ? s.walk4x : null;
    scaleRows.push([
      k,
      `${s.stats.entities} / ${s.stats.links}`,
      kb(s.bytes.initial.gzip),
      ld ? ms(ld.readyMs) : `error: ${'error' in s.load ? s.load.error.slice(0, 50) : ''}`,
      ld ? ms(ld.fcpMs) : '—',
      w1 ? `${lat(w1.p50)} / ${lat(w1.p95)} / ${lat(w1.max)}` : '—',
      w4 ? `${lat(w4.p50)} / ${lat(w4.p95)} / ${lat(w4.max)}` : '—',
      w4 ? `${w4.longTasks} (${w4.longTaskMs} ms)` : '—',
    ]);
  }
  if (scaleRows.length) {
    scaleRows.unshift([
      '1x (real)',
      '—',
      kb(a.initial.gzip),
      ms(L.app.readyMs),
      ms(L.app.fcpMs),
      r.walks['1x'] ? `${lat(r.walks['1x'].p50)} / ${lat(r.walks['1x'].p95)} / ${lat(r.walks['1x'].max)}` : '—',
      r.walks['4x'] ? `${lat(r.walks['4x'].p50)} / ${lat(r.walks['4x'].p95)} / ${lat(r.walks['4x'].max)}` : '—',
      r.walks['4x'] ? `${r.walks['4x'].longTasks} (${r.walks['4x'].longTaskMs} ms)` : '—',
    ]);
    const scaleTitle =
      'Scale: synthetic datasets (real files cloned, ids suffixed; county-450: the real data + 16 townships and 450 villages; ' +
      'labels "合成 SYNTHETIC …")';
    const scaleColumns = ['data', 'entities / links', 'initial JS gzip', 'ready @4×', 'FCP @4×'];
    scaleColumns.push('walk 1× p50/p95/max', 'walk 4× p50/p95/max', 'long tasks @4×');
    out.push(table(scaleTitle, scaleColumns, scaleRows));
  }
  return out.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
