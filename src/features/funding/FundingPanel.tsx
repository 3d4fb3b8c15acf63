// Funding 2014–2016 and its three parts, for students comparing categories: part-to-whole or
// side by side, in 亿元, 万元 or (derived) 元 per beneficiary-time; the same figures as a table
// and as a CSV download. Each fund is linked (`funds`) to the support type it pays for.
import { shownPartTitle } from '../../shared/partTitle';
import { ENTITY_CHART_EVENTS } from '../../charts/entityEvents';
import { memo, useCallback, useId, useMemo } from 'react';
import type { EChartsType } from 'echarts/core';
import { PanelFrame } from '../../shared/PanelFrame';
import { useStepPanelState } from '../../shared/useStepPanelState';
import { useGraph } from '../../shared/GraphProvider';
import { useAppStore } from '../../store/store';
import { useChartFocus } from '../../charts/useChartFocus';
import { tr } from '../../i18n/text';
import { laterUi } from '../../i18n/laterText';
import { useEntityProps, useLang } from '../../shared/useEntity';
import { formatMeasure, formatNumber } from '../../shared/format';
import { formatPeriod } from '../../shared/measureText';
import { Chart } from '../../charts/Chart';
import {
  FUNDING_TEXT,
  UNITS,
  UNIT_LABEL,
  VIEWS,
  buildFundingChart,
  convert,
  derivationText,
  fundLabel,
  type FundingChart as FundingChartModel,
  type FundUnit,
  type FundView,
  type FundingRow,
  type FundingTable,
} from './funding';
import { useElementWidth } from '../../shared/useElementSize';
import type { Bilingual, Entity } from '../../model/schema';
import type { Lang } from '../../store/url';
import { CsvButton } from '../../shared/CsvButton';
import { onDemand } from '../../shared/useOnDemand';
import { colon, listSeparator } from '../../shared/entityText';
import './funding.css';
import part from './part';

/** The CSV: its own module, loaded on the first download (never the panel's own code). */
const csvCode = onDemand(() => import('./csv'));

const TEXT = {
  // The part's own title (part.ts): the one the overview, search and a failed panel name.
  title: part.title,
  view: { zh: '视图', en: 'View' },
  share: { zh: '占比', en: 'Part of the whole' },
  compare: { zh: '并列比较', en: 'Side by side' },
  unit: { zh: '单位', en: 'Unit' },
  download: { zh: '下载 CSV', en: 'Download CSV' },
  beneficiaries: { zh: '受益', en: 'benefiting' },
  perTotal: { zh: '约', en: 'about' },
  derivedNote: {
    zh: '派生数字：各项资金除以全部受益人次（三类合计的受益人次，书中未分类给出）。',
    en: 'Derived figures: each amount divided by all beneficiary person-times (the book gives no split by category).',
  },
  fundsGoTo: { zh: '资金用于', en: 'Each fund pays for' },
  chart: { zh: '扶贫资金构成图', en: 'Chart of the funding by category' },
  source: { zh: '来源', en: 'Source' },
} satisfies Record<string, Bilingual>;

function Radio<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="funding-switch">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className={o.value === value ? 'funding-switch-on' : undefined}>
          <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

const EntityChip = memo(function EntityChip({ entity, className }: { entity: Entity; className?: string }) {
  const lang = useLang();
  const props = useEntityProps(entity.id);
  return (
    <span className={`funding-chip ${className ?? ''}`} {...props}>
      {fundLabel(entity, lang)}
    </span>
  );
});

function FundingChart({ chart, view, width }: { chart: FundingChartModel; view: FundView; width: number }) {
  const lang = useLang();
  const { data } = chart;
  const onInstance = useCallback(
    (instance: EChartsType) =>
      instance.getZr().on('globalout', () => {
        // Leaving the chart from a slice may send no mouseout: end the preview it started.
        const s = useAppStore.getState();
        if (s.hoveredId && data.parts.some((p) => p.id === s.hoveredId)) s.hover(null);
      }),
    [data],
  );
  const label = `${tr(TEXT.chart, lang)} · ${chart.description}`;
  // A new chart per view: pie and bars share no components, and a merge would keep stale axes.
  return width > 0 ? (
    <Chart key={view} option={chart.option} onEvents={ENTITY_CHART_EVENTS} height={chart.height} label={label} onInstance={onInstance} />
  ) : null;
}

function TableRow({ row, numeric, headers }: { row: FundingRow; numeric: readonly number[]; headers: readonly string[] }) {
  const props = useEntityProps(row.id, 'row');
  // data-label: on a phone each row stacks into labelled lines (CSS), the source included.
  return (
    <tr {...props} className={row.kind === 'total' ? 'funding-total-row' : undefined}>
      {row.cells.map((c, i) =>
        i === 0 ? (
          <th key="label" scope="row" data-label={headers[0]}>
            {c}
          </th>
        ) : (
          <td
            key={i}
            data-label={headers[i]}
            className={numeric.includes(i) ? 'num' : i === row.cells.length - 1 ? 'funding-table-sources' : undefined}
          >
            {c}
          </td>
        ),
      )}
    </tr>
  );
}

const CompanionTable = memo(function CompanionTable({ table, shown, id }: { table: FundingTable; shown: boolean; id: string }) {
  return (
    <div id={id} className={shown ? 'funding-tablewrap stack-wrap' : 'funding-tablewrap stack-wrap sr-only reveal-on-focus'}>
      <table className="data funding-table stack-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.headers.map((h, i) => (
              <th key={h} scope="col" className={table.numeric.includes(i) ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <TableRow key={r.id} row={r} numeric={table.numeric} headers={table.headers} />
          ))}
        </tbody>
      </table>
    </div>
  );
});

