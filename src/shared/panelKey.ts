// Which marks a panel shows, so that their key sits beside the panel instead of only in the footer:
// ※ and † from the confidence of the entities the panel draws, and "our reading" where the panel
// draws interpretive links (dashed lines, dashed boxes, hollow dots).
import type { EntityGraph } from '../core/graph';
import type { MarkKind } from './badges';

/** The data file each panel draws. */
export const PANEL_FILE: Readonly<Record<string, string>> = {
  leadership: 'leadership.json',
  precision: 'precision.json',
  'four-focuses': 'four-focuses.json',
  'exit-criteria': 'exit-criteria.json',
  funding: 'support-and-funding.json',
  policies: 'household-policies.json',
  'campaign-map': 'campaign-map.json',
  timeline: 'history.json',
};

/** Panels that draw interpretive links differently (dashed or hollow). */
const DRAWS_READINGS = new Set(['leadership', 'precision', 'policies', 'four-focuses']);

export function marksOfPanel(graph: EntityGraph, panel: string): MarkKind[] {
  const file = PANEL_FILE[panel];
  if (!file) return [];
  const ids = new Set<string>();
  let reconstructed = false;
  let external = false;
  for (const e of graph.model.entityList) {
    if (graph.model.sectionOf.get(e.id)?.file !== file) continue;
    ids.add(e.id);
    if (e.confidence === 'reconstructed') reconstructed = true;
    if (e.confidence === 'external') external = true;
  }
  // The six areas' lanes show what puts each into practice, from every file: their marks count too.
  if (panel === 'precision') {
    for (const l of graph.model.links) {
      if (l.type !== 'realises' || !ids.has(l.to)) continue;
      const c = graph.model.entities.get(l.from)?.confidence;
      if (c === 'reconstructed') reconstructed = true;
      if (c === 'external') external = true;
    }
  }
  const reading = DRAWS_READINGS.has(panel) && graph.model.links.some((l) => l.interpretive && (ids.has(l.from) || ids.has(l.to)));
  return [
    ...(reconstructed ? (['reconstructed'] as const) : []),
    ...(external ? (['external'] as const) : []),
    ...(reading ? (['reading'] as const) : []),
  ];
}
