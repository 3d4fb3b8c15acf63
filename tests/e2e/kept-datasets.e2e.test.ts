// Datasets kept in IndexedDB are data from outside too (issue 25, points 3, 8, 9): a record of the
// wrong shape — whoever wrote it — gives a message naming it, with "remove" and "back to Lankao",
// on a working page; the "compare with" list comes from a small index, and a damaged record is
// listed as damaged instead of emptying the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCounty } from '../fixtures/example-county/example';
import { DATA_DIR } from '../helpers/data';
import { startSession, waitReady, type Session } from './browser';
import { openDataMenu } from './datasets';

let s: Session;
beforeAll(async () => {
  s = await startSession();
  await s.open();
});
afterAll(async () => {
  await s?.close();
});

type Raw = { blob: true } | { value: unknown };

/** Writes a value under `key` straight into the page's IndexedDB store, as another program could. */
async function putRaw(key: string, raw: Raw | null): Promise<void> {
  await s.page.evaluate(
    async ({ key, raw }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('lankao-datasets');
        r.onupgradeneeded = () => r.result.createObjectStore('datasets');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction('datasets', 'readwrite');
        const store = tx.objectStore('datasets');
        if (raw === null) store.delete(key);
        else store.put('blob' in raw ? new Blob(['{"id":"x"}'], { type: 'application/json' }) : raw.value, key);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { key, raw },
  );
}

async function storedKeys(): Promise<string[]> {
  return s.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('lankao-datasets');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const q = db.transaction('datasets').objectStore('datasets').getAllKeys();
      q.onsuccess = () => resolve(q.result);
    });
    db.close();
    return keys.map(String);
  });
}

const files = () => Object.entries(exampleCounty(DATA_DIR)).map(([name, json]) => ({ name, text: JSON.stringify(json) }));
const good = (id: string, name: string) => ({ id, name, savedAt: '2026-12-01T00:00:00.000Z', files: files() });

// The page is Chinese: so is what it says about the record (model/problemText.ts).
const SHAPES: ReadonlyArray<{ what: string; id: string; raw: Raw; says: RegExp }> = [
  { what: 'a string', id: 'badstring', raw: { value: 'a string' }, says: /发现：文本；应为：保存的数据集/ },
  { what: 'a number', id: 'badnumber', raw: { value: 42 }, says: /发现：数字 42；应为：保存的数据集/ },
  { what: 'a Blob', id: 'badblob', raw: { blob: true }, says: /发现：Blob；应为：保存的数据集/ },
  { what: 'null', id: 'badnull', raw: { value: null }, says: /发现：null；应为：保存的数据集/ },
  { what: 'a list', id: 'badlist', raw: { value: [1, 2] }, says: /发现：列表；应为：保存的数据集/ },
  {
    what: 'files not a list',
    id: 'badfiles',
    raw: { value: { ...good('badfiles', 'F'), files: 'nope' } },
    says: /发现：文本（作为 "files"）；应为：文件列表/,
  },
  { what: 'name a number', id: 'badname', raw: { value: { ...good('badname', 'N'), name: 5 } }, says: /发现：数字 5（作为 "name"）；应为：文本/ },
  {
    what: 'a null inside files',
    id: 'badnullfile',
    raw: { value: { ...good('badnullfile', 'Z'), files: [null] } },
    says: /发现：null（作为 files\[0\]）/,
  },
  {
    what: 'savedAt missing',
    id: 'badsaved',
    raw: { value: { id: 'badsaved', name: 'Saved', files: files() } },
    says: /发现：空（作为 "savedAt"）；应为：文本/,
  },
  { what: 'another id inside', id: 'badid', raw: { value: good('someoneelse', 'I') }, says: /发现：id "someoneelse"；应为："badid"/ },
  {
    what: 'files that no longer pass the checks',
    id: 'badinvalid',
    raw: { value: { ...good('badinvalid', 'Invalid county'), files: [{ name: 'sources.json', text: '{' }] } },
    says: /共 \d+ 个问题，第一个：sources\.json：第 1 行/,
  },
];

describe('a kept dataset of the wrong shape', () => {
  for (const { what, id, raw, says } of SHAPES) {
    it(`${what}: a message naming it, remove and back to Lankao, a working page`, async () => {
      await putRaw(id, raw);
      await s.open(`ds=${id}&sel=fund-special`);
      const notice = s.page.locator('[data-notice]');
      await notice.waitFor();
      const text = await notice.innerText();
      expect(text).toContain(`(${id})`);
      expect(text).toMatch(says);
      // The page is Lankao's and works: a click selects.
      expect(await s.page.locator('h1').innerText()).toBe('一张图看懂兰考脱贫');
      expect(await s.page.locator('.dataset-restoring').count()).toBe(0);
      await s.page.locator('[data-panel="overview"] [data-entity]').first().click();
      expect(await s.page.evaluate(() => new URLSearchParams(location.search).get('sel'))).not.toBeNull();
      expect(await notice.getByRole('button', { name: '返回兰考' }).count()).toBe(1);
      await notice.locator(`[data-remove-kept="${id}"]`).click();
      await notice.waitFor({ state: 'detached' });
      expect(await storedKeys()).not.toContain(id);
      expect(s.errors).toEqual([]);
    });
  }
});

describe('the kept list', () => {
  it('lists every kept dataset from the index; one missing a field is listed as damaged, not dropping the rest', async () => {
    await putRaw('goodone', { value: good('goodone', 'Good county') });
    await putRaw('goodtwo', { value: good('goodtwo', 'Second county') });
    await putRaw('nosaved', { value: { id: 'nosaved', name: 'No date', files: files() } });
    await s.open();
    // The list is read when the page is idle (about 1.5 s after it starts).
    const dialog = await openDataMenu(s.page);
    await s.page.waitForFunction(() => document.querySelectorAll('[data-compare-select] option').length >= 4);
    const options = await dialog.locator('[data-compare-select] option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['Good county', 'Second county', 'No date (已损坏)']));
    expect(await storedKeys()).toContain('index:v1');
    // Choosing the damaged one says why, and offers to remove it.
    await dialog.locator('[data-compare-select]').selectOption('nosaved');
    const notice = s.page.locator('[data-notice]');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/No date」\(nosaved\): 发现：空（作为 "savedAt"）/);
    await notice.locator('[data-remove-kept="nosaved"]').click();
    await notice.waitFor({ state: 'detached' });
    expect(await storedKeys()).not.toContain('nosaved');
    // A good one still compares.
    await (await openDataMenu(s.page)).locator('[data-compare-select]').selectOption('goodone');
    await s.page.locator('.dataset-strip').waitFor();
    await waitReady(s.page);
    expect(await s.page.locator('.dataset-strip').innerText()).toContain('Good county');
    expect(s.errors).toEqual([]);
  });
});
