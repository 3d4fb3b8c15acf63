// Funding, in named stages (no React, no DOM):
//   graph ──fundingData──▶ the total, its parts (part-of), their shares and support types (funds)
//         ──fundingTable──▶ the figures in one unit and language: the table, and exactly the CSV
//         ──buildFundingOption──▶ the ECharts option (donut of shares, or bars side by side)
//   graph ──fundingCsv──▶ CSV text: every unit in its own column, the source and date on line 1
// buildFundingChart runs the stages once per render: { data, option, height, description, table }.
// All amounts come from the `amount` measures; shares and per-beneficiary figures are computed.
import type { EntityGraph } from '../../core/graph';
import { convert, fundShares, scaleOf, type FundPart, type FundShares } from '../../domain/funding';
import { shareText } from '../../domain/format';
import { relatedSet, resolveEmphasis, type Emphasis } from '../../core/emphasis';
import { escapeHtml } from '../../shared/html';
import { tr } from '../../i18n/text';
import { colon, entityLabel, enumSeparator, listSeparator } from '../../shared/entityText';
import { formatNumber, printedNumber } from '../../shared/format';
import { formatPeriod } from '../../shared/measureText';
import { CHART, CHART_MOTION, COLOR, EMPHASIS_STYLE, FONT } from '../../shared/theme';
import type { Bilingual, Entity, Measure, SourceRef } from '../../model/schema';
import { FUND_UNITS, FUND_VIEWS, type FundUnit, type FundView, type Lang } from '../../store/url';
import { refsText } from '../../domain/refs';

// ── Stage 1: the data (src/domain/funding.ts: the overview and the comparison read the same) ──

export type { FundPart };
export type FundingData = FundShares;
export { convert, scaleOf };

/** The total and its funds' shares; throws for a picture without the total (the panel shows that error). */
export function fundingData(graph: EntityGraph, totalId = 'fund-total'): FundingData {
  const data = fundShares(graph, totalId);
  if (!data) throw new Error(`funding: "${totalId}" with an "amount" measure is missing`);
  return data;
}

// ── Units ───────────────────────────────────────────────────────────────────────────────────

export const UNITS = FUND_UNITS;
export type { FundUnit, FundView };
export const VIEWS = FUND_VIEWS;

/**
 * One style for amounts in English, everywhere (labels, tooltips, axis, table, CSV): millions,
 * "415 million yuan" — never "4.15 100 million yuan". English has no 亿 or 万, so the 亿元 view
 * shows millions and the 万元 view the amount in full yuan; Chinese keeps the book's units.
 */
export const UNIT_LABEL: Record<FundUnit, Bilingual> = {
  yi: { zh: '亿元', en: 'million yuan' },
  wan: { zh: '万元', en: 'yuan' },
  per: { zh: '元/人次', en: 'yuan per person-time' },
};
const UNIT_DIGITS: Record<FundUnit, number> = { yi: 2, wan: 0, per: 0 };
/** English scale and digits per unit: 4.15 亿元 = 415 million yuan; 41,500 万元 = 415,000,000 yuan. */
const EN_SCALE: Record<FundUnit, { factor: number; digits: number }> = {
  yi: { factor: 100, digits: 0 },
  wan: { factor: 10_000, digits: 0 },
  per: { factor: 1, digits: 0 },
};

/**
 * The number as the reader's language writes it, the same string in the table, the chart and the
 * CSV: fixed digits in Chinese (4.15, 41500), millions or full yuan grouped in English (415, 415,000,000).
 */
export function amountText(value: number, unit: FundUnit, lang: Lang = 'zh'): string {
  if (lang !== 'en') return value.toFixed(UNIT_DIGITS[unit]);
  const { factor, digits } = EN_SCALE[unit];
  return formatNumber(Number((value * factor).toFixed(digits)), lang);
}

/** The value a chart plots in this unit and language (the number of amountText). */
export function plottedValue(value: number, unit: FundUnit, lang: Lang): number {
  return lang === 'en' ? Number((value * EN_SCALE[unit].factor).toFixed(EN_SCALE[unit].digits)) : Number(value.toFixed(UNIT_DIGITS[unit]));
}

