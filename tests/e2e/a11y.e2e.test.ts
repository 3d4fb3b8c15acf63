// Zero axe-core violations (WCAG 2.2 A/AA tags) on the whole dashboard, with and without a
// selection, in Chinese and English, at phone and laptop widths — and with a selection of every
// entity kind, since each kind fills the details view differently (figures, sources, links).
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, type Entity } from '../../src/model/schema';
import { realGraph } from '../helpers/data';
import { startSession, type Session } from './browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

function describeViolations(result: Awaited<ReturnType<AxeBuilder['analyze']>>) {
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × e.g. ${v.nodes[0]?.target.join(' ')}`);
}

/**
 * Per kind, the entities to try in order: those citing the most web pages first (their details
 * list source links one under another, which must meet the 24 px target size and spacing),
 * the data's order among equals.
 */
function candidatesByKind(): Map<string, Entity[]> {
  const model = realGraph().model;
  const webRefs = (e: Entity) =>
    [...e.sources, ...(e.measures ?? []).flatMap((m) => m.sources)].filter((r) => model.sources.get(r.source)?.type === 'web').length;
  const out = new Map<string, Entity[]>();
  for (const kind of ENTITY_KINDS) {
    const ofKind = model.entityList.filter((e) => e.kind === kind);
    if (ofKind.length)
      out.set(
        kind,
        ofKind
          .map((e, i) => ({ e, i, n: webRefs(e) }))
          .sort((a, b) => b.n - a.n || a.i - b.i)
          .map((x) => x.e),
      );
  }
  return out;
}
async function violations(disabled: string[] = []) {
  return describeViolations(await new AxeBuilder({ page: s.page }).withTags(TAGS).disableRules(disabled).analyze());
}

// WCAG 2.2 target size (2.5.8) on the overview: every item is at least 24 px tall where the screen
// holds the picture that way — Chinese from 860 px tall, English from 1800×1000. On English laptop
// screens (and any screen under 860 px tall) the one-screen poster keeps 12–16 px lines, closer than
// 24 px: there each item is also a full-size target in its full panel (⤢, or view=all, checked
// below), and on phones the overview's targets are 24 px. Known, open (issue 10).
const ENGLISH_LAPTOP_POSTER = ['target-size'];

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  it.each([
    ['lang=zh', 1280, 900, []],
    ['lang=zh&sel=fund-special', 1440, 900, []],
    ['view=all&lang=zh&sel=fund-special', 1280, 900, []],
    ['lang=en&sel=cm-reform-models-finance', 1920, 1080, []],
    ['lang=en&sel=cm-reform-models-finance', 1280, 900, ENGLISH_LAPTOP_POSTER],
    ['lang=en', 390, 900, []],
    ['lang=zh&sel=status-safety-net', 390, 900, []],
    ['step=4&lang=zh', 1280, 900, []],
    ['step=4&lang=en', 1280, 720, []],
  ])(
    'has no violations with %s at %ix%i',
    async (query, width, height, disabled) => {
      await s.open(query, { width, height });
      expect(await violations(disabled)).toEqual([]);
    },
    120_000,
  ); // a whole-page axe run took over 60 s on a loaded 2-core machine

  it('has no violations in the details view and the emphasised marks with an entity of each kind selected', async () => {
    const candidates = candidatesByKind();
    expect([...candidates.keys()].sort()).toEqual([...ENTITY_KINDS].sort());
    // At phone width the short Chinese source titles sit closest together (target size and spacing).
    await s.open('view=all&lang=zh', { width: 390, height: 844 });
    const found: Record<string, string[]> = {};
    let webSourceLinks = 0;
    for (const [kind, entities] of candidates) {
      // The first candidate a panel shows (a folded mind-map node is not on screen); a real key press selects it.
      // Looked for after Escape and outside the details: an entity the last selection's details list as
      // related, but no panel shows, cannot be selected from a panel (it made this test fail now and then).
      await s.page.keyboard.press('Escape');
      const ids = entities.map((e) => e.id);
      const id = await s.page.evaluate((list) => {
        const visible = (el: Element) => el.getClientRects().length > 0;
        return (
          list.find((x) => [...document.querySelectorAll(`[data-panel]:not([data-panel="details"]) [data-entity="${x}"]`)].some(visible)) ?? null
        );
      }, ids);
      expect(id, `no ${kind} entity is on screen`).not.toBeNull();
      const entity = entities.find((e) => e.id === id)!;
      const target = s.page.locator(`[data-panel]:not([data-panel="details"]) [data-entity="${id}"]`).filter({ visible: true }).first();
      await target.focus();
      await s.page.keyboard.press('Enter');
      await s.page.waitForFunction((label) => document.querySelector('[data-panel="details"] h3')?.textContent === label, entity.label.zh);
      webSourceLinks += await s.page.locator('[data-panel="details"] .source-web a').count();

      // Scoped to what a selection changes in kind: the details view and the selected marks. Related and
      // dimmed marks look the same whatever is selected; the whole-page runs above cover them.
      const axe = new AxeBuilder({ page: s.page }).withTags(TAGS).include('[data-panel="details"]').include('[data-emphasis="selected"]');
      const v = describeViolations(await axe.analyze());
      if (v.length) found[`${kind} (${id})`] = v;
    }
    expect(found).toEqual({});
    // At least one selection listed web sources: the target-size check ran on real source links.
    expect(webSourceLinks).toBeGreaterThan(0);
  }, 180_000);
});
