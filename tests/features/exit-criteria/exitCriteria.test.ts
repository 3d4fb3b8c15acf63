import { describe, expect, it } from 'vitest';
import { buildGraph, type EntityGraph } from '../../../src/core/graph';
import { builtInDataset } from '../../../src/model/builtInDataset';
import { loadModel, type RawDataset } from '../../../src/model/validate';
import type { GraphFile } from '../../../src/model/schema';
import {
  assessedCriteria,
  buildExitCriteriaOption,
  bulletLayout,
  criteriaSources,
  labelShift,
  exitChartDescription,
  exitLevels,
  exitTableRows,
  passes,
  type BulletDatum,
} from '../../../src/features/exit-criteria/exitCriteria';

const graph = buildGraph(loadModel(builtInDataset()));

/** The real data with one edit to the exit-criteria file. */
function graphWith(edit: (file: GraphFile) => void): EntityGraph {
  const raw = structuredClone(builtInDataset()) as RawDataset;
  edit(raw['exit-criteria.json'] as GraphFile);
  return buildGraph(loadModel(raw));
}

const COUNTY = ['crit-county-incidence', 'crit-county-wrong-exit', 'crit-county-omission', 'crit-county-approval'];

const bars = (option: ReturnType<typeof buildExitCriteriaOption>): BulletDatum[] => option.series.flatMap((s) => s.data);

describe('exitLevels', () => {
  it('lists household, village and county levels in the book’s order with their criteria', () => {
    const levels = exitLevels(graph);
    expect(levels.map((l) => l.id)).toEqual(['exit-household', 'exit-village', 'exit-county']);
    expect(levels.map((l) => l.criteria.map((c) => c.id))).toEqual([
      ['crit-household-income', 'crit-household-two-assurances', 'crit-household-three-guarantees'],
      ['crit-village-incidence', 'crit-village-conditions'],
      COUNTY,
    ]);
  });

  it('keeps the printed labels verbatim and the unverified notes on household and village', () => {
    const [household, village, county] = exitLevels(graph);
    expect(household!.entity.label.zh).toBe('贫困户退出“1+2+3”');
    expect(household!.entity.note?.zh).toContain('未经证实');
    expect(village!.entity.note?.zh).toContain('未找到');
    expect(county!.entity.printed).toBe('贫困县退出“三率一度”');
  });

  it('cites each criterion source once per level', () => {
    const [household, village] = exitLevels(graph);
    expect(criteriaSources(household!).map((r) => r.source)).toEqual(['web-exit-mechanism-2016']);
    expect(criteriaSources(village!).map((r) => r.source)).toEqual(['web-exit-mechanism-2016', 'web-chuhe-henan']);
  });
});

describe('passes', () => {
  it('compares with the standard’s own comparator, boundaries included', () => {
    expect(passes(1.99, 2, '<')).toBe(true);
    expect(passes(2, 2, '<')).toBe(false);
    expect(passes(2, 2, '<=')).toBe(true);
    expect(passes(90, 90, '>=')).toBe(true);
    expect(passes(89.99, 90, '>=')).toBe(false);
    expect(passes(90, 90, '>')).toBe(false);
  });
});

describe('assessedCriteria', () => {
  it('takes Lankao’s value and the standard from the measures', () => {
    const rows = assessedCriteria(graph);
    expect(rows.map((r) => [r.id, r.value.value, r.threshold.comparator, r.threshold.value, r.pass, r.side])).toEqual([
      ['crit-county-incidence', 1.27, '<', 2, true, 'ceiling'],
      ['crit-county-wrong-exit', 0.72, '<', 2, true, 'ceiling'],
      ['crit-county-omission', 0.75, '<', 2, true, 'ceiling'],
      ['crit-county-approval', 98.96, '>=', 90, true, 'floor'],
    ]);
  });

  it('skips criteria with a standard but no assessed value (the village incidence)', () => {
    expect(assessedCriteria(graph).some((r) => r.id === 'crit-village-incidence')).toBe(false);
  });
});

