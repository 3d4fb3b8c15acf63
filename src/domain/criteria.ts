// The exit standards' figures, once, for every surface that shows them (the overview, the exit
// panel's chart, cards and table, the comparison): each level's criteria, a criterion's assessed
// value and its standard, and whether the value meets it. Pure (the domain tier, below the features).
import { childrenOf, entitiesOfKind, type EntityGraph } from '../core/graph';
import type { Entity, Measure } from '../model/schema';

export type Comparator = NonNullable<Measure['comparator']>;
export type Threshold = Measure & { comparator: Comparator };

export interface LevelView {
  id: string;
  entity: Entity;
  criteria: Entity[];
}

/** The exit levels in the book's order (household, village, county), each with its criteria. */
export function exitLevels(graph: EntityGraph): LevelView[] {
  return entitiesOfKind(graph, 'exit-level').map((entity) => ({
    id: entity.id,
    entity,
    criteria: childrenOf(graph, entity.id)
      .map((id) => graph.model.entities.get(id))
      .filter((e): e is Entity => e !== undefined && e.kind === 'criterion'),
  }));
}

export function passes(value: number, threshold: number, comparator: Comparator): boolean {
  switch (comparator) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
  }
}

/** The criterion's standard: its measure with role 'threshold' and a comparator. */
export function thresholdOf(e: Entity): Threshold | undefined {
  return e.measures?.find((m) => m.role === 'threshold' && m.comparator !== undefined) as Threshold | undefined;
}

/** The assessed value: the measure with role 'value' (the data names Lankao's own `lankao`). */
export function assessedValueOf(e: Entity): Measure | undefined {
  const values = e.measures?.filter((m) => m.role === 'value') ?? [];
  return values.find((m) => m.id === 'lankao') ?? values[0];
}

export interface AssessedCriterion {
  id: string;
  entity: Entity;
  level: string;
  value: Measure;
  threshold: Threshold;
  pass: boolean;
  /** 'ceiling': the value must stay under the standard (rates); 'floor': at or above it (approval). */
  side: 'ceiling' | 'floor';
}

/** A criterion's value against its standard; undefined without both. */
export function assess(entity: Entity, level: string): AssessedCriterion | undefined {
  const value = assessedValueOf(entity);
  const threshold = thresholdOf(entity);
  if (!value || !threshold) return undefined;
  return {
    id: entity.id,
    entity,
    level,
    value,
    threshold,
    pass: passes(value.value, threshold.value, threshold.comparator),
    side: threshold.comparator === '<' || threshold.comparator === '<=' ? 'ceiling' : 'floor',
  };
}

/** Every criterion that carries both an assessed value and a standard, level by level. */
export function assessedCriteria(graph: EntityGraph): AssessedCriterion[] {
  return exitLevels(graph).flatMap((level) => level.criteria.flatMap((c) => assess(c, level.id) ?? []));
}
