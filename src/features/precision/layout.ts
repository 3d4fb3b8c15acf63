// The six precisions as lanes: for each precision, the things that realise it (the entities
// with a `realises` link to it, from any data file) grouped by kind, and for each item the key
// questions it answers (`answers` links). Pure: graph in, ids and structure out; the component
// only looks up labels in the current language.
import type { EntityGraph } from '../../core/graph';
import { childrenOf, entitiesOfKind, incoming, outgoing } from '../../core/graph';
import type { EntityKind } from '../../model/schema';
import { edgesOf } from '../../core/graph';

export const BANNER = 'six-precisions';
export const IDENTIFICATION = 'precise-identification';

/** The order kinds are listed in inside a lane: the mechanism first, then who, how, what with. */
export const KIND_ORDER: readonly EntityKind[] = [
  'principle',
  'duty',
  'support-type',
  'fund',
  'policy',
  'focus',
  'focus-item',
  'exit-level',
  'criterion',
  'campaign-node',
  'leader',
  'household-status',
  'household-category',
  'event',
  'goal',
  'place',
  'precision',
];

export interface LaneItem {
  id: string;
  kind: EntityKind;
  /** The key questions this item answers, in question order. */
  answers: string[];
  /** True when the realises link is our reading rather than a line in the book. */
  interpretive: boolean;
}

export interface KindGroup {
  kind: EntityKind;
  items: LaneItem[];
}

export interface Lane {
  /** The precision's entity id. */
  id: string;
  /** Key questions that realise this precision directly (扶持谁 → 扶持对象精准). */
  questions: string[];
  groups: KindGroup[];
  /** How many items realise it, over all groups. */
  count: number;
}

export interface QuestionInfo {
  id: string;
  /** 1-based, for the numbered tag shown on the items that answer it. */
  index: number;
  /** The precisions this question realises. */
  realises: string[];
  /** Everything that answers it (drawn or not). */
  answeredBy: string[];
}

export interface PrecisionView {
  banner: string | null;
  identification: string | null;
  questions: QuestionInfo[];
  lanes: Lane[];
}

function kindRank(kind: EntityKind): number {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
}

export function buildPrecisionView(graph: EntityGraph): PrecisionView {
  const entities = graph.model.entities;
  const has = (id: string) => entities.has(id);
  // Questions and precisions hang under the banner; fall back to every entity of the kind
  // so that the view still works if the part-of links change.
  const under = (kind: EntityKind) => {
    const kids = childrenOf(graph, BANNER).filter((id) => entities.get(id)?.kind === kind);
    return kids.length ? kids : entitiesOfKind(graph, kind).map((e) => e.id);
  };
  const byOrder = (a: string, b: string) => (entities.get(a)?.order ?? 0) - (entities.get(b)?.order ?? 0);
  const questionIds = [...under('question')].sort(byOrder);
  const precisionIds = [...under('precision')].sort(byOrder);
  const qIndex = new Map(questionIds.map((id, i) => [id, i]));

  const questions: QuestionInfo[] = questionIds.map((id, i) => ({
    id,
    index: i + 1,
    realises: outgoing(graph, id, 'realises').filter((p) => precisionIds.includes(p)),
    answeredBy: incoming(graph, id, 'answers').filter(has),
  }));

  const lanes: Lane[] = precisionIds.map((pid) => {
    const realisers = incoming(graph, pid, 'realises').filter(has);
    const items: LaneItem[] = realisers
      .filter((id) => entities.get(id)!.kind !== 'question')
      .map((id) => ({
        id,
        kind: entities.get(id)!.kind,
        answers: outgoing(graph, id, 'answers')
          .filter((q) => qIndex.has(q))
          .sort((a, b) => qIndex.get(a)! - qIndex.get(b)!),
        interpretive: edgesOf(graph, id).some((e) => e.direction === 'out' && e.other === pid && e.link.type === 'realises' && e.link.interpretive),
      }));
    const groups = new Map<EntityKind, LaneItem[]>();
    for (const it of items) groups.set(it.kind, [...(groups.get(it.kind) ?? []), it]);
    const sorted = [...groups.entries()]
      .sort(([a], [b]) => kindRank(a) - kindRank(b))
      .map(([kind, list]) => ({
        kind,
        // Items keep their printed order (policy 1–12) when they have one, else the data order.
        items: [...list].sort((a, b) => (entities.get(a.id)!.order ?? 0) - (entities.get(b.id)!.order ?? 0)),
      }));
    return {
      id: pid,
      questions: realisers.filter((id) => qIndex.has(id)).sort((a, b) => qIndex.get(a)! - qIndex.get(b)!),
      groups: sorted,
      count: items.length,
    };
  });

  return {
    banner: has(BANNER) ? BANNER : null,
    identification: has(IDENTIFICATION) ? IDENTIFICATION : null,
    questions,
    lanes,
  };
}
