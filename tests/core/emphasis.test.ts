import { describe, expect, it } from 'vitest';
import { emphasisOf, focusOf, relatedSet, resolveEmphasis } from '../../src/core/emphasis';
import { realGraph } from '../helpers/data';

describe('resolveEmphasis', () => {
  const related = new Set(['b']);
  it('is idle for everything without a focus', () => {
    expect(resolveEmphasis('a', null, related)).toBe('idle');
  });
  it('marks the focus selected, its relations related and the rest dimmed', () => {
    expect(resolveEmphasis('a', 'a', related)).toBe('selected');
    expect(resolveEmphasis('b', 'a', related)).toBe('related');
    expect(resolveEmphasis('c', 'a', related)).toBe('dimmed');
  });
});

describe('focusOf / emphasisOf', () => {
  const g = realGraph();
  it('lets a hover preview override the committed selection', () => {
    expect(focusOf({ selectedId: 'a', hoveredId: 'b' })).toBe('b');
    expect(focusOf({ selectedId: 'a', hoveredId: null })).toBe('a');
  });
  it('resolves through the real graph', () => {
    const state = { selectedId: 'leader-cppcc-chair', hoveredId: null };
    expect(emphasisOf(g, 'leader-cppcc-chair', state)).toBe('selected');
    expect(emphasisOf(g, 'duty-industry', state)).toBe('related');
    expect(emphasisOf(g, 'fund-social', state)).toBe('dimmed');
  });
  it('caches the related set per focus', () => {
    expect(relatedSet(g, 'fund-total')).toBe(relatedSet(g, 'fund-total'));
    expect(relatedSet(g, null).size).toBe(0);
  });
});
