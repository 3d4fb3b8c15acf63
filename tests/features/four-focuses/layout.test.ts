import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph';
import { builtInDataset } from '../../../src/model/dataset';
import { loadModel } from '../../../src/model/validate';
import { dutiesInvolved, focusTree, layoutRadial, MIN_RADIAL_WIDTH, overlaps } from '../../../src/features/four-focuses/layout';
import { textWidth, wrapText } from '../../../src/shared/textMetrics';

const graph = buildGraph(loadModel(builtInDataset()));
const ALL = [
  'lankao-exit',
  'four-focuses',
  'focus-supply-side',
  'fi-home-furnishing',
  'fi-food-processing',
  'fi-emerging-industries',
  'focus-urbanisation',
  'fi-main-urban-area',
  'fi-central-towns',
  'fi-countryside',
  'focus-livelihood',
  'fi-public-services',
  'fi-public-concerns',
  'focus-party-building',
  'fi-leadership-teams',
  'fi-village-teams',
  'fi-personnel-orientation',
];

describe('wrapText', () => {
  it('wraps Chinese by character and English by word, within the width', () => {
    const zh = wrapText('推进教育/医疗/养老等民生服务体系', 100, 12);
    expect(zh.join('')).toBe('推进教育/医疗/养老等民生服务体系');
    expect(zh.every((l) => textWidth(l, 12) <= 100)).toBe(true);
    const en = wrapText('Building up education, medical, elderly-care and other public services', 100, 12);
    expect(en.join(' ')).toBe('Building up education, medical, elderly-care and other public services');
    expect(en.every((l) => textWidth(l, 12) <= 100)).toBe(true);
    expect(en.length).toBeGreaterThan(1);
  });
  it('keeps closing punctuation off the start of a line', () => {
    for (let w = 30; w < 120; w += 7)
      for (const line of wrapText('配强乡、村两级领导班子，树立鲜明的用人导向。', w, 12)) expect(line).not.toMatch(/^[、，。]/);
  });
});

describe('layoutRadial', () => {
  const widths = [410, 440, 600, 866];
  for (const lang of ['zh', 'en', 'both'] as const) {
    for (const width of widths) {
      it(`places every entity once, inside the width, with no overlapping labels (${lang}, ${width}px)`, () => {
        const l = layoutRadial(focusTree(graph, 'four-focuses', lang), width)!;
        expect(l).not.toBeNull();
        expect(l.nodes.map((n) => n.id).sort()).toEqual([...ALL].sort());
        expect(overlaps(l.nodes)).toEqual([]);
        for (const n of l.nodes) {
          expect(n.box.x).toBeGreaterThanOrEqual(0);
          expect(n.box.x + n.box.w).toBeLessThanOrEqual(width);
          expect(n.box.y).toBeGreaterThanOrEqual(0);
          expect(n.box.y + n.box.h).toBeLessThanOrEqual(l.height);
        }
      });
    }
  }

  it('is deterministic, with whole-pixel positions (snapshot at 410 px, zh)', () => {
    const a = layoutRadial(focusTree(graph, 'four-focuses', 'zh'), 410)!;
    const b = layoutRadial(focusTree(graph, 'four-focuses', 'zh'), 410)!;
    expect(a).toEqual(b);
    for (const n of a.nodes) for (const v of [n.x, n.y, n.box.x, n.box.y, n.box.w, n.box.h]) expect(Number.isInteger(v)).toBe(true);
    expect(a.nodes.map((n) => `${n.id} ${n.role} ${n.x},${n.y} ${n.anchor}`)).toMatchSnapshot();
  });

  it('puts the centre in the middle, focuses inside the item ring, items outside', () => {
    const l = layoutRadial(focusTree(graph, 'four-focuses', 'zh'), 600)!;
    const c = l.nodes.find((n) => n.role === 'centre')!;
    expect(c.id).toBe('lankao-exit');
    expect(c.x).toBe(300);
    const d = (n: { x: number; y: number }) => Math.hypot((n.x - c.x) / 1, n.y - c.y);
    const focusMax = Math.max(...l.nodes.filter((n) => n.role === 'focus').map(d));
    const itemMin = Math.min(...l.nodes.filter((n) => n.role === 'item').map(d));
    expect(focusMax).toBeLessThan(itemMin);
    // Items on the right are anchored at their start, on the left at their end.
    for (const n of l.nodes.filter((x) => x.role === 'item')) {
      if (n.x > c.x + 60) expect(n.anchor).toBe('start');
      if (n.x < c.x - 60) expect(n.anchor).toBe('end');
    }
    expect(l.links).toHaveLength(15);
  });

  it('gives up below the radial width (the panel then draws an indented tree)', () => {
    expect(layoutRadial(focusTree(graph, 'four-focuses', 'zh'), MIN_RADIAL_WIDTH - 1)).toBeNull();
  });

  it('shows both languages as two label lines in "both" mode, the English one secondary', () => {
    const l = layoutRadial(focusTree(graph, 'four-focuses', 'both'), 866)!;
    const n = l.nodes.find((x) => x.id === 'fi-main-urban-area')!;
    expect(n.lines).toEqual([
      { text: '主城区', secondary: false },
      { text: 'Main urban area', secondary: true },
    ]);
  });
});

describe('dutiesInvolved', () => {
  it('lists each duty the focuses realise, with who holds it and which items lead there', () => {
    const d = dutiesInvolved(graph, 'four-focuses');
    expect(d.map((x) => x.duty.id)).toEqual([
      'duty-industry',
      'duty-living-environment',
      'duty-social-governance',
      'duty-team-building',
      'duty-train-teams',
    ]);
    expect(d[0]!.via.map((v) => v.id)).toEqual(['fi-home-furnishing', 'fi-food-processing', 'fi-emerging-industries']);
    expect(d[0]!.leaders.map((l) => l.label.zh)).toEqual(['政协主席']);
    expect(d.find((x) => x.duty.id === 'duty-train-teams')!.leaders.map((l) => l.id)).toEqual(['dept-poverty-office']);
    expect(d.every((x) => x.interpretive)).toBe(true);
  });
});
