// The campaign mind map in Chromium: folding (toggles and level buttons), keyboard moves,
// selection from the URL, links into the other panels, pan and zoom.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emphasisIn, searchParams, startSession, type Session } from './browser';

const P = '[data-panel="campaign-map"]';
let s: Session;

const campaign = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../data/campaign-map.json'), 'utf8')) as {
  entities: { id: string; kind: string }[];
  links: { from: string; to: string; type: string }[];
};
const CAMPAIGN_IDS = campaign.entities.filter((e) => e.kind === 'campaign-node').map((e) => e.id);
const parentOf = new Map(campaign.links.filter((l) => l.type === 'part-of').map((l) => [l.from, l.to]));
const depthOf = (id: string) => {
  let d = 0;
  for (let cur = parentOf.get(id); cur; cur = parentOf.get(cur)) d++;
  return d;
};

beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const shown = () => s.page.$$eval(`${P} svg [data-entity]`, (els) => els.map((e) => e.getAttribute('data-entity')!));
const transform = () => s.page.getAttribute(`${P} .campaign-map-canvas`, 'transform');
const active = () => s.page.evaluate(() => document.activeElement?.getAttribute('data-entity') ?? null);

/** The node's box lies inside the map's visible area. */
async function inView(id: string): Promise<boolean> {
  return s.page.evaluate(
    ([p, e]) => {
      const svg = document.querySelector(`${p} svg.campaign-map-svg`)!.getBoundingClientRect();
      const n = document.querySelector(`${p} [data-entity="${e}"] .campaign-map-box`)?.getBoundingClientRect();
      return !!n && n.left >= svg.left && n.right <= svg.right && n.top >= svg.top && n.bottom <= svg.bottom;
    },
    [P, id] as const,
  );
}

