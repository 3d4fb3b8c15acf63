// The figure for a paper (issue 23 item 2): each part's "Save PNG" / "SVG" saves a figure composed
// from the data — no form control in it, a title naming the county and the period — in the view
// and unit the panel shows (funding, switched in English), and the PNG is the SVG drawn at 2×.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download } from 'playwright-core';
import { startSession, type Session } from './browser';

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

async function save(panel: string, action: 'save-svg' | 'save-image'): Promise<Download> {
  const [d] = await Promise.all([s.page.waitForEvent('download'), s.page.locator(`[data-panel="${panel}"] [data-action="${action}"]`).click()]);
  return d;
}

/** The SVG's title, its text and whether it holds anything a form is made of, parsed by the page. */
async function readSvg(text: string) {
  return s.page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      ok: !doc.querySelector('parsererror') && root.localName === 'svg',
      controls: doc.querySelectorAll('button, input, select, textarea, foreignObject, form, iframe, script, [contenteditable]').length,
      title: doc.querySelector('[data-role="title"]')?.textContent ?? '',
      subtitle: doc.querySelector('[data-role="subtitle"]')?.textContent ?? '',
      text: root.textContent ?? '',
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
    };
  }, text);
}

const PARTS = ['leadership', 'precision', 'four-focuses', 'exit-criteria', 'funding', 'policies', 'campaign-map', 'timeline'];

describe('a figure per part', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`every part's SVG has no control and a title with county and period (${lang})`, async () => {
      await s.open(`view=all&lang=${lang}`);
      for (const part of PARTS) {
        const d = await save(part, 'save-svg');
        expect(d.suggestedFilename()).toBe(`lankao-${part}-figure-${lang}.svg`);
        const svg = await readSvg((await bytesOf(d)).toString('utf8'));
        expect(svg.ok, part).toBe(true);
        expect(svg.controls, part).toBe(0);
        expect(svg.title.replace(/\s/g, ''), part).toContain(lang === 'zh' ? '兰考县' : 'LankaoCounty');
        expect(svg.title, part).toMatch(/(19|20)\d\d/);
      }
      expect(s.errors).toEqual([]);
    });
  }

  it('funding follows the view and unit switched in English, and the PNG is the SVG at 2×', async () => {
    await s.open('view=funding&lang=en');
    const panel = s.page.locator('[data-panel="funding"]');
    const before = await readSvg((await bytesOf(await save('funding', 'save-svg'))).toString('utf8'));
    expect(before.subtitle).toContain('Share of the total');
    expect(before.text).toContain('415 million yuan');
    await panel.getByRole('radio', { name: /side by side/i }).check();
    await panel.getByRole('radio', { name: /^yuan$/i }).check();
    const after = await readSvg((await bytesOf(await save('funding', 'save-svg'))).toString('utf8'));
    expect(after.subtitle).toMatch(/side by side/i);
    expect(after.subtitle).toMatch(/in yuan$/);
    expect(after.text).toContain('415,000,000 yuan');
    expect(after.text).not.toContain('Share of the total');
    const png = await bytesOf(await save('funding', 'save-image'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: after.width * 2, height: after.height * 2 });
    await expect(panel.locator('.panel-note').count()).resolves.toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('the campaign map figure draws the level the panel shows', async () => {
    await s.open('view=campaign-map&lang=zh');
    const count = async () => {
      const svg = (await bytesOf(await save('campaign-map', 'save-svg'))).toString('utf8');
      return (svg.match(/<rect /g) ?? []).length;
    };
    await s.page.locator('[data-panel="campaign-map"] [data-action="open-level-1"]').click();
    const one = await count();
    await s.page.locator('[data-panel="campaign-map"] [data-action="open-all"]').click();
    const all = await count();
    expect(all).toBeGreaterThan(one + 20);
  });
});
