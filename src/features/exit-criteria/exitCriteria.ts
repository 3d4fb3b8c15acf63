// Exit criteria, in named stages (no React, no DOM):
//   graph ──exitLevels──▶ the three levels and their criteria (for the cards)
//         ──assessedCriteria──▶ criteria with a measured value and a standard (chart + table)
//         ──bulletGroups──▶ rows grouped by which side of the standard passes, with axis ranges
//         ──buildExitCriteriaOption──▶ the ECharts option (bullet bars, emphasis per bar)
// buildExitCriteriaChart runs the stages once per render: { rows, option, height, description, table }.
// Every number comes from the criteria's `measures`; nothing about Lankao is written here.
import { entitiesOfKind, type EntityGraph } from '../../core/graph';
import {
  assessedCriteria,
  assessedValueOf,
  exitLevels,
  passes,
  thresholdOf,
  type AssessedCriterion,
  type Comparator,
  type LevelView,
} from '../../domain/criteria';
import { comparatorSign } from '../../domain/format';
import { relatedSet, resolveEmphasis, type Emphasis } from '../../core/emphasis';
import { escapeHtml } from '../../shared/html';
import { tr, trLines } from '../../i18n/text';
import { formatNumber, printedNumber } from '../../shared/format';
import { formatPeriod, withQualifier } from '../../shared/measureText';
import { refsText } from '../../domain/refs';
import { colon, entityLabel, listSeparator, sourceTitle, withUnit as unitText } from '../../shared/entityText';
import { CHART, CHART_MOTION, COLOR, EMPHASIS_STYLE, FONT } from '../../shared/theme';
import { typicalWidth } from '../../shared/textMetrics';
import type { Bilingual, Entity, Measure, SourceRef } from '../../model/schema';
import type { Lang } from '../../store/url';

// ── Stage 1: levels and their criteria ──────────────────────────────────────────────────────

export { exitLevels, type LevelView };

/**
 * The sources of a level's criteria, each source once (the national definitions share one
 * document): cited once under the list instead of once per line.
 */
export function criteriaSources(level: LevelView): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const c of level.criteria) for (const r of c.sources) if (!seen.has(r.source)) seen.set(r.source, r);
  return [...seen.values()];
}

// ── Stage 2: criteria that carry both an assessed value and a standard ──────────────────────

// The figures themselves are the domain's (src/domain/criteria.ts): the overview and the comparison read the same.
export { assessedCriteria, assessedValueOf, passes, thresholdOf, type AssessedCriterion, type Comparator };

// ── Formatting shared by the chart, the cards and the companion table ───────────────────────

/** "1.27%" / "2 万人" — a number with its measure's unit in the reader's language. */
export function withUnit(value: number, m: Measure, lang: Lang): string {
  return unitText(value === m.value ? printedNumber(m, lang) : formatNumber(value, lang), { zh: m.unit, en: m.unitEn }, lang);
}

/** "< 2%" */
export function standardText(t: Measure & { comparator: Comparator }, lang: Lang): string {
  return `${comparatorSign(t.comparator)} ${withUnit(t.value, t, lang)}`;
}

export const EXIT_TEXT = {
  pass: { zh: '达标', en: 'met' },
  fail: { zh: '未达标', en: 'not met' },
  assessed: { zh: '评估值', en: 'Assessed value' },
  standard: { zh: '标准', en: 'Standard' },
  criterion: { zh: '指标', en: 'Criterion' },
  result: { zh: '结果', en: 'Result' },
  period: { zh: '时间', en: 'Period' },
  ceilingTitle: { zh: '比率：低于标准为达标', en: 'Rates: met when below the standard' },
  floorTitle: { zh: '认可度：不低于标准为达标', en: 'Approval: met at or above the standard' },
} satisfies Record<string, Bilingual>;

