// The four 紧扣 (统揽全局) as a radial tree around 兰考县脱贫 (data/four-focuses.json), with the
// duties they put into practice and who holds them listed underneath. Positions come from the
// pure layoutRadial; a narrow panel (a phone) gets the same tree as an indented list instead.
import { shownPartTitle } from '../../shared/partTitle';
import { useEffect, useMemo } from 'react';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { tr, trLines } from '../../i18n/text';
import { useEntityProps, useFollowerProps, useLang } from '../../shared/useEntity';
import { useGraph } from '../../shared/GraphProvider';
import { InterpretiveBadge } from '../../shared/badges';
import { confidenceMark, entityLabel } from '../../shared/entityText';
import type { Lang } from '../../store/url';
import type { Bilingual, Entity } from '../../model/schema';
import { childrenOf } from '../../core/graph';
import { dutiesInvolved, focusTree, layoutRadial, LINE, type PlacedNode, type RadialLayout } from './layout';
import { useElementWidth } from '../../shared/useElementSize';
import './four-focuses.css';
import part from './part';

const ROOT = 'four-focuses';
const TEXT = {
  // The part's own title (part.ts): the one the overview, search and a failed panel name.
  title: part.title,
  subtitle: { zh: '四个紧扣、统揽全局：每一项紧扣下的具体工作', en: 'The four priorities, steering the whole, and the work under each' },
  chart: { zh: '四个紧扣径向树', en: 'Radial tree of the four priorities' },
  duties: { zh: '涉及职责与负责人', en: 'Duties involved and who holds them' },
  dutiesNote: {
    zh: '紧扣事项与职责之间的对应是我们的解读，不是原图中的连线。',
    en: 'Which item serves which duty is our reading, not a line in the book’s drawing.',
  },
  via: { zh: '来自', en: 'from' },
  heldBy: { zh: '负责', en: 'held by' },
} satisfies Record<string, Bilingual>;

function labelOf(e: Entity | undefined, lang: Lang, fallback: string): string {
  return e ? entityLabel(e, lang) : fallback;
}