export { shareText };

/** "4.15 亿元" / "415 million yuan" / "4.15 亿元 (415 million yuan)" */
export function withUnit(value: number, unit: FundUnit, lang: Lang): string {
  if (lang === 'zh') return `${amountText(value, unit, 'zh')} ${UNIT_LABEL[unit].zh}`;
  if (lang === 'en') return `${amountText(value, unit, 'en')} ${UNIT_LABEL[unit].en}`;
  return `${amountText(value, unit, 'zh')} ${UNIT_LABEL[unit].zh} (${amountText(value, unit, 'en')} ${UNIT_LABEL[unit].en})`;
}

/** How a figure was computed, in the reader's language, e.g. "4.15 亿元 ÷ 58.7 万人次 ≈ 707 元/人次". */
export function derivationText(amount: Measure, beneficiaries: Measure, lang: Lang): string {
  const per = convert(amount, 'per', beneficiaries);
  const yuan = amount.value * scaleOf(amount.unit);
  const persons = beneficiaries.value * scaleOf(beneficiaries.unit);
  const group = (n: number) => formatNumber(Math.round(n), 'en');
  const zh = `${printedNumber(amount, 'zh')} ${amount.unit} ÷ ${printedNumber(beneficiaries, 'zh')} ${beneficiaries.unit} = ${group(yuan)} 元 ÷ ${group(persons)} 人次 ≈ ${group(Math.round(per))} 元/人次`;
  const millions = formatNumber(Math.round(yuan / 1e4) / 100, 'en');
  const en = `${millions} million yuan ÷ ${group(persons)} person-times ≈ ${group(Math.round(per))} yuan per person-time`;
  if (amount.unit !== '亿元' || beneficiaries.unit !== '万人次') return zh;
  return tr({ zh, en }, lang);
}

// ── Stage 2: the table (and the CSV, which is exactly this table) ──────────────────────────

export const FUNDING_TEXT = {
  category: { zh: '类别', en: 'Category' },
  amount: { zh: '金额', en: 'Amount' },
  perBeneficiary: { zh: '每人次金额（派生）', en: 'Amount per person-time (derived)' },
  share: { zh: '占总额', en: 'Share of total' },
  period: { zh: '时期', en: 'Period' },
  supportType: { zh: '扶贫方式', en: 'Type of support' },
  derivation: { zh: '计算方法', en: 'How it is computed' },
  sources: { zh: '来源', en: 'Sources' },
  caption: { zh: '扶贫资金投入及构成', en: 'Poverty-alleviation funding by category' },
  derived: { zh: '派生', en: 'derived' },
  personTimes: {
    zh: '人次：一人每得到一项扶持计一次，同一人得到几项就计几次，所以人次多于受益的人数。',
    en: 'Person-times count a person once for each benefit received, so one person who received several counts several times.',
  },
} satisfies Record<string, Bilingual>;

export interface FundingRow {
  id: string;
  kind: 'part' | 'total';
  /** One string per column, in the order of `headers`. */
  cells: string[];
  value: number;
  share: number;
}

export interface FundingTable {
  caption: string;
  headers: string[];
  /** Indexes of the columns that hold numbers (right-aligned). */
  numeric: number[];
  rows: FundingRow[];
  unit: FundUnit;
}

/** Where a figure comes from (shared with every table and CSV). */
export function sourceText(graph: EntityGraph, refs: readonly SourceRef[], lang: Lang): string {
  return refsText(graph.model, refs, lang);
}

/** The fund's label with its confidence mark (the one label used in the chart, table, CSV and chips). */
export function fundLabel(e: Entity, lang: Lang): string {
  return entityLabel(e, lang);
}

