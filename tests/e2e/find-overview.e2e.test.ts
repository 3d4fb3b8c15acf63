// Every item is in the default page for the browser's find (issue 22, item 3): the overview keeps the
// items its compact parts do not draw (folded map nodes, each standard's criteria …) hidden="until-found",
// and a match reveals them in their part; in view=all a panel not yet mounted keeps its items' labels
// for find too, and a match mounts it.
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

interface Ent {
  id: string;
  label: { zh: string; en: string };
}
const DATA = path.resolve(__dirname, '../../data');
const ENTITIES: Ent[] = fs
  .readdirSync(DATA)
  .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')) as { entities?: Ent[] }).entities ?? []);
const squash = (t: string) => t.replace(/\s+/g, '');
/** Same-document navigation to a text fragment: the browser's find runs and reveals the match. */
async function findByTextFragment(text: string): Promise<void> {
  await s.page.goto(`${s.page.url().split('#')[0]}#:~:text=${encodeURIComponent(text)}`);
}

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

describe('the default page holds every item for find', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`every item the data holds is in the overview's text (${lang})`, async () => {
      await s.open(`lang=${lang}`, { width: 1280, height: 720 });
      const text = squash(await s.page.locator('[data-panel="overview"]').evaluate((el) => el.textContent ?? ''));
      const missing = ENTITIES.filter((e) => !text.includes(squash(e.label[lang]))).map((e) => e.id);
      expect(missing).toEqual([]);
      // Folded ones take no room: the one-screen overview still fits its screen.
      expect(await s.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
      expect(s.errors).toEqual([]);
    });

  it("the browser's find reveals a folded item in its part", async () => {
    await s.open('lang=zh', { width: 1280, height: 720 });
    const item = s.page.locator('[data-panel="overview"] [data-entity="cm-party-incentives-red-flags"]');
    expect(await item.isVisible()).toBe(false);
    // A text fragment runs the browser's own find and its reveal (beforematch), as Ctrl+F does.
    await findByTextFragment('四面红旗村');
    await item.waitFor({ state: 'visible' });
    expect(await s.page.locator('[data-part="campaign-map"]').getAttribute('data-found')).toBe('true');
    // Revealed, it is an item like any other: a click selects it.
    await item.click();
    await s.page.waitForFunction(() => new URLSearchParams(location.search).get('sel') === 'cm-party-incentives-red-flags');
    expect(s.errors).toEqual([]);
  });
});

describe('view=all before a panel mounts', () => {
  it('a panel not yet mounted holds its items for find, and a match mounts it', async () => {
    await s.page.setViewportSize({ width: 1280, height: 720 });
    // Not s.open: its wait scrolls every placeholder into view (mounting them).
    await s.page.goto(`${inject('baseUrl')}?view=all&lang=zh`);
    await s.page.waitForSelector('[data-panel][data-ready="true"]');
    const pending = await s.page.$$eval('[data-panel-pending]', (els) => els.map((e) => e.getAttribute('data-panel-pending')!));
    expect(pending).toContain('campaign-map');
    const text = squash(await s.page.locator('[data-panel-pending="campaign-map"]').evaluate((el) => el.textContent ?? ''));
    expect(text).toContain(squash('评选表彰“四面红旗村”'));
    await findByTextFragment('四面红旗村');
    await s.page.waitForSelector('[data-panel="campaign-map"]');
    expect(s.errors).toEqual([]);
  });
});
