import { describe, expect, it } from 'vitest';
import { largestFitting } from '../../src/shared/useFitText';

describe('largestFitting', () => {
  it('finds the largest size that fits, to within the precision', () => {
    const tried: number[] = [];
    const size = largestFitting((px) => (tried.push(px), px <= 27.3), 16, 40);
    expect(size).toBeLessThanOrEqual(27.3);
    expect(size).toBeGreaterThan(27.3 - 0.5);
    // A binary search: a handful of layouts, not one per half pixel.
    expect(tried.length).toBeLessThanOrEqual(9);
  });

  it('keeps the stylesheet size when even that overflows, and takes the maximum when it fits', () => {
    expect(largestFitting(() => false, 16, 40)).toBe(16);
    expect(largestFitting(() => true, 16, 40)).toBe(40);
    expect(largestFitting(() => true, 16, 16)).toBe(16);
  });
});
