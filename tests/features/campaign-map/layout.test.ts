import { describe, expect, it } from 'vitest';
import {
  TOGGLE_SPAN,
  fitTransform,
  keepAnchor,
  layoutMap,
  panToShow,
  readableFit,
  READABLE_SCALE,
  type MapLayout,
} from '../../../src/features/campaign-map/layout';
import { labelLines } from '../../../src/features/campaign-map/labels';
import { expandToLevel, indexFromGraph, subtreeIds, visibleTree } from '../../../src/features/campaign-map/tree';
import { buildGraph } from '../../../src/core/graph';
import { loadModel } from '../../../src/model/validate';
import { builtInDataset } from '../../../src/model/dataset';
import type { Lang } from '../../../src/store/url';

const graph = buildGraph(loadModel(builtInDataset()));
const cm = indexFromGraph(graph);

function layoutAt(level: number, lang: Lang, root = cm.root): MapLayout {
  const v = visibleTree(cm, root, expandToLevel(cm, cm.root, level));
  return layoutMap(v, (n) => {
    const e = graph.model.entities.get(n.id)!;
    return labelLines(e.label, e.confidence, lang, n.level);
  });
}

/** A compact SVG of the layout (rounded numbers) for the snapshot. */
function toSvg(l: MapLayout): string {
  const rows = [`<svg viewBox="${l.bounds.x} ${l.bounds.y} ${l.bounds.width} ${l.bounds.height}">`];
  for (const k of l.links) rows.push(`  <path data-to="${k.id}" d="${k.d}"/>`);
  for (const n of l.nodes) {
    rows.push(
      `  <g data-entity="${n.id}" transform="translate(${n.x},${n.y})"><rect width="${n.width}" height="${n.height}"/>${n.lines.map((t) => `<text y="${t.y}">${t.text}</text>`).join('')}</g>`,
    );
  }
  rows.push('</svg>');
  return rows.join('\n');
}

const overlaps = (a: { y: number; height: number }, b: { y: number; height: number }) => a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutMap', () => {
  it('is deterministic, in whole pixels', () => {
    const a = layoutAt(2, 'zh');
    expect(layoutAt(2, 'zh')).toEqual(a);
    for (const n of a.nodes) for (const v of [n.x, n.y, n.width, n.height]) expect(Number.isInteger(v)).toBe(true);
    expect(a.links.every((k) => !/\.\d/.test(k.d))).toBe(true);
  });

  it('matches the snapshot of the default desktop state (level 2, Chinese)', () => {
    expect(toSvg(layoutAt(2, 'zh'))).toMatchSnapshot();
  });

  it.each(['zh', 'en', 'both'] as const)('never overlaps two boxes, fully open, in %s', (lang) => {
    const l = layoutAt(Infinity, lang);
    expect(l.nodes).toHaveLength(cm.order.length);
    const byDepth = new Map<number, typeof l.nodes>();
    for (const n of l.nodes) byDepth.set(n.depth, [...(byDepth.get(n.depth) ?? []), n]);
    for (const col of byDepth.values()) {
      const sorted = [...col].sort((a, b) => a.y - b.y);
      for (let i = 1; i < sorted.length; i++) expect(overlaps(sorted[i - 1]!, sorted[i]!)).toBe(false);
    }
    // Columns: every box (and its toggle) ends before the next column starts.
    for (const n of l.nodes) {
      const next = l.nodes.filter((m) => m.depth === n.depth + 1);
      for (const m of next) expect(n.x + n.width + TOGGLE_SPAN).toBeLessThan(m.x);
    }
    for (const n of l.nodes) {
      expect(n.y).toBeGreaterThanOrEqual(l.bounds.y);
      expect(n.y + n.height).toBeLessThanOrEqual(l.bounds.y + l.bounds.height);
      expect(n.x + n.width).toBeLessThanOrEqual(l.bounds.x + l.bounds.width);
    }
  });

  it('links each shown child to its parent, ending at the child’s left edge', () => {
    const l = layoutAt(2, 'en');
    expect(l.links).toHaveLength(l.nodes.length - 1);
    const byId = new Map(l.nodes.map((n) => [n.id, n]));
    for (const k of l.links) {
      const c = byId.get(k.id)!;
      const p = byId.get(k.parent)!;
      expect(cm.parent.get(k.id)).toBe(k.parent);
      expect(k.d.startsWith(`M${p.x + p.width + TOGGLE_SPAN},`)).toBe(true);
      expect(k.d.endsWith(` ${c.x},${c.y + Math.round(c.height / 2)}`)).toBe(true);
    }
  });

  it('grows taller with two languages, and draws a focused branch from x = 0', () => {
    expect(layoutAt(2, 'both').bounds.height).toBeGreaterThan(layoutAt(2, 'zh').bounds.height);
    const branch = layoutAt(Infinity, 'zh', 'cm-links');
    expect(branch.nodes[0]).toMatchObject({ id: 'cm-links', x: 0, depth: 0, level: 1 });
    expect(branch.nodes.map((n) => n.id)).toEqual(subtreeIds(cm, 'cm-links'));
  });
});

