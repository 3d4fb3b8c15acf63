// Pure: where each drawn node goes. d3-hierarchy's tidy tree places the nodes top to bottom
// (its separation is told each box's real height, so wrapped labels never overlap); columns go
// left to right by depth, each as wide as its widest box. Numbers are rounded to whole pixels so
// the drawing is deterministic (and snapshot-testable). Also the viewport maths: fit, pan-to-show,
// keep a node still while its branch opens.
import { hierarchy, tree } from 'd3-hierarchy';
import type { VisibleNode } from './tree';
import { glyphWidth } from '../../shared/textMetrics';
import type { LabelLineText } from './labels';

export const PAD_X = 8;
export const PAD_Y = 5;
export const LINE_HEIGHT = 1.3;
export const TOGGLE_R = 9;
export const TOGGLE_GAP = 4;
/** Room after a box for its open/close toggle. */
export const TOGGLE_SPAN = TOGGLE_GAP + 2 * TOGGLE_R;
export const COLUMN_GAP = 40;
export const SIBLING_GAP = 8;
export const COUSIN_GAP = 18;

export interface PlacedLine extends LabelLineText {
  /** Position inside the node's box: x of the text start, y of the line's middle. */
  x: number;
  y: number;
}

export interface PlacedNode {
  id: string;
  depth: number;
  level: number;
  /** Top-left corner of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
  hasChildren: boolean;
  expanded: boolean;
  lines: PlacedLine[];
}

export interface PlacedLink {
  /** The child's id (a link is keyed by the node it leads to). */
  id: string;
  parent: string;
  d: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLayout {
  nodes: PlacedNode[];
  links: PlacedLink[];
  bounds: Box;
}

/** The box a label needs: its lines stacked, padded. */
export function measureLines(lines: readonly LabelLineText[]): { width: number; height: number; lines: PlacedLine[] } {
  let y = PAD_Y;
  let w = 0;
  const placed: PlacedLine[] = [];
  for (const l of lines) {
    const lh = Math.round(l.size * LINE_HEIGHT);
    placed.push({ ...l, x: PAD_X, y: y + Math.round(lh / 2) });
    y += lh;
    w = Math.max(w, glyphWidth(l.text, l.size));
  }
  return { width: Math.ceil(w) + 2 * PAD_X + 2, height: y + PAD_Y, lines: placed };
}

export function layoutMap(visible: VisibleNode, linesOf: (n: VisibleNode) => readonly LabelLineText[]): MapLayout {
  const boxes = new Map<string, ReturnType<typeof measureLines>>();
  const root = hierarchy(visible, (d) => (d.children.length ? d.children : undefined));
  root.each((n) => boxes.set(n.data.id, measureLines(linesOf(n.data))));
  const h = (n: { data: VisibleNode }) => boxes.get(n.data.id)!.height;
  // nodeSize [1, 1]: separation is then the distance in pixels between neighbours' centres.
  tree<VisibleNode>()
    .nodeSize([1, 1])
    .separation((a, b) => (h(a) + h(b)) / 2 + (a.parent === b.parent ? SIBLING_GAP : COUSIN_GAP))(root);

  const colWidth: number[] = [];
  root.each((n) => {
    colWidth[n.depth] = Math.max(colWidth[n.depth] ?? 0, boxes.get(n.data.id)!.width);
  });
  const colX: number[] = [0];
  for (let d = 1; d < colWidth.length; d++) colX[d] = colX[d - 1]! + colWidth[d - 1]! + TOGGLE_SPAN + COLUMN_GAP;

  let top = Infinity;
  root.each((n) => {
    top = Math.min(top, (n.x ?? 0) - h(n) / 2);
  });
  const nodes: PlacedNode[] = [];
  const byId = new Map<string, PlacedNode>();
  // Depth-first: the order nodes are drawn, read and tabbed through.
  root.eachBefore((n) => {
    const box = boxes.get(n.data.id)!;
    const node: PlacedNode = {
      id: n.data.id,
      depth: n.data.depth,
      level: n.data.level,
      x: colX[n.depth]!,
      y: Math.round((n.x ?? 0) - box.height / 2 - top),
      width: box.width,
      height: box.height,
      hasChildren: n.data.hasChildren,
      expanded: n.data.expanded,
      lines: box.lines,
    };
    nodes.push(node);
    byId.set(node.id, node);
  });

  const links: PlacedLink[] = [];
  for (const n of nodes) {
    for (const c of visibleChildren(visible, n.id)) {
      const child = byId.get(c)!;
      const x0 = n.x + n.width + TOGGLE_SPAN;
      const y0 = n.y + Math.round(n.height / 2);
      const x1 = child.x;
      const y1 = child.y + Math.round(child.height / 2);
      const mx = Math.round((x0 + x1) / 2);
      links.push({ id: c, parent: n.id, d: `M${x0},${y0}C${mx},${y0} ${mx},${y1} ${x1},${y1}` });
    }
  }

  let right = 0;
  let bottom = 0;
  for (const n of nodes) {
    right = Math.max(right, n.x + n.width + (n.hasChildren ? TOGGLE_SPAN : 0));
    bottom = Math.max(bottom, n.y + n.height);
  }
  return { nodes, links, bounds: { x: 0, y: 0, width: right, height: bottom } };
}

function visibleChildren(visible: VisibleNode, id: string): string[] {
  const stack = [visible];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.id === id) return n.children.map((c) => c.id);
    stack.push(...n.children);
  }
  return [];
}