/**
 * Whose assessed values the criteria carry, for the column and the figure beside each standard: the
 * picture's county (its place entity), by its short name as the book's table writes it — "兰考县" /
 * "Lankao County" → "兰考" / "Lankao" — so another county's picture names its own county, never Lankao.
 * A picture with no place says "评估值" / "Assessed value".
 */
export function assessedBy(graph: EntityGraph): Bilingual {
  const place = graph.model.entities.get('lankao-county') ?? entitiesOfKind(graph, 'place')[0];
  if (!place) return EXIT_TEXT.assessed;
  // Until a language's words arrive (model/langTexts.ts) the built-in labels lack them: that side stays as it is.
  const short = (name: string | undefined, suffix: RegExp) => (typeof name === 'string' ? name.replace(suffix, '') || name : name) as string;
  return { zh: short(place.label.zh, /县$/), en: short(place.label.en, /\s+County$/i) };
}

/** The chart's and the table's name: "兰考评估结果与退出标准" / "Lankao’s assessed values against the exit standards". */
export function exitChartName(graph: EntityGraph): Bilingual {
  const county = assessedBy(graph);
  if (county === EXIT_TEXT.assessed) return { zh: '评估结果与退出标准', en: 'Assessed values against the exit standards' };
  return { zh: `${county.zh}评估结果与退出标准`, en: `${county.en}’s assessed values against the exit standards` };
}

/** "✓ 达标" / "✗ fail": the pass marker, a symbol and a word so it does not rely on colour. */
export function passText(pass: boolean, lang: Lang): string {
  return `${pass ? '✓' : '✗'} ${tr(pass ? EXIT_TEXT.pass : EXIT_TEXT.fail, lang)}`;
}

/** The criterion's label with its confidence mark (criteria from public sources carry †). */
export function criterionLabel(e: Entity, lang: Lang, sep = ' · '): string {
  return entityLabel(e, lang, sep);
}

// ── Stage 3: bullet groups and their layout ─────────────────────────────────────────────────

export interface BulletGroup {
  side: 'ceiling' | 'floor';
  rows: AssessedCriterion[];
  min: number;
  max: number;
  /** Distinct standards in this group, for the markLines. */
  thresholds: (Measure & { comparator: Comparator })[];
  /** Pixel layout inside the chart. */
  titleTop: number;
  gridTop: number;
  gridHeight: number;
}

export interface BulletLayout {
  groups: BulletGroup[];
  height: number;
  labelWidth: number;
  rowHeight: number;
  /** Room on the right of the bars for the value label and the pass marker. */
  right: number;
}

const TITLE_LINE_H = 18;
const MARK_LABEL_H = 22;
const AXIS_H = 28;
const GROUP_GAP = 14;

/** Group the rows by the side of the standard that passes; axis ranges come from the data. */
export function bulletLayout(rows: readonly AssessedCriterion[], width: number, lang: Lang): BulletLayout {
  const compact = width < 480;
  const labelWidth = Math.round(Math.min(180, Math.max(84, width * 0.28)));
  const rowHeight = lang === 'both' ? (compact ? 68 : 52) : lang === 'en' && compact ? 48 : 40;
  const right = lang === 'both' ? (compact ? 96 : 110) : compact ? 70 : 84;
  const groups: BulletGroup[] = [];
  let y = 0;
  for (const side of ['ceiling', 'floor'] as const) {
    const gRows = rows.filter((r) => r.side === side);
    if (gRows.length === 0) continue;
    const thresholds = [...new Map(gRows.map((r) => [`${r.threshold.comparator}${r.threshold.value}`, r.threshold])).values()];
    const values = gRows.flatMap((r) => [r.value.value, r.threshold.value]);
    const isPercent = gRows.every((r) => r.value.unit === '%');
    let min: number;
    let max: number;
    if (side === 'ceiling') {
      // Lower is better: start at 0 and leave half the standard again as head-room.
      min = 0;
      max = Math.ceil(Math.max(...values) * 1.5);
    } else {
      // Higher is better: show the top of the scale and as much again below the standard.
      max = isPercent ? 100 : Math.ceil(Math.max(...values) * 1.1);
      const lowest = Math.min(...thresholds.map((t) => t.value));
      min = Math.max(0, Math.floor((lowest - (max - lowest)) / 10) * 10);
    }
    const titleTop = y;
    const gridTop = y + 4 + TITLE_LINE_H * (lang === 'both' ? 2 : 1) + MARK_LABEL_H;
    const gridHeight = gRows.length * rowHeight;
    groups.push({ side, rows: gRows, min, max, thresholds, titleTop, gridTop, gridHeight });
    y = gridTop + gridHeight + AXIS_H + GROUP_GAP;
  }
  return { groups, height: Math.max(120, y - GROUP_GAP), labelWidth, rowHeight, right };
}

