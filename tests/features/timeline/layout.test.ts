import { describe, expect, it } from 'vitest';
import { buildGraph, entitiesOfKind } from '../../../src/core/graph';
import { builtInDataset } from '../../../src/model/builtInDataset';
import { loadModel } from '../../../src/model/validate';
import { trLines } from '../../../src/i18n/text';
import { layoutTimeline, parseDateSpan } from '../../../src/features/timeline/layout';
import { periodContains, timelineFigures } from '../../../src/features/timeline/figures';

const graph = buildGraph(loadModel(builtInDataset()));
const inputs = (lang: 'zh' | 'en' | 'both') =>
  entitiesOfKind(graph, 'event').map((e) => ({
    id: e.id,
    date: e.date!,
    lines: trLines(e.label, lang).map((text, i) => ({ text, secondary: i > 0 })),
  }));

const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('parseDateSpan', () => {
  it('reads years, months, days and ranges as spans of fractional years', () => {
    expect(parseDateSpan('1962')).toEqual({ start: 1962, end: 1963, precision: 'year' });
    expect(parseDateSpan('2014-03')).toEqual({ start: 2014 + 2 / 12, end: 2014.25, precision: 'month' });
    const d = parseDateSpan('2017-02-27')!;
    expect(d.precision).toBe('day');
    expect(d.start).toBeCloseTo(2017 + (1 + 26 / 28) / 12, 6);
    expect(parseDateSpan('2014/2016')).toEqual({ start: 2014, end: 2017, precision: 'range' });
    expect(parseDateSpan('soon')).toBeNull();
    expect(parseDateSpan('2014/2015/2016')).toBeNull();
  });
});

describe('layoutTimeline', () => {
  for (const lang of ['zh', 'en', 'both'] as const) {
    for (const width of [344, 600, 866]) {
      it(`places every event inside the width, labels clear of each other and of the marks (${lang}, ${width}px)`, () => {
        const l = layoutTimeline(inputs(lang), width);
        expect(l.events).toHaveLength(9);
        const marks = l.events.map((e) => ({ x: e.x0 - 5, y: e.y - 5, w: Math.max(e.x1 - e.x0, 0) + 10, h: 10 }));
        for (const [i, e] of l.events.entries()) {
          expect(e.box.x).toBeGreaterThanOrEqual(0);
          expect(e.box.x + e.box.w).toBeLessThanOrEqual(width);
          expect(e.x1).toBeLessThanOrEqual(width);
          for (const [j, f] of l.events.entries()) {
            if (j <= i) continue;
            expect(overlap(e.box, f.box), `${e.id} / ${f.id}`).toBe(false);
          }
          for (const m of marks) expect(overlap(e.box, m), `${e.id} label over a mark`).toBe(false);
        }
        expect(l.axisY).toBeGreaterThan(Math.max(...l.events.map((e) => e.box.y + e.box.h)));
      });
    }
  }

  it('breaks the axis between 1962 and 2014 and keeps 2014–2017 wide', () => {
    const l = layoutTimeline(inputs('zh'), 866);
    expect(l.segments.map((s) => [s.from, Math.round(s.to)])).toEqual([
      [1962, 1963],
      [2014, 2017],
    ]);
    expect(l.breaks).toHaveLength(1);
    expect(l.breaks[0]).toBeGreaterThan(l.segments[0]!.x1);
    expect(l.breaks[0]).toBeLessThan(l.segments[1]!.x0);
    expect(l.segments[1]!.x1 - l.segments[1]!.x0).toBeGreaterThan(0.8 * 866);
    expect(l.years.map((y) => y.label)).toEqual(['1962', '2014', '2015', '2016', '2017']);
  });

  it('keeps time order: rows by date, positions growing with the date', () => {
    const l = layoutTimeline(inputs('en'), 866);
    const byId = new Map(l.events.map((e) => [e.id, e]));
    const order = [
      'ev-1962-jiao-yulu',
      'ev-2014-03-visit',
      'ev-2016-incidence',
      'ev-2017-02-24-confirmed',
      'ev-2017-02-27-approved',
      'ev-2017-03-27-announced',
    ];
    for (let i = 1; i < order.length; i++) {
      expect(byId.get(order[i]!)!.x0).toBeGreaterThanOrEqual(byId.get(order[i - 1]!)!.x0);
      expect(byId.get(order[i]!)!.y).toBeGreaterThan(byId.get(order[i - 1]!)!.y);
    }
    // Day-dated exits are dots; the 2014–2016 investment is a bar across three years.
    expect(byId.get('ev-2017-02-27-approved')!.dot).toBe(true);
    const inv = byId.get('ev-2014-2016-investment')!;
    expect(inv.dot).toBe(false);
    expect(inv.x0).toBe(l.segments[1]!.x0);
  });

  it('is deterministic with whole pixels (snapshot)', () => {
    const l = layoutTimeline(inputs('zh'), 866);
    expect(layoutTimeline(inputs('zh'), 866)).toEqual(l);
    expect(l.events.map((e) => `${e.id} ${e.x0}-${e.x1} y${e.y} ${e.anchor} ${e.lines.map((x) => x.text).join('|')}`)).toMatchSnapshot();
  });
});

