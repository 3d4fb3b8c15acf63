// One entity graph for the whole picture. Every panel asks it the same questions — who is
// linked to this, what is under this — so that linking panels is one mechanism, not N×N cases.
import type { Entity, EntityKind, Link, LinkType } from '../model/schema';
import type { Model } from '../model/types';

export interface Edge {
  link: Link;
  /** The entity at the other end, seen from the one asked about. */
  other: string;
  direction: 'out' | 'in';
}

export interface EntityGraph {
  readonly model: Model;
  readonly edges: ReadonlyMap<string, readonly Edge[]>;
  readonly parentOf: ReadonlyMap<string, string>;
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
}

const byOrder = (entities: ReadonlyMap<string, Entity>) => (a: string, b: string) =>
  (entities.get(a)?.order ?? Number.MAX_SAFE_INTEGER) - (entities.get(b)?.order ?? Number.MAX_SAFE_INTEGER);

export function buildGraph(model: Model): EntityGraph {
  const edges = new Map<string, Edge[]>();
  const parentOf = new Map<string, string>();
  const childrenOf = new Map<string, string[]>();
  const push = (id: string, e: Edge) => {
    const list = edges.get(id);
    if (list) list.push(e);
    else edges.set(id, [e]);
  };
  for (const link of model.links) {
    push(link.from, { link, other: link.to, direction: 'out' });
    push(link.to, { link, other: link.from, direction: 'in' });
    if (link.type === 'part-of') {
      parentOf.set(link.from, link.to);
      const kids = childrenOf.get(link.to);
      if (kids) kids.push(link.from);
      else childrenOf.set(link.to, [link.from]);
    }
  }
  // Children keep the order the book prints them in (entity.order), then data order.
  const cmp = byOrder(model.entities);
  for (const kids of childrenOf.values()) kids.sort(cmp);
  return { model, edges, parentOf, childrenOf };
}

export function edgesOf(graph: EntityGraph, id: string): readonly Edge[] {
  return graph.edges.get(id) ?? [];
}

export function childrenOf(graph: EntityGraph, id: string): readonly string[] {
  return graph.childrenOf.get(id) ?? [];
}

export function ancestorsOf(graph: EntityGraph, id: string): string[] {
  const out: string[] = [];
  let cur = graph.parentOf.get(id);
  while (cur !== undefined && !out.includes(cur)) {
    out.push(cur);
    cur = graph.parentOf.get(cur);
  }
  return out;
}

export function entitiesOfKind(graph: EntityGraph, ...kinds: EntityKind[]): Entity[] {
  return graph.model.entityList.filter((e) => kinds.includes(e.kind)).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

/** Links of one type ending at `id` (e.g. who is responsible-for this duty). */
export function incoming(graph: EntityGraph, id: string, type: LinkType): string[] {
  return edgesOf(graph, id)
    .filter((e) => e.direction === 'in' && e.link.type === type)
    .map((e) => e.other);
}

export function outgoing(graph: EntityGraph, id: string, type: LinkType): string[] {
  return edgesOf(graph, id)
    .filter((e) => e.direction === 'out' && e.link.type === type)
    .map((e) => e.other);
}

/**
 * What lights up when `id` is selected:
 *  - every entity linked to it directly, in either direction and by any link type;
 *  - its ancestors (the branch it hangs from, up to the root), so a leaf shows its path;
 *  - for every entity reached so far, who is responsible for it — so selecting 创新金融扶贫
 *    in the campaign map lights up the duty *and* the leader who holds it.
 * The selected entity itself is not in the set.
 */
export function relatedTo(graph: EntityGraph, id: string): Set<string> {
  const related = new Set<string>();
  if (!graph.model.entities.has(id)) return related;
  for (const e of edgesOf(graph, id)) related.add(e.other);
  for (const a of ancestorsOf(graph, id)) related.add(a);
  for (const r of [...related]) for (const owner of incoming(graph, r, 'responsible-for')) related.add(owner);
  related.delete(id);
  return related;
}
