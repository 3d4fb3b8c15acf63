// The stage's way of finding its text size (useFitText's `search`), in the stage's code: a step
// change at 4× CPU pays for three or four layouts of the stage rather than seven to nine.
import type { FitSearch } from './useFitText';

/**
 * The same answer as largestFitting, in fewer tries when `guess` is near it: it tests the guess, then
 * gallops up or down from it (1, 2, 4… px) until the answer is bracketed, then halves the bracket. Each
 * try is a layout of the stage, so a step change at 4× CPU pays for three or four rather than seven.
 */
export function fittingNear(fits: (size: number) => boolean, min: number, max: number, guess: number, precision = 0.5): number {
  if (max <= min || !fits(min)) return min;
  const g = Math.min(max, Math.max(min, guess));
  /** From a size that fits, up by 1, 2, 4… px: [the last that fits, the first that does not]. */
  const up = (from: number): [number, number] => {
    let at = from;
    for (let step = 1; ; step *= 2) {
      const next = Math.min(max, at + step);
      if (!fits(next)) return [at, next];
      if (next === max) return [max, max];
      at = next;
    }
  };
  /** From a size that does not fit, down by 1, 2, 4… px: [the first that fits, the last that does not]. */
  const down = (from: number): [number, number] => {
    let at = from;
    for (let step = 1; ; step *= 2) {
      const next = Math.max(min, at - step);
      if (next === min || fits(next)) return [next, at];
      at = next;
    }
  };
  let [lo, hi] = fits(g) ? up(g) : down(g);
  if (lo === max) return max;
  while (hi - lo > precision) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * How much taller the box is than its content (≥ 1; 1 when the content fills it or cannot be told):
 * the children's extent against the box's inner height, read after a layout at the base size.
 */
function spareHeight(box: HTMLElement): number {
  const kids = [...box.children];
  if (kids.length === 0) return 1;
  let top = Infinity;
  let bottom = -Infinity;
  for (const k of kids) {
    const r = k.getBoundingClientRect();
    if (r.height === 0) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  const cs = getComputedStyle(box);
  const inner = box.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
  return bottom > top && inner > 0 ? Math.max(1, inner / (bottom - top)) : 1;
}

/** Fitted sizes by content, box size and base size (nearestFit). */
const FITTED = new Map<string, number>();

/**
 * The size found last time for the same content in the same box (a presenter paging back and forth)
 * is checked in two layouts; else the content's height, which grows with the text size by more than
 * its ratio where lines wrap, gives the guess: the size at which it would fill the box growing as the
 * 1.5th power.
 */
export const nearestFit: FitSearch = (fits, base, max, box, key) => {
  const known = FITTED.get(key);
  const size =
    known !== undefined && fits(known) && (known >= max || !fits(known + 0.5))
      ? known
      : fittingNear(fits, base, max, fits(base) ? base * spareHeight(box) ** (2 / 3) : base);
  if (FITTED.size > 200) FITTED.clear();
  FITTED.set(key, size);
  return size;
};
