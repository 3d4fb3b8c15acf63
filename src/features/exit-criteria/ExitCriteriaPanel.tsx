// Exit criteria at three levels: households "1+2+3", villages "1+7+2+5", the county "三率一度".
// The book prints only those labels; the criteria under them are the national definitions (†),
// and where the numeric expansion is unverified the data's notes say so — shown, not hidden.
// The county's assessed values are drawn as bullet bars against their standards.
import { ENTITY_CHART_EVENTS } from '../../charts/entityEvents';
import { useEffect, useId, useMemo, useState } from 'react';
import type { EChartsType } from 'echarts/core';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { useGraph } from '../../shared/GraphProvider';
import { useAppStore } from '../../store/store';
import { useChartFocus } from '../../charts/useChartFocus';
import { tr, ui } from '../../i18n/text';
import { useEntityProps, useLang } from '../../shared/useEntity';
import { ConfidenceBadge } from '../../shared/badges';
import { Chart } from '../../charts/Chart';
import {
  TEXT,
  assessedCriteria,
  assessedValueOf,
  buildExitCriteriaOption,
  bulletLayout,
  criteriaSources,
  criterionLabel,
  exitChartDescription,
  exitLevels,
  exitTableRows,
  passText,
  passes,
  standardText,
  thresholdOf,
  withUnit,
  type ExitTableRow,
  type LevelView,
} from './exitCriteria';
import { useElementWidth } from '../../shared/useElementSize';
import type { Entity, SourceRef } from '../../model/schema';
import './exitCriteria.css';

const TITLE = { zh: '退出标准', en: 'Exit criteria' };
const CHROME = {
  unverified: { zh: '未经证实', en: 'Unverified' },
  nationalDefinition: { zh: '国家定义', en: 'National definition' },
  sources: { zh: '来源', en: 'Sources' },
  bulletChart: { zh: '子弹图', en: 'Bullet chart' },
};

/** One line per source: the book's section, or the public page as a link. */
function Citations({ refs, skipQuote }: { refs: readonly SourceRef[]; skipQuote?: string }) {
  const graph = useGraph();
  return (
    <ul className="exit-criteria-cites">
      {refs.map((r) => {
        const s = graph.model.sources.get(r.source);
        if (!s) return null;
        const quote = r.quote && r.quote !== skipQuote ? r.quote : undefined;
        return (
          <li key={r.source}>
            {s.type === 'web' && s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer nofollow">{s.title}</a>
            ) : (
              <span>《{s.title}》{s.section ?? ''}</span>
            )}
            {quote ? <q lang="zh-CN"> {quote}</q> : null}
          </li>
        );
      })}
    </ul>
  );
}

function CriterionItem({ entity }: { entity: Entity }) {
  const lang = useLang();
  const props = useEntityProps(entity.id);
  const threshold = thresholdOf(entity);
  const value = assessedValueOf(entity);
  return (
    <li className="exit-criteria-crit">
      <div className="exit-criteria-crit-name" {...props}>
        <span>{criterionLabel(entity, lang)}</span>
        {threshold ? (
          <span className="exit-criteria-figure">
            {tr(TEXT.standard, lang)} {standardText(threshold, lang)}
            {value ? (
              <>
                {' · '}
                {tr(TEXT.lankao, lang)} <strong>{withUnit(value.value, value, lang)}</strong>{' '}
                <span className="exit-criteria-pass">{passText(passes(value.value, threshold.value, threshold.comparator), lang)}</span>
              </>
            ) : null}
          </span>
        ) : null}
      </div>
      {entity.note ? (
        <p className="exit-criteria-crit-note">
          <span className="exit-criteria-flag">{tr(CHROME.unverified, lang)}</span> {tr(entity.note, lang)}
        </p>
      ) : null}
    </li>
  );
}

