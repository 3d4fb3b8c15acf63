import { describe, expect, it } from 'vitest';
import { useRef } from 'react';
import { render } from '@testing-library/react';
import { FitScope, largestFitting, useFitText, type FitSearch } from '../../src/shared/useFitText';
import { fittingByEstimate, fittingNear, nearestFit } from '../../src/shared/fitNear';

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

describe('fittingByEstimate', () => {
  /** A content whose height grows as the 1.5th power of the text size, filling the box at `answer`. */
  const model = (answer: number) => (px: number) => {
    const fill = (answer / px) ** 1.5; // the box's height over the content's
    return { fits: px <= answer, estimate: px * fill ** (2 / 3) };
  };
  it('finds the largest size that fits in two or three layouts when the estimates are good', () => {
    for (const answer of [16, 19.2, 27.3, 33.9, 39.6, 40]) {
      const tried: number[] = [];
      const m = model(answer);
      const size = fittingByEstimate((px) => (tried.push(px), m(px)), 16, 40);
      expect(size).toBeLessThanOrEqual(answer);
      expect(size, `answer ${answer}`).toBeGreaterThan(Math.min(40, answer) - 0.5 - 1e-9);
      expect(tried.length, `answer ${answer}`).toBeLessThanOrEqual(3);
    }
  });
  it('still brackets the answer when the estimates are wrong, within its tries, and keeps to the bounds', () => {
    const fits = (px: number) => px <= 30;
    for (const estimate of [() => 16, () => 40, (px: number) => px]) {
      const tried: number[] = [];
      const size = fittingByEstimate((px) => (tried.push(px), { fits: fits(px), estimate: estimate(px) }), 16, 40, 0.5, 8);
      expect(size).toBeLessThanOrEqual(30);
      expect(size).toBeGreaterThan(29);
      expect(tried.length).toBeLessThanOrEqual(8);
    }
    expect(fittingByEstimate(() => ({ fits: false, estimate: 10 }), 16, 40)).toBe(16);
    expect(fittingByEstimate(() => ({ fits: true, estimate: 99 }), 16, 40)).toBe(40);
    expect(fittingByEstimate(() => ({ fits: true, estimate: 99 }), 16, 16)).toBe(16);
  });
});

describe('nearestFit', () => {
  /** A slide's root with its clipping box (the search's `box`), one item selected or not. */
  const slide = (selected: boolean, text = 'Lankao') => {
    const root = document.createElement('section');
    root.setAttribute('data-ready', String(selected)); // readiness is no size either
    root.innerHTML = `<div><span data-entity="x" aria-pressed="${selected}" data-emphasis="${selected ? 'selected' : 'idle'}">${text}</span><span data-emphasis-of="x" data-follow-emphasis="${selected ? 'related' : 'idle'}"></span></div>`;
    document.body.append(root);
    return root.firstElementChild as HTMLElement;
  };

  it('takes the size found before for the same content and box, whatever is selected, checked by one layout', () => {
    const tried: number[] = [];
    const fits = (px: number) => (tried.push(px), true);
    const first = nearestFit(fits, 16, 40, slide(false), 'same 800x600', 'same');
    const searched = tried.length;
    expect(nearestFit(fits, 16, 40, slide(true), 'same 800x600', 'same')).toBe(first);
    expect(tried).toHaveLength(searched + 1);
    expect(tried.at(-1)).toBe(first);
  });

  it('searches again for other content, another box, or where the size found no longer fits', () => {
    const tried: number[] = [];
    let limit = Infinity;
    const fits = (px: number) => (tried.push(px), px <= limit);
    const size = nearestFit(fits, 16, 40, slide(false), 'other 800x600', 'other');
    for (const [text, key] of [
      ['Lankao county', 'other 800x600'],
      ['Lankao', 'other 640x480'],
    ] as const) {
      const before = tried.length;
      nearestFit(fits, 16, 40, slide(false, text), key, 'other');
      expect(tried.length - before).toBeGreaterThan(1);
    }
    limit = size - 1; // the remembered size overflows now (a rehearsal's frame that differed from the stage's)
    const before = tried.length;
    nearestFit(fits, 16, 40, slide(false), 'other 800x600', 'other');
    expect(tried.slice(before, before + 2)).toEqual([size, 16]);
  });

  it('remembers the size last fitted for the same content at any box size (the first layout is made at it)', () => {
    expect(nearestFit.remembered!(slide(false, 'Lankao county 1'), 'last')).toBeUndefined();
    let limit = 30;
    const fits = (px: number) => px <= limit;
    const first = nearestFit(fits, 16, 40, slide(false, 'Lankao county 1'), 'last 800x600', 'last');
    expect(nearestFit.remembered!(slide(true, 'Lankao county 1'), 'last')).toBe(first);
    expect(nearestFit.remembered!(slide(false, 'Lankao county 2'), 'last')).toBeUndefined();
    limit = 20;
    const second = nearestFit(fits, 16, 40, slide(false, 'Lankao county 1'), 'last 640x480', 'last');
    expect(nearestFit.remembered!(slide(false, 'Lankao county 1'), 'last')).toBe(second);
  });
});

describe('useFitText in a FitScope', () => {
  it('fits again, in the same commit, when the scope (a presentation step) changes but the content does not', () => {
    const style = document.createElement('style');
    style.textContent = '.fit-scope-test { font-size: 20px; }';
    document.head.append(style);
    const keys: string[] = [];
    const search: FitSearch = (_fits, min, _max, _box, key) => (keys.push(key), min);
    function Slide() {
      const root = useRef<HTMLElement>(null);
      useFitText(root, 'leadership zh', { search });
      return (
        <section ref={root} className="fit-scope-test">
          <div>text</div>
        </section>
      );
    }
    const { rerender } = render(
      <FitScope.Provider value="2">
        <Slide />
      </FitScope.Provider>,
    );
    expect(keys).toHaveLength(1);
    expect(keys[0]).toContain('leadership zh @2');
    rerender(
      <FitScope.Provider value="3">
        <Slide />
      </FitScope.Provider>,
    );
    expect(keys).toHaveLength(2);
    expect(keys[1]).toContain('leadership zh @3');
    style.remove();
  });
});