// ── Stage 4: the ECharts option ─────────────────────────────────────────────────────────────

/**
 * How far to push a bar's value label right so that it does not sit on a standard's dashed
 * line: if a line falls where the label would be drawn, the label starts just past the line.
 */
export function labelShift(r: AssessedCriterion, g: BulletGroup, plotWidth: number, label: string): number {
  const px = (v: number) => ((v - g.min) / (g.max - g.min)) * plotWidth;
  const start = px(r.value.value) + 5; // ECharts' default label distance
  const end = start + typicalWidth(label) + 6;
  const crossing = g.thresholds.map((t) => px(t.value)).filter((x) => x >= start - 2 && x <= end);
  return crossing.length ? Math.ceil(Math.max(...crossing) + 4 - start) : 0;
}

export interface ExitOptionInput {
  focusId: string | null;
  lang: Lang;
  width: number;
}

/** The data item for one bar: `entity` is what a click selects. */
export interface BulletDatum {
  value: number;
  name: string;
  entity: string;
  /** Our emphasis (not ECharts' own `emphasis` key, which styles hover). */
  entityEmphasis: Emphasis;
  itemStyle: { color: string; opacity: number; borderColor: string; borderWidth: number };
  label: {
    show: true;
    position: 'right';
    formatter: () => string;
    fontWeight: number;
    color: string;
    opacity: number;
    fontSize: number;
    lineHeight: number;
    backgroundColor: string;
    padding: number[];
    offset: [number, number];
  };
}

function tooltipHtml(r: AssessedCriterion, graph: EntityGraph, lang: Lang): string {
  const sources = r.value.sources
    .map((s) => graph.model.sources.get(s.source))
    .filter((s) => s !== undefined)
    .map((s) => escapeHtml(sourceTitle(s)));
  return [
    `<strong>${escapeHtml(criterionLabel(r.entity, lang))}</strong>`,
    escapeHtml(`${tr(assessedBy(graph), lang)}${colon(lang)}${withUnit(r.value.value, r.value, lang)} (${formatPeriod(r.value.period, lang)})`),
    escapeHtml(`${tr(EXIT_TEXT.standard, lang)}${colon(lang)}${standardText(r.threshold, lang)}`),
    escapeHtml(passText(r.pass, lang)),
    ...sources,
  ].join('<br/>');
}

/** Short text for screen readers (the chart's own aria description; the table has the rest). */
export function exitChartDescription(graph: EntityGraph, rows: readonly AssessedCriterion[], lang: Lang): string {
  const items = rows.map(
    (r) =>
      `${tr(r.entity.label, lang)} ${withUnit(r.value.value, r.value, lang)} (${tr(EXIT_TEXT.standard, lang)} ${standardText(r.threshold, lang)}, ${passText(r.pass, lang)})`,
  );
  return `${tr(exitChartName(graph), lang)}${colon(lang)}${items.join(listSeparator(lang))}`;
}

/** The option alone (tests); the panel calls buildExitCriteriaChart. */
export function buildExitCriteriaOption(graph: EntityGraph, input: ExitOptionInput) {
  const rows = assessedCriteria(graph);
  return exitOption(graph, rows, bulletLayout(rows, input.width, input.lang), input, exitChartDescription(graph, rows, input.lang));
}

