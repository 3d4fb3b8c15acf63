// The leaders' org chart as positioned boxes: graph + language + width in, rounded numbers out.
// d3-hierarchy gives the tree (who hangs under whom, from the part-of links); d3's tidy tree
// places the cards. Each leader is a card: its name, then one chip per duty it is
// responsible for, so a duty always sits next to (inside the card of) its leader.
//
// Two shapes, chosen by width:
//  - 'columns' (≥ COLUMNS_MIN_WIDTH): a left-to-right tree, one column per level. The nine
//    leaders under the deputy secretary stack in the last column, so long Chinese and
//    English labels get a wide column instead of a ninth of the panel each.
//  - 'indented' (phones): the same tree as an indented outline in reading order; every card
//    is as wide as the panel allows, and Tab walks it top to bottom.
import { hierarchy, tree, type HierarchyNode } from 'd3-hierarchy';
import type { EntityGraph } from '../../core/graph';
import { childrenOf, edgesOf, outgoing } from '../../core/graph';
import type { Entity } from '../../model/schema';
import type { Lang } from '../../store/url';
import { trLines } from '../../i18n/text';
import { confidenceMark } from '../../shared/entityText';
import { textWidth, wrapText } from '../../shared/textMetrics';

export const ROOT_PRINCIPLE = 'principle-joint-management';
export const COLUMNS_MIN_WIDTH = 600;

export const METRICS = {
  leaderFont: 14,
  dutyFont: 13,
  bannerFont: 16,
  lineHeight: 1.35,
  padX: 10,
  padY: 7,
  chipPadX: 8,
  chipPadY: 4,
  chipGap: 5,
  chipIndent: 8,
  cardGapY: 12,
  columnGap: 36,
  indent: 16,
  bannerGap: 22,
} as const;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextBox extends Rect {
  id: string;
  /** Lines to draw, already wrapped; in 'both' the Chinese lines come first. */
  lines: string[];
  /** How many of `lines` belong to the first language (the rest are the English lines in 'both'). */
  firstLangLines: number;
  fontSize: number;
  /** Inner padding: the renderer puts the first baseline at padY + half a line. */
  padX: number;
  padY: number;
  /** ※ reconstructed reading, † public source, '' as printed. */
  mark: string;
  /** The printed text where it differs from the label (reconstructed readings). */
  printed?: string;
}

export interface LeaderCard extends TextBox {
  depth: number;
  parentId: string | null;
  /** The card around the name and the duty chips (the name's own box is x/y/w/h). */
  card: Rect;
  dutyIds: string[];
}

export interface DutyChip extends TextBox {
  leaderId: string;
}

export interface TreeEdge {
  /** `${child}->${parent}`: unique, stable. */
  id: string;
  from: string;
  to: string;
  interpretive: boolean;
  /** SVG path, rounded. */
  d: string;
}

export interface LeadershipLayout {
  mode: 'columns' | 'indented';
  width: number;
  height: number;
  banner: TextBox;
  leaders: LeaderCard[];
  duties: DutyChip[];
  edges: TreeEdge[];
}

const r = (v: number) => Math.round(v);

export function lineHeight(fontSize: number): number {
  return r(fontSize * METRICS.lineHeight);
}

/** Wrap each language's text separately so that 'both' gives Chinese lines, then English lines. */
function labelLines(e: Entity, lang: Lang, maxWidth: number, fontSize: number): { lines: string[]; first: number } {
  const mark = confidenceMark(e.confidence);
  const texts = trLines(e.label, lang);
  const wrapped = texts.map((t, i) => wrapText(i === 0 && mark ? `${t} ${mark}` : t, maxWidth, fontSize));
  return { lines: wrapped.flat(), first: wrapped[0]?.length ?? 0 };
}

function textBox(e: Entity, lang: Lang, rect: Omit<Rect, 'h'>, fontSize: number, padX: number, padY: number): TextBox {
  const { lines, first } = labelLines(e, lang, rect.w - 2 * padX, fontSize);
  return {
    id: e.id,
    x: r(rect.x),
    y: r(rect.y),
    w: r(rect.w),
    h: r(lines.length * lineHeight(fontSize) + 2 * padY),
    lines,
    firstLangLines: first,
    fontSize,
    padX,
    padY,
    mark: confidenceMark(e.confidence),
    ...(e.printed ? { printed: e.printed } : {}),
  };
}

interface TreeDatum {
  id: string;
  children: TreeDatum[];
}

