// The county leaders' division of labour (党政齐抓共管): an org chart laid out by layout.ts
// (d3-hierarchy) and drawn here as SVG. Leaders and duties are separate selectable nodes.
import { shownPartTitle } from '../../shared/partTitle';
import { memo, useEffect, useMemo } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import type { Bilingual } from '../../model/schema';
import { tr } from '../../i18n/text';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { entityAccessibleName, entityTitle } from '../../shared/entityText';
import { useEntityProps, useFollowerRef, useLang } from '../../shared/useEntity';
import { layoutLeadership, lineHeight, ROOT_PRINCIPLE, type LeadershipLayout, type TextBox } from './layout';
import { useElementWidth } from '../../shared/useElementSize';
import './leadership.css';
import part from './part';

/** Room around the drawing for the focus ring (drawn 3 px outside each box). */
const SVG_MARGIN = 4;

const TEXT = {
  // The part's own title (part.ts): the one the overview, search and a failed panel name.
  title: part.title,
  chart: { zh: '县领导分工组织图：每位领导及其负责的工作', en: 'Organization chart: each county leader and their duties' },
  dashed: { zh: '虚线：上下级关系是我们对原图版式的解读', en: 'Dashed lines: the hierarchy is our reading of the poster’s layout' },
  hover: { zh: '※ 项悬停可看印刷原文', en: 'Hover over an item marked ※ to see the printed text' },
  empty: { zh: '数据中没有领导分工。', en: 'The data has no leadership structure.' },
} satisfies Record<string, Bilingual>;

function NodeBoxView({ box, variant }: { box: TextBox; variant: 'banner' | 'leader' | 'duty' }) {
  const graph = useGraph();
  const lang = useLang();
  const props = useEntityProps(box.id);
  const e = graph.model.entities.get(box.id);
  if (!e) return null;
  const lh = lineHeight(box.fontSize);
  const title = entityTitle(e, lang, true);
  const both = lang === 'both' && box.firstLangLines < box.lines.length;
  return (
    <g
      {...props}
      className={`leadership-node leadership-${variant}`}
      data-kind={e.kind}
      data-confidence={e.confidence}
      transform={`translate(${box.x},${box.y})`}
      aria-label={entityAccessibleName(e, lang)}
    >
      {title ? <title>{title}</title> : null}
      <rect className="leadership-focus" x={-3} y={-3} width={box.w + 6} height={box.h + 6} rx={8} />
      {/* Stroke width and font weight follow data-emphasis in leadership.css (EMPHASIS_STYLE's values). */}
      <rect className="leadership-box" width={box.w} height={box.h} rx={variant === 'duty' ? 4 : 6} />
      <text fontSize={box.fontSize}>
        {box.lines.map((line, i) => (
          <tspan
            key={`${i}:${line}`}
            x={box.padX}
            y={Math.round(box.padY + i * lh + lh / 2 + box.fontSize * 0.35)}
            lang={lang === 'en' || (both && i >= box.firstLangLines) ? 'en' : 'zh-CN'}
            className={both && i >= box.firstLangLines ? 'leadership-second' : undefined}
          >
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

const NodeBox = memo(NodeBoxView);

function Chart({ layout }: { layout: LeadershipLayout }) {
  const lang = useLang();
  // An edge lights up when both its ends are the focus or related to it: data-emphasis-of names
  // both, and the emphasis writer keeps its data-follow-emphasis current (no re-render here).
  const edgeRef = useFollowerRef();
  const dutiesBy = useMemo(() => {
    const m = new Map<string, TextBox[]>();
    for (const d of layout.duties) m.set(d.leaderId, [...(m.get(d.leaderId) ?? []), d]);
    return m;
  }, [layout.duties]);
  return (
    <svg
      className={`leadership-svg leadership-${layout.mode}`}
      width={layout.width + 2 * SVG_MARGIN}
      height={layout.height + 2 * SVG_MARGIN}
      viewBox={`${-SVG_MARGIN} ${-SVG_MARGIN} ${layout.width + 2 * SVG_MARGIN} ${layout.height + 2 * SVG_MARGIN}`}
      role="group"
      aria-label={tr(TEXT.chart, lang)}
    >
      <g className="leadership-edges" aria-hidden="true">
        {layout.edges.map((e) => (
          <path
            key={e.id}
            d={e.d}
            className={`leadership-edge${e.interpretive ? ' leadership-edge-interpretive' : ''}`}
            data-emphasis-of={`${e.from} ${e.to}`}
            ref={edgeRef}
          />
        ))}
      </g>
      <NodeBox box={layout.banner} variant="banner" />
      {layout.leaders.map((l) => (
        <g key={l.id} className="leadership-card" data-depth={l.depth}>
          <rect className="leadership-card-bg" x={l.card.x} y={l.card.y} width={l.card.w} height={l.card.h} rx={8} aria-hidden="true" />
          <NodeBox box={l} variant="leader" />
          {(dutiesBy.get(l.id) ?? []).map((d) => (
            <NodeBox key={d.id} box={d} variant="duty" />
          ))}
        </g>
      ))}
    </svg>
  );
}

function Body() {
  const graph = useGraph();
  const lang = useLang();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  // The SVG keeps a small margin so that focus rings around edge boxes are not clipped.
  const layout = useMemo(() => (width > 0 ? layoutLeadership(graph, lang, width - 2 * SVG_MARGIN) : null), [graph, lang, width]);
  const markReady = usePanelReady();
  useEffect(() => {
    if (width > 0) markReady(true);
  }, [width, layout, markReady]);
  return (
    <div className="leadership-body">
      <div ref={ref} className="leadership-measure">
        {layout ? <Chart layout={layout} /> : width > 0 ? <p className="empty">{tr(TEXT.empty, lang)}</p> : null}
      </div>
      {layout ? (
        <p className="leadership-legend">
          <span>
            <span className="leadership-legend-dash" aria-hidden="true" />
            {tr(TEXT.dashed, lang)}
          </span>
          <span>{tr(TEXT.hover, lang)}</span>
        </p>
      ) : null}
    </div>
  );
}

export default function LeadershipPanel() {
  const lang = useLang();
  const graph = useGraph();
  const section = graph.model.sectionOf.get(ROOT_PRINCIPLE);
  return (
    <PanelFrame name="leadership" title={shownPartTitle(graph.model, 'leadership', lang)} subtitle={section ? tr(section.label, lang) : undefined}>
      <Body />
    </PanelFrame>
  );
}
