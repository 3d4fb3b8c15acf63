import { describe, expect, it } from 'vitest';
import {
  ancestorsToExpand,
  branchFor,
  createMapReducer,
  expandToLevel,
  flatten,
  indexFromGraph,
  indexTree,
  initialMapState,
  isInSubtree,
  isVisible,
  navigate,
  topBranchOf,
  visibleTree,
  type MapState,
} from '../../../src/features/campaign-map/tree';
import { buildGraph } from '../../../src/core/graph';
import { loadModel } from '../../../src/model/validate';
import { builtInDataset } from '../../../src/model/builtInDataset';

//   r ─┬─ a ─┬─ a1 ── a1x
//      │     └─ a2
//      └─ b ─── b1
const KIDS: Record<string, string[]> = { r: ['a', 'b'], a: ['a1', 'a2'], a1: ['a1x'], b: ['b1'] };
const ix = indexTree('r', (id) => KIDS[id] ?? []);
const ALL = new Set(['r', 'a', 'a1', 'b']);
const ids = (s: Iterable<string>) => [...s].sort();

describe('indexTree', () => {
  it('records parents, depths and the depth-first order', () => {
    expect(ix.order).toEqual(['r', 'a', 'a1', 'a1x', 'a2', 'b', 'b1']);
    expect(ix.parent.get('a1x')).toBe('a1');
    expect(ix.depth.get('a1x')).toBe(3);
    expect(ix.depth.get('r')).toBe(0);
  });

  it('survives a cycle in malformed input', () => {
    const cyc = indexTree('x', (id) => (id === 'x' ? ['y'] : ['x']));
    expect(cyc.order).toEqual(['x', 'y']);
  });

  it('answers subtree, branch and colour-family questions', () => {
    expect(isInSubtree(ix, 'a1x', 'a')).toBe(true);
    expect(isInSubtree(ix, 'b1', 'a')).toBe(false);
    expect(isInSubtree(ix, 'zz', 'r')).toBe(false);
    expect(branchFor(ix, 'a2')).toBe('a');
    expect(branchFor(ix, 'a1')).toBe('a1');
    expect(branchFor(ix, 'nope')).toBeNull();
    expect(topBranchOf(ix, 'a1x')).toBe('a');
    expect(topBranchOf(ix, 'b')).toBe('b');
    expect(topBranchOf(ix, 'r')).toBeNull();
  });
});

describe('expandToLevel and ancestorsToExpand', () => {
  it('opens the branches above the wanted level', () => {
    expect(ids(expandToLevel(ix, 'r', 0))).toEqual([]);
    expect(ids(expandToLevel(ix, 'r', 1))).toEqual(['r']);
    expect(ids(expandToLevel(ix, 'r', 2))).toEqual(['a', 'b', 'r']);
    expect(ids(expandToLevel(ix, 'r', Infinity))).toEqual(ids(ALL));
  });

  it('counts levels from a focused branch', () => {
    expect(ids(expandToLevel(ix, 'a', 1))).toEqual(['a']);
    expect(ids(expandToLevel(ix, 'a', 2))).toEqual(['a', 'a1']);
  });

  it('lists the ancestors of a deep node, root first', () => {
    expect(ancestorsToExpand(ix, 'a1x')).toEqual(['r', 'a', 'a1']);
    expect(ancestorsToExpand(ix, 'r')).toEqual([]);
  });
});

describe('visibleTree', () => {
  it('shows the children of open branches only', () => {
    const v = visibleTree(ix, 'r', new Set(['r']));
    expect(v.children.map((c) => c.id)).toEqual(['a', 'b']);
    expect(v.children[0]).toMatchObject({ hasChildren: true, expanded: false, children: [], depth: 1, level: 1 });
    expect(flatten(visibleTree(ix, 'r', ALL)).map((n) => n.id)).toEqual(ix.order);
  });

  it('an open branch under a closed one stays hidden', () => {
    const v = visibleTree(ix, 'r', new Set(['r', 'a1']));
    expect(flatten(v).map((n) => n.id)).toEqual(['r', 'a', 'b']);
  });

  it('draws a focused branch as the root, keeping absolute levels for styling', () => {
    const v = visibleTree(ix, 'a', ALL);
    expect(v).toMatchObject({ id: 'a', depth: 0, level: 1 });
    expect(flatten(v).map((n) => n.id)).toEqual(['a', 'a1', 'a1x', 'a2']);
  });
});

