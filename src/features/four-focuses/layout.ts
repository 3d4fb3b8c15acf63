// Pure layout of the four 紧扣 as a radial tree: the centre (兰考县脱贫, with 四个紧扣、统揽全局
// just under it) → the four focuses on an inner ring → their items on the outer ring, labels
// outside. The ring is an ellipse whose height grows until no two label boxes overlap — the
// panel's width is fixed by the grid, its height is free. No React, no DOM: width in, positions out.
import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import { childrenOf, edgesOf, incoming, type EntityGraph } from '../../core/graph';
import { trLines } from '../../i18n/text';
import { confidenceMark } from '../../shared/entityText';
import type { Entity } from '../../model/schema';
import type { Lang } from '../../store/url';
import { maxLineWidth, wrapText } from '../../shared/textMetrics';

export interface TextLine {
  text: string;
  /** The English line under the Chinese one in 'both' mode (drawn smaller and lighter). */
  secondary: boolean;
}

export interface TreeInput {
  id: string;
  lines: TextLine[];
  children?: TreeInput[];
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type NodeRole = 'centre' | 'root' | 'focus' | 'item';

export interface PlacedNode {
  id: string;
  role: NodeRole;
  parentId: string | null;
  /** The node's anchor point (an item's dot, a box's centre). */
  x: number;
  y: number;
  /** Wrapped label lines, first baseline at (textX, textY), LINE px apart. */
  lines: TextLine[];
  textX: number;
  textY: number;
  anchor: 'start' | 'middle' | 'end';
  /** The label's box (for boxes: the drawn rectangle; for items: the text area). */
  box: Box;
}

export interface RadialLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  links: { from: string; to: string; d: string }[];
}

export const FONT = 12;
export const LINE = 15;
const PAD = 5; // inside drawn boxes
const DOT = 4; // item dot radius
const GAP = 7; // dot → label
const MARGIN = 4;
const MAX_LABEL = 180;
// Focuses sit between the centre and the item ring, at this range of fractions of its radii.
const FOCUS_RING_MIN = 0.3;
const FOCUS_RING_MAX = 0.8;

/** The smallest panel width the radial drawing is used at; narrower panels get the indented tree. */
export const MIN_RADIAL_WIDTH = 380;

function entityLines(e: Entity, lang: Lang): TextLine[] {
  const mark = confidenceMark(e.confidence);
  return trLines(e.label, lang).map((text, i) => ({ text: i === 0 && mark ? `${text} ${mark}` : text, secondary: i > 0 }));
}

/** The tree to draw, from the graph: `rootId`'s part-of subtree, and the entity it belongs to as the centre. */
export function focusTree(graph: EntityGraph, rootId: string, lang: Lang): { centre: TreeInput | null; root: TreeInput } {
  const node = (id: string): TreeInput => {
    const e = graph.model.entities.get(id);
    const kids = childrenOf(graph, id);
    return { id, lines: e ? entityLines(e, lang) : [{ text: id, secondary: false }], ...(kids.length ? { children: kids.map(node) } : {}) };
  };
  const centreId = graph.parentOf.get(rootId);
  const centreEntity = centreId ? graph.model.entities.get(centreId) : undefined;
  return {
    centre: centreEntity ? { id: centreEntity.id, lines: entityLines(centreEntity, lang) } : null,
    root: node(rootId),
  };
}

function wrapLines(lines: readonly TextLine[], maxWidth: number): TextLine[] {
  return lines.flatMap((l) => wrapText(l.text, maxWidth, FONT).map((text) => ({ text, secondary: l.secondary })));
}

function measure(lines: readonly TextLine[]) {
  return {
    w: maxLineWidth(
      lines.map((l) => l.text),
      FONT,
    ),
    h: lines.length * LINE,
  };
}

export function boxesOverlap(a: Box, b: Box, pad = 2): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

const r = (v: number) => Math.round(v);

const dotBox = (n: { x: number; y: number }): Box => ({ x: n.x - DOT, y: n.y - DOT, w: 2 * DOT, h: 2 * DOT });

/** Pairs of nodes whose label boxes (or an item's dot) overlap: empty for a readable drawing. */
export function overlaps(nodes: readonly PlacedNode[], pad = 2): [string, string][] {
  const boxes: { id: string; box: Box }[] = nodes.map((n) => ({ id: n.id, box: n.box }));
  for (const n of nodes) if (n.role === 'item') boxes.push({ id: `${n.id}#dot`, box: dotBox(n) });
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i]!.box, boxes[j]!.box, pad)) out.push([boxes[i]!.id, boxes[j]!.id]);
  return out;
}

