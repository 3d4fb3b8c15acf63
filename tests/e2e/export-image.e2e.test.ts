// "Save PNG" on a panel: it works with a control character in a label (XML forbids it, and the
// browser refused the whole SVG as an image), and when it does fail it says so in the UI language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  it('saves a PNG of a panel whose label holds a control character', async () => {
    await s.open('lang=zh');
    const injected = await s.page.evaluate((p) => {
      const text = document.querySelector(`${p} svg text`);
      if (!text) return false;
      text.textContent = `\u0008${text.textContent}\u001f`;
      return true;
    }, P);
    expect(injected).toBe(true);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.locator(`${P} [data-action="save-image"]`).click()]);
    expect(download.suggestedFilename()).toBe('lankao-leadership-zh.png');
    await expect(s.page.locator(`${P} .panel-note`).count()).resolves.toBe(0);
  });

  it('says in Chinese when the image cannot be made', async () => {
    await s.open('lang=zh');
    // Make the drawn image fail to load, as a browser that refuses the SVG would.
    await s.page.evaluate(() => {
      URL.createObjectURL = () => 'blob:null/does-not-exist';
    });
    await s.page.locator(`${P} [data-action="save-image"]`).click();
    const note = s.page.locator(`${P} .panel-note`);
    await note.waitFor();
    await expect(note.innerText()).resolves.toBe('这个面板的图片没能生成，请再试一次，或用浏览器截图。');
  });
});