describe('navigate (arrow keys on the drawn tree)', () => {
  const open = visibleTree(ix, 'r', ALL);
  it.each([
    ['ArrowRight', 'r', { type: 'focus', id: 'a' }],
    ['ArrowDown', 'a', { type: 'focus', id: 'b' }],
    ['ArrowUp', 'b', { type: 'focus', id: 'a' }],
    ['ArrowUp', 'a', null],
    ['ArrowDown', 'a1', { type: 'focus', id: 'a2' }],
    // Past the last sibling, Down goes on to the next node in the same column.
    ['ArrowDown', 'a2', { type: 'focus', id: 'b1' }],
    ['ArrowUp', 'b1', { type: 'focus', id: 'a2' }],
    ['ArrowDown', 'a1x', null],
    ['ArrowLeft', 'a1', { type: 'collapse', id: 'a1' }],
    ['ArrowLeft', 'a2', { type: 'focus', id: 'a' }],
    ['ArrowLeft', 'r', { type: 'collapse', id: 'r' }],
    ['ArrowRight', 'a2', null],
    ['Home', 'a1x', { type: 'focus', id: 'r' }],
    ['Enter', 'a', null],
    [' ', 'a', null],
  ] as const)('%s on %s', (key, from, want) => {
    expect(navigate(key, from, open)).toEqual(want);
  });

  it('opens a closed branch before going into it', () => {
    const closed = visibleTree(ix, 'r', new Set(['r']));
    expect(navigate('ArrowRight', 'a', closed)).toEqual({ type: 'expand', id: 'a' });
    expect(navigate('ArrowLeft', 'a', closed)).toEqual({ type: 'focus', id: 'r' });
  });

  it('does not leave a focused branch with ArrowLeft', () => {
    const v = visibleTree(ix, 'a', new Set());
    expect(navigate('ArrowLeft', 'a', v)).toBeNull();
  });

  it('goes to the shown root from a node that is not drawn', () => {
    expect(navigate('ArrowDown', 'gone', open)).toEqual({ type: 'focus', id: 'r' });
  });
});