function SvgNode({ node }: { node: PlacedNode }) {
  const graph = useGraph();
  const lang = useLang();
  const props = useEntityProps(node.id);
  const e = graph.model.entities.get(node.id);
  const pad = 3;
  return (
    <g className={`ff-node ff-${node.role}`} {...props} aria-label={labelOf(e, lang, node.id)}>
      {node.role === 'item' ? (
        <>
          <rect
            className="ff-hit"
            x={Math.min(node.box.x, node.x - 6) - pad}
            y={Math.min(node.box.y, node.y - 6) - pad}
            width={Math.max(node.box.x + node.box.w, node.x + 6) - Math.min(node.box.x, node.x - 6) + 2 * pad}
            height={Math.max(node.box.y + node.box.h, node.y + 6) - Math.min(node.box.y, node.y - 6) + 2 * pad}
            rx={4}
          />
          <circle className="ff-dot" cx={node.x} cy={node.y} r={4} />
        </>
      ) : (
        <rect className="ff-box ff-hit" x={node.box.x} y={node.box.y} width={node.box.w} height={node.box.h} rx={node.role === 'focus' ? 6 : 10} />
      )}
      <text x={node.textX} y={node.textY} textAnchor={node.anchor} aria-hidden="true">
        {node.lines.map((l, i) => (
          <tspan key={`${i}-${l.text}`} x={node.textX} y={node.textY + i * LINE} className={l.secondary ? 'ff-en' : undefined}>
            {l.text}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function SvgLink({ to, d }: { to: string; d: string }) {
  // Drawn with the emphasis of the entity it leads to (data-follow-emphasis, kept by the writer).
  return <path className="ff-link" {...useFollowerProps(to)} d={d} />;
}

function Radial({ layout }: { layout: RadialLayout }) {
  const lang = useLang();
  // Items and focuses draw after the centre so the centre never hides their focus ring.
  return (
    <svg
      className="ff-svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={tr(TEXT.chart, lang)}
    >
      <g aria-hidden="true">
        {layout.links.map((l) => (
          <SvgLink key={`${l.from}>${l.to}`} to={l.to} d={l.d} />
        ))}
      </g>
      {layout.nodes.map((n) => (
        <SvgNode key={n.id} node={n} />
      ))}
    </svg>
  );
}

function Chip({ id, className = 'ff-chip' }: { id: string; className?: string }) {
  const graph = useGraph();
  const lang = useLang();
  const props = useEntityProps(id);
  const e = graph.model.entities.get(id);
  const lines = e ? trLines(e.label, lang) : [id];
  const mark = e ? confidenceMark(e.confidence) : '';
  return (
    <span className={className} {...props} aria-label={labelOf(e, lang, id)}>
      {lines.map((l, i) => (
        <span key={l} className={i > 0 ? 'ff-chip-line ff-en' : 'ff-chip-line'}>
          {l}
          {i === 0 && mark ? <span aria-hidden="true">{`\u00a0${mark}`}</span> : null}
        </span>
      ))}
    </span>
  );
}

function IndentedTree({ id }: { id: string }) {
  const graph = useGraph();
  const kids = childrenOf(graph, id);
  return (
    <li>
      <Chip id={id} className="ff-tree-chip" />
      {kids.length ? (
        <ul>
          {kids.map((k) => (
            <IndentedTree key={k} id={k} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function Duties() {
  const graph = useGraph();
  const lang = useLang();
  const duties = useMemo(() => dutiesInvolved(graph, ROOT), [graph]);
  if (duties.length === 0) return null;
  return (
    <section className="ff-duties" aria-labelledby="ff-duties-title">
      <h3 id="ff-duties-title">{tr(TEXT.duties, lang)}</h3>
      <ul>
        {duties.map((d) => (
          <li key={d.duty.id}>
            <div className="ff-duty-row">
              <Chip id={d.duty.id} />
              {d.leaders.length ? <span className="ff-sep">{tr(TEXT.heldBy, lang)}</span> : null}
              {d.leaders.map((l) => (
                <Chip key={l.id} id={l.id} className="ff-chip ff-leader" />
              ))}
              {d.interpretive ? <InterpretiveBadge /> : null}
            </div>
            <div className="ff-via">
              {tr(TEXT.via, lang)}: {d.via.map((v) => tr(v.label, lang)).join(lang === 'en' ? '; ' : '；')}
            </div>
          </li>
        ))}
      </ul>
      <p className="ff-duties-note">{tr(TEXT.dutiesNote, lang)}</p>
    </section>
  );
}

function Body() {
  const graph = useGraph();
  const lang = useLang();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const layout = useMemo(() => (width > 0 ? layoutRadial(focusTree(graph, ROOT, lang), width) : null), [graph, lang, width]);
  const centre = graph.parentOf.get(ROOT);
  const markReady = usePanelReady();
  useEffect(() => {
    if (width > 0) markReady(true);
  }, [width, markReady]);
  return (
    <div className="ff" ref={ref}>
      {width === 0 ? null : layout ? (
        <Radial layout={layout} />
      ) : (
        <ul className="ff-tree" aria-label={tr(TEXT.chart, lang)}>
          {centre ? (
            <li>
              <Chip id={centre} className="ff-tree-chip ff-tree-centre" />
              <ul>
                <IndentedTree id={ROOT} />
              </ul>
            </li>
          ) : (
            <IndentedTree id={ROOT} />
          )}
        </ul>
      )}
      <Duties />
    </div>
  );
}

export default function FourFocusesPanel() {
  const lang = useLang();
  return (
    <PanelFrame name="four-focuses" title={shownPartTitle(useGraph().model, 'four-focuses', lang)} subtitle={tr(TEXT.subtitle, lang)}>
      <Body />
    </PanelFrame>
  );
}
