// The events of data/history.json on a broken time axis (1962 | 2014–2017), and under it the
// figures they stand for, each with its own source: the 2014 baseline (where the sources
// disagree, side by side), the 2014–2016 investment, end-2016 incidence, the exit's three
// dates, and a fact box for the county. Layout and figures come from pure modules.
import { shownPartTitle } from '../../shared/partTitle';
import { useEffect, useMemo } from 'react';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { tr, trLines } from '../../i18n/text';
import { useEntityProps, useLang } from '../../shared/useEntity';
import { useGraph } from '../../shared/GraphProvider';
import { confidenceMark } from '../../shared/entityText';
import { formatDate, formatMeasure } from '../../shared/format';
import { derivationText, formatPeriod } from '../../shared/measureText';
import { SourceList } from '../../shared/Sources';
import { entitiesOfKind } from '../../core/graph';
import type { Bilingual, Entity } from '../../model/schema';
import type { Lang } from '../../store/url';
import { useElementWidth } from '../../shared/useElementSize';
import { layoutTimeline, LINE, type PlacedEvent, type TimelineLayout } from './layout';
import { timelineFigures, type FigureItem, type MeasureGroup } from './figures';
import './timeline.css';
import part from './part';

const COUNTY = 'lankao-county';
const TEXT = {
  // The part's own title (part.ts): the one the overview, search and a failed panel name.
  title: part.title,
  subtitle: {
    zh: '从焦裕禄到摘帽：事件、数字和各自的来源（1962 与 2014 之间的轴已截断）',
    en: 'From Jiao Yulu to the exit: events, figures and their sources (the axis is broken between 1962 and 2014)',
  },
  chart: { zh: '事件时间轴', en: 'Timeline of events' },
  figures: { zh: '关键数字与来源', en: 'Figures and their sources' },
  disagree: { zh: '来源不一致', en: 'Sources disagree' },
  exit: { zh: '摘帽的三个日期', en: 'Three dates for the exit' },
  inBook: { zh: '书中日期', en: 'the book’s date' },
  county: { zh: '兰考县概况', en: 'Lankao County in brief' },
  derived: { zh: '推算', en: 'derived' },
} satisfies Record<string, Bilingual>;

function markOf(e: Entity | undefined): string {
  return e ? confidenceMark(e.confidence) : '';
}

function Chip({ id, className = 'tl-chip' }: { id: string; className?: string }) {
  const graph = useGraph();
  const lang = useLang();
  const props = useEntityProps(id);
  const e = graph.model.entities.get(id);
  const mark = markOf(e);
  const label = e ? tr(e.label, lang) : id;
  return (
    <span className={className} {...props} aria-label={`${label}${mark ? ` ${mark}` : ''}`}>
      {label}
      {mark ? (
        <span className="tl-mark" aria-hidden="true">
          {' '}
          {mark}
        </span>
      ) : null}
    </span>
  );
}

