// Bring your own county: open a folder, a zip or a bundle in the real browser; refused data lists
// every problem and leaves the picture on screen as it was; an opened dataset survives a reload
// and one click returns to Lankao; the export opens again identically.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCounty, writeExampleCounty } from '../fixtures/example-county/example';
import { PWN_IMG, poisonDataset } from '../fixtures/hostile/hostile';
import { DATA_DIR } from '../helpers/data';
import { writeTemplate } from '../../scripts/new-county';
import { fillTemplate } from '../fixtures/filled-template';
import { lyingZip } from '../fixtures/zips';
import { searchParams, startSession, waitReady, type Session } from './browser';
import { openDataMenu, pickThroughMenu, userBanner } from './datasets';

let s: Session;
let tmp: string;
let exampleDir: string;

type Files = Record<string, unknown>;
const asBuffers = (files: Files) =>
  Object.entries(files).map(([name, json]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json, null, 2)) }));

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-open-'));
  exampleDir = path.join(tmp, '示例县 example');
  writeExampleCounty(DATA_DIR, exampleDir);
  s = await startSession();
});

afterAll(async () => {
  await s?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const page = () => s.page;
const title = () => page().locator('h1').innerText();
const banner = () => userBanner(page());
const problemRows = () =>
  page().$$eval('.dataset-problems tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));

const pickFolder = (dir: string) => pickThroughMenu(page(), 'folder', dir);
const pickFiles = (files: Parameters<ReturnType<typeof page>['setInputFiles']>[1]) => pickThroughMenu(page(), 'files', files);
async function waitOpened(previousDs: string | null) {
  await page().waitForFunction((prev) => {
    const ds = new URLSearchParams(location.search).get('ds');
    return ds !== null && ds !== prev && document.querySelector('.dataset-banner[data-user-supplied="true"]') !== null;
  }, previousDs);
  await waitReady(page());
}
async function waitProblems() {
  await page().locator('.dataset-problems').waitFor();
}
/** What must not change when data is refused: the title, the dataset in the URL, the selection. */
async function snapshot() {
  return {
    title: await title(),
    ds: (await searchParams(page())).get('ds'),
    sel: (await searchParams(page())).get('sel'),
    selected: await page().locator('[data-panel="details"] h3').first().textContent(),
    panels: await page().$$eval('[data-panel]', (els) => els.filter((e) => e.getAttribute('data-ready') === 'true').length),
  };
}

describe('opening a dataset', () => {
  it('opens a folder: the banner names it as user-supplied, the URL names it by id, the figures are its own', async () => {
    // The funding panel's table is checked, so all panels (the overview is the default view).
    await s.open('view=all&sel=fund-special');
    expect(await title()).toBe('一张图看懂兰考脱贫');
    await pickFolder(exampleDir);
    await waitOpened(null);
    const ds = (await searchParams(page())).get('ds')!;
    expect(ds).toMatch(/^[a-z0-9]{1,32}$/);
    expect(await page().evaluate(() => location.href)).not.toContain('EXAMPLE');
    // The title names it, the line under it says whose data it is.
    expect(await banner().innerText()).toContain('用户提供的数据');
    // The data dialog says the rest: the project has not checked it.
    expect(await (await openDataMenu(page())).innerText()).toContain('不是内置的兰考数据');
    await page().keyboard.press('Escape');
    expect(await page().locator('[data-dataset-dialog]').count()).toBe(0);
    expect(await title()).toBe('示例县 example');
    // The browser tab names it too (issue 25).
    expect(await page().title()).toBe('示例县 example · 用户提供的数据 · user-supplied — 一张图看懂兰考脱贫 · Lankao Poverty-Exit Map');
    // Opening clears the selection; the funding table shows the example's figures.
    expect((await searchParams(page())).get('sel')).toBeNull();
    await page().locator('[data-panel="funding"] [data-entity="fund-special"]').first().click();
    expect(await page().locator('[data-panel="details"]').innerText()).toContain('示例·专项扶贫资金');
    expect(await page().locator('[data-panel="funding"]').innerText()).toContain('2.10');
    expect(s.errors).toEqual([]);
  });

  it('keeps the opened dataset (and its selection) over a reload, and returns to Lankao in one click', async () => {
    const ds = (await searchParams(page())).get('ds');
    // The static HTML is Lankao's: with ?ds= the page renders afresh (no hydration, so no mismatch), and
    // never shows the user's banner over Lankao's title while it reads the kept dataset.
    await page().addInitScript(() => {
      const w = window as unknown as { __mixed: string[] };
      w.__mixed = [];
      new MutationObserver(() => {
        const user = document.querySelector('.dataset-banner[data-user-supplied="true"]');
        const h1 = document.querySelector('h1')?.textContent;
        if (user && h1 === '一张图看懂兰考脱贫') w.__mixed.push(h1);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page().reload();
    await banner().waitFor();
    await waitReady(page());
    expect(await page().evaluate(() => (window as unknown as { __mixed: string[] }).__mixed)).toEqual([]);
    expect(await page().locator('#root').getAttribute('data-hydrated')).toBeNull();
    expect(s.errors).toEqual([]);
    expect((await searchParams(page())).get('ds')).toBe(ds);
    expect((await searchParams(page())).get('sel')).toBe('fund-special');
    expect(await page().locator('[data-panel="details"] h3').first().textContent()).toBe('示例·专项扶贫资金');
    expect(await page().title()).toMatch(/^示例县 example · 用户提供的数据/);
    await page().getByRole('button', { name: '返回兰考' }).click();
    await waitReady(page());
    expect(await title()).toBe('一张图看懂兰考脱贫');
    expect(await page().title()).toBe('一张图看懂兰考脱贫 · Lankao Poverty-Exit Map');
    expect((await searchParams(page())).get('ds')).toBeNull();
    expect(await banner().count()).toBe(0);
  });

  it('falls back to Lankao with a message when the URL names a dataset this browser does not keep', async () => {
    await page().goto(`${new URL(page().url()).origin}/?ds=zzzzunknown&sel=fund-special`);
    await page().locator('[data-notice]').waitFor();
    await waitReady(page());
    expect(await title()).toBe('一张图看懂兰考脱贫');
    expect(await banner().count()).toBe(0);
    expect(await page().locator('[data-panel="overview"]').getAttribute('data-ready')).toBe('true');
    expect(await page().locator('[data-notice]').innerText()).toContain('不在这个浏览器中');
    expect((await searchParams(page())).get('ds')).toBeNull();
    expect((await searchParams(page())).get('sel')).toBe('fund-special');
  });

  it("search finds a county's own labels by pinyin: pinyin-pro loads for labels the built-in table does not know", async () => {
    await s.open('');
    const scripts: string[] = [];
    const onRequest = (r: Request) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    page().on('request', onRequest);
    await pickFolder(exampleDir);
    await waitOpened(null);
    const box = page().locator('header input[role="combobox"]');
    await box.focus();
    await page().keyboard.type('shili zhuanxiang');
    await page().waitForSelector('[role="listbox"] [role="option"]');
    const results = page().locator('[role="listbox"] [role="option"]');
    expect(await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-result')))).toContain('fund-special');
    expect(await results.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('示例·专项扶贫资金')]));
    expect(scripts.filter((p) => /\/pinyin-[\w-]+\.js$/.test(p))).toHaveLength(1);
    page().off('request', onRequest);
    expect(s.errors).toEqual([]);
  });

  it('opens a .zip of a data folder (files inside one top folder)', async () => {
    await s.open('view=all');
    const files = exampleCounty(DATA_DIR);
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([n, j]) => [`example-zip/${n}`, strToU8(JSON.stringify(j))])));
    await pickFiles({ name: 'example-zip.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await waitOpened(null);
    expect(await title()).toBe('example-zip');
    expect(await page().locator('[data-panel="funding"]').innerText()).toContain('4.00');
  });

  it('exports a bundle that opens again identically', async () => {
    const [download] = await Promise.all([page().waitForEvent('download'), (await openDataMenu(page())).locator('[data-export]').click()]);
    expect(download.suggestedFilename()).toBe('example-zip.lankao-bundle.json');
    const first = fs.readFileSync((await download.path())!, 'utf8');
    const bundle = JSON.parse(first) as { format: string; version: number; name: string; files: Files };
    expect(bundle.format).toBe('lankao-picture-bundle');
    expect(bundle.name).toBe('example-zip');
    expect(bundle.files).toEqual(exampleCounty(DATA_DIR));
    const before = (await searchParams(page())).get('ds');
    await s.open();
    await pickFiles({ name: 'example-zip.lankao-bundle.json', mimeType: 'application/json', buffer: Buffer.from(first) });
    await waitOpened(before);
    expect(await title()).toBe('example-zip');
    const [again] = await Promise.all([page().waitForEvent('download'), (await openDataMenu(page())).locator('[data-export]').click()]);
    expect(fs.readFileSync((await again.path())!, 'utf8')).toBe(first);
  });

  it('opens a bundle dropped onto the page (the overlay says what a drop does)', async () => {
    await s.open();
    const bundle = JSON.stringify({ format: 'lankao-picture-bundle', version: 1, name: 'dropped example', files: exampleCounty(DATA_DIR) });
    await page().evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.lankao-bundle.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
      (window as unknown as { __dt: DataTransfer }).__dt = dt;
    }, bundle);
    expect(await page().locator('.dataset-drop-overlay').innerText()).toContain('松开即可打开');
    await page().evaluate(() => {
      const dt = (window as unknown as { __dt: DataTransfer }).__dt;
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await waitOpened(null);
    expect(await title()).toBe('dropped example');
    expect(await page().locator('.dataset-drop-overlay').count()).toBe(0);
  });

  it('opens a .zip holding a 600 KB file (inflated in the site’s own worker file: no blob: worker, no CSP violation)', async () => {
    await s.open();
    const files = exampleCounty(DATA_DIR);
    const entries = Object.fromEntries(Object.entries(files).map(([n, j]) => [`big-zip/${n}`, strToU8(JSON.stringify(j, null, 2))]));
    // Whitespace after the value is valid JSON: sources.json becomes ~600 KB, past fflate's 512 KiB worker threshold.
    entries['big-zip/sources.json'] = strToU8(`${JSON.stringify(files['sources.json'], null, 2)}${' '.repeat(600 * 1024)}\n`);
    const zip = zipSync(entries);
    await pickFiles({ name: 'big-zip.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await waitOpened(null);
    expect(await title()).toBe('big-zip');
    expect(await (await openDataMenu(page())).locator('[data-pick="files"]').isDisabled()).toBe(false);
    await page().keyboard.press('Escape');
    expect(s.errors).toEqual([]);
  });

  it('opens several JSON files picked together, and shows hostile strings as inert text', async () => {
    await s.open();
    const hostile = poisonDataset(exampleCounty(DATA_DIR) as never);
    await pickFiles(asBuffers(hostile));
    await waitOpened(null);
    const state = await page().evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      imgX: document.querySelectorAll('img[src="x"]').length,
      iframes: document.querySelectorAll('iframe').length,
    }));
    expect(state).toEqual({ pwned: undefined, imgX: 0, iframes: 0 });
    expect(await page().locator('body').innerText()).toContain(PWN_IMG);
    expect(s.errors).toEqual([]);
  });
});

describe('refusing a dataset: every problem named, the picture on screen unchanged', () => {
  type Json = Record<string, unknown>;
  const valid = () => exampleCounty(DATA_DIR) as Record<string, Json & { entities?: Json[]; links?: Json[] }>;

  async function refused(files: Parameters<ReturnType<typeof page>['setInputFiles']>[1]) {
    await s.open('sel=fund-special');
    const before = await snapshot();
    await pickFiles(files);
    await waitProblems();
    expect(await snapshot()).toEqual(before);
    expect(await page().locator('.dataset-problems h2').innerText()).toContain('数据有问题，没有打开');
    return problemRows();
  }

  it('broken JSON: the file and its line and column', async () => {
    const files = asBuffers(valid());
    const i = files.findIndex((f) => f.name === 'leadership.json');
    files[i] = { ...files[i]!, buffer: Buffer.from('{\n  "section": {"zh": "x", "en": "x"},\n  "entities": [,]\n}') };
    const rows = await refused(files);
    expect(rows).toContainEqual(['leadership.json', expect.stringMatching(/^第 3 行第 \d+ 列$/), expect.stringMatching(/^不是有效的 JSON。发现：/)]);
  });

  it('a missing field: the file, the path to it, what was expected', async () => {
    const files = valid();
    // (A missing English text is not a problem for a dataset opened here: its Chinese stands in. The Chinese is required.)
    delete (files['support-and-funding.json']!.entities![4]!.label as Record<string, unknown>).zh;
    const rows = await refused(asBuffers(files));
    expect(rows).toContainEqual(['support-and-funding.json', 'entities[4].label.zh', '发现：空（缺少这个字段）；应为：文本']);
  });

  it('a dangling link: the link end and the id that is not defined', async () => {
    const files = valid();
    files['support-and-funding.json']!.links!.push({ from: 'fund-special', to: 'no-such-entity', type: 'funds', interpretive: false });
    const n = files['support-and-funding.json']!.links!.length - 1;
    const rows = await refused(asBuffers(files));
    const message = '发现："no-such-entity"，没有任何数据文件定义它；应为：一个实体 id';
    expect(rows).toContainEqual(['support-and-funding.json', `links[${n}].to`, message]);
  });

  it('hostile strings in names and values: listed as text, nothing runs', async () => {
    const files = valid();
    (files['sources.json']!.sources as Record<string, unknown>[])[0]!.url = 'javascript:window.__pwned=7';
    const list = asBuffers(files);
    list.push({ name: `${PWN_IMG}.json`, mimeType: 'application/json', buffer: Buffer.from('{}') });
    const rows = await refused(list);
    expect(rows).toContainEqual([`${PWN_IMG}.json`, '（整个文件）', expect.stringMatching(/^发现：数据文件夹不使用的文件；应为：只有这些文件/)]);
    expect(rows.some(([file, place]) => file === 'sources.json' && place === 'sources[0].url')).toBe(true);
    expect(await page().evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page().locator('.dataset-problems img').count()).toBe(0);
  });

  it('oversize: refused from its size alone, before it is read', async () => {
    // Playwright passes buffers over 50 MB only as files on disk.
    const huge = path.join(tmp, 'huge.json');
    fs.writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 0x20));
    const rows = await refused(huge);
    expect(rows).toEqual([['huge.json', '（整个文件）', '发现：51.0 MB 的文件，因此没有读取；应为：总共最多 25.0 MB 的数据']]);
  });

  it('the new-county template: refused with each placeholder named; filled in (the fixture), it opens', async () => {
    const template = path.join(tmp, 'template');
    const files = writeTemplate(template);
    const rows = await refused(files.map((f) => path.join(template, f)));
    expect(rows).toContainEqual(['support-and-funding.json', 'entities[1].measures[0].value', expect.stringContaining('⟪FILL IN⟫')]);
    const withPlaceholders = new Set(rows.filter(([, , message]) => message!.includes('⟪FILL IN⟫')).map(([file]) => file));
    for (const f of ['sources.json', 'glossary.json', 'history.json', 'campaign-map.json']) expect(withPlaceholders).toContain(f);
    const filled = files.map((f) => ({
      name: f,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(fillTemplate(JSON.parse(fs.readFileSync(path.join(template, f), 'utf8'))))),
    }));
    await page().locator('.dataset-problems button', { hasText: '关闭' }).click();
    await pickFiles(filled);
    await waitOpened((await searchParams(page())).get('ds'));
    expect(await page().locator('[data-panel="overview"]').innerText()).toContain('示例 EXAMPLE');
  });

  it('a zip that declares 100 bytes and inflates past the limit is stopped within 2 s, the page painting all along', async () => {
    const zip = lyingZip({ 'lie/sources.json': new Uint8Array(64 * 1024 * 1024).fill(0x20) }, 100);
    await s.open('sel=fund-special');
    const before = await snapshot();
    // The longest time between two animation frames while the zip is read: the page must keep painting.
    await page().evaluate(() => {
      const w = window as unknown as { __gap: number; __last: number; __frames: boolean };
      w.__gap = 0;
      w.__last = performance.now();
      w.__frames = true;
      const tick = (t: number) => {
        w.__gap = Math.max(w.__gap, t - w.__last);
        w.__last = t;
        if (w.__frames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await pickFiles({ name: 'lie.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    const t0 = Date.now();
    await waitProblems();
    const took = Date.now() - t0;
    const gap = await page().evaluate(
      () => (((window as unknown as { __frames: boolean }).__frames = false), (window as unknown as { __gap: number }).__gap),
    );
    console.log(`lying zip: refused in ${took} ms, longest frame gap ${Math.round(gap)} ms`);
    expect(took).toBeLessThan(2000);
    expect(gap).toBeLessThan(250);
    expect(await snapshot()).toEqual(before);
    expect(await problemRows()).toEqual([
      ['lie.zip', '（整个文件）', '发现：解压后超过 25.0 MB 的 zip（其目录只写了 100 字节），因此停止了解压；应为：总共最多 25.0 MB 的数据'],
    ]);
    // The dialog is usable again at once.
    await page().locator('.dataset-problems button', { hasText: '关闭' }).click();
    expect(await (await openDataMenu(page())).locator('[data-pick="files"]').isDisabled()).toBe(false);
    await page().keyboard.press('Escape');
    expect(s.errors).toEqual([]);
  });

  it('a zip whose entries leave their folder ("../x.json") is refused, each entry named as such', async () => {
    const zip = zipSync({ '../sources.json': strToU8('{}'), 'ok/headline.json': strToU8('{}') });
    const rows = await refused({ name: 'escape.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    expect(rows).toEqual([
      ['escape.zip/../sources.json', '（整个文件）', '发现：名称离开 zip 文件夹的条目（绝对路径或 "../"）；应为：zip 文件夹内的数据文件'],
    ]);
    expect(s.errors).toEqual([]);
  });

  it('a zip whose files would unpack to more than the limit is refused before inflating', async () => {
    const zip = zipSync({ 'big/sources.json': new Uint8Array(30 * 1024 * 1024).fill(0x20) }, { level: 9 });
    const rows = await refused({ name: 'bomb.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    expect(rows).toEqual([['bomb.zip', '（整个文件）', '发现：解压后会有 30.0 MB 的 zip，因此没有读取；应为：总共最多 25.0 MB 的数据']]);
  });
});
