// The built-in data's texts that the first picture does not show (descriptions, the book's words
// quoted for each source, links' evidence: src/model/laterTexts.ts) leave the start JavaScript and
// arrive with the words chunk after hydration. Every fact keeps its source in the UI: the details
// show them whether the reader selects before or after they arrived, and a page that opens on a
// selection shows them at once.
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSession, waitReady, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const ENTITY = 'ev-2014-03-visit';
// From data/history.json: the entity's description, its source's quote and a link's evidence.
const DESCRIPTION = '兰考成为第二批党的群众路线教育实践活动联系点';
const QUOTE = '2014年3月，中共中央总书记习近平来到兰考';
const EVIDENCE = '兰考县委郑重许下了“三年脱贫，七年小康”的承诺';
// From data/exit-criteria.json: exit-county's description, shown in the full panel.
const EXIT_DESCRIPTION = '错退率、漏评率均低于2%';

const details = () => s.page.locator('[data-panel="details"]');
const detailsText = () => details().innerText();

async function expectAllTexts(): Promise<void> {
  await expect.poll(detailsText, { timeout: 10_000 }).toContain(DESCRIPTION);
  const text = await detailsText();
  expect(text).toContain(QUOTE);
  expect(text).toContain(EVIDENCE);
  expect(await details().locator('.source-quote', { hasText: QUOTE }).count()).toBeGreaterThan(0);
}

const WORDS_CHUNK = /lankao-words-[\w-]+\.js$/;

/** Opens the overview with the words chunk held back until `release` is called. */
async function openHoldingWords(): Promise<{ release: () => void; asked: () => boolean; done: () => Promise<void> }> {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  let asked = false;
  const hold = async (route: Route) => {
    asked = true;
    await held;
    await route.continue();
  };
  await s.page.route(WORDS_CHUNK, hold);
  await s.page.goto(inject('baseUrl'));
  await waitReady(s.page);
  await s.page.waitForSelector('#root[data-hydrated="true"]');
  return {
    release,
    asked: () => asked,
    done: async () => {
      release();
      await s.page.unroute(WORDS_CHUNK, hold);
    },
  };
}

describe('texts that arrive after the first picture', () => {
  it('a selection made before they arrive shows them once they do, with no console error', async () => {
    s.errors.length = 0;
    const words = await openHoldingWords();
    try {
      await s.page.locator(`[data-panel="overview"] [data-entity="${ENTITY}"]`).first().click();
      await expect.poll(detailsText).toContain('习近平总书记到兰考');
      expect(words.asked(), 'the words chunk was asked for after hydration').toBe(true);
      expect(await detailsText()).not.toContain(DESCRIPTION);
      words.release();
      await expectAllTexts();
    } finally {
      await words.done();
    }
    expect(s.errors).toEqual([]);
  });

  it('a page that opens on a selection shows them in its first picture', async () => {
    s.errors.length = 0;
    await s.open(`sel=${ENTITY}`);
    await expectAllTexts();
    expect(s.errors).toEqual([]);
  });

  it('a full panel opened before they arrive waits for them, then shows them (exit criteria)', async () => {
    s.errors.length = 0;
    const words = await openHoldingWords();
    try {
      await s.page.locator('[data-part="exit-criteria"] [data-action="open-panel"]').click();
      const panel = s.page.locator('[data-panel="exit-criteria"]');
      await panel.waitFor();
      expect(await panel.getAttribute('data-ready')).toBe('false');
      words.release();
      await expect.poll(() => panel.getAttribute('data-ready'), { timeout: 10_000 }).toBe('true');
      expect(await panel.innerText()).toContain(EXIT_DESCRIPTION);
    } finally {
      await words.done();
    }
    expect(s.errors).toEqual([]);
  });
});
