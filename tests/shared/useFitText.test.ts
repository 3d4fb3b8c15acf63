import { describe, expect, it } from 'vitest';
import { largestFitting } from '../../src/shared/useFitText';
import { fittingNear } from '../../src/shared/fitNear';

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

describe('fittingNear', () => {
  it('finds what largestFitting finds, in fewer tries from a near guess', () => {
    for (const answer of [16, 19.2, 27.3, 33.9, 39.6, 40]) {
      const fits = (px: number) => px <= answer;
      const tried: number[] = [];
      const near = fittingNear((px) => (tried.push(px), fits(px)), 16, 40, answer + 0.7);
      expect(Math.abs(near - largestFitting(fits, 16, 40))).toBeLessThanOrEqual(0.5);
      expect(near).toBeLessThanOrEqual(answer);
      expect(tried.length, `answer ${answer}`).toBeLessThanOrEqual(5);
    }
  });
  it('still finds it from a bad guess, and keeps to the bounds', () => {
    const fits = (px: number) => px <= 30;
    expect(Math.abs(fittingNear(fits, 16, 40, 16) - 30)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(fittingNear(fits, 16, 40, 40) - 30)).toBeLessThanOrEqual(0.5);
    expect(fittingNear(() => false, 16, 40, 25)).toBe(16);
    expect(fittingNear(() => true, 16, 40, 25)).toBe(40);
  });
});
