// `npm run bench:steps` — only the presentation's step walk (issue 21: a step change at 4× CPU,
// p95 ≤ 100 ms), the same walk as `npm run bench` (scripts/bench/measure.ts, stepWalk), without the
// rest of the bench. Builds the app into a temp folder (or takes built folders), then repeats the walk
// and prints each run and the medians. Several builds are walked in turn (a, b, a, b…), so a before and
// an after are measured in the same conditions on a loaded machine.
//
//   npm run bench:steps                          build this tree, 5 walks at 4×
//   npm run bench:steps -- --runs 7 --rate 4
//   npm run bench:steps -- --dirs /tmp/before,/tmp/after   walk already built folders, alternating
//   npm run bench:steps -- --profile /tmp/steps.cpuprofile one walk under the CPU profiler (first folder)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from './bench/build';
import { launch } from './bench/browser';
import { median, openApp, stepWalk, throttle, type WalkResult } from './bench/measure';
import { settled, waitAllReady } from './bench/browser';
import type { Page } from 'playwright-core';
import { serveStatic } from './serve';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Number(arg('runs') ?? 5);
const RATE = Number(arg('rate') ?? 4);
const PROFILE = arg('profile');
const PER_STEP = process.argv.includes('--per-step');
const TRACE = arg('trace');
const log = (s: string) => process.stderr.write(`· ${s}\n`);

async function main() {
  let dirs = (arg('dirs') ?? '').split(',').filter(Boolean);
  if (dirs.length === 0) {
    log('building the app');
    dirs = [await buildApp({ outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-steps-')) })];
  }
  const b = await launch();
  const servers = await Promise.all(dirs.map((d) => serveStatic(d)));
  try {
    if (PER_STEP) {
      // Each step change's longest Event Timing entry, by the step arrived at and the key: which slides cost.
      for (let i = 0; i < dirs.length; i++) {
        const by = new Map<string, number[]>();
        for (let r = 0; r < RUNS; r++) {
          const s = await openApp(b.browser, `${servers[i]!.url}?step=0`);
          await throttle(s.cdp, RATE);
          const total = await s.page.evaluate(() => Number(/(\d+)\D*$/.exec(document.querySelector('.present-count')?.textContent ?? '')?.[1] ?? 0));
          for (const key of ['PageDown', 'PageUp'] as const) {
            for (let k = 1; k < total; k++) {
              const d = await pressAndTime(s.page, key);
              const step = await s.page.evaluate(() => document.querySelector('.presentation')?.getAttribute('data-step'));
              const name = `${key === 'PageDown' ? '→' : '←'}${step}`;
              by.set(name, [...(by.get(name) ?? []), d]);
            }
          }
          await s.close();
        }
        console.log(dirs[i]);
        for (const [name, ds] of by) console.log(`  ${name.padEnd(4)} median ${Math.round(median(ds))} ms  (${ds.map(Math.round).join(' ')})`);
      }
      return;
    }
    if (TRACE) {
      // A Chromium trace of the walk back (the steps seen once already) after a walk forward.
      const s = await openApp(b.browser, `${servers[0]!.url}?step=0`);
      await throttle(s.cdp, RATE);
      const total = await s.page.evaluate(() => Number(/(\d+)\D*$/.exec(document.querySelector('.present-count')?.textContent ?? '')?.[1] ?? 0));
      const cold = process.argv.includes('--cold'); // trace the first walk forward (no slide seen before) instead
      if (!cold) for (let k = 1; k < total; k++) await pressAndTime(s.page, 'PageDown');
      const events: unknown[] = [];
      s.cdp.on('Tracing.dataCollected', (d: { value: unknown[] }) => events.push(...d.value));
      const done = new Promise((r) => s.cdp.once('Tracing.tracingComplete', r));
      await s.cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute',
        transferMode: 'ReportEvents',
      });
      for (let k = 1; k < total; k++) await pressAndTime(s.page, cold ? 'PageDown' : 'PageUp');
      await s.cdp.send('Tracing.end');
      await done;
      fs.writeFileSync(TRACE, JSON.stringify({ traceEvents: events }));
      log(`trace written to ${TRACE}`);
      await s.close();
      return;
    }
    if (PROFILE) {
      const s = await openApp(b.browser, `${servers[0]!.url}?step=0`);
      await s.cdp.send('Profiler.enable');
      await s.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await s.cdp.send('Profiler.start');
      const w = await stepWalk(s.page, s.cdp, RATE, 1);
      const { profile } = (await s.cdp.send('Profiler.stop')) as { profile: unknown };
      fs.writeFileSync(PROFILE, JSON.stringify(profile));
      log(`profile written to ${PROFILE}: p50 ${w.p50} p95 ${w.p95} max ${w.max}`);
      await s.close();
      return;
    }
    const results: WalkResult[][] = dirs.map(() => []);
    for (let r = 0; r < RUNS; r++) {
      for (let i = 0; i < dirs.length; i++) {
        const s = await openApp(b.browser, `${servers[i]!.url}?step=0`);
        const w = await stepWalk(s.page, s.cdp, RATE);
        await s.close();
        results[i]!.push(w);
        log(
          `run ${r + 1} ${path.basename(dirs[i]!)}: p50 ${w.p50} p95 ${w.p95} max ${w.max} (${w.reported}/${w.actions} reported, long tasks ${w.longTaskMs} ms)`,
        );
      }
    }
    for (let i = 0; i < dirs.length; i++) {
      const rs = results[i]!;
      const m = (f: (w: WalkResult) => number) => Math.round(median(rs.map(f)));
      console.log(
        `${dirs[i]}  at ${RATE}× over ${rs.length} walks of ${rs[0]?.actions ?? 0} step changes — median p50 ${m((w) => w.p50)} ms, p95 ${m((w) => w.p95)} ms, max ${m((w) => w.max)} ms; p95s ${rs.map((w) => w.p95).join(' ')}`,
      );
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    await b.close();
  }
}

/** Presses `key`, waits until the step is drawn and the page idle; the interaction's duration (0 when under 16 ms). */
async function pressAndTime(page: Page, key: string): Promise<number> {
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press(key);
  await settled(page);
  await waitAllReady(page);
  await page.waitForTimeout(150);
  return page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { __bench: { events: Array<{ start: number; duration: number }> } }).__bench.events
          .filter((e) => e.start >= t)
          .map((e) => e.duration),
      ),
    t0,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