describe('viewport maths', () => {
  const box = { x: 0, y: 0, width: 400, height: 200 };

  it('centres a small drawing at natural size', () => {
    expect(fitTransform(box, 800, 600)).toEqual({ x: 200, y: 200, k: 1 });
  });

  it('scales a large drawing down to fit', () => {
    const t = fitTransform({ x: 0, y: 0, width: 1600, height: 400 }, 800, 600);
    expect(t.k).toBeCloseTo(768 / 1600, 3);
    expect(t.x).toBeCloseTo(16, 0);
  });

  it('stops at a readable scale and shows the top-left (the root side) instead', () => {
    const tall = { x: 0, y: 0, width: 500, height: 3000 };
    const t = readableFit(tall, 800, 600);
    expect(t.k).toBe(READABLE_SCALE);
    expect(t.y).toBe(16);
    expect(t.x).toBeGreaterThan(16); // still centred across
  });

  it('centres a too-tall drawing on the shown root, without showing past its edges', () => {
    const tall = { x: 0, y: 0, width: 500, height: 3000 };
    const mid = readableFit(tall, 800, 600, { x: 0, y: 1490, width: 100, height: 20 });
    expect(mid.y).toBe(300 - 1500 * READABLE_SCALE);
    const nearTop = readableFit(tall, 800, 600, { x: 0, y: 10, width: 100, height: 20 });
    expect(nearTop.y).toBe(16);
    const nearBottom = readableFit(tall, 800, 600, { x: 0, y: 2990, width: 100, height: 10 });
    expect(nearBottom.y).toBe(600 - 16 - 3000 * READABLE_SCALE);
  });

  it('pans just enough to show a node, or not at all', () => {
    const t = { x: 0, y: 0, k: 1 };
    expect(panToShow(t, { x: 100, y: 100, width: 50, height: 20 }, 800, 600)).toBeNull();
    expect(panToShow(t, { x: 900, y: 100, width: 50, height: 20 }, 800, 600)).toEqual({ x: -166, y: 0, k: 1 });
    expect(panToShow(t, { x: 10, y: -50, width: 50, height: 20 }, 800, 600)).toEqual({ x: 6, y: 66, k: 1 });
    expect(panToShow({ x: 0, y: 0, k: 2 }, { x: 500, y: 10, width: 50, height: 20 }, 800, 600)).toEqual({ x: -316, y: 0, k: 2 });
  });

  it('keeps an anchor node still when the layout moves it', () => {
    expect(keepAnchor({ x: 10, y: 20, k: 2 }, { x: 100, y: 300 }, { x: 100, y: 250 })).toEqual({ x: 10, y: 120, k: 2 });
  });
});
