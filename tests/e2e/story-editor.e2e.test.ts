// The story editor (issue 21 item 5), as a trainer uses it: build a story in the editor beside the
// picture (add the selection as a step three times, caption and notes in both languages, reorder,
// remove), reload — it is still there; save it as a file and open the file — the same steps; a
// broken file is refused with what is wrong; present it — its captions show, the URL names it
// (&story=<id>) and a reload keeps it; the built-in picture is never labelled as user data.
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParams, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const CAPTION = { zh: '组织领导：县委书记挂帅', en: 'Leadership: the county Party secretary in charge' };
const NOTES = { zh: '先讲组织，再讲资金。', en: 'Organisation first, then the money.' };

async function openEditor() {
  const button = s.page.locator('[data-action="story-editor"]');
  if (!(await button.isVisible())) await s.page.locator('.header-menu-button').click();
  await button.click();
  await s.page.waitForSelector('.story-editor');
}

/** The editor's steps, in order: [panel, entity]. */
async function editorSteps(): Promise<string[][]> {
  return s.page.$$eval('.story-editor [data-story-step]', (els) =>
    els.map((e) => [e.getAttribute('data-step-panel')!, e.getAttribute('data-step-entity')!]),
  );
}

async function selectIn(part: string): Promise<string> {
  const item = s.page.locator(`[data-panel="overview"] [data-part="${part}"] [data-entity]:not([data-entity^="q-"])`).first();
  const id = (await item.getAttribute('data-entity'))!;
  await item.click();
  await s.page.waitForFunction((want) => new URLSearchParams(location.search).get('sel') === want, id);
  return id;
}

const saved = () => s.page.waitForSelector('.story-editor[data-saved="true"]');

