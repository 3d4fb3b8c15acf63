import { describe, expect, it } from 'vitest';
import { buildGraph, entitiesOfKind, outgoing } from '../../../src/core/graph';
import { builtInDataset } from '../../../src/model/dataset';
import { loadModel } from '../../../src/model/validate';
import { layoutLeadership, leaderTree, METRICS, type Rect } from '../../../src/features/leadership/layout';
import { textWidth, wrapText } from '../../../src/shared/textMetrics';
import type { Lang } from '../../../src/store/url';

const graph = buildGraph(loadModel(builtInDataset()));
const LEADERS = entitiesOfKind(graph, 'leader').map((e) => e.id);

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

describe('wrapText', () => {
  it('breaks Chinese between characters and English at spaces, within the width', () => {
    const zh = wrapText('党建和脱贫攻坚队伍建设', 60, 12);
    expect(zh.join('')).toBe('党建和脱贫攻坚队伍建设');
    expect(zh.length).toBeGreaterThan(1);
    for (const l of zh) expect(textWidth(l, 12)).toBeLessThanOrEqual(60);
    const en = wrapText('Secretary of the county Commission for Discipline Inspection', 120, 12);
    expect(en.join(' ')).toBe('Secretary of the county Commission for Discipline Inspection');
    for (const l of en) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
  });
  it('never starts a line with closing punctuation and cuts over-long words', () => {
    const lines = wrapText('政协主席，人大主任（……）和纪律', 48, 12);
    expect(lines.join('')).toBe('政协主席，人大主任（……）和纪律');
    expect(lines[0]).toBe('政协主');
    for (const l of lines) expect(l).not.toMatch(/^[）…，。]/);
    const long = wrapText('Supercalifragilistic', 40, 12);
    expect(long.join('')).toBe('Supercalifragilistic');
    for (const l of long) expect(textWidth(l, 12)).toBeLessThanOrEqual(40);
  });
});

describe('leaderTree', () => {
  it('roots at the secretary-head under 党政齐抓共管, with the deputy secretary and the poverty office beneath', () => {
    const t = leaderTree(graph)!;
    expect(t.id).toBe('leader-secretary-head');
    expect(t.children.map((c) => c.id)).toEqual(['leader-deputy-secretary', 'dept-poverty-office']);
    expect(t.children[0]!.children.map((c) => c.id)).toContain('leader-united-front-dept');
  });
});

const CASES: Array<[number, Lang, 'columns' | 'indented']> = [
  [1280, 'zh', 'columns'],
  [1280, 'en', 'columns'],
  [1280, 'both', 'columns'],
  [860, 'en', 'columns'],
  [390, 'zh', 'indented'],
  [390, 'en', 'indented'],
  [390, 'both', 'indented'],
  [330, 'en', 'indented'],
];

describe.each(CASES)('layoutLeadership at %i px, %s', (width, lang, mode) => {
  const layout = layoutLeadership(graph, lang, width)!;

  it(`uses the ${mode} shape and stays inside the width`, () => {
    expect(layout.mode).toBe(mode);
    const boxes = [layout.banner, ...layout.leaders.map((l) => l.card), ...layout.duties];
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(width);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
    }
  });

  it('places every leader exactly once, keyed by entity id', () => {
    const ids = layout.leaders.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...LEADERS].sort());
    expect(layout.banner.id).toBe('principle-joint-management');
  });

  it('puts each duty inside its own leader’s card, below or beside the name', () => {
    for (const l of layout.leaders) {
      const duties = outgoing(graph, l.id, 'responsible-for');
      expect(l.dutyIds).toEqual(duties);
      for (const id of duties) {
        const d = layout.duties.find((x) => x.id === id)!;
        expect(d.leaderId).toBe(l.id);
        expect(inside(d, l.card)).toBe(true);
        expect(d.y >= l.y + l.h || d.x >= l.x + l.w).toBe(true);
      }
    }
    expect(layout.duties.find((d) => d.id === 'support-social')?.leaderId).toBe('leader-united-front-dept');
  });

  it('has no two boxes overlapping', () => {
    const cards = [layout.banner, ...layout.leaders.map((l) => l.card)];
    for (let i = 0; i < cards.length; i++)
      for (let j = i + 1; j < cards.length; j++) expect(overlaps(cards[i]!, cards[j]!), `${i} vs ${j}`).toBe(false);
    const inCard = [...layout.leaders.map((l) => ({ id: l.id, x: l.x, y: l.y, w: l.w, h: l.h })), ...layout.duties];
    for (let i = 0; i < inCard.length; i++)
      for (let j = i + 1; j < inCard.length; j++) expect(overlaps(inCard[i]!, inCard[j]!), `${inCard[i]!.id} vs ${inCard[j]!.id}`).toBe(false);
  });

  it('wraps every label to fit its box', () => {
    for (const b of [layout.banner, ...layout.leaders, ...layout.duties]) {
      for (const line of b.lines) expect(textWidth(line, b.fontSize), `${b.id}: ${line}`).toBeLessThanOrEqual(b.w - 2 * b.padX + 0.01);
      expect(b.h).toBeGreaterThanOrEqual(b.lines.length * Math.round(b.fontSize * METRICS.lineHeight));
    }
  });

  it('joins every leader to its parent (the top one to the banner) with rounded paths', () => {
    expect(layout.edges).toHaveLength(layout.leaders.length);
    for (const l of layout.leaders) {
      const e = layout.edges.find((x) => x.from === l.id)!;
      expect(e.to).toBe(l.parentId ?? 'principle-joint-management');
      expect(e.interpretive).toBe(true); // every part-of link in leadership.json is our reading
      expect(e.d).toMatch(/^M-?\d+,-?\d+([HV]-?\d+|,)*$/);
    }
  });
});

