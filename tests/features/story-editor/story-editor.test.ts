// The story editor's pure parts: the step "add the current view" makes, and `&story=<id>` in the URL.
import { describe, expect, it } from 'vitest';
import { stepFromView } from '../../../src/features/story-editor/stepFromView';
import { forPresenting, storyIdOf, withStoryId } from '../../../src/features/story-editor/chosen';
import { partOfEntity } from '../../../src/parts/registry';
import { realGraph } from '../../helpers/data';

const { model } = realGraph();

describe('add the current view', () => {
  it('the overview with a selection: the part the selection belongs to, with the selection', () => {
    expect(partOfEntity(model, 'fund-total')?.name).toBe('funding');
    expect(stepFromView(model, { view: 'overview', selectedId: 'fund-total', fundView: 'share' })).toEqual({
      panel: 'funding',
      entity: 'fund-total',
    });
  });
  it('nothing to add on the overview or the grid without a selection, or with an unknown id', () => {
    expect(stepFromView(model, { view: 'overview', selectedId: null, fundView: 'share' })).toBeNull();
    expect(stepFromView(model, { view: 'all', selectedId: null, fundView: 'share' })).toBeNull();
    expect(stepFromView(model, { view: 'overview', selectedId: 'no-such-id', fundView: 'share' })).toBeNull();
  });
  it('a panel on its own: that part, its selection if it is the part’s, and funding’s comparison view', () => {
    expect(stepFromView(model, { view: 'funding', selectedId: null, fundView: 'compare' })).toEqual({
      panel: 'funding',
      state: { fundView: 'compare' },
    });
    expect(stepFromView(model, { view: 'funding', selectedId: 'fund-total', fundView: 'share' })).toEqual({ panel: 'funding', entity: 'fund-total' });
    // A selection from another part does not ride along onto this panel's step.
    const other = [...model.entities.keys()].find((id) => partOfEntity(model, id)?.name === 'leadership')!;
    expect(stepFromView(model, { view: 'funding', selectedId: other, fundView: 'share' })).toEqual({ panel: 'funding' });
  });
});

describe('&story=<id>', () => {
  it('reads a well-formed id only', () => {
    expect(storyIdOf('?lang=en&story=s12ab_c-d&step=2')).toBe('s12ab_c-d');
    expect(storyIdOf('?story=')).toBeNull();
    expect(storyIdOf('?story=%3Cscript%3E')).toBeNull();
    expect(storyIdOf(`?story=${'a'.repeat(41)}`)).toBeNull();
    expect(storyIdOf('?lang=en')).toBeNull();
  });
  it('sets and removes it, keeping every other parameter', () => {
    expect(withStoryId('?lang=en&step=1', 'abc')).toBe('?lang=en&step=1&story=abc');
    expect(withStoryId('?lang=en&story=abc&step=1', null)).toBe('?lang=en&step=1');
    expect(withStoryId('?story=abc', null)).toBe('');
  });
});

describe('presenting a story', () => {
  it('a caption or notes in one language only shows in the other too; steps without them are left as they are', () => {
    const steps = forPresenting([
      { panel: 'funding', entity: 'fund-total', caption: { zh: '三年九亿', en: '' }, notes: { zh: '', en: 'Ask why' } },
      { panel: 'timeline' },
    ]);
    expect(steps[0]).toEqual({
      panel: 'funding',
      entity: 'fund-total',
      caption: { zh: '三年九亿', en: '三年九亿' },
      notes: { zh: 'Ask why', en: 'Ask why' },
    });
    expect(steps[1]).toEqual({ panel: 'timeline' });
  });
});