/** Angles of the leaves: evenly spaced, one empty slot between groups, the wrap-around gap at the top. */
function leafAngles(root: HierarchyNode<TreeInput>): Map<string, number> {
  const slots = new Map<string, number>();
  let slot = 0;
  const groups = root.children ?? [];
  for (const g of groups) {
    for (const leaf of g.leaves()) slots.set(leaf.data.id, slot++);
    slot++; // the gap after each group
  }
  const total = Math.max(slot, 1);
  const step = (2 * Math.PI) / total;
  // The last gap (slot total-1) at -90°, so labels crowd least at the top.
  const offset = -Math.PI / 2 - (total - 1) * step;
  const angles = new Map<string, number>();
  for (const [id, s] of slots) angles.set(id, offset + s * step);
  return angles;
}

export function layoutRadial(input: { centre: TreeInput | null; root: TreeInput }, width: number): RadialLayout | null {
  if (width < MIN_RADIAL_WIDTH) return null;
  const root = hierarchy(input.root);
  const labelW = Math.max(84, Math.min(170, Math.floor(width * 0.23)));
  const focusW = Math.max(72, Math.min(130, Math.floor(width * 0.2)));
  const hubW = 104;
  const rx = width / 2 - MARGIN - GAP - labelW;
  const angles = leafAngles(root);

  // Boxes that do not depend on the ring's height.
  const hubLines = input.centre ? wrapLines(input.centre.lines, hubW) : [];
  const rootLines = wrapLines(input.root.lines, hubW);
  const hubSize = measure(hubLines);
  const rootSize = measure(rootLines);
  const focusNodes = root.children ?? [];
  const focusLines = new Map(focusNodes.map((f) => [f.data.id, wrapLines(f.data.lines, focusW)]));
  const leafNodes = focusNodes.flatMap((f) => f.leaves().filter((l) => l !== f));
  // Each item's label may use the room its side of the ring leaves (items near the top and bottom
  // sit closer to the middle and get more), so labels wrap into fewer lines.
  const leafLines = new Map(
    leafNodes.map((l) => {
      const c = Math.cos(angles.get(l.data.id)!);
      const x = Math.abs(rx * c);
      const room = Math.abs(c) > 0.2 ? width / 2 - MARGIN - GAP - x : 2 * (width / 2 - MARGIN - x);
      return [l.data.id, wrapLines(l.data.lines, Math.max(labelW, Math.min(MAX_LABEL, Math.floor(room))))];
    }),
  );

  const place = (ry: number): PlacedNode[] => {
    const out: PlacedNode[] = [];
    // The centre pair, stacked and centred on the origin.
    const hubH = (input.centre ? hubSize.h + 2 * PAD + 4 : 0) + rootSize.h + 2 * PAD;
    let top = -hubH / 2;
    if (input.centre) {
      const w = hubSize.w + 2 * PAD;
      const h = hubSize.h + 2 * PAD;
      out.push({
        id: input.centre.id,
        role: 'centre',
        parentId: null,
        x: 0,
        y: top + h / 2,
        lines: hubLines,
        textX: 0,
        textY: top + PAD + FONT - 1,
        anchor: 'middle',
        box: { x: -w / 2, y: top, w, h },
      });
      top += h + 4;
    }
    {
      const w = rootSize.w + 2 * PAD;
      const h = rootSize.h + 2 * PAD;
      out.push({
        id: input.root.id,
        role: 'root',
        parentId: input.centre?.id ?? null,
        x: 0,
        y: top + h / 2,
        lines: rootLines,
        textX: 0,
        textY: top + PAD + FONT - 1,
        anchor: 'middle',
        box: { x: -w / 2, y: top, w, h },
      });
    }
    for (const l of leafNodes) {
      const a = angles.get(l.data.id)!;
      const c = Math.cos(a);
      const s = Math.sin(a);
      const x = rx * c;
      const y = ry * s;
      const lines = leafLines.get(l.data.id)!;
      const { w, h } = measure(lines);
      let box: Box;
      let anchor: PlacedNode['anchor'];
      let textX: number;
      if (c > 0.2) {
        anchor = 'start';
        box = { x: x + GAP, y: y - h / 2, w, h };
        textX = x + GAP;
      } else if (c < -0.2) {
        anchor = 'end';
        box = { x: x - GAP - w, y: y - h / 2, w, h };
        textX = x - GAP;
      } else {
        anchor = 'middle';
        box = { x: x - w / 2, y: s < 0 ? y - GAP - h : y + GAP, w, h };
        textX = x;
      }
      out.push({ id: l.data.id, role: 'item', parentId: l.parent!.data.id, x, y, lines, textX, textY: box.y + FONT - 1, anchor, box });
    }
    // Focuses last: each on the ray towards its items, at the smallest distance where its box
    // clears everything placed so far (the centre, the items, the other focuses).
    const taken = (): Box[] => [...out.map((n) => n.box), ...out.filter((n) => n.role === 'item').map(dotBox)];
    for (const f of focusNodes) {
      const kids = f.children ?? [];
      const a = kids.length
        ? Math.atan2(
            kids.reduce((s, k) => s + Math.sin(angles.get(k.data.id)!), 0),
            kids.reduce((s, k) => s + Math.cos(angles.get(k.data.id)!), 0),
          )
        : 0;
      const lines = focusLines.get(f.data.id)!;
      const size = measure(lines);
      const w = size.w + 2 * PAD;
      const h = size.h + 2 * PAD;
      const boxes = taken();
      let t = FOCUS_RING_MIN;
      for (; t < FOCUS_RING_MAX; t += 0.02) {
        const trial = { x: rx * t * Math.cos(a) - w / 2, y: ry * t * Math.sin(a) - h / 2, w, h };
        if (!boxes.some((b) => boxesOverlap(b, trial, 6))) break;
      }
      const x = rx * t * Math.cos(a);
      const y = ry * t * Math.sin(a);
      out.push({
        id: f.data.id,
        role: 'focus',
        parentId: input.root.id,
        x,
        y,
        lines,
        textX: x,
        textY: y - h / 2 + PAD + FONT - 1,
        anchor: 'middle',
        box: { x: x - w / 2, y: y - h / 2, w, h },
      });
    }
    return out;
  };

  const collides = (nodes: PlacedNode[]): boolean => overlaps(nodes).length > 0;

  let ry = Math.max(rx * 0.8, 60);
  let nodes = place(ry);
  for (let i = 0; i < 200 && collides(nodes); i++) nodes = place((ry += 6));

  // Translate into the SVG's frame: x centred in the width, y from the top of the highest box.
  const minY = Math.min(...nodes.map((n) => n.box.y), ...nodes.map((n) => n.y - DOT));
  const maxY = Math.max(...nodes.map((n) => n.box.y + n.box.h), ...nodes.map((n) => n.y + DOT));
  const dx = width / 2;
  const dy = MARGIN - minY;
  const placed = nodes.map((n) => ({
    ...n,
    x: r(n.x + dx),
    y: r(n.y + dy),
    textX: r(n.textX + dx),
    textY: r(n.textY + dy),
    box: { x: r(n.box.x + dx), y: r(n.box.y + dy), w: r(n.box.w), h: r(n.box.h) },
  }));
  const byId = new Map(placed.map((n) => [n.id, n]));
  const links: RadialLayout['links'] = [];
  for (const n of placed) {
    if (n.role !== 'focus' && n.role !== 'item') continue;
    const p = n.role === 'focus' ? byId.get(input.root.id)! : byId.get(n.parentId!)!;
    if (n.role === 'focus') {
      links.push({ from: p.id, to: n.id, d: `M${width / 2},${r(dy)}L${n.x},${n.y}` });
    } else {
      // A quadratic curve that leaves the focus towards the item's own angle.
      const a = angles.get(n.id)!;
      const cx = r(dx + rx * 0.78 * Math.cos(a));
      const cy = r(dy + ry * 0.78 * Math.sin(a));
      links.push({ from: p.id, to: n.id, d: `M${p.x},${p.y}Q${cx},${cy} ${n.x},${n.y}` });
    }
  }
  return { width, height: r(maxY - minY + 2 * MARGIN), nodes: placed, links };
}

