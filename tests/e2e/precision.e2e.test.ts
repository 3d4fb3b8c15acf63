// The six-precisions panel in Chromium: selection lights up what realises a precision, here
// and in the leadership panel; keyboard; language; marks; phone width; axe.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emphasisIn, searchParams, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const node = (id: string) => s.page.locator(`[data-panel="precision"] [data-entity="${id}"]`);

describe('precision panel in Chromium', () => {
  it('shows the banner, four questions, six precisions and what realises them', async () => {
    await s.open('view=all&lang=zh');
    for (const id of [
      'six-precisions',
      'q-whom',
      'q-who',
      'q-how',
      'q-exit',
      'precise-identification',
      'precision-targets',
      'precision-results',
      'support-social',
      'fund-total',
      'exit-county',
      'policy-rain-dew',
    ])
      expect(await node(id).count(), id).toBe(1);
    expect(await s.page.locator('[data-panel="precision"] [data-entity^="precision-"]').count()).toBe(6);
    expect(await node('q-how').textContent()).toContain('†');
    expect(await node('precision-funds').textContent()).toContain('†');
    expect(await node('q-whom').textContent()).not.toContain('†');
    // 专项扶贫 answers 怎么扶: it carries the ③ tag.
    expect(await node('support-special').textContent()).toContain('③');
    expect(await node('support-special').getAttribute('aria-label')).toContain('怎么扶');
  });

  it('selecting a precision lights up what realises it, here and in leadership', async () => {
    await s.open('view=all&lang=zh');
    await node('precision-personnel').click();
    expect(await emphasisIn(s.page, 'precision', 'precision-personnel')).toBe('selected');
    expect(await emphasisIn(s.page, 'precision', 'duty-train-teams')).toBe('related');
    expect(await emphasisIn(s.page, 'precision', 'fi-village-teams')).toBe('related');
    expect(await emphasisIn(s.page, 'precision', 'q-who')).toBe('related');
    expect(await emphasisIn(s.page, 'precision', 'policy-insurance')).toBe('dimmed');
    expect(await emphasisIn(s.page, 'precision', 'precision-funds')).toBe('dimmed');
    expect(await emphasisIn(s.page, 'leadership', 'duty-train-teams')).toBe('related');
    expect(await emphasisIn(s.page, 'leadership', 'duty-team-building')).toBe('related');
    expect(await emphasisIn(s.page, 'leadership', 'leader-cppcc-chair')).toBe('dimmed');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('因村派人精准');
    expect((await searchParams(s.page)).get('sel')).toBe('precision-personnel');
    expect(s.errors).toEqual([]);
  });

  it('works from the keyboard: Enter selects, Space toggles off, Escape clears', async () => {
    await s.open('view=all&lang=zh');
    await node('precision-results').focus();
    await s.page.keyboard.press('Enter');
    expect(await emphasisIn(s.page, 'precision', 'precision-results')).toBe('selected');
    expect(await emphasisIn(s.page, 'precision', 'exit-household')).toBe('related');
    await s.page.keyboard.press('Space');
    expect(await emphasisIn(s.page, 'precision', 'precision-results')).toBe('idle');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    await node('q-how').focus();
    await s.page.keyboard.press('Enter');
    expect(await emphasisIn(s.page, 'precision', 'support-sector')).toBe('related');
    await s.page.keyboard.press('Escape');
    expect(await emphasisIn(s.page, 'precision', 'q-how')).toBe('idle');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
  });

  it('re-renders in English without reloading, and shows the printed text of reconstructed items', async () => {
    await s.open('view=all&lang=zh');
    expect(await node('precision-programs').textContent()).toContain('项目安排精准');
    await s.page.getByRole('radio', { name: 'English' }).click();
    expect(await node('precision-programs').textContent()).toContain('Arrange targeted programs');
    expect(await node('q-exit').textContent()).toContain('How to exit');
    expect(await node('policy-twelfth-illegible').textContent()).toContain('※');
    expect(await node('duty-finance').getAttribute('title')).toContain('和金融扶贫');
  });

  it.each([
    [390, 'zh'],
    [390, 'en'],
    [390, 'both'],
    [1280, 'en'],
  ])('fits at %i px in %s without overflowing the panel', async (width, lang) => {
    await s.open(`view=all&lang=${lang}`, { width, height: 900 });
    // The panel itself never needs a horizontal scroll and ends inside the viewport (the page's
    // own overflow also depends on the other panels, so it is checked on this panel only).
    const fit = await s.page.locator('[data-panel="precision"]').evaluate((el) => ({
      inner: el.scrollWidth - el.clientWidth,
      right: el.getBoundingClientRect().right - window.innerWidth,
    }));
    expect(fit.inner).toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(0);
    const panel = (await s.page.locator('[data-panel="precision"]').boundingBox())!;
    const out = await s.page.$$eval(
      '[data-panel="precision"] [data-entity]',
      (els, right) => els.filter((e) => e.getBoundingClientRect().right > right + 0.5).map((e) => e.getAttribute('data-entity')),
      panel.x + panel.width,
    );
    expect(out).toEqual([]);
    // The lanes are this panel's table: no item, kind label or lane narrower than four digits of its font.
    const narrow = await s.page.$$eval(
      '[data-panel="precision"] :is(.precision-item, .precision-kind, .precision-lane, .precision-question)',
      (els) =>
        els
          .map((e) => {
            const probe = document.createElement('span');
            probe.textContent = '0000';
            e.appendChild(probe);
            const four = probe.getBoundingClientRect().width;
            probe.remove();
            return { text: (e as HTMLElement).innerText.slice(0, 20), width: e.getBoundingClientRect().width, four };
          })
          .filter((c) => c.width < c.four),
    );
    expect(narrow).toEqual([]);
    expect(await s.page.locator('[data-panel="precision"]').getByRole('button', { name: /CSV/ }).isVisible()).toBe(true);
  });

  it('has no axe-core violations in the panel (WCAG 2.2 A/AA), idle and with a selection', async () => {
    for (const q of ['view=all&lang=zh', 'view=all&lang=en&sel=precision-programs']) {
      await s.open(q, { width: 1280, height: 900 });
      const r = await new AxeBuilder({ page: s.page })
        .include('[data-panel="precision"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  }, 180_000);
});