describe('bulletLayout', () => {
  it('puts the rates on a 0–3% axis and approval on 80–100%, one grid each', () => {
    const layout = bulletLayout(assessedCriteria(graph), 600, 'zh');
    expect(layout.groups.map((g) => [g.side, g.min, g.max, g.rows.length, g.thresholds.map((t) => t.value)])).toEqual([
      ['ceiling', 0, 3, 3, [2]],
      ['floor', 80, 100, 1, [90]],
    ]);
    const [a, b] = layout.groups;
    expect(b!.titleTop).toBeGreaterThanOrEqual(a!.gridTop + a!.gridHeight);
    expect(layout.height).toBeGreaterThan(b!.gridTop + b!.gridHeight);
  });

  it('gives rows more height for two languages and narrower labels on a phone', () => {
    const rows = assessedCriteria(graph);
    expect(bulletLayout(rows, 360, 'both').rowHeight).toBeGreaterThan(bulletLayout(rows, 360, 'zh').rowHeight);
    expect(bulletLayout(rows, 360, 'zh').labelWidth).toBeLessThan(bulletLayout(rows, 800, 'zh').labelWidth);
  });
});

describe('labelShift', () => {
  it('moves a value label past the standard’s line only when the line would cross it', () => {
    const layout = bulletLayout(assessedCriteria(graph), 400, 'zh');
    const rates = layout.groups[0]!;
    const [incidence, wrongExit] = rates.rows;
    // 0–3 % over 300 px: 1.27 % ends at 127 px, the 2 % line is at 200 px.
    expect(labelShift(incidence!, rates, 300, '1.27%\n✓ 达标')).toBe(0);
    const shift = labelShift(incidence!, rates, 300, '1.27%\n✓ 达标 · pass');
    expect(127 + 5 + shift).toBeGreaterThan(200);
    expect(labelShift(wrongExit!, rates, 90, '0.72%\n✓ met')).toBeGreaterThan(0);
    const approval = layout.groups[1]!;
    expect(labelShift(approval.rows[0]!, approval, 300, '98.96%\n✓ 达标')).toBe(0);
  });
});