/** The leaders' tree from the part-of links: the top leader under the banner principle, then down. */
export function leaderTree(graph: EntityGraph): TreeDatum | null {
  const isLeader = (id: string) => graph.model.entities.get(id)?.kind === 'leader';
  const top = childrenOf(graph, ROOT_PRINCIPLE).find(isLeader);
  if (!top) return null;
  const seen = new Set<string>();
  const build = (id: string): TreeDatum => {
    seen.add(id);
    return {
      id,
      children: childrenOf(graph, id)
        .filter((c) => isLeader(c) && !seen.has(c))
        .map(build),
    };
  };
  return build(top);
}

/** A leader's duties: the targets of its responsible-for links, whatever file they come from. */
export function dutiesOf(graph: EntityGraph, leaderId: string): string[] {
  return outgoing(graph, leaderId, 'responsible-for').filter((id) => graph.model.entities.has(id));
}

function isInterpretive(graph: EntityGraph, from: string, to: string): boolean {
  const e = edgesOf(graph, from).find((x) => x.direction === 'out' && x.other === to && x.link.type === 'part-of');
  return e?.link.interpretive ?? false;
}

interface Sized {
  id: string;
  w: number;
  h: number;
  header: TextBox;
  chips: DutyChip[];
}

/** The widest line of a label if it were never wrapped (with its mark), per the language setting. */
function naturalWidth(e: Entity, lang: Lang, fontSize: number): number {
  const mark = confidenceMark(e.confidence);
  return Math.max(...trLines(e.label, lang).map((t, i) => textWidth(i === 0 && mark ? `${t} ${mark}` : t, fontSize)));
}

/**
 * Lay out one leader's card at the origin. Where the name and its duties fit on one row (short
 * Chinese labels in a wide column) the chips sit to the right of the name; otherwise they stack
 * under it. Either way every chip is inside its leader's card.
 */
function sizeCard(graph: EntityGraph, id: string, lang: Lang, w: number): Sized {
  const m = METRICS;
  const e = graph.model.entities.get(id)!;
  const dutyEntities = dutiesOf(graph, id).map((d) => graph.model.entities.get(d)!);
  const nameW = Math.ceil(naturalWidth(e, lang, m.leaderFont)) + 2 * m.padX + 2;
  const chipW = Math.ceil(Math.max(0, ...dutyEntities.map((d) => naturalWidth(d, lang, m.dutyFont)))) + 2 * m.chipPadX + 2;
  const sideBySide = dutyEntities.length > 0 && nameW + chipW + m.padX <= w;
  const header = textBox(e, lang, { x: 0, y: 0, w: sideBySide ? nameW : w }, m.leaderFont, m.padX, m.padY);
  const chips: DutyChip[] = [];
  const chipX = sideBySide ? nameW : m.chipIndent;
  let y = sideBySide ? m.chipGap : header.h;
  for (const d of dutyEntities) {
    const chip = textBox(d, lang, { x: chipX, y, w: w - chipX - m.padX + 2 }, m.dutyFont, m.chipPadX, m.chipPadY);
    chips.push({ ...chip, leaderId: id });
    y += chip.h + m.chipGap;
  }
  const chipsBottom = chips.length ? y - m.chipGap + (sideBySide ? m.chipGap : m.padY) : 0;
  const h = Math.max(header.h, chipsBottom);
  return { id, w: r(w), h: r(h), header, chips };
}

function place(s: Sized, x: number, y: number, depth: number, parentId: string | null) {
  const leader: LeaderCard = {
    ...s.header,
    x: r(x),
    y: r(y),
    depth,
    parentId,
    card: { x: r(x), y: r(y), w: s.w, h: s.h },
    dutyIds: s.chips.map((c) => c.id),
  };
  const duties = s.chips.map((c) => ({ ...c, x: r(x + c.x), y: r(y + c.y) }));
  return { leader, duties };
}

/**
 * Column widths for the 'columns' shape: each level gets what its widest card needs (a label on
 * one line), but the inner levels hold few cards and give up space first, so the last column —
 * nine leaders with the longest names — gets the rest.
 */
function columnWidths(graph: EntityGraph, root: HierarchyNode<TreeDatum>, lang: Lang, width: number): number[] {
  const m = METRICS;
  const levels = root.height + 1;
  const free = width - (levels - 1) * m.columnGap;
  const want = new Array<number>(levels).fill(0);
  root.each((n) => {
    const e = graph.model.entities.get(n.data.id)!;
    const duties = dutiesOf(graph, n.data.id).map((d) => graph.model.entities.get(d)!);
    const name = naturalWidth(e, lang, m.leaderFont) + 2 * m.padX;
    const chips = Math.max(0, ...duties.map((d) => naturalWidth(d, lang, m.dutyFont))) + 2 * m.chipPadX + m.chipIndent + m.padX;
    want[n.depth] = Math.max(want[n.depth]!, name, chips);
  });
  const even = free / levels;
  // Inner levels: what they need, between 60 % and 80 % of an even share.
  const inner = want.slice(0, -1).map((w) => Math.min(Math.max(w, even * 0.6), even * 0.8));
  const last = free - inner.reduce((a, b) => a + b, 0);
  return [...inner, last].map((w) => Math.floor(w));
}

