// Pure: the campaign map's stage form — the focused branch laid out to the stage: the path down to
// it, the branch, and its sub-branches each with what they hold (one level more).
import { ancestorsOf, childrenOf, type EntityGraph } from '../../core/graph';
import type { Entity } from '../../model/schema';

export interface BranchStage {
  /** From the map's root down to the focus's parent. */
  path: Entity[];
  focus: Entity;
  rows: { node: Entity; children: Entity[] }[];
}

const ROOT = 'cm-root';

/**
 * The focus is the selection when it has sub-branches, else the branch that holds it; anything not
 * on the map focuses the root. `mapLevel` 1 shows the branches without what they hold.
 */
export function branchStage(graph: EntityGraph, selectedId: string, mapLevel: 1 | 2 | 'all' | undefined): BranchStage | null {
  const get = (id: string) => graph.model.entities.get(id);
  const kids = (id: string) =>
    childrenOf(graph, id)
      .map(get)
      .filter((e): e is Entity => e?.kind === 'campaign-node');
  const selected = get(selectedId);
  let focus = selected?.kind === 'campaign-node' ? selected : get(ROOT);
  if (!focus) return null;
  if (kids(focus.id).length === 0) {
    const parent = get(graph.parentOf.get(focus.id) ?? '');
    if (parent?.kind === 'campaign-node') focus = parent;
  }
  const path = ancestorsOf(graph, focus.id)
    .map(get)
    .filter((e): e is Entity => e?.kind === 'campaign-node')
    .reverse();
  const deeper = !(mapLevel === 1 && focus.id === ROOT);
  return { path, focus, rows: kids(focus.id).map((node) => ({ node, children: deeper ? kids(node.id) : [] })) };
}