export function fundingTable(graph: EntityGraph, data: FundingData, unit: FundUnit, lang: Lang): FundingTable {
  const per = unit === 'per';
  if (per && !data.beneficiaries) throw new Error('funding: per-beneficiary figures need the beneficiaries measure');
  const unitLabel = tr(UNIT_LABEL[unit], lang);
  const headers = [
    tr(FUNDING_TEXT.category, lang),
    `${tr(per ? FUNDING_TEXT.perBeneficiary : FUNDING_TEXT.amount, lang)} (${unitLabel})`,
    tr(FUNDING_TEXT.share, lang),
    tr(FUNDING_TEXT.period, lang),
    tr(FUNDING_TEXT.supportType, lang),
    ...(per ? [tr(FUNDING_TEXT.derivation, lang)] : []),
    tr(FUNDING_TEXT.sources, lang),
  ];
  const row = (id: string, kind: FundingRow['kind'], entity: Entity, amount: Measure, share: number, support: Entity[]): FundingRow => {
    const value = convert(amount, unit, data.beneficiaries);
    const refs = per && data.beneficiaries ? [...amount.sources, ...data.beneficiaries.sources] : amount.sources;
    return {
      id,
      kind,
      value,
      share,
      cells: [
        fundLabel(entity, lang),
        amountText(value, unit, lang),
        shareText(share),
        formatPeriod(amount.period, lang),
        support.map((s) => tr(s.label, lang)).join(enumSeparator(lang)),
        ...(per && data.beneficiaries ? [derivationText(amount, data.beneficiaries, lang)] : []),
        sourceText(graph, refs, lang),
      ],
    };
  };
  return {
    caption: `${tr(FUNDING_TEXT.caption, lang)} (${formatPeriod(data.amount.period, lang)})`,
    headers,
    numeric: [1, 2],
    unit,
    rows: [
      ...data.parts.map((p) => row(p.id, 'part', p.entity, p.amount, p.share, p.supportTypes)),
      row(data.total.id, 'total', data.total, data.amount, 1, []),
    ],
  };
}

// ── Stage 3: the ECharts option ─────────────────────────────────────────────────────────────

// Pie slices are separated by the card's colour; a lit slice takes the emphasis border.
const border = (e: Emphasis): string => (e === 'selected' || e === 'related' ? EMPHASIS_STYLE[e].border : COLOR.card);

export interface FundingOptionInput {
  view: FundView;
  unit: FundUnit;
  lang: Lang;
  focusId: string | null;
  width: number;
}

export interface FundDatum {
  value: number;
  name: string;
  entity: string;
  entityEmphasis: Emphasis;
  itemStyle: { opacity: number; borderColor: string; borderWidth: number };
  label: { fontWeight: number; color: string; opacity: number; textBorderWidth?: number };
}

export interface FundingLayout {
  height: number;
  compact: boolean;
  labelWidth: number;
}

export function fundingLayout(view: FundView, width: number, lang: Lang, parts: number): FundingLayout {
  const compact = width < 480;
  // Latin labels need room for their longest word ("poverty-alleviation"); Chinese wraps anywhere.
  const labelWidth = Math.round(Math.min(170, Math.max(lang === 'zh' ? 90 : 124, width * 0.3)));
  if (view === 'share') {
    const legendLine = lang === 'both' ? 40 : compact && lang === 'en' ? 40 : 22;
    return { height: (compact ? 230 : 260) + parts * legendLine, compact, labelWidth };
  }
  const row = lang === 'both' ? (compact ? 84 : 64) : lang === 'en' ? (compact ? 56 : 44) : 44;
  return { height: 76 + parts * row, compact, labelWidth };
}

export function fundingChartDescription(data: FundingData, unit: FundUnit, lang: Lang): string {
  const items = data.parts.map(
    (p) => `${tr(p.entity.label, lang)} ${withUnit(convert(p.amount, unit, data.beneficiaries), unit, lang)} (${shareText(p.share)})`,
  );
  const total = withUnit(convert(data.amount, unit, data.beneficiaries), unit, lang);
  return `${tr(data.total.label, lang)} ${total}, ${formatPeriod(data.amount.period, lang)}${colon(lang)}${items.join(listSeparator(lang))}`;
}

