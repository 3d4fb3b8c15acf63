// The domain layer: the figures more than one surface shows, computed once. The overview, the
// funding panel, the comparison and the printed table read the same functions, so they show the
// same numbers; a fund in another unit than its total still gets its true share.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/graph';
import type { Entity, Measure } from '../../src/model/schema';
import type { Model } from '../../src/model/types';
import { convert, fundShares, inBaseUnits, perBeneficiary } from '../../src/domain/funding';
import { assess, assessedCriteria, passes } from '../../src/domain/criteria';
import { comparatorSign, shareText } from '../../src/domain/format';
import { buildOverview, percentText } from '../../src/features/overview/model';
import { fundingData, shareText as fundingShareText } from '../../src/features/funding/funding';
import { compareFunding, compareExit } from '../../src/features/compare/compare';
import { assessedCriteria as panelCriteria } from '../../src/features/exit-criteria/exitCriteria';
import { formatMeasure } from '../../src/shared/format';
import { realGraph } from '../helpers/data';

const graph = realGraph();

/** The real graph with one fund's amount restated in another unit (41,500 万元 = 4.15 亿元). */
function withFundIn万(id: string): ReturnType<typeof realGraph> {
  const model = structuredClone(graph.model) as Model;
  const fund = model.entities.get(id)!;
  const restated: Entity = {
    ...fund,
    measures: fund.measures!.map((m) => (m.id === 'amount' ? { ...m, value: Math.round(m.value * 10_000), unit: '万元', unitEn: '10,000 yuan' } : m)),
  };
  const entityList = model.entityList.map((e) => (e.id === id ? restated : e));
  return buildGraph({ ...model, entityList, entities: new Map(entityList.map((e) => [e.id, e])) });
}

describe('fund shares', () => {
  it('are the book’s 4.15 / 3.20 / 1.98 of 9.33 亿元', () => {
    const f = fundShares(graph)!;
    expect(f.amount.value).toBe(9.33);
    expect(f.parts.map((p) => p.id)).toEqual(['fund-special', 'fund-sector', 'fund-social']);
    expect(f.parts.map((p) => shareText(p.share))).toEqual(['44.5%', '34.3%', '21.2%']);
    expect(f.partsSum).toBeCloseTo(9.33, 10);
  });

  it('convert each amount to yuan first: a fund in 万元 under a total in 亿元 keeps its share', () => {
    const g = withFundIn万('fund-special');
    expect(g.model.entities.get('fund-special')!.measures![0]!.unit).toBe('万元');
    const f = fundShares(g)!;
    expect(f.parts.map((p) => shareText(p.share))).toEqual(['44.5%', '34.3%', '21.2%']);
    expect(f.partsSum).toBeCloseTo(9.33, 10);
    // The overview used to drop such a fund (its unit differed from the total's).
    expect(buildOverview(g).funding.parts.map((p) => p.fund.id)).toEqual(['fund-special', 'fund-sector', 'fund-social']);
  });

  it('are undefined for a picture without the total, and 0 (not NaN) for a total of 0', () => {
    const without = graph.model.entityList.filter((e) => e.id !== 'fund-total');
    expect(fundShares(buildGraph({ ...graph.model, entityList: without, entities: new Map(without.map((e) => [e.id, e])) }))).toBeUndefined();
    const zero = structuredClone(graph.model) as Model;
    for (const e of zero.entityList) for (const m of e.measures ?? []) if (m.id === 'amount') m.value = 0;
    expect(fundShares(buildGraph({ ...zero, entities: new Map(zero.entityList.map((e) => [e.id, e])) }))!.parts.map((p) => p.share)).toEqual([
      0, 0, 0,
    ]);
  });

  it('are the same numbers on the overview, the funding panel, the comparison and the printed table', () => {
    const domain = fundShares(graph)!.parts.map((p) => [p.id, p.share]);
    expect(buildOverview(graph).funding.parts.map((p) => [p.fund.id, p.share])).toEqual(domain);
    expect(fundingData(graph).parts.map((p) => [p.id, p.share])).toEqual(domain);
    const compared = compareFunding(graph, graph).filter((r) => r.id !== 'fund-total');
    expect(compared.map((r) => [r.id, r.a!.share])).toEqual(domain);
    // One way to write a share: the overview's (and print's) percentText is the funding panel's shareText.
    expect(percentText).toBe(shareText);
    expect(fundingShareText).toBe(shareText);
  });
});