export function layoutLeadership(graph: EntityGraph, lang: Lang, width: number): LeadershipLayout | null {
  const m = METRICS;
  const bannerEntity = graph.model.entities.get(ROOT_PRINCIPLE);
  const data = leaderTree(graph);
  if (!bannerEntity || !data) return null;
  width = Math.max(240, r(width));
  const banner = textBox(bannerEntity, lang, { x: 0, y: 0, w: width }, m.bannerFont, 14, 8);
  const top = banner.h + m.bannerGap;
  const root = hierarchy<TreeDatum>(data, (d) => d.children);
  const mode = width >= COLUMNS_MIN_WIDTH ? 'columns' : 'indented';
  const leaders: LeaderCard[] = [];
  const duties: DutyChip[] = [];
  const edges: TreeEdge[] = [];
  const edge = (child: LeaderCard, parent: LeaderCard | TextBox, d: string) =>
    edges.push({
      id: `${child.id}->${parent.id}`,
      from: child.id,
      to: parent.id,
      interpretive: isInterpretive(graph, child.id, parent.id),
      d,
    });

  if (mode === 'columns') {
    const colW = columnWidths(graph, root, lang, width);
    const colX = colW.map((_, i) => colW.slice(0, i).reduce((a, b) => a + b + m.columnGap, 0));
    const sized = new Map<string, Sized>();
    root.each((n) => sized.set(n.data.id, sizeCard(graph, n.data.id, lang, colW[n.depth]!)));
    const h = (n: HierarchyNode<TreeDatum>) => sized.get(n.data.id)!.h;
    // nodeSize [1, …]: separation is then in pixels, from the two cards' real heights.
    const laid = tree<TreeDatum>()
      .nodeSize([1, 1])
      .separation((a, b) => (h(a) + h(b)) / 2 + (a.parent === b.parent ? m.cardGapY : m.cardGapY * 2))(root);
    let minTop = Infinity;
    laid.each((n) => (minTop = Math.min(minTop, n.x - h(n) / 2)));
    const byId = new Map<string, LeaderCard>();
    laid.each((n) => {
      const s = sized.get(n.data.id)!;
      const { leader, duties: ds } = place(s, colX[n.depth]!, top + n.x - s.h / 2 - minTop, n.depth, n.parent?.data.id ?? null);
      byId.set(leader.id, leader);
      leaders.push(leader);
      duties.push(...ds);
    });
    for (const l of leaders) {
      const p = l.parentId ? byId.get(l.parentId) : undefined;
      if (p) {
        const x1 = p.card.x + p.card.w;
        const y1 = p.y + p.h / 2;
        const x2 = l.card.x;
        const y2 = l.y + l.h / 2;
        const xm = (x1 + x2) / 2;
        edge(l, p, `M${r(x1)},${r(y1)}H${r(xm)}V${r(y2)}H${r(x2)}`);
      } else {
        const cx = l.card.x + l.card.w / 2;
        edge(l, banner, `M${r(cx)},${banner.y + banner.h}V${l.card.y}`);
      }
    }
  } else {
    let y = top;
    const byId = new Map<string, LeaderCard>();
    root.eachBefore((n) => {
      const x = n.depth * m.indent;
      const s = sizeCard(graph, n.data.id, lang, width - x);
      const { leader, duties: ds } = place(s, x, y, n.depth, n.parent?.data.id ?? null);
      byId.set(leader.id, leader);
      leaders.push(leader);
      duties.push(...ds);
      y += s.h + m.cardGapY;
    });
    for (const l of leaders) {
      const p = l.parentId ? byId.get(l.parentId) : undefined;
      if (p) {
        // Down the parent's left gutter (inside the indent, clear of every card), then right.
        const x1 = p.card.x + m.indent / 2;
        edge(l, p, `M${r(x1)},${p.card.y + p.card.h}V${r(l.y + l.h / 2)}H${l.card.x}`);
      } else {
        edge(l, banner, `M${r(l.card.x + m.indent / 2)},${banner.y + banner.h}V${l.card.y}`);
      }
    }
  }
  const height = Math.max(...leaders.map((l) => l.card.y + l.card.h)) + 2;
  return { mode, width, height: r(height), banner, leaders, duties, edges };
}