export function buildFundingOption(
  graph: EntityGraph,
  data: FundingData,
  { view, unit, lang, focusId, width }: FundingOptionInput,
  layout = fundingLayout(view, width, lang, data.parts.length),
  description = fundingChartDescription(data, unit, lang),
) {
  const related = relatedSet(graph, focusId);
  const byId = new Map(data.parts.map((p) => [p.id, p]));
  const valueOf = (p: FundPart) => convert(p.amount, unit, data.beneficiaries);
  const per = unit === 'per';

  const datum = (p: FundPart): FundDatum => {
    const emphasis = resolveEmphasis(p.id, focusId, related);
    const style = EMPHASIS_STYLE[emphasis];
    return {
      // Rounded as shown, so the chart, the table and the CSV agree to the last digit.
      value: plottedValue(valueOf(p), unit, lang),
      name: fundLabel(p.entity, lang),
      entity: p.id,
      entityEmphasis: emphasis,
      itemStyle: {
        opacity: style.opacity,
        borderColor: border(emphasis),
        borderWidth: emphasis === 'selected' || emphasis === 'related' ? style.strokeWidth : view === 'share' ? 1 : 0,
      },
      // A dimmed mark keeps a readable label: dark grey at full opacity, not the mark's 28 %.
      label:
        view === 'share'
          ? emphasis === 'dimmed'
            ? { fontWeight: style.fontWeight, color: COLOR.ink2, opacity: 1, textBorderWidth: 0 }
            : { fontWeight: style.fontWeight, color: COLOR.card, opacity: 1, textBorderWidth: 2 }
          : { fontWeight: style.fontWeight, color: emphasis === 'dimmed' ? COLOR.dimmedInk : COLOR.ink, opacity: 1 },
    };
  };

  const tooltipHtml = (p: FundPart) =>
    [
      `<strong>${escapeHtml(fundLabel(p.entity, lang))}</strong>`,
      escapeHtml(withUnit(valueOf(p), unit, lang)) + (per ? ` (${escapeHtml(tr(FUNDING_TEXT.derived, lang))})` : ''),
      escapeHtml(`${tr(FUNDING_TEXT.share, lang)}${colon(lang)}${shareText(p.share)}`),
      escapeHtml(formatPeriod(p.amount.period, lang)),
      ...(per && data.beneficiaries ? [escapeHtml(derivationText(p.amount, data.beneficiaries, lang))] : []),
    ].join('<br/>');

  const base = {
    color: [...CHART.palette],
    ...CHART_MOTION,
    textStyle: { fontFamily: FONT.family, color: COLOR.ink },
    aria: { enabled: true, decal: { show: true }, label: { description } },
    tooltip: {
      trigger: 'item' as const,
      confine: true,
      formatter: (params: { data?: { entity?: string } }) => {
        const p = params.data?.entity ? byId.get(params.data.entity) : undefined;
        return p ? tooltipHtml(p) : '';
      },
    },
  };

  if (view === 'share') {
    const legendTop = layout.compact ? 216 : 246;
    const radius = layout.compact ? 96 : 112;
    const legendText = (name: string) => {
      const p = data.parts.find((x) => fundLabel(x.entity, lang) === name);
      return p ? `${name}  ${withUnit(valueOf(p), unit, lang)} · ${shareText(p.share)}` : name;
    };
    return {
      ...base,
      legend: {
        type: 'plain' as const,
        orient: 'vertical' as const,
        left: 0,
        top: legendTop,
        selectedMode: false,
        itemGap: 8,
        icon: 'rect',
        itemWidth: 22,
        itemHeight: 14,
        formatter: legendText,
        textStyle: { color: COLOR.ink, fontSize: 13, width: Math.max(160, width - 40), overflow: 'break' as const, lineHeight: 17 },
      },
      series: [
        {
          type: 'pie' as const,
          id: 'funding-share',
          name: tr(FUNDING_TEXT.share, lang),
          center: ['50%', radius + 8],
          radius: [Math.round(radius * 0.5), radius],
          startAngle: 90,
          clockwise: true,
          avoidLabelOverlap: false,
          cursor: 'pointer',
          // The share sits on its own slice: short enough for the smallest slice on a phone.
          label: {
            show: true,
            position: 'inside' as const,
            formatter: (p: { percent?: number; data?: { entity?: string } }) => {
              const part = p.data?.entity ? byId.get(p.data.entity) : undefined;
              return part ? shareText(part.share) : '';
            },
            color: COLOR.card,
            fontSize: 13,
            fontWeight: 700,
            textBorderColor: 'rgba(0,0,0,0.55)',
            textBorderWidth: 2,
          },
          labelLine: { show: false },
          emphasis: { scale: false },
          data: data.parts.map(datum),
        },
      ],
    };
  }

  return {
    ...base,
    // outerBoundsMode 'none': labelWidth already leaves room for the labels, so ECharts' own
    // label-fitting pass (measuring every axis label again) is skipped.
    // Room for the bar labels: "41500 万元", or in English up to "415,000,000" (full yuan).
    grid: {
      left: layout.labelWidth + 12,
      right: lang === 'zh' ? 80 : unit === 'wan' ? 92 : 56,
      top: 12,
      bottom: 52,
      outerBoundsMode: 'none' as const,
    },
    xAxis: {
      type: 'value' as const,
      // The unit under the axis: the bar labels carry the numbers (and, in Chinese, the unit too).
      name: `${tr(UNIT_LABEL[unit], lang)}${per ? ` (${tr(FUNDING_TEXT.derived, lang)})` : ''}`,
      nameLocation: 'middle' as const,
      nameGap: 26,
      nameTextStyle: { color: COLOR.ink2, fontSize: 12 },
      axisLabel: { color: COLOR.ink2, fontSize: 11, hideOverlap: true },
      splitLine: { lineStyle: { color: CHART.splitLine } },
    },
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: data.parts.map((p) => fundLabel(p.entity, lang)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: COLOR.ink2 } },
      axisLabel: { color: COLOR.ink, fontSize: 12, lineHeight: 15, width: layout.labelWidth, overflow: 'break' as const },
    },
    series: [
      {
        type: 'bar' as const,
        id: 'funding-compare',
        name: tr(FUNDING_TEXT.amount, lang),
        colorBy: 'data' as const,
        barWidth: 22,
        cursor: 'pointer',
        label: {
          show: true,
          position: 'right' as const,
          color: COLOR.ink,
          fontSize: 12,
          lineHeight: 15,
          formatter: (p: { data?: { entity?: string } }) => {
            const part = p.data?.entity ? byId.get(p.data.entity) : undefined;
            if (!part) return '';
            const value = amountText(valueOf(part), unit, lang);
            return `${lang === 'zh' ? `${value} ${UNIT_LABEL[unit].zh}` : value}\n${shareText(part.share)}`;
          },
        },
        data: data.parts.map(datum),
      },
    ],
  };
}