function exitOption(
  graph: EntityGraph,
  rows: readonly AssessedCriterion[],
  layout: BulletLayout,
  { focusId, lang, width }: ExitOptionInput,
  description: string,
) {
  const related = relatedSet(graph, focusId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const left = layout.labelWidth + 12;
  const labelSep = '\n';

  const plotWidth = Math.max(40, width - left - layout.right);
  const datum = (r: AssessedCriterion, g: BulletGroup): BulletDatum => {
    const emphasis = resolveEmphasis(r.id, focusId, related);
    const style = EMPHASIS_STYLE[emphasis];
    const label = `${withUnit(r.value.value, r.value, lang)}\n${passText(r.pass, lang)}`;
    return {
      value: r.value.value,
      name: criterionLabel(r.entity, lang, labelSep),
      entity: r.id,
      entityEmphasis: emphasis,
      itemStyle: {
        color: r.pass ? CHART.pass : CHART.fail,
        opacity: style.opacity,
        borderColor: style.border,
        borderWidth: emphasis === 'selected' || emphasis === 'related' ? style.strokeWidth : 0,
      },
      label: {
        show: true,
        position: 'right',
        // A function, not a string: ECharts treats a string formatter as a template, and data text
        // such as a unit "人{b}" would have "{b}" replaced by the bar's name. What a function
        // returns is drawn as plain SVG text (no HTML, so no escaping either).
        formatter: () => label,
        fontWeight: style.fontWeight,
        // A dimmed bar keeps a readable label: grey at full opacity, not the bar's 28 %.
        color: emphasis === 'dimmed' ? COLOR.dimmedInk : COLOR.ink,
        opacity: 1,
        fontSize: 12,
        lineHeight: 15,
        backgroundColor: CHART.labelBackground,
        padding: [1, 2],
        offset: [labelShift(r, g, plotWidth, label), 0],
      },
    };
  };

  return {
    ...CHART_MOTION,
    textStyle: { fontFamily: FONT.family },
    aria: { enabled: true, decal: { show: true }, label: { description } },
    tooltip: {
      trigger: 'item' as const,
      confine: true,
      formatter: (p: { data?: { entity?: string } }) => {
        const r = p.data?.entity ? byId.get(p.data.entity) : undefined;
        return r ? tooltipHtml(r, graph, lang) : '';
      },
    },
    title: layout.groups.map((g) => ({
      text: trLines(g.side === 'ceiling' ? EXIT_TEXT.ceilingTitle : EXIT_TEXT.floorTitle, lang).join('\n'),
      left: 0,
      top: g.titleTop,
      textStyle: {
        fontSize: 13,
        fontWeight: 600 as const,
        color: COLOR.ink,
        lineHeight: 18,
        width: Math.max(120, width - 8),
        overflow: 'truncate' as const,
      },
    })),
    // outerBoundsMode 'none': the layout above already leaves room for the labels, so ECharts'
    // own label-fitting pass (measuring every axis label once more, ~40 % of the first
    // setOption in the profile) has nothing to do.
    grid: layout.groups.map((g) => ({ left, right: layout.right, top: g.gridTop, height: g.gridHeight, outerBoundsMode: 'none' as const })),
    xAxis: layout.groups.map((g, i) => ({
      type: 'value' as const,
      gridIndex: i,
      min: g.min,
      max: g.max,
      splitNumber: g.side === 'ceiling' ? g.max : 4,
      axisLabel: { color: COLOR.ink2, fontSize: 11, formatter: g.rows.every((r) => r.value.unit === '%') ? '{value}%' : '{value}' },
      splitLine: { lineStyle: { color: CHART.splitLine } },
    })),
    yAxis: layout.groups.map((g, i) => ({
      type: 'category' as const,
      gridIndex: i,
      inverse: true,
      data: g.rows.map((r) => criterionLabel(r.entity, lang, labelSep)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: COLOR.ink2 } },
      axisLabel: { color: COLOR.ink, fontSize: 12, lineHeight: 15, width: layout.labelWidth, overflow: 'break' as const },
    })),
    series: layout.groups.map((g, i) => ({
      type: 'bar' as const,
      id: `exit-${g.side}`,
      name: tr(g.side === 'ceiling' ? EXIT_TEXT.ceilingTitle : EXIT_TEXT.floorTitle, lang),
      xAxisIndex: i,
      yAxisIndex: i,
      barWidth: Math.min(22, Math.round(layout.rowHeight * 0.5)),
      cursor: 'pointer',
      data: g.rows.map((r) => datum(r, g)),
      // The pass zone, lightly shaded: a bullet chart's "good" band.
      markArea: {
        silent: true,
        itemStyle: { color: CHART.passZone },
        data: g.thresholds.map((t) => (g.side === 'ceiling' ? [{ xAxis: g.min }, { xAxis: t.value }] : [{ xAxis: t.value }, { xAxis: g.max }])),
      },
      markLine: {
        silent: true,
        symbol: 'none',
        animation: false,
        lineStyle: { color: CHART.standard, type: 'dashed' as const, width: 2 },
        label: { show: true, position: 'start' as const, color: CHART.standard, fontSize: 12, fontWeight: 600 as const },
        data: g.thresholds.map((t) => ({
          xAxis: t.value,
          // A function for the same reason as the bar labels: the unit is data, never a template.
          label: {
            formatter: (
              (text: string) => () =>
                text
            )(`${tr(EXIT_TEXT.standard, lang)} ${standardText(t, lang)}`),
          },
        })),
      },
    })),
  };
}

