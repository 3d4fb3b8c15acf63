// A county made from the template shows every figure it was given. `new-county` writes the template,
// a script fills every placeholder (distinct, obviously fictional figures), the folder is opened in
// the page, and each exit figure and amount appears in the overview and in the comparison with Lankao.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTemplate } from '../../scripts/new-county';
import { DATA_FILES } from '../../src/model/files';
import { fillTemplate } from '../fixtures/filled-template';
import { searchParams, startSession, waitReady, type Session } from './browser';
import { pickThroughMenu, userBanner } from './datasets';

// What the template asks for → the figure this test gives it (fictional; the parts add up to the total).
const FIGURES: Record<string, number> = {
  'total funds': 4,
  'special funds': 1.25,
  'sector funds': 2.4,
  'social funds': 0.35,
  beneficiaries: 12.5,
  'funds per beneficiary': 3200,
  'poverty incidence: the national threshold': 3,
  "poverty incidence: the county's assessed value": 1.35,
  'wrong-exit rate: the national threshold': 2.5,
  "wrong-exit rate: the county's assessed value": 0.64,
  'omission rate: the national threshold': 2.2,
  "omission rate: the county's assessed value": 1.82,
  'public approval: the national threshold': 91,
  "public approval: the county's assessed value": 95.5,
};
const EXIT: Record<string, [number, number]> = {
  'crit-county-incidence': [1.35, 3],
  'crit-county-wrong-exit': [0.64, 2.5],
  'crit-county-omission': [1.82, 2.2],
  'crit-county-approval': [95.5, 91],
};

let s: Session;
let tmp: string;
let id: string;
let zhOnly: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-template-'));
  const dir = path.join(tmp, 'template-county');
  writeTemplate(dir);
  const asked = new Set<string>();
  for (const f of DATA_FILES) {
    const file = path.join(dir, f);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/⟪FILL IN number: ([^⟫]*)⟫/g)) asked.add(m[1]!);
    fs.writeFileSync(file, JSON.stringify(fillTemplate(JSON.parse(text), FIGURES), null, 2));
    expect(fs.readFileSync(file, 'utf8')).not.toContain('⟪FILL IN');
  }
  // Every figure the template asks for is one this test gives (a new one in the template fails here).
  expect([...asked].sort()).toEqual(Object.keys(FIGURES).sort());
  s = await startSession();
  await s.open();
  await pickThroughMenu(s.page, 'folder', dir);
  await userBanner(s.page).waitFor();
  id = (await searchParams(s.page)).get('ds')!;
  // The same county with no English at all: every "en" removed, no quote translated.
  const zhDir = path.join(tmp, 'chinese-only');
  fs.mkdirSync(zhDir);
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => !(k === 'en' && 'zh' in v))
              .map(([k, x]) => [k, strip(x)]),
          )
        : v;
  for (const f of DATA_FILES) {
    const json = strip(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))) as Record<string, unknown>;
    if (f === 'quote-translations.json') json.quotes = {};
    fs.writeFileSync(path.join(zhDir, f), JSON.stringify(json, null, 2));
  }
  await s.open();
  await pickThroughMenu(s.page, 'folder', zhDir);
  await userBanner(s.page).waitFor();
  zhOnly = (await searchParams(s.page)).get('ds')!;
});
afterAll(async () => {
  await s?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a county from the template', () => {
  it('is its own: the page title is its name and each part is titled by its own section name', async () => {
    for (const lang of ['zh', 'en'] as const) {
      await s.open(`ds=${id}&lang=${lang}`);
      const suffix = lang === 'zh' ? '（中文）' : ' (English)';
      expect(await s.page.locator('h1').innerText()).toBe(`示例 EXAMPLE — not real: the picture’s name, the page title${suffix}`);
      expect(await s.page.locator('[data-part="policies"] h2').innerText()).toBe(`示例 EXAMPLE — not real: household policies${suffix}`);
      expect(await s.page.locator('[data-part="four-focuses"] h2').innerText()).toBe(`示例 EXAMPLE — not real: the priorities${suffix}`);
      expect(await s.page.locator('[data-panel="overview"]').innerText()).not.toMatch(/十二项政策|四个紧扣|六个精准|Twelve household policies/);
    }
    await s.open(`ds=${id}&lang=zh&view=policies`);
    expect(await s.page.locator('[data-panel="policies"] h2').first().innerText()).toBe('示例 EXAMPLE — not real: household policies（中文）');
  });

  it('without English, opens anyway and shows its Chinese in the English view, with a note', async () => {
    await s.open(`ds=${zhOnly}&lang=en`);
    expect(await s.page.locator('.dataset-problems').count()).toBe(0);
    expect(await s.page.locator('h1').innerText()).toBe('示例 EXAMPLE — not real: the picture’s name, the page title（中文）');
    expect(await s.page.locator('[data-part="policies"] h2').innerText()).toBe('示例 EXAMPLE — not real: household policies（中文）');
    expect(await s.page.locator('.english-missing').innerText()).toMatch(/^This dataset has no English for \d+ texts: they are shown in Chinese\.$/);
    await s.open(`ds=${zhOnly}&lang=zh`);
    expect(await s.page.locator('.english-missing').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('shows each exit figure and amount it was given in the overview', async () => {
    await s.open(`ds=${id}&lang=zh`);
    const overview = s.page.locator('[data-panel="overview"]');
    const exit = await overview.locator('[data-part="exit-criteria"]').innerText();
    for (const [crit, [value, threshold]] of Object.entries(EXIT)) {
      expect(await overview.locator(`[data-part="exit-criteria"] [data-entity="${crit}"]`).count(), crit).toBeGreaterThan(0);
      expect(exit).toContain(`${value}%`);
      expect(exit).toContain(`${threshold}%`);
    }
    const funding = await overview.locator('[data-part="funding"]').innerText();
    for (const amount of ['4 亿元', '1.25 亿元', '2.4 亿元', '0.35 亿元']) expect(funding).toContain(amount);
    expect(s.errors).toEqual([]);
  });

  it('shows the same figures in the comparison with Lankao', async () => {
    await s.open(`ds=lankao&vs=${id}&lang=zh`);
    await s.page.locator('[data-compare]').waitFor();
    await waitReady(s.page);
    const cells = (row: string) => s.page.locator(`.compare-summary tr[data-row="${row}"] td`).allInnerTexts();
    for (const [crit, [value, threshold]] of Object.entries(EXIT)) {
      const [, b] = await cells(crit);
      expect(b, crit).toMatch(new RegExp(`^${value.toString().replace('.', '\\.')}% \\([<≥] ${threshold}%\\)`));
    }
    expect((await cells('fund-total')).slice(3)).toEqual(['4.00', '100.0%', '3,200']);
    expect((await cells('fund-special')).slice(3, 5)).toEqual(['1.25', '31.3%']);
    expect((await cells('fund-sector')).slice(3, 5)).toEqual(['2.40', '60.0%']);
    expect((await cells('fund-social')).slice(3, 5)).toEqual(['0.35', '8.8%']);
    expect(s.errors).toEqual([]);
  });
});