describe('unit conversion and per-beneficiary figures', () => {
  const amount: Measure = {
    id: 'amount',
    label: { zh: '', en: '' },
    value: 9.33,
    unit: '亿元',
    unitEn: '100 million yuan',
    period: '2014–2016',
    role: 'value',
    sources: [],
  };
  const people: Measure = {
    id: 'beneficiaries',
    label: { zh: '', en: '' },
    value: 7.21,
    unit: '万人次',
    unitEn: '10,000 person-times',
    period: '2014–2016',
    role: 'value',
    sources: [],
  };

  it('converts 亿元 to 万元 and to yuan per beneficiary', () => {
    expect(inBaseUnits(amount)).toBeCloseTo(933_000_000, 3);
    expect(convert(amount, 'yi')).toBeCloseTo(9.33, 10);
    expect(convert(amount, 'wan')).toBeCloseTo(93_300, 6);
    expect(perBeneficiary(amount, people)).toBeCloseTo(933_000_000 / 72_100, 6);
    expect(convert(amount, 'per', people)).toBe(perBeneficiary(amount, people));
    expect(() => convert(amount, 'per')).toThrow(/beneficiaries/);
  });

  it('gives the comparison the funding panel’s per-beneficiary figure', () => {
    const f = fundingData(graph);
    const row = compareFunding(graph, graph).find((r) => r.id === 'fund-total')!;
    expect(row.a!.perBeneficiary).toBeCloseTo(convert(f.amount, 'per', f.beneficiaries), 10);
  });
});

describe('assessed criteria', () => {
  it('meet their standard by the comparator, on the side it says', () => {
    expect([passes(1.99, 2, '<'), passes(2, 2, '<'), passes(2, 2, '<='), passes(90, 90, '>='), passes(90, 90, '>')]).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
    const rows = assessedCriteria(graph);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.pass).toBe(passes(r.value.value, r.threshold.value, r.threshold.comparator));
      expect(r.side).toBe(r.threshold.comparator.startsWith('<') ? 'ceiling' : 'floor');
    }
  });

  it('are the same on the exit panel, the overview and the comparison', () => {
    const domain = assessedCriteria(graph).map((r) => [r.id, r.value.value, r.threshold.value, r.pass]);
    expect(panelCriteria(graph).map((r) => [r.id, r.value.value, r.threshold.value, r.pass])).toEqual(domain);
    expect(compareExit(graph, graph).map((r) => [r.id, r.a!.value.value, r.a!.threshold.value, r.a!.pass])).toEqual(domain);
    const overview = buildOverview(graph).exit.assessed.filter((a) => a.threshold);
    expect(overview.map((a) => [a.criterion.id, a.value.value, a.threshold!.value])).toEqual(domain.map(([id, v, t]) => [id, v, t]));
  });

  it('leave out a criterion without a standard', () => {
    const c = graph.model.entities.get(assessedCriteria(graph)[0]!.id)!;
    expect(assess({ ...c, measures: c.measures!.filter((m) => m.role !== 'threshold') }, 'x')).toBeUndefined();
  });
});

describe('how shared figures are written', () => {
  it('writes the comparator signs as the book prints them, in every surface', () => {
    expect(['<', '<=', '>', '>=', undefined].map((c) => comparatorSign(c as Measure['comparator']))).toEqual(['<', '≤', '>', '≥', '']);
    const standard: Measure = {
      id: 't',
      label: { zh: '', en: '' },
      value: 2,
      unit: '%',
      unitEn: '%',
      period: '2016',
      role: 'threshold',
      comparator: '<=',
      sources: [],
    };
    expect(formatMeasure(standard, 'zh')).toBe('≤ 2%');
  });

  it('writes a share with one decimal, rounded', () => {
    expect([0.4448, 0.32, 0.2122, 1, 0].map(shareText)).toEqual(['44.5%', '32.0%', '21.2%', '100.0%', '0.0%']);
  });
});
