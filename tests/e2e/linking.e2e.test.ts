// The heart of the product: select in any of the four core panels, by a real click and by the
// keyboard, and the other three show what it links to (related) and dim the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emphasisIn, searchParams, startSession, waitReady, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

interface Case {
  panel: string;
  entity: string;
  /** [panel, entity, expected emphasis] in the other panels */
  expect: [string, string, 'related' | 'dimmed'][];
}

const CASES: Case[] = [
  {
    panel: 'leadership',
    entity: 'duty-industry',
    expect: [
      ['precision', 'precision-programs', 'related'],
      ['four-focuses', 'fi-home-furnishing', 'related'],
      ['exit-criteria', 'exit-county', 'dimmed'],
      ['funding', 'fund-special', 'dimmed'],
    ],
  },
  {
    panel: 'precision',
    entity: 'precision-results',
    expect: [
      ['leadership', 'duty-supervision', 'related'],
      ['leadership', 'leader-deputy-secretary', 'related'],
      ['exit-criteria', 'exit-county', 'related'],
      ['funding', 'fund-special', 'dimmed'],
    ],
  },
  {
    panel: 'exit-criteria',
    entity: 'exit-county',
    expect: [
      ['precision', 'precision-results', 'related'],
      ['leadership', 'leader-cppcc-chair', 'dimmed'],
      ['funding', 'fund-social', 'dimmed'],
      ['timeline', 'ev-2017-02-24-confirmed', 'related'],
    ],
  },
  {
    panel: 'funding',
    entity: 'fund-social',
    expect: [
      ['leadership', 'leader-united-front-dept', 'related'],
      ['leadership', 'support-social', 'related'],
      ['precision', 'support-social', 'related'],
      ['exit-criteria', 'exit-county', 'dimmed'],
    ],
  },
];

async function assertLinked(c: Case) {
  expect(await emphasisIn(s.page, c.panel, c.entity)).toBe('selected');
  for (const [panel, entity, emphasis] of c.expect) {
    expect(await emphasisIn(s.page, panel, entity), `${panel} ${entity}`).toBe(emphasis);
  }
  expect((await searchParams(s.page)).get('sel')).toBe(c.entity);
  expect(await s.page.locator('[data-panel="details"] h3').textContent()).not.toBe('');
}

describe('linked panels', () => {
  it.each(CASES)('a click on $entity in $panel lights up the other panels', async (c) => {
    await s.open('view=all&lang=zh');
    await s.page.locator(`[data-panel="${c.panel}"] [data-entity="${c.entity}"]:visible`).first().click();
    await assertLinked(c);
    await s.page.mouse.move(1, 1);
    await s.page.keyboard.press('Escape');
    expect(await emphasisIn(s.page, c.panel, c.entity)).toBe('idle');
    for (const [panel, entity] of c.expect) expect(await emphasisIn(s.page, panel, entity)).toBe('idle');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
  });

  it.each(CASES)('Enter on a focused $entity in $panel does the same, and the URL restores it', async (c) => {
    await s.open('view=all&lang=en');
    await s.page.locator(`[data-panel="${c.panel}"] [data-entity="${c.entity}"]:visible`).first().focus();
    await s.page.keyboard.press('Enter');
    await assertLinked(c);
    await s.page.reload();
    await waitReady(s.page);
    await assertLinked(c);
  });

  it('hover previews without committing, and the clear button resets', async () => {
    await s.open('view=all&lang=zh&sel=fund-social');
    await s.page.locator('[data-panel="leadership"] [data-entity="duty-industry"]').first().hover();
    expect(await emphasisIn(s.page, 'precision', 'precision-programs')).toBe('related');
    expect((await searchParams(s.page)).get('sel')).toBe('fund-social');
    await s.page.mouse.move(1, 1);
    expect(await emphasisIn(s.page, 'leadership', 'leader-united-front-dept')).toBe('related');
    await s.page.getByRole('button', { name: /清除选择/ }).click();
    expect(await emphasisIn(s.page, 'leadership', 'leader-united-front-dept')).toBe('idle');
    expect(s.errors).toEqual([]);
  });

  it('keeps one ECharts instance per chart across selections (setOption, not re-creation)', async () => {
    await s.open('view=all&lang=zh');
    const ids = () => s.page.$$eval('[_echarts_instance_]', (els) => els.map((e) => e.getAttribute('_echarts_instance_')).sort());
    const before = await ids();
    expect(before.length).toBeGreaterThanOrEqual(2);
    for (const id of ['fund-special', 'exit-county', 'duty-industry']) {
      await s.page.locator(`[data-entity="${id}"]:visible`).first().click();
    }
    await s.page.keyboard.press('Escape');
    expect(await ids()).toEqual(before);
  });
});