describe('layoutLeadership details', () => {
  it('is deterministic and rounds every number', () => {
    const a = layoutLeadership(graph, 'zh', 1280);
    expect(layoutLeadership(graph, 'zh', 1280)).toEqual(a);
    const nums: number[] = [];
    JSON.stringify(a, (_k, v) => (typeof v === 'number' && nums.push(v), v));
    for (const n of nums) expect(Number.isInteger(n)).toBe(true);
  });

  it('orders the tree in columns: banner, then the top leader, the deputy secretary, the nine leaders', () => {
    const l = layoutLeadership(graph, 'zh', 1280)!;
    const x = (id: string) => l.leaders.find((n) => n.id === id)!.x;
    expect(x('leader-secretary-head')).toBe(0);
    expect(x('leader-deputy-secretary')).toBeGreaterThan(x('leader-secretary-head'));
    expect(x('leader-cppcc-chair')).toBeGreaterThan(x('leader-deputy-secretary'));
    expect(x('dept-poverty-office')).toBe(x('leader-deputy-secretary'));
    for (const n of l.leaders) expect(n.y).toBeGreaterThan(l.banner.y + l.banner.h);
  });

  it('puts short duties beside the name when they fit, and stacks long ones', () => {
    const wide = layoutLeadership(graph, 'zh', 1280)!;
    const cppcc = wide.leaders.find((n) => n.id === 'leader-cppcc-chair')!;
    const industry = wide.duties.find((d) => d.id === 'duty-industry')!;
    expect(industry.x).toBeGreaterThanOrEqual(cppcc.x + cppcc.w);
    expect(industry.y).toBeLessThan(cppcc.y + cppcc.h);
    const phone = layoutLeadership(graph, 'en', 390)!;
    const c2 = phone.leaders.find((n) => n.id === 'leader-cppcc-chair')!;
    expect(phone.duties.find((d) => d.id === 'duty-industry')!.y).toBeGreaterThanOrEqual(c2.y + c2.h);
  });

  it('indents by depth on a phone, in reading order', () => {
    const l = layoutLeadership(graph, 'zh', 390)!;
    expect(l.leaders.map((n) => n.id).slice(0, 3)).toEqual(['leader-secretary-head', 'leader-deputy-secretary', 'leader-cppcc-chair']);
    expect(l.leaders.at(-1)!.id).toBe('dept-poverty-office');
    for (let i = 1; i < l.leaders.length; i++) expect(l.leaders[i]!.card.y).toBeGreaterThan(l.leaders[i - 1]!.card.y);
    for (const n of l.leaders) expect(n.x).toBe(n.depth * METRICS.indent);
  });

  it('marks reconstructed readings with ※ and keeps their printed text', () => {
    const l = layoutLeadership(graph, 'zh', 1280)!;
    const all = [...l.leaders, ...l.duties];
    for (const id of ['duty-discipline', 'duty-finance', 'duty-team-building', 'duty-social-governance', 'leader-deputy-secretary']) {
      const b = all.find((x) => x.id === id)!;
      expect(b.mark).toBe('※');
      expect(b.lines.join('')).toContain('※');
      expect(b.printed).toBe(graph.model.entities.get(id)!.printed);
    }
    expect(all.find((x) => x.id === 'duty-industry')!.mark).toBe('');
  });

  it('draws two languages in “both”: Chinese lines first, then English', () => {
    const l = layoutLeadership(graph, 'both', 1280)!;
    const cppcc = l.leaders.find((n) => n.id === 'leader-cppcc-chair')!;
    expect(cppcc.lines[0]).toBe('政协主席');
    expect(cppcc.firstLangLines).toBe(1);
    expect(cppcc.lines.slice(1).join(' ')).toBe('Chair of the county CPPCC committee');
    const en = layoutLeadership(graph, 'en', 1280)!;
    expect(en.leaders.find((n) => n.id === 'leader-cppcc-chair')!.lines.join(' ')).toBe('Chair of the county CPPCC committee');
  });
});