export default function FundingPanel() {
  const graph = useGraph();
  const lang = useLang();
  // The unit, the chart and the table are in the URL (?unit=&fview=&table=), so a link reopens them;
  // a presentation step may ask for its own chart view (data/presentation.json), which wins while it shows.
  const stepView = useStepPanelState()?.fundView;
  const storeView = useAppStore((s) => s.panelView.fundView);
  const view = stepView ?? storeView;
  const unit = useAppStore((s) => s.panelView.unit);
  const showTable = useAppStore((s) => s.panelView.tables.includes('funding'));
  const setView = (fundView: FundView) => useAppStore.getState().setPanelView({ fundView });
  const setUnit = (u: FundUnit) => useAppStore.getState().setPanelView({ unit: u });
  const setShowTable = () => useAppStore.getState().toggleTable('funding');
  const tableId = useId();
  const name = useId();
  const focusId = useChartFocus();
  const [chartRef, width] = useElementWidth<HTMLDivElement>();
  const chart = useMemo(() => buildFundingChart(graph, { view, unit, lang, focusId, width }), [graph, view, unit, lang, focusId, width]);
  const { data, table } = chart;
  const section = graph.model.sectionOf.get(data.total.id);
  const totalProps = useEntityProps(data.total.id);
  // The code and the date come when the reader downloads, never during render.
  const csvFile = async (l: Lang) => (await csvCode.preload()).fundingCsvFile(graph, data, l);
  const amountSource = data.amount.sources
    .map((r) => graph.model.sources.get(r.source))
    .filter((s) => s !== undefined)
    .map((s) =>
      lang === 'en'
        ? `${s.titleEn ?? s.title}${s.type === 'book' ? `, ${s.sectionEn ?? s.section ?? ''}` : ''}`
        : s.type === 'book'
          ? `《${s.title}》${s.section ?? ''}`
          : s.title,
    );
  return (
    <PanelFrame
      name="funding"
      title={shownPartTitle(graph.model, 'funding', lang)}
      subtitle={section ? tr(section.label, lang) : undefined}
      className="funding"
      actions={
        <>
          <button type="button" aria-expanded={showTable} aria-controls={tableId} onClick={setShowTable}>
            {laterUi(showTable ? 'hideTable' : 'showTable', lang)}
          </button>
          <CsvButton panel="funding" className="funding-download" label={TEXT.download} file={csvFile} />
        </>
      }
    >
      <div className="funding-body">
        <p className="funding-summary">
          <span className="funding-total" {...totalProps}>
            {fundLabel(data.total, lang)}
            {colon(lang)}
            <strong>{formatMeasure(data.amount, lang)}</strong>
          </span>{' '}
          <span className="funding-period">{formatPeriod(data.amount.period, lang)}</span>
          {data.beneficiaries ? (
            <>
              {' · '}
              {tr(TEXT.beneficiaries, lang)} {formatMeasure(data.beneficiaries, lang)}
            </>
          ) : null}
          {data.beneficiaries ? (
            <span className="funding-derivation">
              {tr(TEXT.perTotal, lang)}{' '}
              <strong>
                {formatNumber(Math.round(convert(data.amount, 'per', data.beneficiaries)), lang)} {tr(UNIT_LABEL.per, lang)}
              </strong>{' '}
              ({tr(FUNDING_TEXT.derived, lang)}: {derivationText(data.amount, data.beneficiaries, lang)})
            </span>
          ) : null}
          <span className="funding-source">
            {tr(TEXT.source, lang)}
            {colon(lang)}
            {amountSource.join(listSeparator(lang))}
          </span>
        </p>
        <div className="funding-controls">
          <Radio
            name={`${name}-view`}
            legend={tr(TEXT.view, lang)}
            value={view}
            options={VIEWS.map((v) => ({ value: v, label: tr(TEXT[v], lang) }))}
            onChange={setView}
          />
          <Radio
            name={`${name}-unit`}
            legend={tr(TEXT.unit, lang)}
            value={unit}
            options={UNITS.map((u) => ({
              value: u,
              label: `${tr(UNIT_LABEL[u], lang)}${u === 'per' ? ` (${tr(FUNDING_TEXT.derived, lang)})` : ''}`,
            }))}
            onChange={setUnit}
          />
        </div>
        {unit === 'per' ? (
          <>
            <p className="funding-note">{tr(TEXT.derivedNote, lang)}</p>
            <p className="funding-note" data-note="person-times">
              {tr(FUNDING_TEXT.personTimes, lang)}
            </p>
          </>
        ) : null}
        <div ref={chartRef} className="funding-chart">
          <FundingChart chart={chart} view={view} width={width} />
        </div>
        <div className="funding-links">
          <span className="funding-links-label">
            {tr(TEXT.fundsGoTo, lang)}
            {colon(lang).trim()}
          </span>
          <ul>
            {data.parts.map((p) => (
              <li key={p.id}>
                <EntityChip entity={p.entity} />
                {p.supportTypes.length > 0 ? <span aria-hidden="true"> → </span> : null}
                {p.supportTypes.map((s) => (
                  <EntityChip key={s.id} entity={s} className="funding-chip-support" />
                ))}
              </li>
            ))}
          </ul>
        </div>
        <CompanionTable table={table} shown={showTable} id={tableId} />
      </div>
    </PanelFrame>
  );
}
