import { describe, expect, it } from 'vitest';
import { outlineRows } from '../../../src/features/campaign-map/outline';
import { expandToLevel, indexFromGraph, indexTree } from '../../../src/features/campaign-map/tree';
import { realGraph } from '../../helpers/data';

describe('outlineRows', () => {
  const kids: Record<string, string[]> = { r: ['a', 'b'], a: ['a1', 'a2'], a1: ['a1x'], b: ['b1'] };
  const index = indexTree('r', (id) => kids[id] ?? []);

  it('lists every node in depth-first order with its aria level', () => {
    const rows = outlineRows(index, new Set());
    expect(rows.map((r) => [r.id, r.level])).toEqual([
      ['r', 1],
      ['a', 2],
      ['a1', 3],
      ['a1x', 4],
      ['a2', 3],
      ['b', 2],
      ['b1', 3],
    ]);
  });

  it('hides what a folded branch holds, however deep, and shows what open branches hold', () => {
    const rows = outlineRows(index, new Set(['r', 'a1']));
    const hidden = Object.fromEntries(rows.map((r) => [r.id, r.hidden]));
    // a1 is open but a (its parent) is folded: a1x stays hidden.
    expect(hidden).toEqual({ r: false, a: false, a1: true, a1x: true, a2: true, b: false, b1: true });
    expect(rows.find((r) => r.id === 'a1')).toMatchObject({ hasChildren: true, expanded: true });
    expect(rows.find((r) => r.id === 'a2')).toMatchObject({ hasChildren: false, expanded: false });
  });

  it('holds every campaign-map node of the real data at every folding level', () => {
    const real = indexFromGraph(realGraph());
    for (const level of [0, 1, 2, Infinity]) {
      const rows = outlineRows(real, expandToLevel(real, real.root, level));
      expect(rows.map((r) => r.id)).toEqual(real.order);
    }
    const folded = outlineRows(real, expandToLevel(real, real.root, 1));
    expect(folded.find((r) => r.id === 'cm-party-teams-coverage')?.hidden).toBe(true);
  });
});