function EventRow({ ev, lang }: { ev: PlacedEvent; lang: Lang }) {
  const graph = useGraph();
  const props = useEntityProps(ev.id);
  const e = graph.model.entities.get(ev.id);
  const mark = markOf(e);
  const label = `${e?.date ? formatDate(e.date, lang) : ''} · ${e ? tr(e.label, lang) : ev.id}${mark ? ` ${mark}` : ''}`;
  return (
    <g className={`tl-event tl-${e?.confidence ?? 'verbatim'}`} {...props} aria-label={label}>
      <rect className="tl-row" x={ev.row.x} y={ev.row.y} width={ev.row.w} height={ev.row.h} rx={4} />
      {ev.dot ? (
        <circle className="tl-mark-shape" cx={ev.x0} cy={ev.y} r={5} />
      ) : (
        <rect className="tl-mark-shape" x={ev.x0} y={ev.y - 4} width={Math.max(ev.x1 - ev.x0, 2)} height={8} rx={3} />
      )}
      <text x={ev.textX} y={ev.textY} textAnchor={ev.anchor} aria-hidden="true">
        {ev.lines.map((l, i) => (
          <tspan key={`${i}-${l.text}`} x={ev.textX} y={ev.textY + i * LINE} className={l.secondary ? 'tl-en' : undefined}>
            {l.text}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function Axis({ layout, lang }: { layout: TimelineLayout; lang: Lang }) {
  return (
    <svg
      className="tl-svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={tr(TEXT.chart, lang)}
    >
      <g aria-hidden="true">
        {layout.ticks.map((t) => (
          <line key={t.value} className="tl-grid" x1={t.x} x2={t.x} y1={0} y2={layout.axisY} />
        ))}
        {layout.segments.map((s) => (
          <line key={s.from} className="tl-axis" x1={s.x0} x2={s.x1} y1={layout.axisY} y2={layout.axisY} />
        ))}
        {layout.breaks.map((x) => (
          <path key={x} className="tl-break" d={`M${x - 7},${layout.axisY + 6}l6,-12M${x + 1},${layout.axisY + 6}l6,-12`} />
        ))}
        {layout.ticks.map((t) => (
          <line key={t.value} className="tl-axis" x1={t.x} x2={t.x} y1={layout.axisY - 4} y2={layout.axisY + 4} />
        ))}
        {layout.years.map((y) => (
          <text key={y.year} className="tl-tick" x={y.x} y={layout.axisY + 17} textAnchor="middle">
            {y.label}
          </text>
        ))}
      </g>
      {layout.events.map((ev) => (
        <EventRow key={ev.id} ev={ev} lang={lang} />
      ))}
    </svg>
  );
}

function Value({ item, showOwner }: { item: FigureItem; showOwner: boolean }) {
  const lang = useLang();
  const m = item.measure;
  return (
    <li className={`tl-value tl-role-${m.role}`}>
      <span className="tl-number">{formatMeasure(m, lang)}</span>
      <span className="tl-value-label">{tr(m.label, lang)}</span>
      <span className="tl-period">{formatPeriod(m.period, lang)}</span>
      {showOwner ? <Chip id={item.owner.id} className="tl-chip tl-owner" /> : null}
      {m.derivation ? (
        <span className="tl-derived">
          {tr(TEXT.derived, lang)}: {derivationText(m, lang)}
        </span>
      ) : null}
      <SourceList refs={m.sources} compact />
    </li>
  );
}

function Group({ group, event }: { group: MeasureGroup; event: Entity }) {
  const lang = useLang();
  const showOwner = group.items.some((i) => i.owner.id !== event.id);
  return (
    <div className={group.disagree ? 'tl-group tl-disagreeing' : 'tl-group'}>
      {group.items.length > 1 ? (
        <h4>
          {tr(group.label, lang)}
          {group.disagree ? <span className="tl-disagree-badge">≠ {tr(TEXT.disagree, lang)}</span> : null}
        </h4>
      ) : null}
      <ul className="tl-values">
        {group.items.map((i) => (
          <Value key={`${i.owner.id}-${i.measure.id}`} item={i} showOwner={showOwner} />
        ))}
      </ul>
    </div>
  );
}

function Figures() {
  const graph = useGraph();
  const lang = useLang();
  const figures = useMemo(() => timelineFigures(graph), [graph]);
  const county = graph.model.entities.get(COUNTY);
  return (
    <section className="tl-figures" aria-labelledby="tl-figures-title">
      <h3 id="tl-figures-title" className="tl-figures-title">
        {tr(TEXT.figures, lang)}
      </h3>
      <div className="tl-cards">
        {figures.cards.map((c) => (
          <article key={c.event.id} className={c.groups.some((g) => g.disagree) ? 'tl-card tl-card-wide' : 'tl-card'}>
            <h4 className="tl-card-title">
              <span className="tl-date">{formatDate(c.event.date ?? '', lang)}</span> <Chip id={c.event.id} />
            </h4>
            {c.event.note ? <p className="tl-note">{tr(c.event.note, lang)}</p> : null}
            <div className="tl-groups">
              {c.groups.map((g) => (
                <Group key={g.key} group={g} event={c.event} />
              ))}
            </div>
            {c.groups.every((g) => g.items.every((i) => i.owner.id !== c.event.id)) ? <SourceList refs={c.event.sources} compact /> : null}
          </article>
        ))}
        {figures.exit.dates.length ? (
          <article className="tl-card tl-exit">
            <h4 className="tl-card-title">
              {tr(TEXT.exit, lang)}
              {figures.exit.goal ? (
                <>
                  {' · '}
                  <Chip id={figures.exit.goal.id} />
                </>
              ) : null}
            </h4>
            <ol className="tl-exit-dates">
              {figures.exit.dates.map((d) => (
                <li key={d.event.id}>
                  <span className="tl-date">{formatDate(d.event.date ?? '', lang)}</span> <Chip id={d.event.id} />
                  {d.inBook ? <span className="tl-book-badge">{tr(TEXT.inBook, lang)}</span> : null}
                  {d.figures.length ? (
                    <ul className="tl-values">
                      {d.figures.map((i) => (
                        <Value key={`${i.owner.id}-${i.measure.id}`} item={i} showOwner />
                      ))}
                    </ul>
                  ) : null}
                  {d.event.note ? <p className="tl-note">{tr(d.event.note, lang)}</p> : null}
                  <SourceList refs={d.event.sources} compact />
                </li>
              ))}
            </ol>
          </article>
        ) : null}
        {county ? (
          <article className="tl-card tl-county" aria-label={tr(TEXT.county, lang)}>
            <h4 className="tl-card-title">
              <Chip id={county.id} />
            </h4>
            {county.description ? <p className="tl-desc">{tr(county.description, lang)}</p> : null}
            <ul className="tl-values">
              {county.measures?.map((m) => (
                <li key={m.id} className="tl-value">
                  <span className="tl-number">{formatMeasure(m, lang)}</span>
                  <span className="tl-value-label">{tr(m.label, lang)}</span>
                  <span className="tl-period">{formatPeriod(m.period, lang)}</span>
                  {m.derivation ? (
                    <span className="tl-derived">
                      {tr(TEXT.derived, lang)}: {derivationText(m, lang)}
                    </span>
                  ) : null}
                  <SourceList refs={m.sources} />
                </li>
              ))}
            </ul>
          </article>
        ) : null}
      </div>
    </section>
  );
}

function Body() {
  const graph = useGraph();
  const lang = useLang();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const inputs = useMemo(
    () =>
      entitiesOfKind(graph, 'event')
        .filter((e) => e.date)
        .map((e) => {
          const mark = markOf(e);
          const lines = trLines(e.label, lang).map((text, i) => ({ text: i === 0 && mark ? `${text} ${mark}` : text, secondary: i > 0 }));
          return { id: e.id, date: e.date!, lines };
        }),
    [graph, lang],
  );
  const layout = useMemo(() => (width > 0 ? layoutTimeline(inputs, width) : null), [inputs, width]);
  const markReady = usePanelReady();
  useEffect(() => {
    if (layout) markReady(true);
  }, [layout, markReady]);
  return (
    <div className="tl">
      <div className="tl-axis-wrap" ref={ref}>
        {layout ? <Axis layout={layout} lang={lang} /> : null}
      </div>
      <Figures />
    </div>
  );
}

export default function TimelinePanel() {
  const lang = useLang();
  return (
    <PanelFrame name="timeline" title={shownPartTitle(useGraph().model, 'timeline', lang)} subtitle={tr(TEXT.subtitle, lang)}>
      <Body />
    </PanelFrame>
  );
}