// ── The companion table: the same rows, as text ─────────────────────────────────────────────

export interface ExitTableRow {
  id: string;
  cells: { criterion: string; value: string; standard: string; result: string; period: string; sources: string };
}

export function exitTableRows(graph: EntityGraph, lang: Lang, rows = assessedCriteria(graph)): ExitTableRow[] {
  return rows.map((r) => ({
    id: r.id,
    cells: {
      criterion: criterionLabel(r.entity, lang),
      value: withQualifier(withUnit(r.value.value, r.value, lang), r.value, lang),
      standard: standardText(r.threshold, lang),
      result: passText(r.pass, lang),
      period: formatPeriod(r.value.period, lang),
      sources: refsText(graph.model, [...r.value.sources, ...r.threshold.sources], lang),
    },
  }));
}

// ── Everything a render needs, in one call ──────────────────────────────────────────────────

export interface ExitCriteriaChart {
  /** The criteria drawn as bars (none: the panel shows only the cards). */
  rows: AssessedCriterion[];
  option: ReturnType<typeof exitOption>;
  height: number;
  description: string;
  table: ExitTableRow[];
}

// The rows and the table do not depend on the focus: remembered per graph (and language), so a
// selection gives the memoised table the same rows and it skips the re-render.
const rowsCache = new WeakMap<EntityGraph, AssessedCriterion[]>();
const tableCache = new WeakMap<AssessedCriterion[], Map<Lang, ExitTableRow[]>>();

export function buildExitCriteriaChart(graph: EntityGraph, input: ExitOptionInput): ExitCriteriaChart {
  const rows = rowsCache.get(graph) ?? assessedCriteria(graph);
  rowsCache.set(graph, rows);
  const tables = tableCache.get(rows) ?? new Map<Lang, ExitTableRow[]>();
  tableCache.set(rows, tables);
  const table = tables.get(input.lang) ?? exitTableRows(graph, input.lang, rows);
  tables.set(input.lang, table);
  const layout = bulletLayout(rows, input.width, input.lang);
  const description = exitChartDescription(graph, rows, input.lang);
  return {
    rows,
    option: exitOption(graph, rows, layout, input, description),
    height: layout.height,
    description,
    table,
  };
}
