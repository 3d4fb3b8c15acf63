// Pure: the exit standards' stage form — one level's criteria, each with Lankao's value against its threshold.
import { ancestorsOf, childrenOf, entitiesOfKind, type EntityGraph } from '../../core/graph';
import type { Entity, Measure } from '../../model/schema';

export interface StageCriterion {
  criterion: Entity;
  value: Measure | undefined;
  threshold: Measure | undefined;
}

export interface ExitStage {
  level: Entity;
  criteria: StageCriterion[];
}

/**
 * The level the selection is (or is under); else the level with the most assessed values (the
 * county's "三率一度", Lankao's own figures); null when the data has no exit levels.
 */
export function exitStage(graph: EntityGraph, selectedId: string): ExitStage | null {
  const levels = entitiesOfKind(graph, 'exit-level');
  if (levels.length === 0) return null;
  const criteriaOf = (level: Entity): StageCriterion[] =>
    childrenOf(graph, level.id)
      .map((id) => graph.model.entities.get(id))
      .filter((c): c is Entity => c?.kind === 'criterion')
      .map((criterion) => ({
        criterion,
        value: criterion.measures?.find((m) => m.id === 'lankao') ?? criterion.measures?.find((m) => m.role === 'value'),
        threshold: criterion.measures?.find((m) => m.role === 'threshold'),
      }));
  const own = new Set([selectedId, ...ancestorsOf(graph, selectedId)]);
  const level =
    levels.find((l) => own.has(l.id)) ??
    [...levels].sort((a, b) => criteriaOf(b).filter((c) => c.value).length - criteriaOf(a).filter((c) => c.value).length)[0]!;
  return { level, criteria: criteriaOf(level) };
}