describe('buildExitCriteriaOption', () => {
  it('draws one bullet series per group with the values, the standards as markLines and decal on', () => {
    const option = buildExitCriteriaOption(graph, { focusId: null, lang: 'zh', width: 600 });
    expect(option.series).toHaveLength(2);
    expect(option.series.map((s) => s.data.map((d) => [d.entity, d.value]))).toEqual([
      [
        ['crit-county-incidence', 1.27],
        ['crit-county-wrong-exit', 0.72],
        ['crit-county-omission', 0.75],
      ],
      [['crit-county-approval', 98.96]],
    ]);
    expect(option.series.map((s) => s.markLine.data.map((m) => m.xAxis))).toEqual([[2], [90]]);
    expect(option.series[0]!.markLine.data[0]!.label.formatter()).toBe('标准 < 2%');
    expect(option.series[1]!.markLine.data[0]!.label.formatter()).toBe('标准 ≥ 90%');
    expect(option.xAxis.map((x) => [x.min, x.max])).toEqual([
      [0, 3],
      [80, 100],
    ]);
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: true } });
    expect(option.animation).toBe(false);
  });

  it('labels bars with value and pass marker in the chosen language, with the † mark', () => {
    const zh = buildExitCriteriaOption(graph, { focusId: null, lang: 'zh', width: 600 });
    expect(bars(zh)[0]!.label.formatter()).toBe('1.27%\n✓ 达标');
    expect(zh.yAxis[0]!.data[0]).toBe('综合贫困发生率 †');
    const en = buildExitCriteriaOption(graph, { focusId: null, lang: 'en', width: 600 });
    expect(bars(en)[3]!.label.formatter()).toBe('98.96%\n✓ met');
    expect(en.yAxis[1]!.data[0]).toBe('Public approval †');
    expect(en.title.map((t) => t.text)).toEqual(['Rates: met when below the standard', 'Approval: met at or above the standard']);
    const both = buildExitCriteriaOption(graph, { focusId: null, lang: 'both', width: 600 });
    expect(both.yAxis[0]!.data[1]).toBe('错退率\nWrong-exit rate †');
  });

  it('styles each bar from the emphasis: idle, selected, related, dimmed', () => {
    const idle = bars(buildExitCriteriaOption(graph, { focusId: null, lang: 'zh', width: 600 }));
    expect(idle.map((d) => [d.entityEmphasis, d.itemStyle.opacity, d.itemStyle.borderWidth])).toEqual(COUNTY.map(() => ['idle', 1, 0]));
    const one = bars(buildExitCriteriaOption(graph, { focusId: 'crit-county-wrong-exit', lang: 'zh', width: 600 }));
    expect(one.map((d) => [d.entity, d.entityEmphasis, d.itemStyle.opacity])).toEqual([
      ['crit-county-incidence', 'dimmed', 0.28],
      ['crit-county-wrong-exit', 'selected', 1],
      ['crit-county-omission', 'dimmed', 0.28],
      ['crit-county-approval', 'dimmed', 0.28],
    ]);
    expect(one[1]!.itemStyle.borderWidth).toBe(3);
    expect(one[1]!.label.fontWeight).toBe(700);
    const level = bars(buildExitCriteriaOption(graph, { focusId: 'exit-county', lang: 'zh', width: 600 }));
    expect(level.map((d) => d.entityEmphasis)).toEqual(['related', 'related', 'related', 'related']);
    expect(level.every((d) => d.itemStyle.opacity === 1 && d.itemStyle.borderWidth === 2)).toBe(true);
  });

  it('marks a failing value with ✗ and the fail colour', () => {
    const g = graphWith((f) => {
      const m = f.entities.find((e) => e.id === 'crit-county-omission')!.measures!.find((x) => x.id === 'lankao')!;
      Object.assign(m, { value: 2.4, derivation: 'test figure' });
    });
    const d = bars(buildExitCriteriaOption(g, { focusId: null, lang: 'zh', width: 600 }))[2]!;
    expect(d.label.formatter()).toBe('2.4%\n✗ 未达标');
    expect(d.itemStyle.color).not.toBe(bars(buildExitCriteriaOption(g, { focusId: null, lang: 'zh', width: 600 }))[0]!.itemStyle.color);
  });

  it('escapes every data string in the tooltip', () => {
    const g = graphWith((f) => {
      f.entities.find((e) => e.id === 'crit-county-incidence')!.label.zh = '<img src=x onerror=alert(1)>';
    });
    const option = buildExitCriteriaOption(g, { focusId: null, lang: 'zh', width: 600 });
    const html = option.tooltip.formatter({ data: { entity: 'crit-county-incidence' } });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('1.27%');
    expect(html).toContain('《中国脱贫攻坚·兰考故事》开篇「兰考脱贫了」');
    expect(option.tooltip.formatter({})).toBe('');
  });

  it('describes the chart for screen readers in the reader’s language', () => {
    const en = exitChartDescription(graph, assessedCriteria(graph), 'en');
    expect(en).toContain('Public approval 98.96% (Standard ≥ 90%, ✓ met)');
    const option = buildExitCriteriaOption(graph, { focusId: null, lang: 'zh', width: 600 });
    expect(option.aria.label.description).toContain('错退率 0.72%');
  });
});

describe('exitTableRows', () => {
  it('gives the companion table one row per bar with units, result, period and sources', () => {
    const rows = exitTableRows(graph, 'zh');
    expect(rows.map((r) => r.id)).toEqual(COUNTY);
    expect(rows[0]!.cells).toMatchObject({ criterion: '综合贫困发生率 †', value: '1.27%', standard: '< 2%', result: '✓ 达标', period: '2016年12月' });
    // The book dates the 1.27% (截至2016年年底); the approval figure's quote gives no date.
    expect(rows[3]!.cells.period).toBe('未注明时间');
    expect(rows[1]!.cells.value).toBe('0.72%（抽样）');
    expect(exitTableRows(graph, 'en')[2]!.cells.value).toBe('0.75% (sampled)');
    expect(rows[0]!.cells.sources).toContain('兰考县综合贫困发生率降至1.27%');
    expect(rows[3]!.cells.standard).toBe('≥ 90%');
    expect(exitTableRows(graph, 'en')[1]!.cells.result).toBe('✓ met');
  });
});
