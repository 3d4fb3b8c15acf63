// The data control's notices and a refused dataset's problems float over the picture, never over the
// header: while they are open the data button, the language switch and the menu stay visible and
// clickable, on a laptop (1280×720) and on a phone (390×844).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';
import { pickThroughMenu } from './datasets';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

/** The header's visible controls whose middle a floating message covers (what a click there would hit instead). */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.app-header :is(button, input, a, [role="radio"])')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit?.closest('.dataset-messages')) covered.push(el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName);
    }
    return covered;
  });
}

const broken = { name: 'leadership.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "entities": [,]\n}') };

describe('data notices leave the header free', { timeout: 120_000 }, () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width}×${viewport.height}: a notice and the problems panel cover no header control`, async () => {
      // A link naming a dataset this browser does not keep: a notice.
      await s.open('ds=abc123', viewport);
      const notice = s.page.locator('[data-notice]');
      await notice.waitFor();
      expect(await s.page.locator('[data-data-menu]:visible, .header-menu-button:visible').count()).toBeGreaterThan(0);
      expect(await coveredControls(s.page)).toEqual([]);
      // The notice is on screen whole, below the header.
      const box = (await notice.boundingBox())!;
      const header = (await s.page.locator('.app-header').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await notice.getByRole('button', { name: '关闭' }).click();
      await notice.waitFor({ state: 'detached' });

      // Refused data: the problems panel.
      if (!(await s.page.locator('[data-data-menu]').isVisible())) await s.page.locator('.header-menu-button').click();
      await pickThroughMenu(s.page, 'files', broken);
      const problems = s.page.locator('.dataset-problems');
      await problems.waitFor();
      await s.page.keyboard.press('Escape');
      expect(await coveredControls(s.page)).toEqual([]);
      const panel = (await problems.boundingBox())!;
      expect(panel.y).toBeGreaterThanOrEqual(header.y + header.height);
      expect(panel.y + panel.height).toBeLessThanOrEqual(viewport.height);
      expect(s.errors).toEqual([]);
    });
  }
});
