// Exit criteria at three levels: households "1+2+3", villages "1+7+2+5", the county "三率一度".
// The book prints only those labels; the criteria under them are the national definitions (†),
// and where the numeric expansion is unverified the data's notes say so — shown, not hidden.
// The county's assessed values are drawn as bullet bars against their standards.
import { shownPartTitle } from '../../shared/partTitle';
import { ENTITY_CHART_EVENTS } from '../../charts/entityEvents';
import { memo, useEffect, useId, useMemo } from 'react';
import type { EChartsType } from 'echarts/core';
import { CsvButton } from '../../shared/CsvButton';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { useGraph } from '../../shared/GraphProvider';
import { useAppStore } from '../../store/store';
import { useChartFocus } from '../../charts/useChartFocus';
import { tr, ui } from '../../i18n/text';
import { laterUi } from '../../i18n/laterText';
import { useEntityProps, useLang } from '../../shared/useEntity';
import { ConfidenceBadge } from '../../shared/badges';
import { SourceList } from '../../shared/Sources';
import { colon } from '../../shared/entityText';
import { Chart } from '../../charts/Chart';
import {
  EXIT_TEXT,
  assessedBy,
  assessedValueOf,
  buildExitCriteriaChart,
  criteriaSources,
  criterionLabel,
  exitChartName,
  exitLevels,
  passText,
  passes,
  standardText,
  thresholdOf,
  withUnit,
  type ExitCriteriaChart,
  type ExitTableRow,
  type LevelView,
} from './exitCriteria';
import { useElementWidth } from '../../shared/useElementSize';
import type { Entity } from '../../model/schema';
import './exitCriteria.css';
import { onDemand } from '../../shared/useOnDemand';
import part from './part';

/** The CSV's rows: their own module, loaded on the first download (never the panel's own code). */
const csvCode = onDemand(() => import('./csv'));

const TEXT = {
  // The part's own title (part.ts): the one the overview, search and a failed panel name.
  title: part.title,
  unverified: { zh: '未经证实', en: 'Unverified' },
  nationalDefinition: { zh: '国家定义', en: 'National definition' },
  sources: { zh: '来源', en: 'Sources' },
  bulletChart: { zh: '子弹图', en: 'Bullet chart' },
};

/** Whose assessed values these are: Lankao in Lankao's picture, another county's own name in its picture. */
function useCounty() {
  const graph = useGraph();
  return useMemo(() => assessedBy(graph), [graph]);
}

function CriterionItem({ entity }: { entity: Entity }) {
  const lang = useLang();
  const county = useCounty();
  const props = useEntityProps(entity.id);
  const threshold = thresholdOf(entity);
  const value = assessedValueOf(entity);
  return (
    <li className="exit-criteria-crit">
      <div className="exit-criteria-crit-name" {...props}>
        <span>{criterionLabel(entity, lang)}</span>
        {threshold ? (
          <span className="exit-criteria-figure">
            {tr(EXIT_TEXT.standard, lang)} {standardText(threshold, lang)}
            {value ? (
              <>
                {' · '}
                {tr(county, lang)} <strong>{withUnit(value.value, value, lang)}</strong>{' '}
                <span className="exit-criteria-pass">{passText(passes(value.value, threshold.value, threshold.comparator), lang)}</span>
              </>
            ) : null}
          </span>
        ) : null}
      </div>
      {entity.note ? (
        <p className="exit-criteria-crit-note">
          <span className="exit-criteria-flag">{tr(TEXT.unverified, lang)}</span> {tr(entity.note, lang)}
        </p>
      ) : null}
    </li>
  );
}

const LevelCard = memo(function LevelCard({ level }: { level: LevelView }) {
  const lang = useLang();
  const props = useEntityProps(level.id);
  const e = level.entity;
  const headingId = useId();
  const printed = e.printed ?? e.label.zh;
  const hasExternal = level.criteria.some((c) => c.confidence === 'external');
  return (
    <article className="exit-criteria-level" aria-labelledby={headingId}>
      <h3 className="exit-criteria-level-title" id={headingId}>
        <span className="exit-criteria-level-name" {...props}>
          {tr(e.label, lang)}
        </span>
      </h3>
      <p className="exit-criteria-printed">
        <ConfidenceBadge confidence={e.confidence} />
        {lang !== 'zh' ? (
          <>
            {' '}
            {ui('printedAs', lang)}
            {colon(lang)}
            <span lang="zh-CN" className="exit-criteria-printed-text">
              {printed}
            </span>
          </>
        ) : null}
      </p>
      <SourceList refs={e.sources} skipQuote={printed} compact className="exit-criteria-cites" />
      {e.note ? (
        <p className="exit-criteria-note" role="note">
          <span className="exit-criteria-flag">⚠ {tr(TEXT.unverified, lang)}</span> {tr(e.note, lang)}
        </p>
      ) : null}
      {e.description ? <p className="exit-criteria-desc">{tr(e.description, lang)}</p> : null}
      {level.criteria.length > 0 ? (
        <>
          <h4 className="exit-criteria-subhead">{hasExternal ? `† ${tr(TEXT.nationalDefinition, lang)}` : tr(EXIT_TEXT.criterion, lang)}</h4>
          <ol className="exit-criteria-list">
            {level.criteria.map((c) => (
              <CriterionItem key={c.id} entity={c} />
            ))}
          </ol>
          <div className="exit-criteria-cite">
            <span className="exit-criteria-cite-label">
              {tr(TEXT.sources, lang)}
              {colon(lang).trim()}
            </span>
            <SourceList refs={criteriaSources(level)} compact className="exit-criteria-cites" />
          </div>
        </>
      ) : null}
    </article>
  );
});