export type FundingOption = ReturnType<typeof buildFundingOption>;

// ── Everything a render needs, in one call ──────────────────────────────────────────────────

export interface FundingChart {
  data: FundingData;
  option: FundingOption;
  height: number;
  /** The chart's accessible description (the table carries the rest). */
  description: string;
  table: FundingTable;
}

// A selection re-runs the builder (the option follows the focus); the data and the table do not
// depend on it, so they are remembered per graph and come back as the same objects — memoised
// components (the table, the chips) then skip the re-render.
const dataCache = new WeakMap<EntityGraph, FundingData>();
const tableCache = new WeakMap<FundingData, Map<string, FundingTable>>();

function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = make()));
  return v;
}

/** The panel's one call per render: the data, the option, its height, its description and the table. */
export function buildFundingChart(graph: EntityGraph, input: FundingOptionInput): FundingChart {
  const data = cached(dataCache, graph, () => fundingData(graph));
  const tables = cached(tableCache, data, () => new Map<string, FundingTable>());
  const tableKey = `${input.unit}|${input.lang}`;
  const table = tables.get(tableKey) ?? fundingTable(graph, data, input.unit, input.lang);
  tables.set(tableKey, table);
  const layout = fundingLayout(input.view, input.width, input.lang, data.parts.length);
  const description = fundingChartDescription(data, input.unit, input.lang);
  return {
    data,
    option: buildFundingOption(graph, data, input, layout, description),
    height: layout.height,
    description,
    table,
  };
}
