// Every link type has words in both languages; a hierarchy read from the poster's layout says so.
import { describe, expect, it } from 'vitest';
import { LINK_TYPES } from '../../../src/model/schema';
import { LINK_GROUP_LABEL, linkGroups } from '../../../src/features/details/describe';
import { realGraph } from '../../helpers/data';

const graph = realGraph();

describe('link wording', () => {
  it('names every link type, both ways, in both languages', () => {
    for (const type of LINK_TYPES) {
      for (const dir of ['out', 'in'] as const) {
        expect(LINK_GROUP_LABEL[type][dir].zh.length).toBeGreaterThan(0);
        expect(LINK_GROUP_LABEL[type][dir].en.length).toBeGreaterThan(0);
      }
    }
  });

  it('says "drawn under … in the poster" for a layout-read hierarchy, never "part of" a person', () => {
    const groups = linkGroups(graph, 'leader-cppcc-chair');
    const layout = groups.find((g) => g.key === 'part-of:out:layout')!;
    expect(layout.label.en).toBe('Drawn under, in the poster (our reading of the layout)');
    expect(layout.items.map((i) => i.id)).toEqual(['leader-deputy-secretary']);
    expect(groups.some((g) => g.label.en === 'Part of')).toBe(false);
    const under = linkGroups(graph, 'leader-deputy-secretary').find((g) => g.key === 'part-of:in:layout')!;
    expect(under.label.en).toBe('Drawn under it in the poster (our reading of the layout)');
  });

  it('keeps "part of" for a branch the book draws', () => {
    expect(linkGroups(graph, 'fund-special').find((g) => g.key === 'part-of:out')?.label.en).toBe('Part of');
  });
});
