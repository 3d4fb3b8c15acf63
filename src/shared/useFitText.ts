// A part shown on its own (a presentation step on a projector) grows its text until it fills the
// stage, and no further. A CSS size can only guess: the four priorities need a third of a 720 px
// stage at the stylesheet's size, the division of labour nearly all of it. Everything inside is
// sized in em, so one font size on the root scales the whole part.
import { createContext, useContext, useLayoutEffect, useRef, type RefObject } from 'react';
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
 * How a size is found: `fits` sets a size and says whether the content fits; `box` is the clipping box,
 * `key` names the content in its box (for a search that remembers). The stage's remembers and guesses
 * (fitNear.ts, with the stage's code); the default is largestFitting's binary search.
 */
export type FitSearch = ((fits: (size: number) => boolean, min: number, max: number, box: HTMLElement, key: string, sizeless: string) => number) & {
  /**
   * The size this content was last fitted to (at whatever box size; `sizeless` is the key without the box's size),
   * set before the stage's first layout, so that the layout the fit needs is made at the size it will most likely keep.
   */
  remembered?: (box: HTMLElement, sizeless: string) => number | undefined;
};

const binarySearch: FitSearch = (fits, min, max) => largestFitting(fits, min, max);

/**
 * What else names the fitted content (a presentation's step): a slide kept mounted from one step to the next of the
 * same part fits again in the step's own commit (its caption, and with it the stage's box, changed), not a frame later.
 */
export const FitScope = createContext('');

/** Nothing inside overflows the box (a pixel of rounding allowed). */
const contentFits = (box: HTMLElement) => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;

/**
 * Sets `root`'s font size to the largest that keeps the content of its first child (the box that
 * clips) inside it, between the stylesheet's size and `maxScale` times it (never above `maxPx`).
 * Runs before paint, again when the root's size changes and when `content` (what is shown) does.
 * A root that is not rendered (ref null) costs nothing.
 */
export function useFitText(
  root: RefObject<HTMLElement | null>,
  content: unknown,
  { maxScale = 2, maxPx = 44, search = binarySearch }: { maxScale?: number; maxPx?: number; search?: FitSearch } = {},
): void {
  const scope = useContext(FitScope);
  const named = scope && content !== null && content !== undefined ? `${String(content)} @${scope}` : content;
  // The stylesheet's size, read before a remembered size was set (this effect runs before the size is measured,
  // which lays the stage out): the fit then finds the size it set without laying the stage out at another size first.
  const preset = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = root.current;
    const box = el?.firstElementChild;
    preset.current = null;
    if (!el || !(box instanceof HTMLElement) || !search.remembered) return;
    el.style.fontSize = '';
    const base = parseFloat(getComputedStyle(el).fontSize);
    if (!(base > 0)) return;
    const size = search.remembered(box, sizelessKey(named, base, maxOf(base, maxScale, maxPx)));
    if (size === undefined) return;
    el.style.fontSize = `${size}px`;
    preset.current = base;
  }, [root, named, maxScale, maxPx, search]);
  // The stage's size, from the project's one size observer (the font change itself does not resize the root).
  // Not before the size is measured (in the same commit): fitting at the unmeasured size too fitted every slide twice.
  const { width, height, measured } = useMeasuredSize(root, NO_SIZE);
  useLayoutEffect(() => {
    const el = root.current;
    const box = el?.firstElementChild;
    if (!el || !(box instanceof HTMLElement) || !measured) return;
    const fit = () => {
      let base = preset.current;
      preset.current = null;
      if (base === null) {
        el.style.fontSize = '';
        base = parseFloat(getComputedStyle(el).fontSize);
      }
      if (!(base > 0)) return;
      const fits = (px: number) => {
        el.style.fontSize = `${px}px`;
        return contentFits(box);
      };
      const max = maxOf(base, maxScale, maxPx);
      const sizeless = sizelessKey(named, base, max);
      const size = search(fits, base, max, box, `${sizeless} ${el.clientWidth}x${el.clientHeight}`, sizeless);
      el.style.fontSize = `${size}px`;
    };
    fit();
    // Web fonts arriving late change every line's width (once they are all here, nothing to wait for).
    if (document.fonts && document.fonts.status !== 'loaded') void document.fonts.ready.then(() => root.current === el && fit());
    return () => {
      el.style.fontSize = '';
    };
  }, [root, named, width, height, measured, maxScale, maxPx, search]);
}

const NO_SIZE = { width: 0, height: 0 };
/** The largest size tried: `maxScale` times the stylesheet's, never above `maxPx` (nor under the stylesheet's). */
const maxOf = (base: number, maxScale: number, maxPx: number) => Math.min(base * maxScale, Math.max(base, maxPx));
/** What the fitted size depends on besides the box's size. */
const sizelessKey = (content: unknown, base: number, max: number) => `${String(content)} ${base} ${max} ${document.fonts?.status ?? ''}`;
