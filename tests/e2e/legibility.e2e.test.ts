// Legible from the back of the room (issue 21): every step of data/presentation.json, and a
// generated step of every part (its entity with the longest English label, on the part's first
// step, as "present from here" opens it), at 1024×768, 1280×720 and 1920×1080 in Chinese and
// English: the main text at least 24 px (median by characters), nothing under 14 px (the source
// line and the header's controls included), no two lines overprint, nothing cut, no scrolling.
// One browser; the steps are walked with PageDown (the store), the generated ones opened by URL.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitReady, type Session } from './browser';
import { legibilityProblems, measureLegibility } from './legibility';

const DATA = path.resolve(__dirname, '../../data');
const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8'));
const steps: { panel: string; entity?: string }[] = readJson('presentation.json').steps;

/** Which part each data file's entities belong to (features/presentation/steps.ts). */
const PART_OF_FILE: Record<string, string> = {
  'leadership.json': 'leadership',
  'precision.json': 'precision',
  'four-focuses.json': 'four-focuses',
  'support-and-funding.json': 'funding',
  'exit-criteria.json': 'exit-criteria',
  'household-policies.json': 'policies',
  'campaign-map.json': 'campaign-map',
  'history.json': 'timeline',
};

/** Per part: its first step and the entity of the part with the longest English label that no step shows. */
function generatedSteps(): { part: string; step: number; entity: string }[] {
  const shown = new Set(steps.map((s) => s.entity));
  return Object.entries(PART_OF_FILE).map(([file, part]) => {
    const entities: { id: string; label: { en: string } }[] = readJson(file).entities;
    const pick = entities.filter((e) => !shown.has(e.id)).sort((a, b) => b.label.en.length - a.label.en.length)[0]!;
    const step = steps.findIndex((s) => s.panel === part);
    expect(step, `a step shows ${part}`).toBeGreaterThanOrEqual(0);
    return { part, step, entity: pick.id };
  });
}

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

async function settled() {
  await waitReady(s.page);
  await s.page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
}

describe('every slide is legible from the back of the room', () => {
  const SIZES = [
    [1024, 768],
    [1280, 720],
    [1920, 1080],
  ] as const;
  for (const lang of ['zh', 'en'] as const) {
    for (const [width, height] of SIZES) {
      it(`${lang} at ${width}×${height}: every step of the presentation and a generated step of every part`, { timeout: 180_000 }, async () => {
        const failures: string[] = [];
        await s.open(`step=0&lang=${lang}`, { width, height });
        for (let i = 0; i < steps.length; i++) {
          await s.page.waitForFunction((n) => document.querySelector('.presentation-bar')?.getAttribute('data-step') === String(n), i);
          await settled();
          const problems = legibilityProblems(await measureLegibility(s.page));
          if (problems.length) failures.push(`step ${i + 1} (${steps[i]!.entity}): ${problems.join('; ')}`);
          await s.page.keyboard.press('PageDown');
        }
        for (const g of generatedSteps()) {
          await s.open(`step=${g.step}&sel=${g.entity}&lang=${lang}`, { width, height });
          await settled();
          // The generated step shows its own entity, on its part's slide.
          expect(await s.page.locator(`.present-stage [data-entity="${g.entity}"]`).count(), `${g.part}: ${g.entity} on the slide`).toBeGreaterThan(
            0,
          );
          const problems = legibilityProblems(await measureLegibility(s.page));
          if (problems.length) failures.push(`${g.part} generated (${g.entity}): ${problems.join('; ')}`);
        }
        expect(failures).toEqual([]);
        expect(s.errors).toEqual([]);
      });
    }
  }
});
