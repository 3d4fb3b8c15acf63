// The six precisions (六个精准) as lanes: each precision with what realises it, grouped by kind,
// and numbered tags for the key question (扶持谁 / 谁来扶 / 怎么扶 / 如何退) each item answers.
// The structure comes from buildPrecisionView (layout.ts); this component only draws it.
import { shownPartTitle } from '../../shared/partTitle';
import { useEffect, useMemo } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import type { Bilingual } from '../../model/schema';
import { tr } from '../../i18n/text';
import { entityAccessibleName, entityLabel, entityTitle } from '../../shared/entityText';
import { KIND_LABEL } from '../../shared/kindLabel';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { CsvButton } from '../../shared/CsvButton';
import { onDemand } from '../../shared/useOnDemand';
import { useEntityProps, useLang } from '../../shared/useEntity';
import { BANNER, buildPrecisionView, type Lane, type LaneItem, type QuestionInfo } from './layout';
import './precision.css';
import part from './part';

/** The CSV's rows: their own module, loaded on the first download (never the panel's own code). */
const csvCode = onDemand(() => import('./csv'));

const TEXT = {
  // The part's own title (part.ts): the one the overview, search and a failed panel name.
  title: part.title,
  questions: { zh: '关键问题', en: 'Key questions' },
  lanes: { zh: '六个精准及其落实', en: 'Targeted efforts in six areas, and what puts each into practice' },
  answers: { zh: '回答', en: 'answers' },
  tagHint: {
    zh: '①–④ 标出每项回答的关键问题；各项与精准的对应（虚线框）是我们的解读。',
    en: 'Tags ①–④ show the key question an item answers; dashed boxes mark links that are our reading.',
  },
  forQuestion: { zh: '对应', en: 'for' },
  none: { zh: '数据中没有落实它的项目。', en: 'Nothing in the data puts it into practice.' },
  empty: { zh: '数据中没有六个精准。', en: 'The data has none of the targeted efforts in six areas.' },
} satisfies Record<string, Bilingual>;

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];
const circled = (n: number) => CIRCLED[n - 1] ?? `(${n})`;

function QuestionTag({ q }: { q: QuestionInfo }) {
  const graph = useGraph();
  const lang = useLang();
  const e = graph.model.entities.get(q.id);
  if (!e) return null;
  return (
    <span className={`precision-tag precision-q${q.index}`}>
      <span className="precision-num" aria-hidden="true">
        {circled(q.index)}
      </span>
      {tr(e.label, lang)}
    </span>
  );
}

function Banner({ id }: { id: string }) {
  const graph = useGraph();
  const lang = useLang();
  const props = useEntityProps(id);
  const e = graph.model.entities.get(id)!;
  return (
    <div className="precision-banner" {...props} title={entityTitle(e, lang)} aria-label={entityAccessibleName(e, lang)}>
      {entityLabel(e, lang)}
    </div>
  );
}

function Question({ q }: { q: QuestionInfo }) {
  const graph = useGraph();
  const lang = useLang();
  const props = useEntityProps(q.id);
  const e = graph.model.entities.get(q.id)!;
  return (
    <li>
      <span
        className={`precision-question precision-q${q.index}`}
        {...props}
        title={entityTitle(e, lang)}
        aria-label={`${circled(q.index)} ${entityAccessibleName(e, lang)}`}
      >
        <span className="precision-num" aria-hidden="true">
          {circled(q.index)}
        </span>
        {entityLabel(e, lang)}
      </span>
    </li>
  );
}