/** Centre of a node's toggle, relative to the node's top-left corner. */
export function togglePosition(n: Pick<PlacedNode, 'width' | 'height'>): { cx: number; cy: number } {
  return { cx: n.width + TOGGLE_GAP + TOGGLE_R, cy: Math.round(n.height / 2) };
}

// ─── viewport ───────────────────────────────────────────────────────────────────────────────

/** d3-zoom's transform as plain numbers: screen = k · layout + (x, y). */
export interface Transform {
  x: number;
  y: number;
  k: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 3;
/** Below this the labels are too small to read; the level buttons never fit smaller than this. */
export const READABLE_SCALE = 0.75;

const r2 = (v: number) => Math.round(v * 100) / 100;

export interface FitOptions {
  padding?: number;
  minScale?: number;
  maxScale?: number;
}

/**
 * The transform that shows `bounds` in a `vw`×`vh` viewport: centred where it fits, else from
 * the top-left corner (where the map's root is) at the smallest allowed scale.
 */
export function fitTransform(bounds: Box, vw: number, vh: number, opts: FitOptions = {}): Transform {
  const { padding = 16, minScale = MIN_SCALE, maxScale = 1 } = opts;
  const aw = Math.max(1, vw - 2 * padding);
  const ah = Math.max(1, vh - 2 * padding);
  const raw = Math.min(aw / Math.max(1, bounds.width), ah / Math.max(1, bounds.height));
  const k = Math.min(maxScale, Math.max(minScale, raw));
  const x = bounds.width * k <= aw ? (vw - bounds.width * k) / 2 - bounds.x * k : padding - bounds.x * k;
  const y = bounds.height * k <= ah ? (vh - bounds.height * k) / 2 - bounds.y * k : padding - bounds.y * k;
  return { x: r2(x), y: r2(y), k: Math.round(k * 1000) / 1000 };
}

/**
 * Fit, but never smaller than readable (used when the view changes, not by "Fit to view"). When
 * the drawing is then taller than the view, centre it on `anchor` (the shown root) so the root and
 * the branches next to it show, rather than the empty top of the root's column.
 */
export function readableFit(bounds: Box, vw: number, vh: number, anchor?: Box, padding = 16): Transform {
  const t = fitTransform(bounds, vw, vh, { minScale: READABLE_SCALE, padding });
  if (!anchor || bounds.height * t.k <= vh - 2 * padding) return t;
  const top = padding - bounds.y * t.k; // content's top edge at the padding
  const bottom = vh - padding - (bounds.y + bounds.height) * t.k; // content's bottom edge at the padding
  const centred = vh / 2 - (anchor.y + anchor.height / 2) * t.k;
  return { ...t, y: r2(Math.min(top, Math.max(bottom, centred))) };
}

/** The smallest pan that brings `box` inside the viewport (with a margin); null if it already is. */
export function panToShow(t: Transform, box: Box, vw: number, vh: number, margin = 16): Transform | null {
  const sx0 = t.x + box.x * t.k;
  const sy0 = t.y + box.y * t.k;
  const sx1 = sx0 + box.width * t.k;
  const sy1 = sy0 + box.height * t.k;
  const shift = (lo: number, hi: number, size: number) => {
    if (hi - lo > size - 2 * margin) return margin - lo; // bigger than the view: show its start
    if (lo < margin) return margin - lo;
    if (hi > size - margin) return size - margin - hi;
    return 0;
  };
  const dx = shift(sx0, sx1, vw);
  const dy = shift(sy0, sy1, vh);
  if (dx === 0 && dy === 0) return null;
  return { x: r2(t.x + dx), y: r2(t.y + dy), k: t.k };
}

/** Keep a node at the same place on screen when the layout moved it from `before` to `after`. */
export function keepAnchor(t: Transform, before: { x: number; y: number }, after: { x: number; y: number }): Transform {
  return { x: r2(t.x + (before.x - after.x) * t.k), y: r2(t.y + (before.y - after.y) * t.k), k: t.k };
}
