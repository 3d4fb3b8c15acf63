// A story (features/presentation/story.ts): the built-in presentation is the default; editing returns
// new stories; a story file round-trips, and a bad one is refused with its place named.
import { describe, expect, it } from 'vitest';
import {
  addStep,
  builtInStory,
  captionOf,
  moveStep,
  removeStep,
  setStepText,
  storyFromFile,
  storyToFile,
} from '../../../src/features/presentation/story';
import { realGraph } from '../../helpers/data';

const { model } = realGraph();
const title = { zh: '演示', en: 'Presentation' };

describe('stories', () => {
  it('the built-in presentation is the default story, every step captioned', () => {
    const s = builtInStory(model, title);
    expect(s.steps).toHaveLength(model.presentation.length);
    expect(s.steps.every((st) => st.caption && st.caption.zh && st.caption.en)).toBe(true);
    expect(s.dataset).toBe('lankao');
  });

  it('adds, moves, captions and removes steps without touching the original', () => {
    const s0 = { ...builtInStory(model, title), steps: [] };
    let s = addStep(s0, { panel: 'funding', entity: 'fund-total' });
    s = addStep(s, { panel: 'timeline', entity: 'ev-2014-promise' });
    s = addStep(s, { panel: 'campaign-map' });
    expect(s0.steps).toEqual([]);
    s = moveStep(s, 2, -1);
    expect(s.steps.map((x) => x.panel)).toEqual(['funding', 'campaign-map', 'timeline']);
    expect(moveStep(s, 0, -1)).toBe(s);
    s = setStepText(s, 0, 'caption', 'zh', '九亿多元');
    s = setStepText(s, 0, 'notes', 'en', 'Ask who paid.');
    expect(s.steps[0]!.caption).toEqual({ zh: '九亿多元', en: '' });
    expect(s.steps[0]!.notes).toEqual({ zh: '', en: 'Ask who paid.' });
    s = setStepText(s, 0, 'notes', 'en', '');
    expect(s.steps[0]!.notes).toBeUndefined();
    s = removeStep(s, 1);
    expect(s.steps.map((x) => x.panel)).toEqual(['funding', 'timeline']);
  });

  it('a step’s own caption shows while its entity is selected; another selection shows that entity’s description', () => {
    const step = model.presentation.find((s) => s.entity === 'exit-county')!;
    expect(captionOf(step, model, 'exit-county')).toEqual(step.caption);
    expect(captionOf(step, model, 'status-safety-net')).toEqual(model.entities.get('status-safety-net')!.description);
  });

  it('a story file opens as the same story; a broken one names the place and what was expected', () => {
    const s = setStepText(
      addStep({ ...builtInStory(model, title), id: 'story-a', steps: [] }, { panel: 'funding', entity: 'fund-total' }),
      0,
      'notes',
      'zh',
      '讲稿',
    );
    const back = storyFromFile(storyToFile(s), model);
    expect(back).toEqual({ story: s });
    expect(storyFromFile('{', model, 'a.json')).toMatchObject({ error: expect.stringContaining('a.json: not JSON') });
    const bad = { ...s, steps: [{ panel: 'funding', entity: 'no-such-id' }] };
    expect(storyFromFile(JSON.stringify(bad), model, 'b.json')).toEqual({
      error: 'b.json: steps[0].entity: found "no-such-id", which this picture does not have; expected an entity id',
    });
    expect(storyFromFile(JSON.stringify({ ...s, steps: [{ panel: 'nope' }] }), model, 'c.json')).toMatchObject({
      error: expect.stringContaining('c.json: steps[0].panel'),
    });
  });
});
