// The legibility table of the presentation (issue 21): every step of data/presentation.json at
// 1024×768, 1280×720 and 1920×1080, in Chinese and English, by the rule of tests/e2e/legibility.ts.
//
//   npx tsx scripts/legibility.ts [dist folder, default dist] [--json out.json] [--only en,1024x768]
//
// Builds nothing: point it at a built folder (npm run build). Prints one line per step and size.
import fs from 'node:fs';
import { launch, waitAllReady } from './bench/browser';
import { serveStatic } from './serve';
import { legibilityProblems, measureLegibility, type Legibility } from '../tests/e2e/legibility';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1]!.split(',') : [];
const dir = args.find((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1) && (onlyAt < 0 || i !== onlyAt + 1)) ?? 'dist';
const wanted = (x: string) =>
  only.length === 0 || only.some((o) => o === x) || !only.some((o) => (x.includes('x') ? o.includes('x') : !o.includes('x')));
const SIZES = [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const;

const server = await serveStatic(dir);
const b = await launch();
const page = await b.browser.newPage();
const rows: { lang: string; size: string; step: number; l: Legibility; problems: string[] }[] = [];
try {
  for (const lang of ['zh', 'en'].filter(wanted)) {
    for (const [w, h] of SIZES.filter(([w, h]) => wanted(`${w}x${h}`))) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`${server.url}?step=0&lang=${lang}`);
      await waitAllReady(page);
      const total = await page.evaluate(() => Number(/(\d+)\D*$/.exec(document.querySelector('.present-count')!.textContent!)![1]));
      for (let i = 0; i < total; i++) {
        await page.waitForFunction((n) => new URLSearchParams(location.search).get('step') === String(n), i);
        await waitAllReady(page);
        await page.evaluate(() => document.fonts.ready);
        const l = await measureLegibility(page);
        const problems = legibilityProblems(l);
        rows.push({ lang, size: `${w}x${h}`, step: i + 1, l, problems });
        console.log(`${lang} ${w}x${h} step ${i + 1}: median ${l.median} min ${l.min} ${problems.length ? '✗ ' + problems.join('; ') : '✓'}`);
        await page.keyboard.press('PageDown');
      }
    }
  }
} finally {
  await b.close();
  await server.close();
}
for (const lang of ['zh', 'en'])
  for (const [w, h] of SIZES) {
    const at = rows.filter((r) => r.lang === lang && r.size === `${w}x${h}`);
    console.log(`${lang} ${w}x${h}: ${at.filter((r) => r.problems.length === 0).length}/${at.length} legible`);
  }
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
