// "Save PNG" on a panel: it works with a control character in a label (XML forbids it, and the
// browser refused the whole SVG as an image), and when it does fail it says so in the UI language.
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

const P = '[data-panel="leadership"]';

describe('Save PNG', () => {
  it('saves a PNG of the picture when a label holds a control character', async () => {
    await s.open('lang=zh');
    const injected = await s.page.evaluate(() => {
      const item = document.querySelector('.overview [data-entity]');
      if (!item?.firstChild) return false;
      item.insertBefore(document.createTextNode('\u0008'), item.firstChild);
      item.appendChild(document.createTextNode('\u001f'));
      return true;
    });
    expect(injected).toBe(true);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-action="save-whole"]').click()]);
    expect(download.suggestedFilename()).toBe('lankao-overview-zh.png');
    expect(s.errors).toEqual([]);
  });

  it('says in Chinese when the image cannot be made', async () => {
    await s.open('view=all&lang=zh');
    // Make the canvas refuse to encode, as a browser out of memory (or with a tainted canvas) would.
    await s.page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (cb: BlobCallback) {
        cb(null);
      };
    });
    await s.page.locator(`${P} [data-action="save-image"]`).click();
    const note = s.page.locator(`${P} .panel-note`);
    await note.waitFor();
    await expect(note.innerText()).resolves.toBe('这个面板的图片没能生成，请再试一次，或用浏览器截图。');
  });
});

/**
 * The PNG's size and how much the pixels of its graphic vary (the title and source bands left out,
 * so a blank graphic under a caption counts as blank), decoded by the page's own ImageBitmap.
 */
async function inspect(download: Download, slide = false): Promise<{ width: number; height: number; variance: number; png: boolean }> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const bytes = Buffer.concat(chunks);
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const stats = await s.page.evaluate(
    async ([b64, isSlide]) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const top = isSlide ? 110 : 96;
      const bottom = bmp.height - (isSlide ? 96 : 104);
      const px = ctx.getImageData(0, top, bmp.width, bottom - top).data;
      let sum = 0;
      let sq = 0;
      let n = 0;
      for (let i = 0; i < px.length; i += 4 * 7) {
        const lum = 0.299 * px[i]! + 0.587 * px[i + 1]! + 0.114 * px[i + 2]!;
        sum += lum;
        sq += lum * lum;
        n++;
      }
      const mean = sum / n;
      return { width: bmp.width, height: bmp.height, variance: sq / n - mean * mean };
    },
    [bytes.toString('base64'), slide] as const,
  );
  return { ...stats, png };
}

/** Keeps the last SVG the page drew into its picture (exportPicture loads it as a data: URL image). */
async function recordPictureSvg(): Promise<void> {
  await s.page.evaluate(() => {
    const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
    Object.defineProperty(HTMLImageElement.prototype, 'src', {
      configurable: true,
      get() {
        return src.get!.call(this);
      },
      set(v: string) {
        const url = String(v);
        if (url.startsWith('data:image/svg+xml'))
          (window as unknown as { lastPictureSvg: string }).lastPictureSvg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
        src.set!.call(this, v);
      },
    });
  });
}

/**
 * Lays the last picture's clone out as the image does (a blank document, only its inline styles)
 * and lists every box that cuts its content: a scroll box or the root whose content is larger.
 */
