// Nothing of the campaign map is hidden from the browser's find-in-page: folded nodes stay in
// the DOM (the outline's rows, hidden="until-found"), a real find matches them, and the
// browser's reveal path (a #:~:text= link runs the same find and fires beforematch) unfolds
// the map to the node.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParams, startSession, type Session } from './browser';

const P = '[data-panel="campaign-map"]';
let s: Session;

interface Ent {
  id: string;
  kind: string;
  label: { zh: string; en: string };
}
const DATA = path.resolve(__dirname, '../../data');
const ENTITIES: Ent[] = fs
  .readdirSync(DATA)
  .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')) as { entities?: Ent[] }).entities ?? []);
const CAMPAIGN = ENTITIES.filter((e) => e.kind === 'campaign-node');
const squash = (t: string) => t.replace(/\s+/g, '');

beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const drawn = (id: string) => s.page.evaluate(([p, e]) => !!document.querySelector(`${p} svg [data-entity="${e}"]`), [P, id] as const);

/** Same-document navigation to a text fragment: the browser's find runs and reveals the match. */
async function findByTextFragment(text: string): Promise<void> {
  await s.page.goto(`${s.page.url().split('#')[0]}#:~:text=${encodeURIComponent(text)}`);
}

describe('find-in-page and the folded campaign map', () => {
  it('the page holds every item of the data in its text, in zh and en, while the map is folded', async () => {
    for (const lang of ['zh', 'en'] as const) {
      await s.open(`view=all&lang=${lang}`);
      // The premise: the drawing shows only some of the map.
      const drawnCount = await s.page.$$eval(`${P} svg [data-entity]`, (els) => els.length);
      expect(drawnCount).toBeLessThan(CAMPAIGN.length);
      const text = squash(await s.page.evaluate(() => document.body.textContent ?? ''));
      const missing = ENTITIES.filter((e) => !text.includes(squash(e.label[lang]))).map((e) => e.id);
      expect(missing).toEqual([]);
    }
  });

  it("the browser's own find matches every campaign-map node while it is folded", async () => {
    await s.open('view=all&lang=zh');
    const notFound = await s.page.evaluate(
      (labels) => {
        // window.find(text, caseSensitive, backwards, wrapAround)
        const find = (window as unknown as { find: (t: string, c: boolean, b: boolean, w: boolean) => boolean }).find;
        return labels.filter((l) => !find(l, false, false, true));
      },
      CAMPAIGN.map((e) => e.label.zh),
    );
    expect(notFound).toEqual([]);
  });

  it('a find that lands on a folded node unfolds its branch on the map (beforematch)', async () => {
    await s.open('view=all&lang=zh');
    for (const [text, id, parent] of [
      ['四面红旗村', 'cm-party-incentives-red-flags', 'cm-party-incentives'],
      ['三联三全覆盖', 'cm-party-teams-coverage', 'cm-party-teams'],
      ['创新金融扶贫', 'cm-reform-models-finance', 'cm-reform-models'],
    ] as const) {
      expect(await drawn(id)).toBe(false);
      const row = s.page.locator(`${P} [data-outline-row="${id}"]`);
      expect(await row.getAttribute('hidden')).toBe('until-found');
      await findByTextFragment(text);
      await s.page.waitForFunction(([p, e]) => !!document.querySelector(`${p} svg [data-entity="${e}"]`), [P, id] as const);
      expect(await s.page.getAttribute(`${P} svg [data-entity="${parent}"]`, 'aria-expanded')).toBe('true');
      // The match is on screen: the outline opened and the row is no longer hidden.
      expect(await row.getAttribute('hidden')).toBeNull();
      expect(await row.isVisible()).toBe(true);
      expect(await s.page.$eval(`${P} details.campaign-map-outline`, (d) => (d as HTMLDetailsElement).open)).toBe(true);
    }
    expect(s.errors).toEqual([]);
  });

  it('the outline is a keyboard way through the whole map: its buttons fold the map and select', async () => {
    await s.open('view=all&lang=en');
    const summary = s.page.locator(`${P} details.campaign-map-outline summary`);
    await summary.focus();
    await s.page.keyboard.press('Enter');
    const toggle = s.page.locator(`${P} [data-outline-row="cm-party-teams"] .campaign-map-outline-toggle`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await s.page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await drawn('cm-party-teams-township')).toBe(true);
    expect(await s.page.getAttribute(`${P} svg [data-entity="cm-party-teams"]`, 'aria-expanded')).toBe('true');
    // Rows carry their depth for assistive technology.
    expect(await s.page.getAttribute(`${P} [data-outline-row="cm-party-teams-township"]`, 'aria-level')).toBe('4');
    const entry = s.page.locator(`${P} [data-outline-row="cm-party-teams-township"] .campaign-map-outline-entry`);
    await entry.focus();
    await s.page.keyboard.press('Enter');
    expect((await searchParams(s.page)).get('sel')).toBe('cm-party-teams-township');
    expect(await entry.getAttribute('aria-pressed')).toBe('true');
    // Folding from the map folds the outline too.
    await s.page.locator(`${P} [data-toggle="cm-party-teams"]`).click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await s.page.getAttribute(`${P} [data-outline-row="cm-party-teams-township"]`, 'hidden')).toBe('until-found');
  });
});
