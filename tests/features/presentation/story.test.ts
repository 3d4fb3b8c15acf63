// The story reader for handouts and slides: the built-in steps and a trainer's steps with caption and notes.
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { realGraph } from '../../helpers/data';
import { readStory, stepPage } from '../../../src/features/presentation/story';
import ZipForPptx from '../../../src/shared/zipForPptx';

const graph = realGraph();

describe('readStory', () => {
  it('reads { steps } or an array, and keeps only steps with a panel', () => {
    const steps = [{ panel: 'funding', entity: 'fund-total' }, { entity: 'x' }, null, 3];
    expect(readStory({ steps })).toEqual([{ panel: 'funding', entity: 'fund-total' }]);
    expect(readStory(steps)).toEqual([{ panel: 'funding', entity: 'fund-total' }]);
    expect(readStory(undefined)).toEqual([]);
    expect(readStory({ steps: 'no' })).toEqual([]);
  });

  it('reads the built-in presentation', () => {
    const steps = readStory(graph.model.presentation);
    expect(steps.length).toBe(graph.model.presentation.length);
    expect(steps.length).toBeGreaterThan(1);
  });
});

describe('stepPage', () => {
  it('without caption and notes: the entity gives the title and the notes, its source the source line', () => {
    const p = stepPage(graph, { panel: 'funding', entity: 'fund-special', state: { fundView: 'compare' } }, 'zh');
    expect(p.title).toBe(graph.model.entities.get('fund-special')!.label.zh);
    expect(p.source).toMatch(/^资料来源：.*研究出版社/);
    expect(p.view).toMatchObject({ fundView: 'compare', unit: 'yi', focusId: 'fund-special' });
  });

  it("a trainer's caption and notes come first, in the page's language", () => {
    const step = {
      panel: 'timeline',
      entity: 'ev-2014-promise',
      caption: { zh: '承诺', en: 'The promise' },
      notes: { zh: '讲三年。', en: 'Three years.' },
    };
    expect(stepPage(graph, step, 'en')).toMatchObject({ title: 'The promise', notes: 'Three years.' });
    expect(stepPage(graph, step, 'zh')).toMatchObject({ title: '承诺', notes: '讲三年。' });
    // A caption in one language only: the other falls back to the entity.
    expect(stepPage(graph, { ...step, caption: { zh: '承诺' } }, 'en').title).toBe(graph.model.entities.get('ev-2014-promise')!.label.en);
  });

  it('a step without an entity is titled by its part and emphasises nothing', () => {
    const p = stepPage(graph, { panel: 'campaign-map', state: { mapLevel: 2 } }, 'en');
    expect(p.title).toBe('campaign-map');
    expect(p.view).toMatchObject({ focusId: null, map: { level: 2 } });
  });
});

describe('zipForPptx (the JSZip subset pptxgenjs uses)', () => {
  it('writes folders, text and base64 files that an unzipper reads back', async () => {
    const zip = new ZipForPptx();
    zip.folder('ppt').folder('_rels');
    zip.file('[Content_Types].xml', '<Types>兰考</Types>');
    zip.folder('ppt/media').file('a.png', btoa('\x89PNG'), { base64: true });
    const bytes = (await zip.generateAsync({ type: 'uint8array' })) as Uint8Array;
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', 'ppt/media/a.png']);
    expect(strFromU8(files['[Content_Types].xml']!)).toBe('<Types>兰考</Types>');
    expect([...files['ppt/media/a.png']!]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const b64 = (await zip.generateAsync({ type: 'base64' })) as string;
    expect(Object.keys(unzipSync(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))))).toHaveLength(2);
  });
});
