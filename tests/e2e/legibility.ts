// The legibility rule for a presentation slide (issue 21), measured in the page: the main text is
// at least 24 px (median over the characters shown), nothing is under 14 px (the source line
// included), no two lines overprint, nothing is cut at the screen's or its box's edges, nothing
// needs scrolling. Used by tests/e2e/legibility.e2e.test.ts and scripts/legibility.ts (the table).
//
// The probe is a string of plain JavaScript (not a function): page.evaluate of a compiled function
// can carry a bundler's helpers (`__name`) that do not exist in the page.
import type { Page } from 'playwright-core';

export interface Legibility {
  /** Median font size in px over every visible character of the slide's main text (the stage and the caption's title and text; not the header's controls or the source line). */
  median: number;
  /** The smallest font size of any visible text, and the text that has it. */
  min: number;
  minText: string;
  /** Pairs of lines that overprint, as "a | b". */
  overprint: string[];
  /** Lines outside the viewport or outside a box that clips them. */
  cut: string[];
  /** The document or a box inside the slide scrolls. */
  scrolls: boolean;
  chars: number;
}

export const LEGIBILITY_PROBE = String.raw`(() => {
  const root = document.querySelector('.presentation') || document.body;
  const W = innerWidth, H = innerHeight;
  const lines = [];
  const sizes = [];
  const clipOf = (el) => {
    const boxes = [];
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') boxes.push(a.getBoundingClientRect());
    }
    return boxes;
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent.replace(/\s+/g, '');
    if (!text) continue;
    const el = n.parentElement;
    if (!el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) continue;
    if (el.closest('[aria-hidden="true"], .sr-only, .visually-hidden, [data-black]')) continue;
    const cs = getComputedStyle(el);
    let px = parseFloat(cs.fontSize);
    const svg = el.closest('svg');
    let rects;
    if (svg) {
      const m = el.getScreenCTM ? el.getScreenCTM() : svg.getScreenCTM();
      if (m) px *= Math.hypot(m.a, m.b);
      rects = [el.getBoundingClientRect()];
    } else {
      const r = document.createRange();
      r.selectNodeContents(n);
      rects = [...r.getClientRects()];
    }
    // zoom (a panel zoomed to the stage) scales what the computed size says.
    const zoom = el.currentCSSZoom || 1;
    if (!svg) px *= zoom;
    rects = rects.filter((q) => q.width > 0.5 && q.height > 0.5);
    if (rects.length === 0) continue;
    const clips = clipOf(el);
    const label = text.slice(0, 24);
    for (const q of rects) lines.push({ q, label, node: n, clips });
    // The main text: the slide and its caption, not the header's controls nor the source line.
    const main = !el.closest('.present-head, .presentation-sources');
    sizes.push({ px, chars: [...text].length, label, main });
  }
  // Median by characters.
  sizes.sort((a, b) => a.px - b.px);
  const mains = sizes.filter((s) => s.main);
  const chars = mains.reduce((s, x) => s + x.chars, 0);
  let acc = 0, median = 0;
  for (const s of mains) { acc += s.chars; if (acc >= chars / 2) { median = s.px; break; } }
  const min = sizes.length ? sizes[0] : { px: 0, label: '' };
  // Overprint: two lines of different text nodes whose boxes overlap by more than a fifth of the smaller.
  const overprint = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i], b = lines[j];
      if (a.node === b.node) continue;
      const w = Math.min(a.q.right, b.q.right) - Math.max(a.q.left, b.q.left);
      const h = Math.min(a.q.bottom, b.q.bottom) - Math.max(a.q.top, b.q.top);
      if (w <= 1 || h <= 1) continue;
      // Neighbours on one line touch by a pixel or two (an italic title and its comma): not overprint.
      const minW = Math.min(a.q.width, b.q.width), minH = Math.min(a.q.height, b.q.height);
      if (w > Math.max(3, 0.3 * minW) && h > Math.max(3, 0.3 * minH) && overprint.length < 20) overprint.push(a.label + ' | ' + b.label);
    }
  }
  // Cut: a line past the screen's edge, or past a box that clips it; text ending in an ellipsis.
  const cut = [];
  for (const l of lines) {
    const q = l.q;
    let out = q.left < -1 || q.top < -1 || q.right > W + 1 || q.bottom > H + 1;
    for (const c of l.clips) if (q.left < c.left - 1 || q.top < c.top - 1 || q.right > c.right + 1 || q.bottom > c.bottom + 1) out = true;
    const el = l.node.parentElement;
    if (!out && el && getComputedStyle(el).textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) out = true;
    if (out && cut.length < 20) cut.push(l.label);
  }
  let scrolls = document.documentElement.scrollHeight > H + 1 || document.documentElement.scrollWidth > W + 1;
  for (const el of root.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if ((cs.overflowY === 'auto' || cs.overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1) scrolls = true;
    if ((cs.overflowX === 'auto' || cs.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) scrolls = true;
  }
  return { median: Math.round(median * 10) / 10, min: Math.round(min.px * 10) / 10, minText: min.label, overprint, cut, scrolls, chars };
})()`;

export async function measureLegibility(page: Page): Promise<Legibility> {
  return (await page.evaluate(LEGIBILITY_PROBE)) as Legibility;
}

/** What the rule says is wrong with a slide (empty when it is legible). */
export function legibilityProblems(l: Legibility): string[] {
  const out: string[] = [];
  if (l.median < 24) out.push(`main text ${l.median} px < 24`);
  if (l.min < 14) out.push(`"${l.minText}" ${l.min} px < 14`);
  if (l.overprint.length) out.push(`overprint: ${l.overprint.slice(0, 3).join('; ')}`);
  if (l.cut.length) out.push(`cut: ${l.cut.slice(0, 3).join('; ')}`);
  if (l.scrolls) out.push('scrolls');
  return out;
}
