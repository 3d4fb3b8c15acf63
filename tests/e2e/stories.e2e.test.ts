// The story editor (issue 21): a trainer builds a sequence in the app — add the selection as a step,
// caption and notes in both languages, reorder, remove — and it survives a reload (IndexedDB) and a
// round trip through a file; presenting it shows its steps over the built-in data, which is not
// labelled as unchecked user data.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitReady, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

interface EditorStep {
  entity: string;
  captionZh: string;
  captionEn: string;
  notesZh: string;
  notesEn: string;
}

const editorSteps = () =>
  s.page.$$eval('.story-editor [data-story-step]', (lis) =>
    lis.map((li) => {
      const v = (f: string) => (li.querySelector(`textarea[data-field="${f}"]`) as HTMLTextAreaElement).value;
      return {
        entity: li.getAttribute('data-entity-of-step')!,
        captionZh: v('caption-zh'),
        captionEn: v('caption-en'),
        notesZh: v('notes-zh'),
        notesEn: v('notes-en'),
      };
    }),
  );
const step = (i: number) => s.page.locator(`.story-editor [data-story-step="${i}"]`);

async function openEditor() {
  await s.page.locator('[data-action="stories"]').click();
  await s.page.waitForSelector('.story-editor');
}

async function addSelection(id: string) {
  await s.page.locator(`[data-panel="overview"] [data-entity="${id}"]`).first().click();
  await s.page.locator('[data-action="story-add"]').click();
}

describe('story editor', () => {
  it('builds a story (add, caption, notes, reorder, remove) that survives a reload and a file round trip, and presents it', async () => {
    await s.open('lang=zh', { width: 1600, height: 900 });
    await openEditor();
    await s.page.locator('[data-action="story-new"]').click();
    expect(await editorSteps()).toEqual([]);
    for (const id of ['fund-total', 'ev-2014-promise', 'leader-secretary-head', 'exit-county']) await addSelection(id);
    expect((await editorSteps()).map((x) => x.entity)).toEqual(['fund-total', 'ev-2014-promise', 'leader-secretary-head', 'exit-county']);
    await step(0).locator('textarea[data-field="caption-zh"]').fill('三年共投入九亿多元');
    await step(0).locator('textarea[data-field="caption-en"]').fill('Over 900 million yuan in three years');
    await step(1).locator('textarea[data-field="notes-en"]').fill('Ask who made the promise.');
    await step(2).locator('[data-action="step-up"]').click();
    await step(3).locator('[data-action="step-remove"]').click();
    const built: EditorStep[] = [
      { entity: 'fund-total', captionZh: '三年共投入九亿多元', captionEn: 'Over 900 million yuan in three years', notesZh: '', notesEn: '' },
      { entity: 'leader-secretary-head', captionZh: '', captionEn: '', notesZh: '', notesEn: '' },
      { entity: 'ev-2014-promise', captionZh: '', captionEn: '', notesZh: '', notesEn: 'Ask who made the promise.' },
    ];
    expect(await editorSteps()).toEqual(built);

    // A reload: the editor opens on the same story, kept in this browser.
    await s.page.reload();
    await waitReady(s.page);
    await openEditor();
    await expect.poll(editorSteps).toEqual(built);
    const storyId = await s.page.locator('.story-editor').getAttribute('data-story');
    expect(storyId).toMatch(/^story-/);

    // Saved as a file, deleted here, opened from the file: the same story.
    const download = s.page.waitForEvent('download');
    await s.page.locator('[data-action="story-export"]').click();
    const file = await (await download).path();
    const text = fs.readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'lankao-story', version: 1, id: storyId });
    await s.page.locator('[data-action="story-delete"]').click();
    expect(await s.page.locator('.story-editor').getAttribute('data-story')).toBe('builtin');
    await s.page.locator('[data-action="story-open"]').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(editorSteps).toEqual(built);
    expect(await s.page.locator('.story-editor').getAttribute('data-story')).toBe(storyId);

    // Presented: its three steps, its caption, over Lankao's own data (no "unchecked user data" label).
    await s.page.locator('[data-action="story-present"]').click();
    await waitReady(s.page);
    expect(await s.page.locator('.present-count').textContent()).toBe('第 1 / 3 步');
    expect(await s.page.locator('.presentation-desc').textContent()).toBe('三年共投入九亿多元');
    expect(await s.page.locator('.present-stage [data-entity="fund-total"]').first().getAttribute('data-emphasis')).toBe('selected');
    await s.page.keyboard.press('End');
    expect(await s.page.locator('.presentation-bar').getAttribute('data-step')).toBe('2');
    expect(await s.page.evaluate(() => document.body.innerText.includes('未核实'))).toBe(false);
    expect(s.errors).toEqual([]);
  });

  it('refuses a broken story file, naming the place and what was expected', async () => {
    await s.open('lang=en', { width: 1600, height: 900 });
    await openEditor();
    const bad = JSON.stringify({
      format: 'lankao-story',
      version: 1,
      id: 'x',
      title: { zh: '坏', en: 'Bad' },
      dataset: 'lankao',
      steps: [{ panel: 'funding', entity: 'no-such-id' }],
    });
    await s.page.locator('[data-action="story-open"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await expect
      .poll(() => s.page.locator('.story-editor [role="alert"]').textContent())
      .toBe('bad.json: steps[0].entity: found "no-such-id", which this picture does not have; expected an entity id');
    expect(await s.page.locator('.story-editor').getAttribute('data-story')).not.toBe('x');
  });
});
