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

/** One layout of the stage at a size: whether the content fits, and the next size to try (where it would just fill the box). */
export interface FitTry {
  fits: boolean;
  /** The size at which the content would about fill the box, from this layout's measurements. */
  estimate: number;
}

/**
 * The largest size in [min, max] that fits, to within `precision`, steered by each layout's own
 * measurements: every try measures how much room the content leaves (or how far it overflows) and
 * the next try goes where the content would just fill the box, kept inside the bracket found so far
 * (halving it when the estimate falls outside). Where the estimate is good, two or three layouts;
 * never more than `maxTries`, after which the largest size known to fit is kept.
 */
export function fittingByEstimate(tryAt: (size: number) => FitTry, min: number, max: number, precision = 0.5, maxTries = 9): number {
  if (max <= min) return min;
  const first = tryAt(min);
  if (!first.fits) return min;
  let lo = min;
  let hi = Infinity; // the smallest size known not to fit
  let next = first.estimate;
  // A layout that fits tends to put the answer above it, one that overflows below it: once there is one of
  // each, the next try goes between their two estimates rather than swinging from one to the other.
  let fitEstimate = NaN; // (the stylesheet size's estimate is too far off to count)
  let overEstimate = NaN;
  let bisect = false; // the estimates misled (content that stretches to its box tells nothing): halve the bracket
  for (let n = 1; n < maxTries; n++) {
    const top = Math.min(max, hi - precision);
    if (top <= lo) break;
    // At the estimate (to the precision, down).
    let at = Math.floor(next / precision) * precision;
    const creep = !bisect && at <= lo;
    const mid = (lo + Math.min(hi, max + precision)) / 2;
    if (creep)
      at = lo + precision; // the content fills the box here: does the next half pixel still fit?
    else if (bisect) at = mid;
    else if (at > top) at = hi === Infinity ? top : mid;
    at = Math.min(top, Math.max(lo + precision / 2, at));
    const t = tryAt(at);
    if (t.fits) {
      lo = at;
      if (at >= max) return max;
      if (creep) bisect = true;
      fitEstimate = t.estimate;
    } else {
      hi = at;
      overEstimate = t.estimate;
    }
    next = Number.isNaN(overEstimate) || Number.isNaN(fitEstimate) ? t.estimate : (fitEstimate + overEstimate) / 2;
  }
  return lo;
}

/**
 * A layout at the root's current size, measured: whether the content fits in its box, and the size
 * (from `px`) at which it would about fill it — the box's inner size against the children's extent;
 * heights grow faster than the text where lines wrap (the 1.5th power), widths of unwrapped lines
 * in proportion. One layout (every read below is of the same one).
 */
function measureFill(box: HTMLElement, px: number): FitTry {
  const fits = contentFits(box);
  const kids = box.children;
  let top = Infinity;
  let bottom = -Infinity;
  for (let i = 0; i < kids.length; i++) {
    const r = kids[i]!.getBoundingClientRect();
    if (r.height === 0) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  const cs = getComputedStyle(box);
  const inner = box.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
  const tall = bottom > top && inner > 0 ? inner / (bottom - top) : 1;
  const wide = box.scrollWidth > box.clientWidth + 1 ? box.clientWidth / box.scrollWidth : Infinity;
  const estimate = Math.min(px * tall ** (2 / 3), px * wide);
  return { fits, estimate: fits ? Math.max(px, estimate) : Math.min(px, estimate) };
}

/** Nothing inside overflows the box (a pixel of rounding allowed). */
const contentFits = (box: HTMLElement) => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;

/**
 * What decides the fitted size besides the box: the content's markup (emphasis aside — the selection's
 * attributes change colours, never sizes: styles.css) and the attributes of the few elements around the
 * root (a wrapper that hides part of it). A hash: the fitted size found once is reused without a search
 * when the same slide comes back at the same size (a presenter paging back and forth), or comes after its
 * rehearsal out of sight (PresentationBar.tsx), whatever is selected then.
 */
function contentSignature(el: HTMLElement, box: HTMLElement): string {
  let h = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  };
  const html = box.innerHTML.replace(EMPHASIS_ATTRIBUTES, '');
  add(html);
  let up: Element | null = el;
  for (let i = 0; i < 3 && up; i++, up = up.parentElement) {
    for (const name of up.getAttributeNames()) if (!SIZELESS_NAMES.has(name)) add(` ${name}=${up.getAttribute(name)}`);
  }
  return `${html.length}:${(h >>> 0).toString(36)}`;
}

/**
 * The wrappers' attributes that never change a size: the selection's (shared/emphasisWriter.ts,
 * useEntityProps: colours only), the fitted size itself (style) and readiness (data-ready, set once
 * drawn: a slide's first layout and its fit see it at different values).
 */
const SIZELESS_NAMES = new Set(['style', 'data-ready', 'data-emphasis', 'data-follow-emphasis', 'aria-pressed', 'aria-selected']);
/** The selection's attributes inside the content: colours only. */
const EMPHASIS_ATTRIBUTES = / (?:data-emphasis|data-follow-emphasis|aria-pressed|aria-selected)="[^"]*"/g;

/** Fitted sizes by content, box size and base size (nearestFit). */
const FITTED = new Map<string, number>();
/** The last size fitted by content and base size, whatever the box (nearestFit.remembered). */
const LAST = new Map<string, number>();

/**
 * A slide seen before at this size (its markup hashed into the key: a wrapper that hides a part makes
 * another key) takes the size found then, without a layout; a new one takes a layout per try, each aimed
 * by the last one's measurements (fittingByEstimate), usually three to six.
 */
export const nearestFit: FitSearch = (fits, base, max, box, key, sizeless) => {
  const el = box.parentElement;
  const signature = el ? contentSignature(el, box) : '';
  const full = `${key} ${signature}`;
  let size = FITTED.get(full);
  // A remembered size is checked by the one layout the paint needs anyway: a slide rehearsed out of sight
  // (PresentationBar.tsx) in a frame that turned out different from the stage's is fitted again.
  if (size !== undefined && !fits(size)) size = undefined;
  if (size === undefined) {
    size = fittingByEstimate((px) => (fits(px), measureFill(box, px)), base, max);
    if (FITTED.size > 400) FITTED.clear();
    FITTED.set(full, size);
  }
  if (LAST.size > 400) LAST.clear();
  LAST.set(`${sizeless} ${signature}`, size);
  return size;
};
/** The size the same content was last fitted to (at any box size): the stage is first laid out at it. */
nearestFit.remembered = (box, sizeless) => {
  const el = box.parentElement;
  return LAST.get(`${sizeless} ${el ? contentSignature(el, box) : ''}`);
};