describe('campaign map in Chromium', () => {
  it('opens and closes a branch with its toggle', async () => {
    await s.open('view=all&lang=zh');
    expect(await shown()).not.toContain('cm-party-teams-township');
    await s.page.locator(`${P} [data-toggle="cm-party-teams"]`).click();
    expect(await shown()).toEqual(expect.arrayContaining(['cm-party-teams-township', 'cm-party-teams-coverage']));
    expect(await s.page.getAttribute(`${P} [data-entity="cm-party-teams"]`, 'aria-expanded')).toBe('true');
    await s.page.locator(`${P} [data-toggle="cm-party-teams"]`).click();
    expect(await shown()).not.toContain('cm-party-teams-township');
    expect(await s.page.getAttribute(`${P} [data-entity="cm-party-teams"]`, 'aria-expanded')).toBe('false');
    // A toggle only folds: it does not select.
    expect((await searchParams(s.page)).get('sel')).toBeNull();
  });

  it('"open to level 2" shows the sub-branches and no leaves; "open all" shows every node; level 1 the branches', async () => {
    await s.open('view=all&lang=en');
    await s.page.locator(`${P} [data-action="open-all"]`).click();
    expect((await shown()).sort()).toEqual([...CAMPAIGN_IDS].sort());
    await s.page.locator(`${P} [data-action="open-level-2"]`).click();
    const two = await shown();
    expect(two).toEqual(expect.arrayContaining(CAMPAIGN_IDS.filter((id) => depthOf(id) <= 2)));
    expect(two.filter((id) => depthOf(id) === 3)).toEqual([]);
    await s.page.locator(`${P} [data-action="open-level-1"]`).click();
    expect((await shown()).sort()).toEqual(CAMPAIGN_IDS.filter((id) => depthOf(id) <= 1).sort());
    expect(s.errors).toEqual([]);
  });

  it('moves between nodes with the arrow keys, selects with Enter, clears with Escape', async () => {
    await s.open('view=all&lang=zh');
    await s.page.locator(`${P} [data-entity="cm-root"]`).focus();
    await s.page.keyboard.press('ArrowRight');
    expect(await active()).toBe('cm-party');
    await s.page.keyboard.press('ArrowDown');
    expect(await active()).toBe('cm-reform');
    await s.page.keyboard.press('ArrowRight');
    expect(await active()).toBe('cm-reform-motivation');
    await s.page.keyboard.press('ArrowRight'); // closed: opens, focus stays
    expect(await active()).toBe('cm-reform-motivation');
    expect(await shown()).toContain('cm-reform-motivation-leaders');
    await s.page.keyboard.press('ArrowRight');
    expect(await active()).toBe('cm-reform-motivation-leaders');
    await s.page.keyboard.press('ArrowLeft');
    expect(await active()).toBe('cm-reform-motivation');
    await s.page.keyboard.press('Enter');
    expect(await emphasisIn(s.page, 'campaign-map', 'cm-reform-motivation')).toBe('selected');
    expect(await emphasisIn(s.page, 'campaign-map', 'cm-reform')).toBe('related');
    expect((await searchParams(s.page)).get('sel')).toBe('cm-reform-motivation');
    await s.page.keyboard.press('Escape');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect(await emphasisIn(s.page, 'campaign-map', 'cm-reform-motivation')).toBe('idle');
  });

  it('keeps the focused node in view while walking down a long column', async () => {
    await s.open('view=all&lang=en', { width: 1280, height: 900 });
    await s.page.locator(`${P} [data-action="open-all"]`).click();
    await s.page.locator(`${P} [data-entity="cm-root"]`).focus();
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('ArrowRight'); // first leaf of the first sub-branch
    for (let i = 0; i < 40; i++) await s.page.keyboard.press('ArrowDown');
    const id = await active();
    expect(id).not.toBeNull();
    expect(depthOf(id!)).toBe(3);
    expect(await inView(id!)).toBe(true);
  });

  it('opens the path to a deep leaf selected in the URL, and shows it selected and in view', async () => {
    await s.open('view=all&sel=cm-links-fifth-toilets&lang=zh');
    expect(await emphasisIn(s.page, 'campaign-map', 'cm-links-fifth-toilets')).toBe('selected');
    expect(await emphasisIn(s.page, 'campaign-map', 'cm-links-fifth')).toBe('related');
    expect(await emphasisIn(s.page, 'campaign-map', 'cm-links')).toBe('related');
    expect(await inView('cm-links-fifth-toilets')).toBe(true);
    // A reconstructed reading: the ※ mark on the node and the printed text in its tooltip.
    const node = s.page.locator(`${P} [data-entity="cm-links-fifth-toilets"]`);
    expect(await node.getAttribute('aria-label')).toBe('推进厕所革命 ※');
    expect(await node.locator('title').textContent()).toContain('印刷原文：推进厕所革命');
  });

  it('selecting 创新金融扶贫 lights up its duty, the leader and the funds elsewhere', async () => {
    await s.open('view=all&sel=cm-reform-models-finance&lang=zh');
    expect(await emphasisIn(s.page, 'campaign-map', 'cm-reform-models-finance')).toBe('selected');
    const duty = await emphasisIn(s.page, 'leadership', 'duty-finance');
    if (duty !== null) {
      expect(duty).toBe('related');
      expect(await emphasisIn(s.page, 'leadership', 'leader-executive-deputy-head')).toBe('related');
    } else {
      expect(await s.page.locator('[data-panel="details"] [data-entity="duty-finance"]').count()).toBeGreaterThan(0);
    }
    const details = s.page.locator('[data-panel="details"]');
    expect(await details.locator('[data-entity="fund-total"]').count()).toBeGreaterThan(0);
    // And back: clicking the duty in the details list selects it; the map marks 创新金融扶贫 related.
    await details.locator('[data-entity="duty-finance"]').first().click();
    expect((await searchParams(s.page)).get('sel')).toBe('duty-finance');
    expect(await emphasisIn(s.page, 'campaign-map', 'cm-reform-models-finance')).toBe('related');
  });

  it('focuses one branch, with a way back to the whole map', async () => {
    await s.open('view=all&lang=zh');
    await s.page.locator(`${P} [data-entity="cm-stable"]`).click(); // selects it and makes it the current node
    const focusBtn = s.page.locator(`${P} [data-action="focus-branch"]`);
    expect(await focusBtn.getAttribute('aria-label')).toBe('只看此分支：稳定脱贫有效衔接乡村振兴');
    await focusBtn.click();
    const ids = await shown();
    expect(ids[0]).toBe('cm-stable');
    expect(ids).not.toContain('cm-root');
    expect(ids.every((id) => id === 'cm-stable' || id.startsWith('cm-stable-'))).toBe(true);
    await s.page.locator(`${P} [data-action="whole-map"]`).click();
    expect(await shown()).toContain('cm-root');
  });

  it('zooms with the buttons, pans by dragging, and fits back', async () => {
    await s.open('view=all&lang=zh');
    const t0 = await transform();
    expect(t0).toMatch(/scale\(/);
    const k = async () => Number(/scale\(([\d.]+)\)/.exec((await transform()) ?? '')![1]);
    const k0 = await k();
    await s.page.locator(`${P} [data-zoom="in"]`).click();
    // The zoom is applied on the next frames: poll rather than read once (CI machines are busy).
    await expect.poll(k).toBeCloseTo(k0 * 1.25, 3);
    await s.page.locator(`${P} [data-zoom="out"]`).click();
    await s.page.locator(`${P} [data-zoom="out"]`).click();
    await expect.poll(k).toBeCloseTo(k0 / 1.25, 3);
    const box = (await s.page.locator(`${P} svg.campaign-map-svg`).boundingBox())!;
    const before = await transform();
    // Drag on empty canvas (top-left corner), not on a node.
    await s.page.mouse.move(box.x + 12, box.y + 12);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + 80, box.y + 60, { steps: 5 });
    await s.page.mouse.up();
    await expect.poll(transform).not.toBe(before);
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    // In the grid a plain wheel scrolls the page; Ctrl + wheel (a pinch on a trackpad) zooms.
    await s.page.mouse.move(box.x + 12, box.y + 12);
    const k1 = await k();
    await s.page.mouse.wheel(0, -120);
    expect(await k()).toBe(k1);
    // The page has scrolled (smoothly, on a busy machine over several frames): wait until it stops.
    const svgTop = async () => (await s.page.locator(`${P} svg.campaign-map-svg`).boundingBox())!.y;
    let last = await svgTop();
    await expect
      .poll(
        async () => {
          const now = await svgTop();
          const settled = now === last;
          last = now;
          return settled;
        },
        { interval: 100 },
      )
      .toBe(true);
    const box2 = (await s.page.locator(`${P} svg.campaign-map-svg`).boundingBox())!;
    await s.page.mouse.move(box2.x + 12, box2.y + 12);
    await s.page.keyboard.down('Control');
    await s.page.mouse.wheel(0, -120);
    await s.page.keyboard.up('Control');
    await expect.poll(k).toBeGreaterThan(k1);
    await s.page.locator(`${P} [data-zoom="fit"]`).click();
    for (const id of await shown()) expect(await inView(id)).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('selects a node partly above the visible map with the first click (focus does not pan it away under the pointer)', async () => {
    await s.open('view=all&lang=zh');
    await s.page.locator(`${P} svg.campaign-map-svg`).scrollIntoViewIfNeeded();
    const svg = (await s.page.locator(`${P} svg.campaign-map-svg`).boundingBox())!;
    const node = s.page.locator(`${P} [data-entity="cm-party"] .campaign-map-box`);
    const b0 = (await node.boundingBox())!;
    // Drag the empty canvas so that the node's top edge sits 10 px above the map's top edge.
    const dy = svg.y - 10 - b0.y;
    await s.page.mouse.move(svg.x + 8, svg.y + svg.height - 8);
    await s.page.mouse.down();
    await s.page.mouse.move(svg.x + 8, svg.y + svg.height - 8 + dy, { steps: 5 });
    await s.page.mouse.up();
    await expect.poll(async () => (await node.boundingBox())!.y).toBeLessThan(svg.y - 5);
    const b = (await node.boundingBox())!;
    expect(b.y + b.height).toBeGreaterThan(svg.y + 6);
    await s.page.mouse.click(b.x + b.width / 2, b.y + b.height - 3);
    expect((await searchParams(s.page)).get('sel')).toBe('cm-party');
  });

  it('on a phone starts with the five branches, all in view, and follows the language', async () => {
    await s.open('view=all&lang=en', { width: 390, height: 844 });
    expect((await shown()).sort()).toEqual(CAMPAIGN_IDS.filter((id) => depthOf(id) <= 1).sort());
    for (const id of await shown()) expect(await inView(id)).toBe(true);
    // The panel itself never runs wider than the phone (other panels are checked by their own tests).
    const fits = await s.page.$eval(P, (el) => el.getBoundingClientRect().right <= window.innerWidth && el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    expect(await s.page.getAttribute(`${P} [data-entity="cm-party"]`, 'aria-label')).toBe('Strengthen Party building to drive the exit');
    await s.page.getByRole('radio', { name: '中文' }).click();
    expect(await s.page.getAttribute(`${P} [data-entity="cm-party"]`, 'aria-label')).toBe('抓好党建促脱贫');
    expect(s.errors).toEqual([]);
  });

  it.each([
    ['view=all&lang=zh', 1280, null],
    ['view=all&lang=en&sel=cm-reform-models-finance', 1280, null],
    ['view=all&lang=both&sel=cm-stable-mainline-theme', 1280, 'open-all'],
    ['view=all&lang=en', 390, null],
    ['view=all&lang=zh&sel=cm-links-fifth-toilets', 390, 'open-all'],
  ] as const)('has no axe violations (WCAG 2.2 A/AA) with %s at %i px', async (query, width, action) => {
    await s.open(query, { width, height: 900 });
    if (action) await s.page.locator(`${P} [data-action="${action}"]`).click();
    const result = await new AxeBuilder({ page: s.page }).include(P).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
});
