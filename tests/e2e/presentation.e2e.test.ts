import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParams, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

describe('guided presentation', () => {
  it('starts from the header, steps with the clicker keys, and keeps the step in the URL', async () => {
    await s.open('lang=zh');
    await s.page.getByRole('button', { name: /演示/ }).click();
    const bar = s.page.locator('.presentation-bar');
    await expect(bar.getAttribute('data-step')).resolves.toBe('0');
    expect(searchParams(s.page).get('step')).toBe('0');
    expect(searchParams(s.page).get('view')).toBe('timeline');
    expect(searchParams(s.page).get('sel')).toBe('ev-2014-promise');
    await s.page.keyboard.press('PageDown');
    await s.page.keyboard.press('PageDown');
    await expect(bar.getAttribute('data-step')).resolves.toBe('2');
    expect(searchParams(s.page).get('view')).toBe('leadership');
    expect(searchParams(s.page).get('sel')).toBe('leader-secretary-head');
    expect(await s.page.locator('[data-panel]:not([data-panel="details"])').count()).toBe(1);
    await s.page.keyboard.press('PageUp');
    expect(searchParams(s.page).get('step')).toBe('1');
  });

  it('reopens a step from the URL, and Escape leaves presentation mode', async () => {
    await s.open('step=7&lang=en');
    expect(searchParams(s.page).get('view')).toBe('funding');
    expect(searchParams(s.page).get('sel')).toBe('fund-total');
    expect(await s.page.locator('.presentation-bar h2').textContent()).toBe('Poverty-alleviation funding');
    await s.page.keyboard.press('Escape');
    expect(await s.page.locator('.presentation-bar').count()).toBe(0);
    expect(searchParams(s.page).get('step')).toBeNull();
    expect(searchParams(s.page).get('view')).toBeNull();
    expect(await s.page.locator('[data-panel]').count()).toBeGreaterThan(5);
    expect(s.errors).toEqual([]);
  });
});