async function clippedInPicture(): Promise<string[]> {
  return s.page.evaluate(() => {
    const text = (window as unknown as { lastPictureSvg?: string }).lastPictureSvg;
    if (!text) return ['no picture was drawn'];
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const frame = document.createElement('iframe');
    frame.style.cssText = `position:fixed;left:0;top:0;border:0;width:${svg.getAttribute('width')}px;height:${svg.getAttribute('height')}px`;
    document.body.appendChild(frame);
    const doc = frame.contentDocument!;
    doc.body.style.margin = '0';
    const root = doc.importNode(svg.querySelector('foreignObject')!.firstElementChild!, true) as HTMLElement;
    doc.body.appendChild(root);
    const cut: string[] = [];
    for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
      // Visually hidden text (a 1×1 clipped box for screen readers) is meant to be cut.
      if (el.closest('.sr-only') || (el.clientWidth <= 1 && el.clientHeight <= 1)) continue;
      const cs = frame.contentWindow!.getComputedStyle(el);
      const clips = el === root || cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
      if (clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
        cut.push(`${el.localName}.${el.className}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
      }
    }
    frame.remove();
    return cut;
  });
}

async function boxOf(selector: string): Promise<{ width: number; height: number }> {
  return s.page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
  }, selector);
}

// Title band 48 px above, source/key band 52 px below, all at 2× (src/shared/pictureLayout.ts).
const framed = (box: { width: number; height: number }) => ({ width: box.width * 2, height: (48 + box.height + 52) * 2 });

describe('Save the whole picture and every panel', () => {
  it('saves the overview as one framed PNG at 2×, and as a 1920×1080 slide', async () => {
    await s.open('lang=zh');
    const box = await boxOf('.overview[data-panel="overview"]');
    const [whole] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-action="save-whole"]').click()]);
    expect(whole.suggestedFilename()).toBe('lankao-overview-zh.png');
    const a = await inspect(whole);
    expect(a.png).toBe(true);
    expect({ width: a.width, height: a.height }).toEqual(framed(box));
    expect(a.variance).toBeGreaterThan(200);
    const [slide] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-action="save-whole-slide"]').click()]);
    expect(slide.suggestedFilename()).toBe('lankao-overview-zh-16x9.png');
    const b = await inspect(slide, true);
    expect({ width: b.width, height: b.height, png: b.png }).toEqual({ width: 1920, height: 1080, png: true });
    expect(b.variance).toBeGreaterThan(200);
  });

  for (const panel of ['precision', 'policies'] as const) {
    it(`saves 六个精准 and 十二项政策 as figures composed from the data — ${panel}`, async () => {
      await s.open(`view=all&lang=zh`);
      const sel = `[data-panel="${panel}"]`;
      await s.page.locator(`${sel}[data-ready="true"]`).waitFor();
      const [d] = await Promise.all([s.page.waitForEvent('download'), s.page.locator(`${sel} [data-action="save-image"]`).click()]);
      expect(d.suggestedFilename()).toBe(`lankao-${panel}-figure-zh.png`);
      const img = await inspect(d);
      expect(img.png).toBe(true);
      expect(img.width).toBeGreaterThanOrEqual(1280);
      expect(img.variance).toBeGreaterThan(200);
      await expect(s.page.locator(`${sel} .panel-note`).count()).resolves.toBe(0);
    });
  }

  for (const lang of ['zh', 'en'] as const) {
    it(`the 十二项政策 slide shows all twelve rows, nothing cut (${lang})`, async () => {
      await s.open(`view=policies&lang=${lang}`);
      const sel = '[data-panel="policies"]';
      await s.page.locator(`${sel}[data-ready="true"]`).waitFor();
      await recordPictureSvg();
      const [d] = await Promise.all([s.page.waitForEvent('download'), s.page.locator(`${sel} [data-action="save-slide"]`).click()]);
      expect(d.suggestedFilename()).toBe(`lankao-policies-${lang}-16x9.png`);
      expect(await clippedInPicture()).toEqual([]);
    });
  }

  it('saves a panel opened on its own as a 16:9 slide', async () => {
    await s.open('view=precision&lang=en');
    const sel = '[data-panel="precision"]';
    await s.page.locator(`${sel}[data-ready="true"]`).waitFor();
    const [d] = await Promise.all([s.page.waitForEvent('download'), s.page.locator(`${sel} [data-action="save-slide"]`).click()]);
    expect(d.suggestedFilename()).toBe('lankao-precision-en-16x9.png');
    const img = await inspect(d, true);
    expect({ width: img.width, height: img.height, png: img.png }).toEqual({ width: 1920, height: 1080, png: true });
    expect(img.variance).toBeGreaterThan(200);
  });
});
