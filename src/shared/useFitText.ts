// A part shown on its own (a presentation step on a projector) grows its text until it fills the
// stage, and no further. A CSS size can only guess: the four priorities need a third of a 720 px
// stage at the stylesheet's size, the division of labour nearly all of it. Everything inside is
// sized in em, so one font size on the root scales the whole part.
import { useLayoutEffect, type RefObject } from 'react';
import { useMeasuredSize } from './useElementSize';

/**
 * The largest size in [min, max] for which `fits` holds, to within `precision` (binary search;
 * `fits` is monotone: bigger text never fits where smaller did not). `min` when even that overflows.
 */
export function largestFitting(fits: (size: number) => boolean, min: number, max: number, precision = 0.5): number {
  if (max <= min || !fits(min)) return min;
  if (fits(max)) return max;
  let lo = min;
  let hi = max;
  while (hi - lo > precision) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

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

/** Nothing inside overflows the box (a pixel of rounding allowed). */
const contentFits = (box: HTMLElement) => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;

/**
 * Sets `root`'s font size to the largest that keeps the content of its first child (the box that
 * clips) inside it, between the stylesheet's size and `maxScale` times it (never above `maxPx`).
 * Runs before paint, again when the root's size changes and when `content` (what is shown) does.
 * A root that is not rendered (ref null) costs nothing.
 */
export function useFitText(root: RefObject<HTMLElement | null>, content: unknown, { maxScale = 2, maxPx = 44 } = {}): void {
  // The stage's size, from the project's one size observer (the font change itself does not resize the root).
  const { width, height } = useMeasuredSize(root, NO_SIZE);
  useLayoutEffect(() => {
    const el = root.current;
    const box = el?.firstElementChild;
    if (!el || !(box instanceof HTMLElement)) return;
    const fit = () => {
      el.style.fontSize = '';
      const base = parseFloat(getComputedStyle(el).fontSize);
      if (!(base > 0)) return;
      const fits = (px: number) => {
        el.style.fontSize = `${px}px`;
        return contentFits(box);
      };
      const max = Math.min(base * maxScale, Math.max(base, maxPx));
      // The size found last time for the same content in the same box (a presenter paging back and
      // forth) is checked in two layouts; else the content's height, which grows with the text size by
      // more than its ratio where lines wrap, gives the guess: the size at which it would fill the box
      // growing as the 1.5th power.
      const key = `${String(content)} ${el.clientWidth}x${el.clientHeight} ${base}`;
      const known = FITTED.get(key);
      const size =
        known !== undefined && fits(known) && (known >= max || !fits(known + 0.5))
          ? known
          : fittingNear(fits, base, max, fits(base) ? base * spareHeight(box) ** (2 / 3) : base);
      if (FITTED.size > 200) FITTED.clear();
      FITTED.set(key, size);
      el.style.fontSize = `${size}px`;
    };
    fit();
    // Web fonts arriving late change every line's width (once they are all here, nothing to wait for).
    if (document.fonts && document.fonts.status !== 'loaded') void document.fonts.ready.then(() => root.current === el && fit());
    return () => {
      el.style.fontSize = '';
    };
  }, [root, content, width, height, maxScale, maxPx]);
}

const NO_SIZE = { width: 0, height: 0 };

/** Fitted sizes by content, box size and base size (useFitText). */
const FITTED = new Map<string, number>();
