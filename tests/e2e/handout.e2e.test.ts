// Handouts and slides (issue 21 item 6): the presentation exports its story as a PDF handout (one
// 16:9 page per step, printed by Chromium) and as PowerPoint (one slide per step, the notes in the
// speaker notes), checked by unzipping the file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import type { Download } from 'playwright-core';
import { startSession, type Session } from './browser';

const steps = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../data/presentation.json'), 'utf8')) as { steps: { entity: string }[] }).steps;
// FIGURE_OUT=/tmp/dir keeps the files, to look at.
const outDir = process.env.FIGURE_OUT;

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

async function bytesOf(d: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function openMenu() {
  await s.open('step=0&lang=zh');
  await s.page.locator('.present-export > summary').click();
}

describe('handouts and slides', () => {
  it('PowerPoint: one slide per step, each with its picture, the notes in the speaker notes', async () => {
    await openMenu();
    const [d] = await Promise.all([s.page.waitForEvent('download', { timeout: 90_000 }), s.page.locator('[data-action="export-pptx"]').click()]);
    expect(d.suggestedFilename()).toBe('lankao-slides-zh.pptx');
    const bytes = await bytesOf(d);
    if (outDir) fs.writeFileSync(path.join(outDir, d.suggestedFilename()), bytes);
    const files = unzipSync(new Uint8Array(bytes));
    const names = Object.keys(files);
    const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const notes = names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(slides.length).toBe(steps.length);
    expect(notes.length).toBe(steps.length);
    // Step 1's notes name its entity (习近平总书记到兰考…) and its source; every slide holds a picture.
    const notes1 = strFromU8(files['ppt/notesSlides/notesSlide1.xml']!);
    const slide1 = strFromU8(files['ppt/slides/slide1.xml']!);
    const title1 = /<a:t>([^<]+)<\/a:t>/.exec(slide1)?.[1] ?? '';
    expect(title1.length).toBeGreaterThan(1);
    // Step 1 has no notes of its own: its title stands in, then its source.
    expect(notes1).toContain(`${title1} — 资料来源：`);
    for (const n of notes) expect(strFromU8(files[n]!), n).toMatch(/<a:t>[^<]{2,} — 资料来源：[^<]+<\/a:t>/);
    for (const n of slides) expect(strFromU8(files[n]!), n).toContain('<p:pic>');
    const media = names.filter((n) => /^ppt\/media\/.+\.png$/.test(n));
    expect(media.length).toBe(steps.length);
    if (outDir) fs.writeFileSync(path.join(outDir, 'slide1-picture.png'), files[media.sort()[0]!]!);
    expect(s.errors).toEqual([]);
  });

  it('PDF handout: one 16:9 page per step', async () => {
    await openMenu();
    // The handout asks its window to print (a dialog a test cannot answer): record the request instead, then print with page.pdf().
    await s.page.evaluate(() => {
      const open = window.open.bind(window);
      window.open = (...args: Parameters<typeof window.open>) => {
        const w = open(...args);
        if (w) w.print = () => ((window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1);
        return w;
      };
    });
    const [popup] = await Promise.all([s.context.waitForEvent('page'), s.page.locator('[data-action="export-handout"]').click()]);
    await popup.waitForFunction((n) => document.querySelectorAll('section.page').length === n, steps.length, { timeout: 60_000 });
    await popup.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    const pdf = await popup.pdf({ preferCSSPageSize: true, printBackground: true });
    if (outDir) fs.writeFileSync(path.join(outDir, 'handout-zh.pdf'), pdf);
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(steps.length);
    // 16 × 9 inches = 1152 × 648 points.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([1152, 648]);
    await expect(s.page.evaluate(() => (window as unknown as { printed?: number }).printed)).resolves.toBe(1);
    await popup.close();
    expect(s.errors).toEqual([]);
  });
});