describe('timelineFigures', () => {
  const f = timelineFigures(graph);

  it('shows every baseline value with its own source and flags the disagreeing ones', () => {
    const base = f.cards.find((c) => c.event.id === 'ev-2014-baseline')!;
    const pop = base.groups.find((g) => g.items.some((i) => i.measure.id === 'poor-population-xinhua'))!;
    expect(pop.items.map((i) => i.measure.value)).toEqual([7.21, 7.9, 7.735]);
    expect(pop.disagree).toBe(true);
    expect(pop.label).toEqual({ zh: '贫困人口', en: 'Poor population' });
    expect(pop.items.map((i) => i.measure.sources[0]!.source)).toEqual(['web-bdggg-xinhua-2016', 'web-xing528', 'web-fx361-2020']);
    const inc = base.groups.find((g) => g.items.some((i) => i.measure.unit === '%'))!;
    expect(inc.items.map((i) => i.measure.value)).toEqual([10.2, 11.8]);
    expect(inc.disagree).toBe(true);
    const villages = base.groups.find((g) => g.items.some((i) => i.measure.id === 'poor-villages'))!;
    expect(villages.disagree).toBe(false);
  });

  it('brings in the figures of what an event concerns, within its period', () => {
    const inv = f.cards.find((c) => c.event.id === 'ev-2014-2016-investment')!;
    expect(inv.groups.flatMap((g) => g.items.map((i) => `${i.owner.id}:${i.measure.value}`))).toContain('fund-total:9.33');
    const inc = f.cards.find((c) => c.event.id === 'ev-2016-incidence')!;
    // Its own end-2016 figure, then the criterion it concerns: its standard, and the assessment's 1.27%, which now
    // cites the book's dated sentence (截至2016年年底…) and so is shown for December 2016 (issue 24, point 6).
    expect(inc.groups.flatMap((g) => g.items.map((i) => `${i.owner.id}:${i.measure.value}`))).toEqual([
      'ev-2016-incidence:1.27',
      'crit-county-incidence:2',
      'crit-county-incidence:1.27',
    ]);
    expect(periodContains('2014–2016', '2014/2016')).toBe(true);
    expect(periodContains('2016', '2016-12')).toBe(true);
    expect(periodContains('2017', '2016-12')).toBe(false);
    expect(periodContains('201', '2016-12')).toBe(false);
  });

  it('lists the exit’s three dates, each with its sources, and marks the book’s own', () => {
    expect(f.exit.goal?.id).toBe('lankao-exit');
    expect(f.exit.dates.map((d) => [d.event.date, d.inBook])).toEqual([
      ['2017-02-24', false],
      ['2017-02-27', true],
      ['2017-03-27', false],
    ]);
    // The assessment's 98.96% gives no period: it is not placed on the approval date.
    expect(f.exit.dates[1]!.figures.map((i) => i.measure.value)).toEqual([]);
    expect(f.cards.some((c) => c.event.id.startsWith('ev-2017'))).toBe(false);
  });
});
