// Two pictures side by side (stacked on a phone) with ONE selection: each half has its own graph
// and so its own emphasis writer (one per graph), both following the one store. Selecting an
// entity on one side lights its counterpart (same id, same kind) on the other.
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { GraphProvider } from '../../shared/GraphProvider';
import { useDocumentLang } from '../../shared/usePageBehaviour';
import { useEscapeClears } from './useEscapeClears';
import type { InteractionState } from '../../core/emphasis';
import { tr } from '../../i18n/text';
import { useAppStore } from '../../store/store';
import { useLang } from '../../shared/useEntity';
import type { ShownDataset } from '../../datasets/shown';
import FundingPanel from '../funding';
import ExitCriteriaPanel from '../exit-criteria';
import LeadershipPanel from '../leadership';
import PoliciesPanel from '../policies';
import DetailsPanel from '../details';
import { isCounterpart, type Side } from './compare';
import { CompareSummary } from './CompareSummary';
import { COMPARE_TEXT as T } from './text';
import './compare.css';

interface HalfProps {
  side: Side;
  d: ShownDataset;
  other: ShownDataset;
  origin: { current: Side };
  children: ReactNode;
}

function Half({ side, d, other, origin, children }: HalfProps) {
  const lang = useLang();
  // The id a selection names is shown here if this picture has it as the same kind of thing as
  // the other picture, or if the selection was made here.
  const own = useCallback(
    (id: string | null) => {
      if (id === null || !d.graph.model.entities.has(id)) return null;
      const matches = origin.current === side || !other.graph.model.entities.has(id) || isCounterpart(d.graph, other.graph, id);
      return matches ? id : null;
    },
    [d, other, side, origin],
  );
  const interaction = useCallback((s: InteractionState) => ({ selectedId: own(s.selectedId), hoveredId: own(s.hoveredId) }), [own]);
  const missing = useAppStore((s) => s.selectedId !== null && own(s.selectedId) === null);
  const mark = () => (origin.current = side);
  return (
    <div className="compare-half" data-side={side} data-dataset={d.id} onPointerDownCapture={mark} onKeyDownCapture={mark} onFocusCapture={mark}>
      <h2 className="compare-half-title">
        <span className="compare-side">{side.toUpperCase()}</span> <bdi>{d.userSupplied ? d.name : tr(T.lankao, lang)}</bdi>
        {d.userSupplied && <span className="compare-user"> · {tr(T.userSupplied, lang)}</span>}
      </h2>
      {missing && (
        <p className="compare-missing" role="status">
          {tr(T.noCounterpart, lang)}
        </p>
      )}
      <GraphProvider graph={d.graph} interaction={interaction}>
        {children}
      </GraphProvider>
    </div>
  );
}

function HalfPanels() {
  return (
    <div className="compare-panels">
      <FundingPanel />
      <ExitCriteriaPanel />
      <LeadershipPanel />
      <PoliciesPanel />
      {/* Last: its height changes with the selection, and nothing below it may shift under the pointer. */}
      <DetailsPanel />
    </div>
  );
}

export default function CompareView({ a, b }: { a: ShownDataset; b: ShownDataset }) {
  useEscapeClears();
  useDocumentLang();
  const lang = useLang();
  // Which half the last pointer or key went to: the side a selection was made on.
  const origin = useRef<Side>('a');
  const graphs = useMemo(() => ({ a: a.graph, b: b.graph }), [a, b]);
  return (
    <main className="compare" id="main" data-compare>
      <h1 className="compare-title">{tr(T.title, lang)}</h1>
      <CompareSummary a={a} b={b} graphs={graphs} />
      <div className="compare-halves">
        <Half side="a" d={a} other={b} origin={origin}>
          <HalfPanels />
        </Half>
        <Half side="b" d={b} other={a} origin={origin}>
          <HalfPanels />
        </Half>
      </div>
    </main>
  );
}
