// Which marks a panel shows, so that their key sits beside the panel instead of only in the footer:
// ※ and † from the confidence of the entities the panel draws, and "our reading" where the panel
// draws interpretive links (dashed lines, dashed boxes, hollow dots).
import type { EntityGraph } from '../core/graph';
import type { MarkKind } from './badges';
import { partMeta } from '../parts/registry';

export function marksOfPanel(graph: EntityGraph, panel: string): MarkKind[] {
  const part = partMeta(panel);
  if (!part) return [];
  const ids = new Set<string>();
  let reconstructed = false;
  let external = false;
  for (const e of graph.model.entityList) {
    const file = graph.model.sectionOf.get(e.id)?.file;
    if (!file || !part.files.includes(file.replace(/^.*\//, ''))) continue;
    ids.add(e.id);
    if (e.confidence === 'reconstructed') reconstructed = true;
    if (e.confidence === 'external') external = true;
  }
  // A panel that shows what puts its entities into practice, from every file (the six areas' lanes): their marks count too.
  if (part.drawsRealisers) {
    for (const l of graph.model.links) {
      if (l.type !== 'realises' || !ids.has(l.to)) continue;
      const c = graph.model.entities.get(l.from)?.confidence;
      if (c === 'reconstructed') reconstructed = true;
      if (c === 'external') external = true;
    }
  }
  const reading = part.drawsReadings === true && graph.model.links.some((l) => l.interpretive && (ids.has(l.from) || ids.has(l.to)));
  return [
    ...(reconstructed ? (['reconstructed'] as const) : []),
    ...(external ? (['external'] as const) : []),
    ...(reading ? (['reading'] as const) : []),
  ];
}
