// English everywhere it is English (issue 22, item 6): a derived figure's formula in English units,
// counts named by what they count, and no bare "(?)" left for a visitor to puzzle over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const details = () => s.page.locator('[data-panel="details"]');

describe('English details and overview', () => {
  it('gives the per-beneficiary figure’s formula in English units', async () => {
    await s.open('lang=en&sel=fund-total', { width: 1280, height: 800 });
    const derived = details().locator('.derivation');
    await derived.first().waitFor();
    const text = (await derived.allInnerTexts()).join('\n');
    expect(text).toContain('933,000,000 yuan ÷ 587,000 person-times ≈ 1,589 yuan');
    expect(text).not.toMatch(/[元人次]/);
    // In Chinese it stays Chinese.
    await s.open('lang=zh&sel=fund-total', { width: 1280, height: 800 });
    expect((await details().locator('.derivation').allInnerTexts()).join('\n')).toContain('933,000,000 元 ÷ 587,000 人次');
  });

  it('counts the county’s units by what they are', async () => {
    await s.open('lang=en&sel=lankao-county', { width: 1280, height: 800 });
    await details().locator('.derivation').first().waitFor();
    const text = await details().innerText();
    expect(text).toContain('16 townships and subdistricts');
    expect(text).toContain('450 villages and communities');
    expect(text).toContain('13 towns and townships + 3 subdistricts = 16');
    expect(text).not.toMatch(/\b16 units\b|个/);
  });

  it('shows no bare "(?)" in the English overview; the uncertain reading says so in words', async () => {
    await s.open('lang=en', { width: 1280, height: 720 });
    const text = await s.page.locator('[data-panel="overview"]').evaluate((el) => el.textContent ?? '');
    expect(text).not.toContain('(?)');
    expect(text).toContain('meaning uncertain');
    expect(s.errors).toEqual([]);
  });
});