describe('story editor', () => {
  let storyId = '';
  let ids: string[] = [];
  let file = '';

  it('builds a story: add three views, caption and notes, reorder, remove', async () => {
    await s.open('lang=zh', { width: 1280, height: 800 });
    await openEditor();
    // The built-in presentation is the default story, shown but not editable.
    expect(await s.page.locator('[data-story-select]').inputValue()).toBe('builtin');
    expect(await s.page.locator('.story-editor [data-action="add-step"]').count()).toBe(0);
    await s.page.click('[data-action="new-story"]');
    storyId = (await s.page.getAttribute('.story-editor', 'data-story-editor'))!;
    expect(storyId).not.toBe('builtin');
    expect(await editorSteps()).toEqual([]);

    // Nothing selected on the overview: nothing to add, and the sheet says what to do.
    expect(await s.page.isDisabled('[data-action="add-step"]')).toBe(true);
    const a = await selectIn('leadership');
    expect(await s.page.textContent('[data-add-what]')).toContain('·');
    await s.page.click('[data-action="add-step"]');
    const b = await selectIn('funding');
    await s.page.click('[data-action="add-step"]');
    const c = await selectIn('exit-criteria');
    await s.page.click('[data-action="add-step"]');
    expect(await editorSteps()).toEqual([
      ['leadership', a],
      ['funding', b],
      ['exit-criteria', c],
    ]);

    const first = '.story-editor [data-story-step="0"]';
    await s.page.fill(`${first} [data-field="caption-zh"]`, CAPTION.zh);
    await s.page.fill(`${first} [data-field="caption-en"]`, CAPTION.en);
    await s.page.fill(`${first} [data-field="notes-zh"]`, NOTES.zh);
    await s.page.fill(`${first} [data-field="notes-en"]`, NOTES.en);
    // Typing in the sheet leaves the picture's selection as it was.
    expect((await searchParams(s.page)).get('sel')).toBe(c);

    // Exit criteria up one place, then the funding step removed.
    await s.page.click('.story-editor [data-story-step="2"] [data-action="step-up"]');
    expect((await editorSteps()).map((x) => x[1])).toEqual([a, c, b]);
    await s.page.click('.story-editor [data-story-step="2"] [data-action="step-remove"]');
    expect((await editorSteps()).map((x) => x[1])).toEqual([a, c]);
    ids = [a, c];
    await s.page.fill('.story-editor [data-field="title-zh"]', '我的兰考课');
    await s.page.fill('.story-editor [data-field="title-en"]', 'My Lankao class');
    await saved();
  });

  it('survives a reload (IndexedDB)', async () => {
    await s.page.reload();
    await s.page.waitForSelector('[data-hydrated="true"]');
    await openEditor();
    // The one last edited opens again.
    await s.page.waitForFunction((id) => document.querySelector('.story-editor')?.getAttribute('data-story-editor') === id, storyId);
    expect((await editorSteps()).map((x) => x[1])).toEqual(ids);
    expect(await s.page.inputValue('.story-editor [data-story-step="0"] [data-field="caption-zh"]')).toBe(CAPTION.zh);
    expect(await s.page.inputValue('.story-editor [data-story-step="0"] [data-field="notes-en"]')).toBe(NOTES.en);
    expect(await s.page.inputValue('.story-editor [data-field="title-en"]')).toBe('My Lankao class');
  });

  it('saves a file with a clear format and opens it again: the same steps', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-action="save-story"]')]);
    expect(download.suggestedFilename()).toMatch(/\.lankao-story\.json$/);
    file = (await download.path())!;
    const text = fs.readFileSync(file, 'utf8');
    const story = JSON.parse(text);
    expect(story.format).toBe('lankao-story');
    expect(story.version).toBe(1);
    expect(story.steps.map((x: { entity: string }) => x.entity)).toEqual(ids);
    expect(story.steps[0].caption).toEqual(CAPTION);
    expect(story.steps[0].notes).toEqual(NOTES);
    expect(text.length).toBeLessThan(2000);

    // Opened as another story (as on another computer): the same steps, captions and notes.
    const other = fs.readFileSync(file, 'utf8').replace(`"id": "${storyId}"`, '"id": "from-file"');
    await s.page.setInputFiles('.story-editor [data-story-file]', {
      name: 'class.lankao-story.json',
      mimeType: 'application/json',
      buffer: Buffer.from(other),
    });
    await s.page.waitForSelector('.story-editor[data-story-editor="from-file"]');
    expect(await s.page.textContent('[data-story-message="ok"]')).toContain('2');
    expect((await editorSteps()).map((x) => x[1])).toEqual(ids);
    expect(await s.page.inputValue('.story-editor [data-story-step="0"] [data-field="caption-en"]')).toBe(CAPTION.en);
    expect(await s.page.inputValue('.story-editor [data-story-step="0"] [data-field="notes-zh"]')).toBe(NOTES.zh);
  });

  it('exports the story being edited as slides: one per step, its notes in the speaker notes', async () => {
    await s.page.selectOption('[data-story-select]', storyId);
    await s.page.click('.story-editor .present-export > summary');
    const [d] = await Promise.all([s.page.waitForEvent('download', { timeout: 90_000 }), s.page.click('.story-editor [data-action="export-pptx"]')]);
    const files = unzipSync(new Uint8Array(fs.readFileSync((await d.path())!)));
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBe(ids.length);
    const notes = Object.keys(files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(notes.map((n) => strFromU8(files[n]!)).some((x) => x.includes(NOTES.zh))).toBe(true);
    expect(strFromU8(files['ppt/slides/slide1.xml']!)).toContain(CAPTION.zh);
  });

  it('refuses a broken file and names what is wrong (never a blank page)', async () => {
    const error = () => s.page.locator('[data-story-message="error"]').textContent();
    const open = (name: string, text: string) =>
      s.page.setInputFiles('.story-editor [data-story-file]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await open('broken.json', fs.readFileSync(file, 'utf8').replace(`"entity": "${ids[1]}"`, '"entity": "no-such-thing"'));
    await expect.poll(error).toContain('broken.json: steps[1].entity: found "no-such-thing"');
    await open('notes.txt', 'hello');
    await expect.poll(error).toContain('notes.txt: not JSON');
    await open('v2.json', '{"format":"lankao-story","version":2}');
    await expect.poll(error).toContain('v2.json: version: found 2; expected 1');
    // Nothing was opened: the story shown is still the one being edited; the picture is still there.
    expect(await s.page.getAttribute('.story-editor', 'data-story-editor')).toBe(storyId);
    expect(await s.page.locator('[data-panel="overview"][data-ready="true"]').count()).toBe(1);
  });

  it('presents the story: its captions, &story=<id> in the URL, kept on reload; not labelled as user data', async () => {
    await s.page.selectOption('[data-story-select]', storyId);
    await s.page.click('[data-action="present-story"]');
    await s.page.waitForSelector('.presentation[data-step="0"]');
    expect(await s.page.textContent('.presentation-bar .presentation-desc')).toBe(CAPTION.zh);
    expect(await s.page.textContent('.present-count')).toContain('1 / 2');
    const q = await searchParams(s.page);
    expect(q.get('story')).toBe(storyId);
    expect(q.get('step')).toBe('0');
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForSelector('.presentation[data-step="1"]');
    expect((await searchParams(s.page)).get('sel')).toBe(ids[1]);

    await s.page.reload();
    await s.page.waitForSelector('.presentation[data-step="1"]');
    expect(await s.page.textContent('.present-count')).toContain('2 / 2');
    await s.page.keyboard.press('Home');
    await s.page.waitForSelector('.presentation[data-step="0"]');
    expect(await s.page.textContent('.presentation-bar .presentation-desc')).toBe(CAPTION.zh);
    // A story over the built-in data is the built-in picture: no user-data label anywhere.
    const body = await s.page.evaluate(() => document.body.innerText);
    expect(body).not.toContain('用户提供');
    expect(body).not.toContain('未核实');
    expect(await s.page.locator('.dataset-user-tag').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('the presenter view (P) shows the story’s speaker notes and follows it', async () => {
    const [pv] = await Promise.all([s.context.waitForEvent('page'), s.page.keyboard.press('p')]);
    await pv.waitForSelector('.presenter-view[data-step="0"]');
    expect(await pv.textContent('.pv-notes')).toContain(NOTES.zh);
    await s.page.keyboard.press('ArrowRight');
    await pv.waitForSelector('.presenter-view[data-step="1"]');
    await pv.close();
    await s.page.keyboard.press('Home');
    await s.page.waitForSelector('.presentation[data-step="0"]');
  });

  it('the built-in presentation plays again when chosen (the default story)', async () => {
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector('.presentation', { state: 'detached' });
    await openEditor();
    await s.page.selectOption('[data-story-select]', 'builtin');
    await s.page.click('[data-action="present-story"]');
    await s.page.waitForSelector('.presentation[data-step="0"]');
    expect((await searchParams(s.page)).get('story')).toBeNull();
    expect(await s.page.textContent('.present-count')).not.toContain('/ 2');
  });
});
