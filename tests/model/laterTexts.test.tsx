// @vitest-environment node
// The built-in data's start part leaves out the texts the first picture does not show
// (src/model/laterTexts.ts). Nothing may be lost on the way, and the prerendered page must not need
// any of it: the build renders it from the start part, and the client hydrates that same HTML
// before the later texts arrive.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packed from 'virtual:lankao-data';
import words from 'virtual:lankao-words';
import { checkDataDir } from '../../scripts/lib/data-dir';
import { restoreLaterTexts, splitLaterTexts } from '../../src/model/laterTexts';
import { builtInDataset } from '../../src/model/builtInDataset';
import { unpackLinks } from '../../src/model/packedLinks';
import { renderApp } from '../../src/entry-server';
import { PRERENDERED_STATES } from '../../src/prerender/state';

const ROOT = path.resolve(__dirname, '../..');
// As the page reads it (src/model/dataset.ts): the links unpacked.
const data = unpackLinks(packed);
const graphEntities = (d: typeof data) => d.graphs.flatMap((g) => g.content.entities);
const graphLinks = (d: typeof data) => d.graphs.flatMap((g) => g.content.links);

describe('the later texts of the built-in data', () => {
  it('the start part lacks descriptions, quotes, links’ evidence and notes, except a fund’s measures’ sources', () => {
    expect(graphEntities(data).some((e) => e.description)).toBe(false);
    expect(graphLinks(data).some((l) => l.evidence || l.note)).toBe(false);
    for (const e of graphEntities(data)) expect(e.sources.some((r) => r.quote || r.note)).toBe(false);
    // The header's figures (their own chunk) wait for the later texts: their measures' quotes come then.
    for (const e of graphEntities(data))
      if (e.kind !== 'fund') expect(e.measures?.some((m) => m.sources.some((r) => r.quote || r.note)) ?? false, e.id).toBe(false);
    // The presentation's captions and notes, and the sources' citation fields, are later texts too.
    expect(data.presentation.steps.some((s) => s.caption || s.notes)).toBe(false);
    expect(data.sources.sources.some((s) => s.cite || s.titleEn)).toBe(false);
    // The intro's line is on the first screen; the sources of its facts come later, with the About (issue 22).
    expect(data.headline.intro?.sources).toEqual([]);
    // A fund's measures' sources stay whole (the print sheet's funding table quotes them).
    expect(graphEntities(data).some((e) => e.measures?.some((m) => m.sources.some((r) => r.quote)))).toBe(true);
  });

  it('start part + later texts = the data folder as validated, field for field', () => {
    const checked = checkDataDir(path.join(ROOT, 'data')).data;
    expect(checked).toBeTruthy();
    // The build leaves out only the files' $comments (for whoever edits data/; scripts/lib/data-plugin.ts).
    const validated = JSON.parse(JSON.stringify(checked, (k, v: unknown) => (k === '$comment' ? undefined : v))) as NonNullable<typeof checked>;
    const whole = builtInDataset();
    for (const { file, content } of validated.graphs) expect(whole[file], file).toEqual(content);
    expect(whole['sources.json']).toEqual(validated.sources);
    expect(whole['headline.json']).toEqual(validated.headline);
    // And splitting the whole again gives the same two parts as the build's.
    const again = splitLaterTexts(validated);
    expect(again.later).toEqual(words.later);
    expect(again.start.graphs).toEqual(data.graphs);
  });

  it('restoring is idempotent and fills the data in place', () => {
    const copy = structuredClone(data);
    restoreLaterTexts(copy, words.later);
    const once = structuredClone(copy);
    restoreLaterTexts(copy, words.later);
    expect(copy).toEqual(once);
    expect(graphEntities(copy).some((e) => e.description)).toBe(true);
    expect(graphLinks(copy).some((l) => l.evidence)).toBe(true);
  });

  it('the prerendered pages are the same from the start part as from the whole data', { timeout: 60_000 }, async () => {
    const fromStart: string[] = [];
    for (const s of PRERENDERED_STATES) fromStart.push(await renderApp(s));
    restoreLaterTexts(data, words.later); // the module's own data: what the page holds once they arrived
    expect(graphEntities(data).some((e) => e.description)).toBe(true);
    const fromWhole: string[] = [];
    for (const s of PRERENDERED_STATES) fromWhole.push(await renderApp(s));
    expect(fromStart[0]!.length).toBeGreaterThan(10_000);
    fromStart.forEach((html, i) => expect(html, PRERENDERED_STATES[i]!.lang).toBe(fromWhole[i]));
  });
});