export interface DutyInvolved {
  duty: Entity;
  leaders: Entity[];
  /** The focuses / items that link to the duty (realises or concerns), in tree order. */
  via: Entity[];
  interpretive: boolean;
}

/** Duties the subtree's entities put into practice (or concern), each with who is responsible for it. */
export function dutiesInvolved(graph: EntityGraph, rootId: string): DutyInvolved[] {
  const order: string[] = [];
  const walk = (id: string) => {
    order.push(id);
    for (const c of childrenOf(graph, id)) walk(c);
  };
  walk(rootId);
  const out = new Map<string, DutyInvolved>();
  for (const id of order) {
    for (const e of edgesOf(graph, id)) {
      if (e.direction !== 'out' || (e.link.type !== 'realises' && e.link.type !== 'concerns')) continue;
      const duty = graph.model.entities.get(e.other);
      if (duty?.kind !== 'duty') continue;
      let d = out.get(duty.id);
      if (!d) {
        const leaders = incoming(graph, duty.id, 'responsible-for')
          .map((l) => graph.model.entities.get(l))
          .filter((l): l is Entity => !!l);
        out.set(duty.id, (d = { duty, leaders, via: [], interpretive: false }));
      }
      const from = graph.model.entities.get(id);
      if (from && !d.via.includes(from)) d.via.push(from);
      d.interpretive ||= e.link.interpretive;
    }
  }
  return [...out.values()];
}