function Item({ item, qs }: { item: LaneItem; qs: ReadonlyMap<string, QuestionInfo> }) {
  const graph = useGraph();
  const lang = useLang();
  const props = useEntityProps(item.id);
  const e = graph.model.entities.get(item.id)!;
  const answers = item.answers.map((id) => qs.get(id)).filter((q): q is QuestionInfo => q !== undefined);
  const answerText = answers.map((q) => `${circled(q.index)} ${tr(graph.model.entities.get(q.id)!.label, lang)}`).join(', ');
  return (
    <li>
      <span
        className={`precision-item${item.interpretive ? ' precision-interpretive' : ''}`}
        data-kind={item.kind}
        {...props}
        title={entityTitle(e, lang)}
        aria-label={`${entityAccessibleName(e, lang)}${answers.length ? ` — ${tr(TEXT.answers, lang)} ${answerText}` : ''}`}
      >
        <span className="precision-item-label">{entityLabel(e, lang)}</span>
        {answers.map((q) => (
          <QuestionTag key={q.id} q={q} />
        ))}
      </span>
    </li>
  );
}

function LaneView({ lane, index, qs }: { lane: Lane; index: number; qs: ReadonlyMap<string, QuestionInfo> }) {
  const graph = useGraph();
  const lang = useLang();
  const props = useEntityProps(lane.id);
  const e = graph.model.entities.get(lane.id)!;
  const headingId = `precision-lane-${lane.id}`;
  return (
    <li className="precision-lane">
      <div className="precision-lane-head">
        <h3 id={headingId} className="precision-lane-title">
          <span className="precision-name" {...props} title={entityTitle(e, lang)} aria-label={`${index}. ${entityAccessibleName(e, lang)}`}>
            <span className="precision-index" aria-hidden="true">
              {index}
            </span>
            {entityLabel(e, lang)}
          </span>
        </h3>
        {lane.questions.map((qid) => {
          const q = qs.get(qid);
          return q ? (
            <span key={qid} className="precision-for">
              {tr(TEXT.forQuestion, lang)} <QuestionTag q={q} />
            </span>
          ) : null;
        })}
      </div>
      {lane.count === 0 ? <p className="precision-none">{tr(TEXT.none, lang)}</p> : null}
      <div className="precision-groups">
        {lane.groups.map((g) => (
          <div key={g.kind} className="precision-group">
            <span className="precision-kind">{tr(KIND_LABEL[g.kind], lang)}</span>
            <ul className="precision-items">
              {g.items.map((it) => (
                <Item key={it.id} item={it} qs={qs} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </li>
  );
}

function Body() {
  const graph = useGraph();
  const lang = useLang();
  const view = useMemo(() => buildPrecisionView(graph), [graph]);
  const qs = useMemo(() => new Map(view.questions.map((q) => [q.id, q])), [view]);
  const markReady = usePanelReady();
  useEffect(() => markReady(true), [markReady]);
  if (!view.lanes.length) return <p className="empty">{tr(TEXT.empty, lang)}</p>;
  return (
    <div className="precision-body">
      {view.banner ? <Banner id={view.banner} /> : null}
      <section className="precision-questions-box" aria-label={tr(TEXT.questions, lang)}>
        <h3 className="precision-subhead">{tr(TEXT.questions, lang)}</h3>
        <ol className="precision-questions">
          {view.questions.map((q) => (
            <Question key={q.id} q={q} />
          ))}
        </ol>
      </section>
      <p className="precision-hint">{tr(TEXT.tagHint, lang)}</p>
      <ol className="precision-lanes" aria-label={tr(TEXT.lanes, lang)}>
        {view.lanes.map((lane, i) => (
          <LaneView key={lane.id} lane={lane} index={i + 1} qs={qs} />
        ))}
      </ol>
    </div>
  );
}

export default function PrecisionPanel() {
  const lang = useLang();
  const graph = useGraph();
  const section = graph.model.sectionOf.get(BANNER);
  return (
    <PanelFrame
      name="precision"
      title={shownPartTitle(graph.model, 'precision', lang)}
      subtitle={section ? tr(section.label, lang) : undefined}
      actions={<CsvButton panel="precision" rows={async (l) => (await csvCode.preload()).precisionCsvRows(graph, buildPrecisionView(graph), l)} />}
    >
      <Body />
    </PanelFrame>
  );
}