describe('the panel state reducer', () => {
  const reduce = createMapReducer(ix);
  const start = initialMapState(ix, 1);

  it('starts folded to the given level, fitting once', () => {
    expect(ids(start.expanded)).toEqual(['r']);
    expect(start).toMatchObject({ viewRoot: 'r', current: 'r', fitSeq: 1, reveal: null });
  });

  it('starts with the path to a selected node open', () => {
    const s = initialMapState(ix, 1, 'a1x');
    expect(ids(s.expanded)).toEqual(['a', 'a1', 'r']);
    expect(s.reveal).toEqual({ id: 'a1x', seq: 1 });
    expect(isVisible(ix, s, 'a1x')).toBe(true);
    expect(initialMapState(ix, 1, 'not-here').reveal).toBeNull();
  });

  it('toggles a branch and asks the view to keep it still', () => {
    const s1 = reduce(start, { type: 'toggle', id: 'a' });
    expect(s1.expanded.has('a')).toBe(true);
    expect(s1.anchor).toEqual({ id: 'a', seq: s1.seq });
    expect(s1.fitSeq).toBe(start.fitSeq);
    const s2 = reduce(s1, { type: 'toggle', id: 'a' });
    expect(s2.expanded.has('a')).toBe(false);
    expect(reduce(s1, { type: 'expand', id: 'a' })).toBe(s1);
    expect(reduce(start, { type: 'toggle', id: 'a2' })).toBe(start); // a leaf has nothing to open
  });

  it('refolds by level and refits', () => {
    const all = reduce(start, { type: 'level', level: Infinity });
    expect(ids(all.expanded)).toEqual(ids(ALL));
    expect(all.fitSeq).toBe(all.seq);
    const two = reduce(all, { type: 'level', level: 2 });
    expect(ids(two.expanded)).toEqual(['a', 'b', 'r']);
    expect(isVisible(ix, two, 'a1')).toBe(true);
    expect(isVisible(ix, two, 'a1x')).toBe(false);
  });

  it('focuses a branch (a leaf means its parent), refolding only inside it, and comes back', () => {
    let s: MapState = reduce(start, { type: 'level', level: Infinity });
    s = reduce(s, { type: 'focusBranch', id: 'a2' });
    expect(s.viewRoot).toBe('a');
    expect(s.current).toBe('a');
    s = reduce(s, { type: 'level', level: 1 });
    expect(ids(s.expanded)).toEqual(['a', 'b', 'r']); // b keeps its state outside the branch
    expect(isVisible(ix, s, 'b1')).toBe(false); // not in the focused branch
    const back = reduce(s, { type: 'wholeMap' });
    expect(back.viewRoot).toBe('r');
    expect(back.fitSeq).toBe(back.seq);
    expect(back.reveal?.id).toBe('a');
    expect(isVisible(ix, back, 'b1')).toBe(true);
    expect(reduce(back, { type: 'wholeMap' })).toBe(back);
    expect(reduce(back, { type: 'focusBranch', id: 'r' })).toBe(back);
  });

  it('reveals a hidden node: opens its path, leaves a branch that does not hold it', () => {
    let s = reduce(start, { type: 'focusBranch', id: 'b' });
    s = reduce(s, { type: 'reveal', id: 'a1x' });
    expect(s.viewRoot).toBe('r');
    expect(isVisible(ix, s, 'a1x')).toBe(true);
    expect(s).toMatchObject({ current: 'a1x', reveal: { id: 'a1x', seq: s.seq }, fitSeq: s.seq });
    // Inside the shown branch: no refit, just the path.
    const t = reduce(reduce(start, { type: 'focusBranch', id: 'a' }), { type: 'reveal', id: 'a1x' });
    expect(t.viewRoot).toBe('a');
    expect(t.fitSeq).toBeLessThan(t.seq);
    expect(reduce(start, { type: 'reveal', id: 'elsewhere' })).toBe(start);
    // Already shown: the folding is untouched (same set), only the view request is new.
    const again = reduce(t, { type: 'reveal', id: 'a1' });
    expect(again.expanded).toBe(t.expanded);
    expect(again.reveal).toEqual({ id: 'a1', seq: again.seq });
  });

  it('tracks the current node', () => {
    expect(reduce(start, { type: 'current', id: 'b1' }).current).toBe('b1');
    expect(reduce(start, { type: 'current', id: 'zz' })).toBe(start);
  });
});

describe('the campaign map data', () => {
  const graph = buildGraph(loadModel(builtInDataset()));
  const cm = indexFromGraph(graph);

  it('is one tree of every campaign node, four levels deep (the items under 激发内生动力’s levels), five branches', () => {
    const campaign = graph.model.entityList.filter((e) => e.kind === 'campaign-node').map((e) => e.id);
    expect(ids(cm.order)).toEqual(ids(campaign));
    expect(cm.children.get('cm-root')).toEqual(['cm-party', 'cm-reform', 'cm-stable', 'cm-abilities', 'cm-links']);
    expect(Math.max(...cm.depth.values())).toBe(4);
    // 激发内生动力 holds its four printed levels; the four items printed after them sit under the last two (our reading).
    expect(cm.children.get('cm-reform-motivation')).toEqual([
      'cm-reform-motivation-leaders',
      'cm-reform-motivation-departments',
      'cm-reform-motivation-village-teams',
      'cm-reform-motivation-public',
    ]);
    expect(cm.children.get('cm-reform-motivation-public')).toEqual([
      'cm-reform-motivation-demonstration',
      'cm-reform-motivation-environment',
      'cm-reform-motivation-habits',
    ]);
  });

  it('opens to level 2 with the sub-branches, and fully', () => {
    const two = flatten(visibleTree(cm, cm.root, expandToLevel(cm, cm.root, 2)));
    expect(two.every((n) => n.level <= 2)).toBe(true);
    expect(two.some((n) => n.level === 2)).toBe(true);
    expect(flatten(visibleTree(cm, cm.root, expandToLevel(cm, cm.root, Infinity)))).toHaveLength(cm.order.length);
  });

  it('finds the path to a deep leaf', () => {
    expect(ancestorsToExpand(cm, 'cm-links-fifth-toilets')).toEqual(['cm-root', 'cm-links', 'cm-links-fifth']);
  });
});