function LevelCard({ level }: { level: LevelView }) {
  const lang = useLang();
  const props = useEntityProps(level.id);
  const e = level.entity;
  const headingId = useId();
  const printed = e.printed ?? e.label.zh;
  const hasExternal = level.criteria.some((c) => c.confidence === 'external');
  return (
    <article className="exit-criteria-level" aria-labelledby={headingId}>
      <h3 className="exit-criteria-level-title" id={headingId}>
        <span className="exit-criteria-level-name" {...props}>{tr(e.label, lang)}</span>
      </h3>
      <p className="exit-criteria-printed">
        <ConfidenceBadge confidence={e.confidence} />
        {lang !== 'zh' ? (
          <>
            {' '}
            {ui('printedAs', lang)}: <span lang="zh-CN" className="exit-criteria-printed-text">{printed}</span>
          </>
        ) : null}
      </p>
      <Citations refs={e.sources} skipQuote={printed} />
      {e.note ? (
        <p className="exit-criteria-note" role="note">
          <span className="exit-criteria-flag">⚠ {tr(CHROME.unverified, lang)}</span> {tr(e.note, lang)}
        </p>
      ) : null}
      {e.description ? <p className="exit-criteria-desc">{tr(e.description, lang)}</p> : null}
      {level.criteria.length > 0 ? (
        <>
          <h4 className="exit-criteria-subhead">
            {hasExternal ? `† ${tr(CHROME.nationalDefinition, lang)}` : tr(TEXT.criterion, lang)}
          </h4>
          <ol className="exit-criteria-list">
            {level.criteria.map((c) => (
              <CriterionItem key={c.id} entity={c} />
            ))}
          </ol>
          <div className="exit-criteria-cite">
            <span className="exit-criteria-cite-label">{tr(CHROME.sources, lang)}:</span>
            <Citations refs={criteriaSources(level)} />
          </div>
        </>
      ) : null}
    </article>
  );
}


function CountyChart() {
  const graph = useGraph();
  const lang = useLang();
  const focusId = useChartFocus();
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const width = measured || 0;
  const rows = useMemo(() => assessedCriteria(graph), [graph]);
  const height = useMemo(() => bulletLayout(rows, width, lang).height, [rows, width, lang]);
  const option = useMemo(() => buildExitCriteriaOption(graph, { focusId, lang, width }), [graph, focusId, lang, width]);
  const label = `${tr(CHROME.bulletChart, lang)} · ${exitChartDescription(rows, lang)}`;
  const onEvents = ENTITY_CHART_EVENTS;
  const onInstance = useMemo(() => (chart: EChartsType) => chart.getZr().on('globalout', () => {
    // Leaving the chart between bars sends no mouseout for a bar: end any preview it started.
    const s = useAppStore.getState();
    if (s.hoveredId && rows.some((r) => r.id === s.hoveredId)) s.hover(null);
  }), [rows]);
  return (
    <div ref={ref} className="exit-criteria-chart">
      {width > 0 ? (
        <Chart option={option} onEvents={onEvents} height={height} label={label} onInstance={onInstance} />
      ) : null}
    </div>
  );
}

function TableRow({ row }: { row: ExitTableRow }) {
  const props = useEntityProps(row.id, 'row');
  return (
    <tr {...props}>
      <th scope="row">{row.cells.criterion}</th>
      <td className="num">{row.cells.value}</td>
      <td className="num">{row.cells.standard}</td>
      <td>{row.cells.result}</td>
      <td>{row.cells.period}</td>
      <td className="exit-criteria-table-sources">{row.cells.sources}</td>
    </tr>
  );
}

function CompanionTable({ shown, id }: { shown: boolean; id: string }) {
  const graph = useGraph();
  const lang = useLang();
  const rows = useMemo(() => exitTableRows(graph, lang), [graph, lang]);
  return (
    <div id={id} className={shown ? 'exit-criteria-tablewrap' : 'exit-criteria-tablewrap sr-only'}>
      <table className="data exit-criteria-table">
        <caption>{tr(TEXT.chartName, lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{tr(TEXT.criterion, lang)}</th>
            <th scope="col" className="num">{tr(TEXT.lankao, lang)}</th>
            <th scope="col" className="num">{tr(TEXT.standard, lang)}</th>
            <th scope="col">{tr(TEXT.result, lang)}</th>
            <th scope="col">{tr(TEXT.period, lang)}</th>
            <th scope="col">{tr(CHROME.sources, lang)}</th>
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
}

function Body({ showTable, tableId }: { showTable: boolean; tableId: string }) {
  const graph = useGraph();
  const levels = useMemo(() => exitLevels(graph), [graph]);
  const hasChart = useMemo(() => assessedCriteria(graph).length > 0, [graph]);
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
      {hasChart ? <CountyChart /> : null}
      <CompanionTable shown={showTable} id={tableId} />
    </div>
  );
}

export default function ExitCriteriaPanel() {
  const lang = useLang();
  const graph = useGraph();
  // The subtitle is the data file's own section title (e.g. 退出标准：户、村、县).
  const section = useMemo(() => {
    const first = exitLevels(graph)[0];
    return first ? graph.model.sectionOf.get(first.id)?.label : undefined;
  }, [graph]);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <PanelFrame
      name="exit-criteria"
      title={tr(TITLE, lang)}
      subtitle={section ? tr(section, lang) : undefined}
      className="exit-criteria"
      actions={
        <button type="button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          {ui(showTable ? 'hideTable' : 'showTable', lang)}
        </button>
      }
    >
      <Body showTable={showTable} tableId={tableId} />
    </PanelFrame>
  );
}