function CountyChart({ chart, width }: { chart: ExitCriteriaChart; width: number }) {
  const lang = useLang();
  const { rows } = chart;
  const label = `${tr(TEXT.bulletChart, lang)} · ${chart.description}`;
  const onInstance = useMemo(
    () => (instance: EChartsType) =>
      instance.getZr().on('globalout', () => {
        // Leaving the chart between bars sends no mouseout for a bar: end any preview it started.
        const s = useAppStore.getState();
        if (s.hoveredId && rows.some((r) => r.id === s.hoveredId)) s.hover(null);
      }),
    [rows],
  );
  return width > 0 ? (
    <Chart option={chart.option} onEvents={ENTITY_CHART_EVENTS} height={chart.height} label={label} onInstance={onInstance} />
  ) : null;
}

function TableRow({ row }: { row: ExitTableRow }) {
  const props = useEntityProps(row.id, 'row');
  const lang = useLang();
  const county = useCounty();
  // data-label: on a phone each row stacks into labelled lines (CSS), the source included.
  return (
    <tr {...props}>
      <th scope="row" data-label={tr(EXIT_TEXT.criterion, lang)}>
        {row.cells.criterion}
      </th>
      <td className="num" data-label={tr(county, lang)}>
        {row.cells.value}
      </td>
      <td className="num" data-label={tr(EXIT_TEXT.standard, lang)}>
        {row.cells.standard}
      </td>
      <td data-label={tr(EXIT_TEXT.result, lang)}>{row.cells.result}</td>
      <td data-label={tr(EXIT_TEXT.period, lang)}>{row.cells.period}</td>
      <td className="exit-criteria-table-sources" data-label={tr(TEXT.sources, lang)}>
        {row.cells.sources}
      </td>
    </tr>
  );
}

const CompanionTable = memo(function CompanionTable({ rows, shown, id }: { rows: readonly ExitTableRow[]; shown: boolean; id: string }) {
  const lang = useLang();
  const graph = useGraph();
  const county = useCounty();
  return (
    <div id={id} className={shown ? 'exit-criteria-tablewrap stack-wrap' : 'exit-criteria-tablewrap stack-wrap sr-only reveal-on-focus'}>
      <table className="data exit-criteria-table stack-table">
        <caption>{tr(exitChartName(graph), lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{tr(EXIT_TEXT.criterion, lang)}</th>
            <th scope="col" className="num">
              {tr(county, lang)}
            </th>
            <th scope="col" className="num">
              {tr(EXIT_TEXT.standard, lang)}
            </th>
            <th scope="col">{tr(EXIT_TEXT.result, lang)}</th>
            <th scope="col">{tr(EXIT_TEXT.period, lang)}</th>
            <th scope="col">{tr(TEXT.sources, lang)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <TableRow key={r.id} row={r} />
          ))}
        </tbody>
      </table>
    </div>
  );
});

function Body({ levels, showTable, tableId }: { levels: readonly LevelView[]; showTable: boolean; tableId: string }) {
  const graph = useGraph();
  const lang = useLang();
  const focusId = useChartFocus();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const chart = useMemo(() => buildExitCriteriaChart(graph, { focusId, lang, width }), [graph, focusId, lang, width]);
  const hasChart = chart.rows.length > 0;
  const markReady = usePanelReady();
  useEffect(() => {
    // Without assessed values there is no chart to report 'finished': the cards are all there is.
    if (!hasChart) markReady(true);
  }, [hasChart, markReady]);
  return (
    <div className="exit-criteria-body">
      <div className="exit-criteria-levels">
        {levels.map((l) => (
          <LevelCard key={l.id} level={l} />
        ))}
      </div>
      {hasChart ? (
        <div ref={ref} className="exit-criteria-chart">
          <CountyChart chart={chart} width={width} />
        </div>
      ) : null}
      <CompanionTable rows={chart.table} shown={showTable} id={tableId} />
    </div>
  );
}

export default function ExitCriteriaPanel() {
  const lang = useLang();
  const graph = useGraph();
  // The subtitle is the data file's own section title (e.g. 退出标准：户、村、县).
  const levels = useMemo(() => exitLevels(graph), [graph]);
  const first = levels[0];
  const section = first ? graph.model.sectionOf.get(first.id)?.label : undefined;
  const showTable = useAppStore((s) => s.panelView.tables.includes('exit-criteria'));
  const tableId = useId();
  return (
    <PanelFrame
      name="exit-criteria"
      title={shownPartTitle(graph.model, 'exit-criteria', lang)}
      subtitle={section ? tr(section, lang) : undefined}
      className="exit-criteria"
      actions={
        <>
          <button type="button" aria-expanded={showTable} aria-controls={tableId} onClick={() => useAppStore.getState().toggleTable('exit-criteria')}>
            {laterUi(showTable ? 'hideTable' : 'showTable', lang)}
          </button>
          <CsvButton panel="exit-criteria" rows={async (l) => (await csvCode.preload()).exitCsvRows(graph, l)} />
        </>
      }
    >
      <Body levels={levels} showTable={showTable} tableId={tableId} />
    </PanelFrame>
  );
}
