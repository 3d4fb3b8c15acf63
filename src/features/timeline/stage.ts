// Pure: the timeline's stage form — a few large milestones around the selection, in date order.
import { entitiesOfKind, type EntityGraph } from '../../core/graph';
import type { Entity } from '../../model/schema';

/** At most `count` events in date order, a window that holds the selected event (centred where it can be). */
export function milestonesAround(graph: EntityGraph, selectedId: string, count: number): Entity[] {
  const events = entitiesOfKind(graph, 'event').sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  if (events.length <= count) return events;
  const at = Math.max(
    0,
    events.findIndex((e) => e.id === selectedId),
  );
  const start = Math.min(Math.max(0, at - Math.floor((count - 1) / 2)), events.length - count);
  return events.slice(start, start + count);
}
